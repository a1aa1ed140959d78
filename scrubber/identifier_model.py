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

Each model is loaded readier to mark an identifier than its training left it (ENTITY_BIAS): that costs nothing at
run time and trades a few more ordinary words scrubbed for fewer names left in.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import spacy
from spacy.language import Language
from spacy.pipeline import EntityRecognizer

MODEL_DIR = Path(__file__).resolve().parent / "data" / "identifier_model"
SECOND_MODEL_DIR = MODEL_DIR.with_name("identifier_model_2")
MODEL_DIRS = (MODEL_DIR, SECOND_MODEL_DIR)  # what the scrubber runs by default, in this order

# How much more readily each model, by its place in the order, marks a word as the start of an identifier than its
# training left it: this is taken off the score of the NER's "outside any entity" move before it picks a move.
# Training weighs a name left in and an ordinary word marked alike; a reporter does not. A word scrubbed that need
# not have been costs the reader a word, a name left in can cost the reporter their anonymity (DESIGN.md). The
# amounts were chosen on the six corpora written for the eleventh session before any model was trained on them
# and then measured on the held-out corpora (README): the second model, which finds what the first missed, gives up
# least for what it adds.
ENTITY_BIAS = (1.0, 4.0)
_OUTSIDE = "O"  # the NER's move for a word in no entity


def add_identifier_ners(nlp: Language, paths: Sequence[Path] = MODEL_DIRS,
                        entity_bias: Sequence[float] = ENTITY_BIAS) -> None:
    """Add the trained NERs, in order, to a pipeline that has no `ner` of its own."""
    for number, path in enumerate(paths, start=1):
        if not (path / "config.cfg").is_file():
            raise FileNotFoundError(f"no identifier model at {path}: run `nearmiss train-model` to build it")
        ner = nlp.add_pipe("ner", name="ner" if number == 1 else f"ner_{number}", source=spacy.load(path))
        favour_entities(ner, entity_bias[min(number, len(entity_bias)) - 1] if entity_bias else 0.0)


def favour_entities(ner: EntityRecognizer, bias: float) -> None:
    """Lower the score of the NER's move that leaves a word outside every entity by `bias`.

    The move is chosen word by word from the scores of the output layer, so this moves the line between "an
    identifier starts here" and "no identifier" without touching what the model learned of which identifier it is
    or where it ends: inside an entity the move is never open."""
    if not bias:
        return
    moves = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    output_layer = ner.model.get_ref("upper")
    scores_bias = output_layer.get_param("b").copy()
    scores_bias[moves.index(_OUTSIDE)] -= bias
    output_layer.set_param("b", scores_bias)
