"""The common shape of what a recognizer proposes, before overlaps are resolved and placeholders assigned."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache


@dataclass
class Candidate:
    entity_type: str
    start: int
    end: int
    score: float
    recognizer: str
    # What the placeholder should say: a role for a person (OFFICER, SUSPECT, PERSON), a kind for an ID
    # (BADGE, UNIT, PLATE...), the month and year for a date, the hour for a time.
    kind: str = ""
    # more about it: "name", the name a mention stands for where the surface differs ("prices arm")
    meta: dict[str, str] = field(default_factory=dict)
    # cut short by a stronger overlapping candidate; the engine trims trailing spaces and commas
    trimmed: bool = False


def overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) shares a character with any of the spans."""
    return any(s < end and start < e for s, e in spans)


@lru_cache(maxsize=256)
def case_style(text: str) -> str:
    """'upper' for ALL-CAPS CAD text, 'lower' for all-lower-case text, else 'mixed'.

    Capitalisation is the strongest cue for names in mixed text; the other two styles need other cues.
    """
    letters = [c for c in text if c.isalpha()]
    if not letters:
        return "mixed"
    upper = sum(c.isupper() for c in letters) / len(letters)
    if upper > 0.75:
        return "upper"
    words = re.findall(r"(?<![.!?]\s)(?<!^)\b[A-Za-z][a-z]+\b", text)
    capitalised = sum(w[0].isupper() for w in words)
    if words and capitalised / len(words) < 0.03:
        # a plain narrative with no names in it still starts its sentences with capitals
        starts = re.findall(r"(?:^|[.!?]\s+)([A-Za-z])", text)
        if len(starts) >= 2 and sum(c.isupper() for c in starts) / len(starts) >= 0.8:
            return "mixed"
        return "lower"
    return "mixed"


def group_span(match: re.Match[str], group: str | int = "v") -> tuple[int, int]:
    try:
        start, end = match.span(group)
    except IndexError:
        start, end = match.span()
    if start < 0:
        start, end = match.span()
    return start, end
