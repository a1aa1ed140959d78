"""Our recognizers, as Presidio EntityRecognizers reading the text and the spaCy doc.

Each module finds one kind of identifier and returns Candidates; `NarrativeRecognizer` adapts such a function
to Presidio so that the AnalyzerEngine holds them beside the few Presidio built-ins that apply to US police text.
"""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts, NlpEngine
from spacy.tokens import Doc

from scrubber.candidates import Candidate, case_style
from scrubber.recognizers.agencies import find_agencies
from scrubber.recognizers.contact import find_contacts
from scrubber.recognizers.dates import find_dates, find_times
from scrubber.recognizers.ids import find_ids
from scrubber.recognizers.learned import from_model
from scrubber.recognizers.persons import find_persons
from scrubber.recognizers.places import find_places

Finder = Callable[[str, str, Doc | None], list[Candidate]]


class DocArtifacts(NlpArtifacts):
    """Presidio's artifacts of one text, its tokens given as their texts, and the spaCy doc they came from.

    Presidio's context enhancer walks `tokens` for their texts and lengths only; a list of strings read from the
    doc's arrays spares it making a Token object per word (a tenth of the scrub). Our recognizers read `doc`."""

    def __init__(self, doc: Doc, nlp_engine: NlpEngine) -> None:
        strings = doc.vocab.strings
        # there is no lemmatizer: a token's lemma is its lower case, as Presidio's context words are written
        super().__init__(entities=list(doc.ents), tokens=[strings[h] for h in doc.to_array("ORTH").tolist()],
                         tokens_indices=doc.to_array("IDX").tolist(),
                         lemmas=[strings[h] for h in doc.to_array("LOWER").tolist()], nlp_engine=nlp_engine,
                         language="en", scores=[0.85] * len(doc.ents))
        self.doc = doc


ENTITY_TYPES = ["PERSON", "ID", "CONTACT", "AGENCY", "PLACE", "DATE", "TIME"]


class NarrativeRecognizer(EntityRecognizer):
    """Runs one finder; the case style (mixed, ALL CAPS, lower) is worked out once per text and cached."""

    def __init__(self, name: str, entities: list[str], finder: Finder) -> None:
        self._finder = finder
        super().__init__(supported_entities=entities, name=name, supported_language="en")

    def load(self) -> None:  # nothing to load: word lists are loaded lazily and cached
        return None

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        doc = nlp_artifacts.doc if isinstance(nlp_artifacts, DocArtifacts) else None
        style = case_style(text)
        return [
            RecognizerResult(
                c.entity_type, c.start, c.end, c.score,
                recognition_metadata={
                    RecognizerResult.RECOGNIZER_NAME_KEY: c.recognizer,
                    RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                    "kind": c.kind,
                },
            )
            for c in self._finder(text, style, doc)
            if c.entity_type in entities or not entities
        ]


def _model_guesses(text: str, style: str, doc: Doc | None) -> list[Candidate]:
    if doc is None:
        return []
    # a model started from the small English NER still has OntoNotes labels (GPE, ORG, CARDINAL...) in its
    # output layer; only our seven identifier types are read
    return from_model(((e.start_char, e.end_char, e.label_) for e in doc.ents if e.label_ in ENTITY_TYPES),
                      text, style)


def our_recognizers() -> list[EntityRecognizer]:
    return [
        NarrativeRecognizer("PersonCueRecognizer", ["PERSON"], lambda t, s, d: find_persons(t, s)),
        NarrativeRecognizer("IdRecognizer", ["ID"], lambda t, s, d: find_ids(t)),
        NarrativeRecognizer("ContactRecognizer", ["CONTACT"], lambda t, s, d: find_contacts(t)),
        NarrativeRecognizer("AgencyRecognizer", ["AGENCY"], lambda t, s, d: find_agencies(t, s)),
        NarrativeRecognizer("PlaceRecognizer", ["PLACE"], lambda t, s, d: find_places(t, s)),
        NarrativeRecognizer("DateRecognizer", ["DATE"], lambda t, s, d: find_dates(t)),
        NarrativeRecognizer("TimeRecognizer", ["TIME"], lambda t, s, d: find_times(t)),
        NarrativeRecognizer("IdentifierModelRecognizer", ENTITY_TYPES, _model_guesses),
    ]
