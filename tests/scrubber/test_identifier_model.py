"""The statistical identifier model: shipped, honest about what it was trained on, vetoed where rules know better,
and rebuildable with the repository's own command."""

from __future__ import annotations

import json

import pytest
import spacy
from click.testing import CliRunner

from pipeline import cli
from scrubber import training
from scrubber.engine import MODEL, PIPES_EXCLUDED
from scrubber.identifier_model import ENTITY_BIAS, MODEL_DIR, MODEL_DIRS, add_identifier_ners
from scrubber.recognizers.learned import from_model

METAS = {path: json.loads((path / "meta.json").read_text(encoding="utf-8")) for path in MODEL_DIRS}
shipped = pytest.mark.parametrize("path", MODEL_DIRS, ids=[path.name for path in MODEL_DIRS])


def test_every_shipped_model_has_its_recipe():
    assert MODEL_DIRS[0] == MODEL_DIR and set(training.SHIPPED_STARTS) == set(MODEL_DIRS)
    assert set(training.NOT_YET_TRAINED) == set(MODEL_DIRS)


@shipped
def test_the_shipped_model_never_saw_a_held_out_corpus(path):
    trained_on = set(METAS[path]["trained_on"])
    assert trained_on, "the model must name the corpora it was trained on"
    assert not trained_on & training.HELD_OUT
    present = {p.stem for d in training.CORPUS_DIRS for p in d.glob("*.jsonl")}
    assert present >= training.HELD_OUT, "every held-out corpus is in the repo, to be scored"


@shipped
def test_the_shipped_model_was_trained_on_the_corpora_as_they_are_now(path):
    """A corpus edited or added since training means the shipped model is stale: rerun `nearmiss train-model`."""
    not_yet = training.NOT_YET_TRAINED[path]
    current = {p.stem: training.fingerprint(p) for p in training.training_corpora() if p.stem not in not_yet}
    assert METAS[path]["trained_on"] == current
    # and a corpus listed as not yet trained on really is not (empty the list on a retrain)
    assert not set(METAS[path]["trained_on"]) & not_yet


@shipped
def test_the_shipped_model_was_made_by_the_recipe(path):
    """`nearmiss train-model` rebuilds the shipped model the way it was made."""
    # models trained before the choice existed say nothing: they started from random weights
    meta = METAS[path]
    assert meta.get("started_from", "random weights") == training.STARTED_FROM[training.SHIPPED_STARTS[path]]
    assert (meta["seed"], meta["epochs"]) == (training.SEED, training.EPOCHS)


def test_the_shipped_models_run_one_after_the_other():
    # each NER keeps what those before it found; `nearmiss scrub-eval --model A --model B` runs others so
    pipeline = spacy.load(MODEL, exclude=list(PIPES_EXCLUDED))
    add_identifier_ners(pipeline, MODEL_DIRS)
    assert [name for name in pipeline.pipe_names if name.startswith("ner")] == ["ner", "ner_2"]
    doc = pipeline("Deputy Hollins stopped the car on Route 9 near Cheyenne at 0230 hrs.")
    assert {e.label_ for e in doc.ents} <= {"PERSON", "ID", "CONTACT", "AGENCY", "PLACE", "DATE", "TIME"}


def _outside_bias(ner) -> float:
    moves = [ner.moves.get_class_name(i) for i in range(ner.moves.n_moves)]
    return float(ner.model.get_ref("upper").get_param("b")[moves.index("O")])


def test_each_model_is_made_readier_to_mark_an_identifier_by_its_own_amount():
    """A name left in costs more than a word scrubbed: the move "outside any identifier" is scored lower by each
    model's ENTITY_BIAS, and only that move."""
    as_trained = spacy.load(MODEL_DIRS[1]).get_pipe("ner")
    rules_pipeline = spacy.load(MODEL, exclude=list(PIPES_EXCLUDED))
    add_identifier_ners(rules_pipeline, MODEL_DIRS)
    assert ENTITY_BIAS[0] > 0 and ENTITY_BIAS[1] > 0
    shipped_ner = rules_pipeline.get_pipe("ner_2")
    assert _outside_bias(shipped_ner) == pytest.approx(_outside_bias(as_trained) - ENTITY_BIAS[1])
    trained_b = as_trained.model.get_ref("upper").get_param("b")
    shipped_b = shipped_ner.model.get_ref("upper").get_param("b")
    assert sum(abs(a - b) > 1e-6 for a, b in zip(trained_b, shipped_b, strict=True)) == 1


