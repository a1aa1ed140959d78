"""The statistical identifier model at run time: a spaCy NER trained on our marked corpora (scrubber/training.py).

It is shipped in the repository (scrubber/data/identifier_model and identifier_model_2, a few MB each) and loaded
from disk, never downloaded.
It takes the place of the small English model's own NER, whose OntoNotes labels (GPE, ORG, NORP...) know nothing
of badges, call signs or sheriff's offices: the rules' pipeline keeps the small model's tokenizer, tok2vec and
tagger, and its `ner` component is this one, trained with that same tokenizer and vocabulary. Its entities carry
our seven identifier types; `recognizers/learned.py` turns them into proposals scored below every rule.

Two models are shipped and run one after the other: a spaCy NER keeps the entities already on a doc, so the second
adds only what the first did not find. Trained differently (training.SHIPPED_STARTS), they miss different things:
together they leave about a quarter fewer identifiers in the held-out corpora than either alone (README). The
second costs a second NER pass; the scrubber stays faster than Presidio's default because the tagger runs only on
the texts that need a tag (engine.TAGGING_PIPES). `nearmiss scrub-eval --model A --model B` tries other sets.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parent / "data" / "identifier_model"
SECOND_MODEL_DIR = MODEL_DIR.with_name("identifier_model_2")
MODEL_DIRS = (MODEL_DIR, SECOND_MODEL_DIR)  # what the scrubber runs by default, in this order


def add_identifier_ners(nlp: Language, paths: Sequence[Path] = MODEL_DIRS) -> None:
    """Add the trained NERs, in order, to a pipeline that has no `ner` of its own."""
    for number, path in enumerate(paths, start=1):
        if not (path / "config.cfg").is_file():
            raise FileNotFoundError(f"no identifier model at {path}: run `nearmiss train-model` to build it")
        nlp.add_pipe("ner", name="ner" if number == 1 else f"ner_{number}", source=spacy.load(path))
