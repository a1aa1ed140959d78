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
from scrubber.identifier_model import MODEL_DIR, add_identifier_ner
from scrubber.recognizers.learned import from_model

META = json.loads((MODEL_DIR / "meta.json").read_text(encoding="utf-8"))


def test_the_shipped_model_never_saw_a_held_out_corpus():
    trained_on = set(META["trained_on"])
    assert trained_on, "the model must name the corpora it was trained on"
    assert not trained_on & training.HELD_OUT
    present = {p.stem for d in training.CORPUS_DIRS for p in d.glob("*.jsonl")}
    assert present >= training.HELD_OUT, "every held-out corpus is in the repo, to be scored"


def test_the_shipped_model_was_trained_on_the_corpora_as_they_are_now():
    """A corpus edited or added since training means the shipped model is stale: rerun `nearmiss train-model`."""
    current = {p.stem: training.fingerprint(p) for p in training.training_corpora()}
    assert META["trained_on"] == current


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
    add_identifier_ner(rules_pipeline, out)
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
    assert CliRunner().invoke(cli.main, [*args, "--seed", "1", "--epochs", "3"]).exit_code == 0
    assert [(c["seed"], c["epochs"]) for c in calls] == [(training.SEED, training.EPOCHS), (1, 3)]


def test_held_out_corpora_are_left_out_of_training():
    names = {p.stem for p in training.training_corpora(hold_out=["ninth_outside"])}
    assert "ninth_outside" not in names and "dev" in names
    assert not names & training.HELD_OUT


def test_a_missing_model_says_how_to_build_it(tmp_path):
    with pytest.raises(FileNotFoundError, match="nearmiss train-model"):
        add_identifier_ner(spacy.blank("en"), tmp_path)
