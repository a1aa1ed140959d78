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


@pytest.mark.parametrize(("text", "gone", "kept"), [
    # the word a unit is written with in figures, then said with in words
    ('called "Baker 12, send Medic seven in, Code 4." Medic 7 took him.', ["Medic seven", "Medic 7"], ["Code 4"]),
    # a call word and a spoken number, quoted as said on the air
    ('K9 Dep Ruiz ("Kilo four" on the air) took the back.', ["Kilo four"], ["took the back"]),
    ("I was Kilo 4 that night. Kilo four, copy.", ["Kilo four"], []),
    # a car, not a call; a count, not a unit
    ("he drove a Lincoln four door. We had four Medic units.", [], ["four door", "four Medic units"]),
    # the number alone already found: its word goes with it ("Medic" left behind says which crew)
    ("The medic crew went in. Medic 22 took him, and Medic twenty-two cleared.", ["Medic 22", "Medic twenty-two"],
     ["The medic crew"]),
    # said in brackets after the unit's figures, "niner" as radio says nine
    ('I was S-9 ("Sierra niner") and got sent to a family fight.', ["Sierra niner", "S-9"], ["family fight"]),
    # a two-part call sign said as two numbers
    ('I was working as 72-14 ("seventy-two fourteen") with Ofc. Young.', ["seventy-two fourteen", "72-14"], []),
])
def test_a_unit_said_in_words_with_its_call_word(text, gone, kept):
    from tests.scrubber.helpers import assert_scrubbed

    assert_scrubbed(text, gone=gone, kept=kept)


def test_a_post_said_in_words_after_its_number_in_figures():
    from tests.scrubber.helpers import assert_scrubbed

    assert_scrubbed("I was posted at Post 6 for the parade. Post six was quiet.", gone=["Post 6", "Post six"],
                    kept=["for the parade"])


def test_call_signs_said_in_words_when_the_model_found_part_of_them():
    from tests.scrubber.helpers import assert_scrubbed

    assert_scrubbed('I was working 714. Dispatch: "Seven-forty, seven-fourteen, burglary in progress." 740: '
                    '"Seven-forty, I\'m still out on this 10-50."', gone=["Seven-forty", "seven-fourteen", "forty"],
                    kept=["burglary in progress", "10-50"])