def test_the_scrubber_can_be_built_with_other_amounts_to_weigh_them():
    """benchmarks/entity_bias.py builds one scrubber for each pair of amounts it tries."""
    from scrubber.engine import Scrubber

    as_trained = [spacy.load(path).get_pipe("ner") for path in MODEL_DIRS]
    scrubber = Scrubber(entity_bias=(0.0, 2.5))
    built = [scrubber.nlp.get_pipe(name) for name in ("ner", "ner_2")]
    assert _outside_bias(built[0]) == pytest.approx(_outside_bias(as_trained[0]))
    assert _outside_bias(built[1]) == pytest.approx(_outside_bias(as_trained[1]) - 2.5)


def test_a_readier_model_marks_more_and_no_bias_leaves_it_as_trained():
    text = ("ok so me n hall went off dodge by the tracks round 2. price was late and juju ran thru the "
            "lot behind the anchor with biscuit. then smoke and lil tay came out of the flats")
    found = {}
    for bias in (0.0, 3.0, 8.0):
        pipeline = spacy.load(MODEL, exclude=list(PIPES_EXCLUDED))
        add_identifier_ners(pipeline, MODEL_DIRS[:1], entity_bias=[bias])
        found[bias] = sum(len(e) for e in pipeline(text).ents)
    as_trained = spacy.load(MODEL, exclude=list(PIPES_EXCLUDED))
    as_trained.add_pipe("ner", source=spacy.load(MODEL_DIRS[0]))
    assert found[0.0] == sum(len(e) for e in as_trained(text).ents)
    assert found[0.0] < found[8.0] and found[3.0] <= found[8.0]


def test_a_guess_the_rules_know_to_be_a_lesson_is_vetoed():
    text = ("Black smoke came out. Unit went 10-97 at 30 feet with orange cones and a .40 cal, "
            "(3) instructors and role players, then Hunter said go.")

    def span(surface: str, label: str) -> tuple[int, int, str]:
        start = text.index(surface)
        return start, start + len(surface), label

    guesses = [span("Black", "PERSON"), span("10-97", "ID"), span("30", "ID"), span("orange", "PERSON"),
               span("(3) instructors and role players", "CONTACT"), span("Hunter", "PERSON")]
    kept = [text[c.start:c.end] for c in from_model(guesses, text, "mixed")]
    assert kept == ["Hunter"]


def test_in_lower_case_ordinary_words_together_are_no_name_but_a_street_name_is():
    text = "grocery prices went up. a dude named baby g was shootin. we call him the preacher. me and tess smith"

    def span(surface: str) -> tuple[int, int, str]:
        start = text.index(surface)
        return start, start + len(surface), "PERSON"

    guesses = [span("grocery prices"), span("baby g"), span("the preacher"), span("tess smith")]
    kept = [text[c.start:c.end] for c in from_model(guesses, text, "lower")]
    assert kept == ["baby g", "the preacher", "tess smith"]


def test_in_capitals_or_lower_case_the_model_is_not_held_to_capitalisation():
    text = "black smoke. then dusty hollister ran"
    start = text.index("dusty hollister")
    guesses = [(start, start + len("dusty hollister"), "PERSON")]
    assert [c.entity_type for c in from_model(guesses, text, "lower")] == ["PERSON"]


def test_the_model_adds_what_no_rule_cued(scrub):
    """A call sign in quoted radio traffic has no keyword before it; the model knows the context."""
    result = scrub('I heard "S-9 to base, we have one running" over the air.')
    assert [f.text for f in result.findings if f.recognizer == "IdentifierModel"] == ["S-9"]
    assert "S-9" not in result.text


@pytest.fixture(scope="module")
def rules_pipeline() -> spacy.Language:
    return spacy.load(MODEL, exclude=list(PIPES_EXCLUDED))


