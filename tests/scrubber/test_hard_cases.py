"""Our own corpus of hard cases (names that are ordinary words, ALL CAPS, lower case, nicknames, badges...)."""

from __future__ import annotations

from pathlib import Path

from scrubber import Scrubber
from scrubber.evaluate import evaluate, format_report, load_corpus, parse_marked

HARD = Path(__file__).parent / "corpus" / "hard_cases.jsonl"


def test_hard_cases_corpus_is_scrubbed():
    report = evaluate(Scrubber.shared(), load_corpus(HARD))
    assert report.recall >= 0.98, format_report(report)
    assert report.keep_rate >= 0.97, format_report(report)


def test_markup_parser_gives_offsets_into_the_plain_text():
    text, identifiers, keeps = parse_marked("Sgt. [[PERSON|Rose]] fired {{two rounds}} on [[PLACE|Elm St]].")
    assert text == "Sgt. Rose fired two rounds on Elm St."
    assert [text[s.start:s.end] for s in identifiers] == ["Rose", "Elm St"]
    assert [text[s.start:s.end] for s in keeps] == ["two rounds"]
