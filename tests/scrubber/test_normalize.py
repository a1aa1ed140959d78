"""Formatting tricks must not let an identifier slip past detection."""

from __future__ import annotations

from scrubber import normalize


def test_zero_width_and_bidi_characters_are_removed():
    assert normalize("Ko\u200dwal\u200bski \u202eand\u202c Sgt.\u2060 Rose") == "Kowalski and Sgt. Rose"


def test_full_width_letters_and_digits_become_ascii():
    assert normalize("Ｏｆｃ． Ｈｕｎｔｅｒ ＃４４７１") == "Ofc. Hunter #4471"


def test_cyrillic_and_greek_look_alikes_fold_to_latin():
    assert normalize("Sgt. \u041ertiz and \u0391lvarez") == "Sgt. Ortiz and Alvarez"


def test_dashes_and_quotes_are_folded_so_patterns_match():
    assert normalize("HNX\u20112281 \u201cTiny\u201d O\u2019Malley") == 'HNX-2281 "Tiny" O\'Malley'


def test_a_name_hidden_by_a_zero_width_joiner_is_scrubbed(scrub):
    result = scrub("Officer Kow\u200dalski was hit by the mirror.")
    assert "Kowalski" not in result.text and "Kow" not in result.text
    assert "[OFFICER 1]" in result.text


def test_a_name_in_full_width_letters_is_scrubbed(scrub):
    result = scrub("Deputy \uff2d\uff41\uff52\uff43\uff55\uff53 \uff39\uff4f\uff55\uff4e\uff47 took the call.")
    assert "Marcus" not in result.text and "Young" not in result.text
    assert result.normalized.startswith("Deputy Marcus Young")
