"""A second corpus written from corpus/SPEC.md before reading the recognizers (names of many origins in lower case
and ALL CAPS, CAD notes, small places), scored like the dev corpus.

Its recall and keep floors sit in the FLOORS table of test_fresh_outside.py with the other outside corpora.
The remaining misses are names that are English words ("TWO BULLS", "Tou Her"), lower-case names with no cue
before them, and places that no list holds or that are ordinary words ("ITALY", "mpls", neighbourhoods).
"""

from __future__ import annotations

import pytest

from scrubber.english import is_english, is_typo, unknown_word
from tests.scrubber.helpers import assert_scrubbed


@pytest.mark.parametrize(
    ("word", "english", "unknown"),
    [
        ("cuffed", True, False),
        ("grabbed", True, False),
        ("didnt", True, False),
        ("ofc", True, False),
        ("kostya", False, True),
        ("OKAFOR", False, True),
        ("Sandoval-Ruiz", False, True),
        ("embarassing", False, False),  # a misspelling, not a name
        ("TVs", False, False),
        ("Landry", False, True),
    ],
)
def test_word_list(word, english, unknown):
    assert is_english(word) is english
    assert unknown_word(word) is unknown


def test_misspellings():
    assert is_typo("warrent") and is_typo("realy")
    assert not is_typo("quandarius") and not is_typo("okonkwo")


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("so i told kostya to get back in the car and we cuffed jaylen", ["kostya", "jaylen"], ["told", "cuffed"]),
        ("me and deshawn rolled up with no lights. deshawn had the taser out.", ["deshawn"], ["taser"]),
        ("The driver was quandarius and he kept looking at the floorboard.", ["quandarius"], ["floorboard"]),
        ("AN USHER NAMED WOODSON TOLD ME. MY PARTNER ALVAREZ WENT AROUND BACK.", ["WOODSON", "ALVAREZ"], []),
        ("OWNER LE VAN DUC WAS HELD BY SUSPECT TRUONG VAN HAI.", ["DUC", "HAI", "TRUONG"], []),
        ("DRV MUSE, ABDIKARIM DOB 04/02/1998.", ["MUSE", "ABDIKARIM"], []),
        ("then he headbutted deputy okafor in the Hennepin County Jail elevator. okafor got a broken nose.",
         ["okafor"], ["broken nose"]),
        ("The caller, Ana Lucía de la Cruz Fernández, said her brother was armed.", ["Lucía", "Cruz", "Fernández"],
         []),
        ("Agent Sandoval-Ruiz yelled. He put his hands up when Sandoval-Ruiz yelled again.", ["Sandoval"], []),
        ("this is embarassing but i realy should have waited", [], ["embarassing", "realy"]),
        ("He had a Leatherman and his Carhartt jacket on, and dispatch, Shelia, was on the radio.", ["Shelia"],
         ["Leatherman", "Carhartt"]),
        ("got dispatched off 5th/Main and later 27th/capitol", ["5th", "Main", "capitol"], []),
        ("Crowd pushed the line at the plaza 5/30. We were 1/2 mile out.", ["5/30"], ["1/2 mile"]),
        ("I stopped a Buick on NC 710 near the Pembroke town line with a loaded AR-15.", ["710", "Pembroke"],
         ["AR-15"]),
        ("K9 req. 0321 PASS1 exited veh. K9 arr 0330, alert.", ["0321", "0330"], []),
        ("restraint chair if hes already fighting. HCSO-J-2024-11420", ["2024", "11420"], []),
        ("assisted by the Hawaii Department of Law Enforcement.", ["Law Enforcement"], []),
        ("SW at 872 Payne Ave (Frogtown). Entry at 0555.", ["Frogtown"], []),
        ("I was dispatched to a domestic in Many Farms, then near Chinle.", ["Many Farms", "Chinle"], ["domestic"]),
        ("stopped a car outside tuba city for no headlights", ["tuba"], ["no headlights"]),
        ("We had a Surprise inspection. It was a surprise to all of us in the end.", [], ["Surprise", "surprise"]),
        ("and landry tased him, one probe hit", ["landry"], ["one probe hit"]),
    ],
)
def test_second_outside_shapes(text, gone, kept):
    assert_scrubbed(text, gone, kept)
