"""Unit numbers said as words, as they are on the air: "twenty-three", "fourteen sixty-six", "three-sixteen".

A radio call sign is spoken in pieces of one or two digits ("fourteen sixty-six" is 1466, "two-sixty-one" is
261, "one-four-two-three" is 1423), so the words are read piece by piece, not as English counts them. Two cues
say such words are a unit and not a count: the same number written in digits as a unit elsewhere in the report
("car 23" ... "twenty-three, copy"), or the words opening a quoted transmission ("seventeen, shots fired").
"""

from __future__ import annotations

import re

from scrubber.candidates import Candidate, overlaps
from scrubber.lexicon import DIGIT_VALUES, TEEN_VALUES, TENS_VALUES
from scrubber.recognizers.ids import CALL_WORDS, measure_after

_UNITS, _TEENS, _TENS = DIGIT_VALUES, TEEN_VALUES, TENS_VALUES
_WORD = "|".join(sorted([*_UNITS, *_TEENS, *_TENS, "hundred"], key=len, reverse=True))
# one to five number words joined by hyphens or single spaces, as a whole run
_SPOKEN = re.compile(rf"(?<![\w-])(?:{_WORD})(?:[- ](?:{_WORD}))*(?![\w-])", re.I)
# a transmission that opens with the unit called or calling: "seventeen, shots fired", "Twenty-one, copy"
_OPENS_TRANSMISSION = re.compile(r"[\"\u201c]\s*$")
_CALLED = re.compile(r"\s*,\s*+(?!(?:maybe|or|and|about|around|possibly|\d)\b)", re.I)
# a count, not a call: "there were eleven vehicles", "about twenty people"
_COUNTED_AFTER = re.compile(r"(?i)\s+(?!(?:is|was|has|says|copies|advises|asks|calls|goes|keys|radios)\b)[a-z]+s\b")
_COUNT_BEFORE = re.compile(r"(?i)\b(?:were|about|around|approx|approximately|over|under|of|than|maybe|only|all|"
                           r"age|aged)\s+$")
_ON_THE_AIR_AFTER = re.compile(r"(?i)\s*,?\s*(?:copy|copies|go\s+ahead|on\s+scene|en\s?route|clear|10-\d+|code\s+\d)")
# The word a call sign is said with: "Medic 7" in figures, then "Medic seven"; "Kilo four" on the air.
_WORD_BEFORE = re.compile(r"(?P<w>[A-Za-z]+)[ -]$")
_PREFIXED_UNIT = re.compile(r"^(?P<w>[A-Za-z]+)[\s-]+0*(?P<n>\d{1,4})$")
_CALL_WORD = re.compile(rf"(?i)(?:{CALL_WORDS})")
_QUOTE_BEFORE = re.compile(r"[\"\u201c(]\s*$")
# (or given in brackets after the unit's number: 'I was S-9 ("Sierra niner")')
_ON_THE_AIR_NAMED = re.compile(r"[\"\u201d)]?\s*(?:on\s+the\s+(?:air|radio)|,\s)|[\"\u201d]\)", re.I)
_NOT_A_CALL_AFTER = re.compile(r"(?i)[ -]+(?:doors?|wheel|by|x)\b")


def spoken_value(words: str) -> str | None:
    """The digits a run of number words stands for, read the way call signs are said; None if it is no number."""
    pieces: list[str] = []
    tokens = re.split(r"[- ]", words.lower())
    pad_next = False  # after "hundred" the next piece fills two places: "four hundred five" is 405
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token == "hundred":
            if not pieces or len(pieces[-1]) > 2:
                return None
            if i == len(tokens) - 1:
                pieces[-1] += "00"  # "forty-one hundred"
            pad_next = True
            i += 1
            continue
        if token in _TENS:
            value = _TENS[token]
            if i + 1 < len(tokens) and tokens[i + 1] in _UNITS and tokens[i + 1] not in ("zero", "oh"):
                value += _UNITS[tokens[i + 1]]
                i += 1
        elif token in _TEENS:
            value = _TEENS[token]
        elif token in _UNITS:
            value = _UNITS[token]
        else:
            return None
        pieces.append(f"{value:02d}" if pad_next else str(value))
        pad_next = False
        i += 1
    return "".join(pieces) or None


def spoken_units(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Unit numbers said in words, where a unit with that number is written in digits or the words open a call."""
    units: set[str] = set()
    prefixed: set[tuple[str, str]] = set()  # ("medic", "7") for "Medic 7"
    for c in chosen:
        if c.entity_type == "ID":
            digits = re.search(r"(\d{1,4})$", text[c.start:c.end])
            if digits:
                units.add(digits.group(1).lstrip("0") or "0")
            run = re.search(r"(?<![\w-])\d{1,3}-\d{1,3}$", text[c.start:c.end])
            if run:  # "72-14" is said "seventy-two fourteen"
                units.add(run.group(0).replace("-", "").lstrip("0") or "0")
        if c.entity_type in ("ID", "AGENCY"):  # "Post 6" ... "Post six", "Troop 4" ... "Troop four"
            named = _PREFIXED_UNIT.match(text[c.start:c.end])
            if named:
                prefixed.add((named.group("w").lower(), named.group("n")))
    call_words = {word for word, _ in prefixed}
    taken = sorted((c.start, c.end) for c in chosen)
    found: list[Candidate] = []
    for m in _SPOKEN.finditer(text):
        start, end = m.span()
        value = spoken_value(m.group(0))
        if value is None or measure_after(text, end):
            continue
        if not all(start <= s and e <= end for s, e in taken if s < end and start < e):
            continue  # a detection reaching outside the words: they are part of something else
        # (one inside them is part of the same call: "Medic [twenty-two]", "Seven-[fourteen]")
        on_the_air = _ON_THE_AIR_AFTER.match(text, end)
        counted = _COUNTED_AFTER.match(text, end) or _COUNT_BEFORE.search(text, max(0, start - 16), start)
        known_unit = value in units and (on_the_air or len(value) >= 2 and not counted)
        opens_call = (_OPENS_TRANSMISSION.search(text, max(0, start - 3), start) and _CALLED.match(text, end)
                      and (int(value) >= 10 or " " in m.group(0) or "-" in m.group(0)))
        before = _WORD_BEFORE.search(text, max(0, start - 20), start)
        said_with = before.group("w") if before else ""
        with_its_word = (said_with.lower(), value) in prefixed
        word_of_a_unit = said_with.lower() in call_words  # "Kilo" when "Kilo 4" is a unit here
        called_by_word = (
            said_with and _CALL_WORD.fullmatch(said_with) and not _NOT_A_CALL_AFTER.match(text, end)
            and (said_with[0].isupper() or word_of_a_unit)
            and (_QUOTE_BEFORE.search(text, max(0, start - 25), before.start()) and _ON_THE_AIR_NAMED.match(text, end)
                 or on_the_air or word_of_a_unit)
        )
        if (with_its_word or called_by_word) and not overlaps(taken, before.start(), start - 1):
            found.append(Candidate("ID", before.start(), end, 0.6, "SpokenUnitNumber", "UNIT"))
            taken.append((before.start(), end))
        elif known_unit or opens_call:
            found.append(Candidate("ID", start, end, 0.6, "SpokenUnitNumber", "UNIT"))
            taken.append((start, end))
    return found
