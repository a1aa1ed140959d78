"""The statistical identifier model at run time: a spaCy NER trained on our marked corpora (scrubber/training.py).

It is shipped in the repository (scrubber/data/identifier_model, a few MB) and loaded from disk, never downloaded.
It takes the place of the small English model's own NER, whose OntoNotes labels (GPE, ORG, NORP...) know nothing
of badges, call signs or sheriff's offices: the rules' pipeline keeps the small model's tokenizer, tok2vec and
tagger, and its `ner` component is this one, trained with that same tokenizer and vocabulary. Its entities carry
our seven identifier types; `recognizers/learned.py` turns them into proposals scored below every rule.
"""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language

MODEL_DIR = Path(__file__).resolve().parent / "data" / "identifier_model"


def add_identifier_ner(nlp: Language, path: Path = MODEL_DIR) -> None:
    """Add the trained NER to a pipeline that has no `ner` of its own."""
    if not (path / "config.cfg").is_file():
        raise FileNotFoundError(f"no identifier model at {path}: run `nearmiss train-model` to build it")
    nlp.add_pipe("ner", source=spacy.load(path))
