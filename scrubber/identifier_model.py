"""The statistical identifier model at run time: a spaCy NER trained on our marked corpora (scrubber/training.py).

It is shipped in the repository (scrubber/data/identifier_model, a few MB) and loaded from disk, never downloaded.
It takes the place of the small English model's own NER, whose OntoNotes labels (GPE, ORG, NORP...) know nothing
of badges, call signs or sheriff's offices: the rules' pipeline keeps the small model's tokenizer, tok2vec and
tagger, and its `ner` component is this one, trained with that same tokenizer and vocabulary. Its entities carry
our seven identifier types; `recognizers/learned.py` turns them into proposals scored below every rule.

Several models can run one after the other (`nearmiss scrub-eval --model A --model B`): a spaCy NER keeps the
entities already on a doc, so each adds only what those before it did not find. Two models trained differently
found more (README), but the second NER pass made the scrubber slower than Presidio's default, so one is shipped.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parent / "data" / "identifier_model"
MODEL_DIRS = (MODEL_DIR,)  # what the scrubber runs by default


def add_identifier_ners(nlp: Language, paths: Sequence[Path] = MODEL_DIRS) -> None:
    """Add the trained NERs, in order, to a pipeline that has no `ner` of its own."""
    for number, path in enumerate(paths, start=1):
        if not (path / "config.cfg").is_file():
            raise FileNotFoundError(f"no identifier model at {path}: run `nearmiss train-model` to build it")
        nlp.add_pipe("ner", name="ner" if number == 1 else f"ner_{number}", source=spacy.load(path))
