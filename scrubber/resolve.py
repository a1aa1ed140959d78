"""Overlapping proposals become one decision per stretch of text."""

from __future__ import annotations

import re

from scrubber.candidates import Candidate
from scrubber.english import is_english
from scrubber.lexicon import NAME_PARTICLE_ALTERNATION, SURNAME_PARTICLE_ALTERNATION


def _merge_same_type(candidates: list[Candidate]) -> list[Candidate]:
    """Overlapping proposals of one type become their union ("6712 county rd" + "county rd 9")."""
    merged: list[Candidate] = []
    for c in sorted(candidates, key=lambda c: (c.entity_type, c.start, -c.end)):
        last = merged[-1] if merged else None
        if last and last.entity_type == c.entity_type and c.start < last.end:
            best = max((last, c), key=lambda x: (x.score, x.end - x.start))
            merged[-1] = Candidate(c.entity_type, last.start, max(last.end, c.end), max(last.score, c.score),
                                   best.recognizer, best.kind, dict(best.meta))
            if c.entity_type == "PERSON":
                # the more specific role wins (a title beats a generic cue)
                roles = [x.kind for x in (last, c)]
                merged[-1].kind = next((r for r in ("OFFICER", "SUSPECT") if r in roles), best.kind)
        else:
            merged.append(c)
    return merged


def resolve(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Non-overlapping, sorted by start: higher score first, then the longer span."""
    chosen: list[Candidate] = []
    for c in sorted(_merge_same_type(candidates), key=lambda c: (-c.score, -(c.end - c.start), c.start)):
        if c.end <= c.start:
            continue
        clashes = [k for k in chosen if c.start < k.end and k.start < c.end]
        if not clashes:
            chosen.append(c)
            continue
        # A longer, weaker span that runs into stronger ones keeps the parts they leave: "the Willows Apts #214"
        # where "#214" was taken as a number still leaves "Willows Apts" to replace; "TPR D. BOUDREAUX LSP TROOP F",
        # where the name took "LSP", still leaves "TROOP F"; 'Hollis "Dutch" Van Der Berg', where the first and
        # the last names were found on their own, still leaves "Dutch".
        for start, end in _uncovered(c, clashes):
            if end - start >= 3 and _names_something(start, end, c, text):
                chosen.append(Candidate(c.entity_type, start, end, c.score, c.recognizer, c.kind, dict(c.meta),
                                        trimmed=True))
    return sorted(chosen, key=lambda c: c.start)


def _uncovered(c: Candidate, clashes: list[Candidate]) -> list[tuple[int, int]]:
    """The stretches of `c` that none of the clashing spans covers."""
    stretches: list[tuple[int, int]] = []
    position = c.start
    for k in sorted(clashes, key=lambda k: k.start):
        if k.start > position:
            stretches.append((position, k.start))
        position = max(position, k.end)
    if position < c.end:
        stretches.append((position, c.end))
    return stretches


def _names_something(start: int, end: int, c: Candidate, text: str) -> bool:
    """Whether what is left of a name after a stronger span still names something: an agency's or an ID's part
    ("TROOP F"), more than one word, a word no dictionary knows, or a capitalised word inside a sentence.
    "Puainako St." taken by a street leaves only "Heavy", of "Heavy rain"."""
    rest = re.findall(r"[A-Za-z0-9]+", text[start:end])
    if not rest:
        return False
    if c.entity_type in ("AGENCY", "ID") or len(rest) != 1 or not is_english(rest[0]):
        return True
    # one English word left over: a name only if capitalised where a sentence does not start
    word_start = text.index(rest[0], start)
    return rest[0][0].isupper() and not re.search(r"[.!?:]\s*$", text[:word_start])


_JOINERS = (" on ", " at ", " off ")
_BUSINESS = ("BusinessDenyList", "FacilityPattern")


def join_business_and_street(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"the Citgo on MLK Blvd": a business and the street it stands on are one location."""
    out: list[Candidate] = []
    for c in chosen:
        last = out[-1] if out else None
        if (last and last.entity_type == c.entity_type == "PLACE" and last.recognizer in _BUSINESS
                and text[last.end:c.start].lower() in _JOINERS):
            out[-1] = Candidate("PLACE", last.start, c.end, max(last.score, c.score), last.recognizer)
        else:
            out.append(c)
    return out


_PARTICLES_BEFORE = re.compile(rf"(?<![\w'-])(?:(?:{SURNAME_PARTICLE_ALTERNATION})\s)+$", re.I)
_PARTICLES_BETWEEN = re.compile(rf"\s+(?:(?:{NAME_PARTICLE_ALTERNATION})\s+){{1,3}}", re.I)


def join_name_particles(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"Pieter van der Berg": two pieces of a name with only particles between them are one name; and "ten Brink"
    later on, where the name was given with them, is that name with its particles."""
    out: list[Candidate] = []
    names = " | ".join(text[c.start:c.end].lower() for c in chosen if c.entity_type == "PERSON")
    for c in chosen:
        before = _PARTICLES_BEFORE.search(text, max(0, c.start - 24), c.start) if c.entity_type == "PERSON" else None
        if before and f"{before.group(0)}{text[c.start:c.end]}".lower() in names \
                and not (out and out[-1].end > before.start()):
            c = Candidate("PERSON", before.start(), c.end, c.score, c.recognizer, c.kind)
        last = out[-1] if out else None
        if last and last.entity_type == c.entity_type == "PERSON" \
                and _PARTICLES_BETWEEN.fullmatch(text[last.end:c.start]):
            out[-1] = Candidate("PERSON", last.start, c.end, max(last.score, c.score), last.recognizer, last.kind)
        else:
            out.append(c)
    return out
