"""The regex builders the recognizers' long word lists are compiled with: faster, and matching the same."""

from __future__ import annotations

import re

import pytest

from scrubber.lexicon import alternation, options_of, starts_of


def test_a_factored_alternation_matches_what_the_flat_one_does_longest_first():
    options = ["bro", "brother", "brothers", "sister", "s.o", "x"]
    factored = re.compile(rf"\b(?:{alternation(options)})\b", re.I)
    flat = re.compile(r"\b(?:" + "|".join(re.escape(o) for o in sorted(options, key=len, reverse=True)) + r")\b",
                      re.I)
    text = "Brothers and bro, the brother; sister S.O x brot"
    assert [m.span() for m in factored.finditer(text)] == [m.span() for m in flat.finditer(text)]
    assert factored.match("brothers").group() == "brothers"


def test_the_starts_of_regex_options_narrow_where_to_try_them():
    start = re.compile(starts_of(r"kwik\s?trip|lowe'?s|7-11|qt|circle\s+(?:k|store)"), re.I)
    for word in ("Kwik Trip", "Lowes", "7-11", "QT", "Circle K"):
        assert start.match(word), word
    assert not start.match("the store")
    with pytest.raises(ValueError):
        starts_of(r"sunoco|(?:old\s+)?exxon")  # begins with a group: no letters it must begin with


def test_the_options_of_an_alternation_are_split_at_its_own_level_only():
    assert options_of(r"a|b(?:c|d)|[|]e|f\|g") == ["a", "b(?:c|d)", "[|]e", "f\\|g"]
