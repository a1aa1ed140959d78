"""How overlapping detections are resolved: the stronger wins, and the weaker keeps what the stronger leave."""

from __future__ import annotations

from scrubber.candidates import Candidate
from scrubber.resolve import resolve


def _spans(text: str, chosen: list[Candidate]) -> list[tuple[str, str]]:
    return [(c.entity_type, text[c.start:c.end]) for c in chosen]


def test_a_weaker_span_keeps_every_stretch_the_stronger_ones_leave():
    text = 'Sgt. Hollis "Dutch" Vanderberg came.'
    first = Candidate("PERSON", 5, 11, 0.85, "TitleNameRecognizer", "OFFICER")
    last = Candidate("PERSON", 20, 30, 0.85, "UnknownWordRecognizer", "PERSON")
    whole = Candidate("PLACE", 5, 30, 0.5, "Model", "")
    chosen = resolve(text, [first, last, whole])
    assert _spans(text, chosen) == [("PERSON", "Hollis"), ("PLACE", ' "Dutch" '), ("PERSON", "Vanderberg")]


def test_what_is_left_must_still_name_something():
    text = "near Puainako St. Heavy rain fell."
    street = Candidate("PLACE", 5, 16, 0.8, "StreetPattern", "")
    guess = Candidate("PERSON", 5, 23, 0.5, "Model", "")
    assert _spans(text, resolve(text, [street, guess])) == [("PLACE", "Puainako St")]


def test_an_agencys_part_is_kept_even_when_it_is_english():
    text = "TPR D. BOUDREAUX LSP TROOP F UNIT 9."
    name = Candidate("PERSON", 4, 20, 0.85, "TitleNameRecognizer", "OFFICER")
    agency = Candidate("AGENCY", 17, 28, 0.8, "AgencyAcronymDenyList", "")
    assert _spans(text, resolve(text, [name, agency])) == [("PERSON", "D. BOUDREAUX LSP"), ("AGENCY", " TROOP F")]