@pytest.mark.slow
def test_the_training_command_builds_a_model_the_scrubber_can_load(tmp_path, rules_pipeline):
    corpus = training.CORPUS_DIRS[1] / "hard_cases.jsonl"
    out = training.train([corpus], tmp_path / "model", epochs=1)
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert list(meta["trained_on"]) == ["hard_cases"]
    assert meta["started_from"] == "random weights"  # the default recipe, the shipped model's
    add_identifier_ners(rules_pipeline, [out])
    assert rules_pipeline.pipe_names[-1] == "ner"
    assert set(rules_pipeline.get_pipe("ner").labels) == {"PERSON", "ID", "CONTACT", "AGENCY", "PLACE", "DATE",
                                                          "TIME"}
    # and `nearmiss scrub-eval --model` scores the scrubber with it, the way a held-out corpus is measured
    result = CliRunner().invoke(cli.main, ["scrub-eval", str(corpus), "--model", str(out)])
    assert result.exit_code == 0, result.output
    assert "overall recall" in result.output


def test_the_training_command_passes_its_seed_and_epochs_on(tmp_path, monkeypatch):
    calls = []
    monkeypatch.setattr(training, "train", lambda corpora, out, **options: calls.append(options) or out)
    args = ["train-model", "--out", str(tmp_path), "--hold-out", "ninth_outside"]
    assert CliRunner().invoke(cli.main, args).exit_code == 0
    assert CliRunner().invoke(cli.main, [*args, "--seed", "1", "--epochs", "3", "--start", "small-ner"]).exit_code == 0
    assert [(c["seed"], c["epochs"], c["start"]) for c in calls] == [
        (training.SEED, training.EPOCHS, training.START), (1, 3, "small-ner")]


def test_without_out_the_training_command_rebuilds_the_shipped_models(monkeypatch):
    calls = []
    monkeypatch.setattr(training, "train", lambda corpora, out, **options: calls.append((out, options)) or out)
    assert CliRunner().invoke(cli.main, ["train-model"]).exit_code == 0
    assert [(out, options["start"]) for out, options in calls] == [
        (MODEL_DIRS[0], "random"), (MODEL_DIRS[1], "small-ner-layers")]
    refused = CliRunner().invoke(cli.main, ["train-model", "--start", "small-ner"])
    assert refused.exit_code != 0 and "--out" in refused.output
    assert len(calls) == 2


def test_the_training_command_offers_every_start():
    choices = next(p for p in cli.train_model.params if p.name == "start").type.choices
    assert tuple(choices) == training.STARTS


def test_held_out_corpora_are_left_out_of_training():
    names = {p.stem for p in training.training_corpora(hold_out=["ninth_outside"])}
    assert "ninth_outside" not in names and "dev" in names
    assert not names & training.HELD_OUT


def test_a_missing_model_says_how_to_build_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nearmiss train-model"):
        add_identifier_ners(spacy.blank("en"), [tmp_path])


def test_only_our_identifier_types_are_read_from_the_model():
    # a model started from the small English NER keeps its OntoNotes labels in its output layer
    from spacy.tokens import Span

    from scrubber.recognizers import _model_guesses

    text = "Deputy Hollins drove to Barstow with Pruitt."
    doc = spacy.blank("en")(text)
    doc.ents = [Span(doc, 1, 2, label="PERSON"), Span(doc, 4, 5, label="GPE"), Span(doc, 6, 7, label="PERSON")]
    guesses = _model_guesses(text, "mixed", doc)
    assert [(text[g.start:g.end], g.entity_type) for g in guesses] == [("Hollins", "PERSON"), ("Pruitt", "PERSON")]


@pytest.mark.slow
@pytest.mark.parametrize(("start", "more_labels"), [("small-ner", True), ("small-ner-layers", False)])
def test_training_can_start_from_the_small_english_ner(tmp_path, start, more_labels):
    corpus = training.CORPUS_DIRS[1] / "hard_cases.jsonl"
    out = training.train([corpus], tmp_path / "model", epochs=1, start=start)
    meta = json.loads((out / "meta.json").read_text(encoding="utf-8"))
    assert meta["started_from"].startswith(f"{MODEL} ner")
    labels = set(spacy.load(out).get_pipe("ner").labels)
    ours = {"PERSON", "ID", "CONTACT", "AGENCY", "PLACE", "DATE", "TIME"}
    # the whole NER keeps the OntoNotes labels it started with (the scrubber does not read them); its layers
    # under a fresh output layer know only ours
    assert labels > ours if more_labels else labels == ours


def test_an_unknown_start_is_refused(tmp_path):
    with pytest.raises(ValueError, match="small-ner-layers"):
        training.train([], tmp_path, start="pretrained")
