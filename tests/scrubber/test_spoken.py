"""Unit numbers said in words, read the way call signs are said."""

from __future__ import annotations

import pytest

from scrubber.spoken import spoken_value


@pytest.mark.parametrize(("words", "digits"), [
    ("twenty-three", "23"),
    ("fourteen sixty-six", "1466"),
    ("three-sixteen", "316"),
    ("two-sixty-one", "261"),
    ("one-four-two-three", "1423"),
    ("forty-one hundred", "4100"),
    ("four hundred five", "405"),
    ("SEVENTEEN", "17"),
    ("oh nine", "09"),
])
def test_spoken_numbers_are_read_piece_by_piece(words, digits):
    assert spoken_value(words) == digits


@pytest.mark.parametrize("words", ["hundred", "twenty-three thousand", "one-david"])
def test_what_is_no_spoken_number(words):
    assert spoken_value(words) is None
