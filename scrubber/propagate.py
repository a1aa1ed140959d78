"""Once a name is found, find its other mentions: surname alone, first name, nickname, possessive.

Officers name a person once in full ("Officer Kyle Bell") and then by surname ("Bell"), often without the
title; the later mentions carry no cue of their own.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from spacy.tokens import Doc

from scrubber.candidates import Candidate, overlaps
from scrubber.english import is_english, unknown_word
from scrubber.lexicon import (
    EQUIPMENT_WORDS,
    KEPT_ACRONYMS,
    NATIVE_NAME_FIRST,
    NATIVE_NAME_SECOND,
    NOT_NAMES,
    STREET_SUFFIXES,
    SURNAME_PARTICLE_ALTERNATION,
    TO_A_PLACE,
    US_STATES,
    WEEKDAYS,
    words,
)
from scrubber.recognizers.ids import kept_number
from scrubber.recognizers.places import bare_street_word

_SPACE = re.compile(r"\\ ")
_DETERMINERS = frozenset(words("a an the this that these those every each some any no my our your his her its their"))
# Penn Treebank tags (token.tag_): the pipeline runs without the attribute ruler that would map them to POS.
_NOUNISH = ("NN", "CD")
_MODIFIER = ("JJ", "VB", "NN")


# the gun or the car, not the person: "a Ford", "his Smith & Wesson", "Ford Explorer", "Colt 1911"
_THE_MAKE = re.compile(r"(?i)\b(?:a|an|the|his|her|my|our|their|your|its)\s+$")
_MAKE_GOES_ON = re.compile(r"\s*(?:&|and\s+Wesson|[-#]?\d|[A-Z][a-z]+\b(?<!\bAnd)(?<!\bWas))|'s\s+[A-Z0-9]")




# what someone's name is put before, as its owner: body, gear, car, kin
_POSSESSED = (r"(?i:arms?|hands?|face|head|legs?|side|back|shoulders?|foot|feet|knees?|neck|chest|eyes?|hair|sleeve|"
              r"car|unit|cruiser|truck|vest|gun|taser|radio|door|window|mirror|belt|holster|wife|husband|mom|dad|"
              r"mother|father|brother|sister|kid|kids|house|place|partner|"
              # what a partner said or did: "roses idea", "foxs words", "fitzgeralds first week"
              r"idea|words|call|fault|plan|first|girlfriend|boyfriend|gf|bf|son|daughter|cousin|people|crew|dog)\b")
_POSSESSED_AFTER = re.compile(rf"\s+{_POSSESSED}")


def _starts_sentences_in_lower_case(text: str) -> bool:
    """A writer who starts most sentences in lower case ("ok so quick one. me + ofc Hunter ... hunter goes to grab
    him") writes a name in lower case too, once it has been given with its capital."""
    starts = re.findall(r"(?:^|[.!?]\s+)([A-Za-z])", text)
    return len(starts) >= 3 and sum(c.islower() for c in starts) / len(starts) >= 0.5


class _Tags:
    """The Penn tag of the token starting at a character, tagging the text only when first asked (the engine's
    tagger costs as much as an identifier model, and most texts never ask)."""

    def __init__(self, tagged: Callable[[], Doc] | None) -> None:
        self._tagged = tagged
        self._by_start: dict[int, str] | None = None

    def at(self, index: int) -> str | None:
        if self._by_start is None:
            doc = self._tagged() if self._tagged else None
            self._by_start = {} if doc is None else dict(zip(
                doc.to_array("IDX").tolist(), (doc.vocab.strings[h] for h in doc.to_array("TAG").tolist()),
                strict=True))
        return self._by_start.get(index)


# "Sgt. Friday", then "late on a Friday night": the weekday, not the sergeant
_ON_THE_DAY = re.compile(r"(?i)\b(?:on|a|last|this|next|that|every|each|of|since|until|till|by|from)\s+$")
_PART_OF_THE_DAY = re.compile(r"(?i)s?\s+(?:morning|afternoon|evening|night|nite|overnight|shift)\b")


def propagate_names(text: str, style: str, chosen: list[Candidate],
                    tagged: Callable[[], Doc] | None = None) -> list[Candidate]:
    """Later mentions of a name found once; `tagged` gives the text's doc with Penn tags, called only if needed."""
    people = [c for c in chosen if c.entity_type == "PERSON"]
    if not people:
        return []
    _extend_over_particles(text, style, people)
    _possessives_without_apostrophe(text, people)
    words: dict[str, str] = {}
    written_lower: set[str] = set()
    for c in people:
        for w in re.findall(r"[^\W\d_][\w'-]*[^\W\d_]", c.meta.get("name", text[c.start:c.end])):
            w = w.removesuffix("'s")
            if len(w) >= 2 and w.lower() not in NOT_NAMES:
                words.setdefault(w.lower(), c.kind)
                if w.islower():
                    written_lower.add(w.lower())  # "deputy okafor" in a mixed-case text: later mentions too
    # "Two Bulls": a Plains surname is found as a pair, since each word alone is ordinary English
    for c in people:
        for pair in re.finditer(r"([A-Za-z]+)\s+([A-Za-z]+)", text[c.start:c.end]):
            if pair.group(1).lower() in NATIVE_NAME_FIRST and pair.group(2).lower() in NATIVE_NAME_SECOND:
                words.setdefault(f"{pair.group(1).lower()} {pair.group(2).lower()}", c.kind)
    # "Pieter ten Brink" ... "ten Brink set flares": a surname with its particles is found with them
    for c in people:
        for pair in _PARTICLED_SURNAME.finditer(text[c.start:c.end]):
            words.setdefault(" ".join(pair.group(0).lower().split()), c.kind)
    tags = _Tags(tagged)
    taken = sorted((c.start, c.end) for c in chosen)
    found: list[Candidate] = []
    casual = style == "mixed" and _starts_sentences_in_lower_case(text)
    for word, role in words.items():
        written = _SPACE.sub(r"\\s+", re.escape(word))
        # (and its possessive typed without the apostrophe: "with prices arm still inside", "GRANTS MIRROR"). The
        # pattern is compiled for each name of each text, so what is possessed is checked apart: it would make
        # every one of those patterns several times as costly to compile.
        mention = rf"(?<![\w'-]){written}(?:(?P<poss>s)(?![\w-])|(?![\w-])(?!'[a-rt-z]))"
        for m in re.finditer(mention, text, re.I):
            if m.group("poss") and not _POSSESSED_AFTER.match(text, m.end()):
                continue
            start, end = m.span()
            # in mixed text a name is written capitalised ("Sandoval-Ruiz") or in capitals
            surface = m.group(0).split()[-1]  # "ten Brink": the surname carries the capital, not its particle
            if style == "mixed" and not (surface[0].isupper() and (surface.isupper() or surface[1:2].islower())
                                         or (word in written_lower or casual) and surface.islower()):
                continue
            # "Strong crosswind" at the start of a sentence, after "Dep. Strong": the capital says nothing there
            sentence_start = style == "mixed" and bool(re.search(r"(?:^|[.!?]\s+)$", text[max(0, start - 3):start]))
            lower_here = style != "mixed" or surface.islower() or sentence_start and is_english(surface)
            the_make = word in EQUIPMENT_WORDS and (_THE_MAKE.search(text, max(0, start - 8), start)
                                                    or _MAKE_GOES_ON.match(text, end))
            the_state = word in US_STATES and TO_A_PLACE.search(text, max(0, start - 12), start)
            the_day = word in WEEKDAYS and (_ON_THE_DAY.search(text, max(0, start - 12), start)
                                            or _PART_OF_THE_DAY.match(text, end))
            # "my partner dre", then "the DRE was called": the trade's acronym, in the capitals it is written in
            the_acronym = word in KEPT_ACRONYMS and style != "upper" and surface.isupper() and len(surface) > 1
            if overlaps(taken, start, end) or the_make or the_state or the_day or the_acronym:
                continue  # "Officer Smith" and later "a Smith & Wesson", "Sgt. Washington" and "moved to Washington"
            if lower_here and not m.group("poss") and not _looks_like_name_here(text, start, end, tags):
                continue
            # "(khanh bui)" after "ofc bui": a first name in brackets before a known surname
            before = re.search(r"\(([A-Za-z][a-z'-]+) $", text[max(0, start - 30):start])
            if before and before.group(1).lower() not in NOT_NAMES:
                start -= len(before.group(1)) + 1
            # "prices" in "prices arm" is a mention of "price": the placeholder is that person's
            named = {"name": m.group(0)[:-1]} if m.group("poss") else {}
            found.append(Candidate("PERSON", start, end, 0.65, "NamePropagation", role, named))
    return found


def _possessives_without_apostrophe(text: str, people: list[Candidate]) -> None:
    """"me and price went in ... with prices arm still inside": a one-word mention found on its own (by the model)
    that is another mention's name and an s, before what a person has, stands for that name."""
    names = {text[c.start:c.end].lower() for c in people if " " not in text[c.start:c.end].strip()}
    for c in people:
        surface = text[c.start:c.end]
        if " " not in surface and surface[-1:] in "sS" and surface[:-1].lower() in names \
                and _POSSESSED_AFTER.match(text, c.end):
            c.meta.setdefault("name", surface[:-1])


_PARTICLED_SURNAME = re.compile(rf"(?<![\w'-])(?:(?:{SURNAME_PARTICLE_ALTERNATION})\s+)+[^\W\d_][\w'-]+", re.I)
_PARTICLES_BEFORE = re.compile(r"(?:\b(?:de|del|la|le|van|von|der|da|di|du|dos|bin|ibn|al|el)\s+)+$", re.I)


def _extend_over_particles(text: str, style: str, people: list[Candidate]) -> None:
    """"and de la Garza came out": the particles before a name belong to it (but not "the van" before one)."""
    for c in people:
        before = _PARTICLES_BEFORE.search(text[max(0, c.start - 24):c.start])
        if not before or style == "mixed" and not (before.group(0).islower() or len(before.group(0).split()) >= 2):
            continue
        start = c.start - len(before.group(0))
        previous = re.search(r"([A-Za-z]+)\W*$", text[max(0, start - 12):start])
        if previous and previous.group(1).lower() in _DETERMINERS:
            continue
        c.start = start


# what follows a name that acts, where the ordinary word would be followed by its noun
_CLAUSE_GOES_ON = re.compile(r"(?i)[a-z]+ly|[a-z]{3,}ed|was|were|is|had|has|said|says|went|goes|came|comes|got|gets|"
                             r"ran|runs|told|tells|saw|sees|took|takes|kept|keeps|did|does|would|could|should|will|"
                             r"made|makes|left|found|finds|heard|hears|felt|knew|thought|gave|gives|yelled|and|who")


def _looks_like_name_here(text: str, start: int, end: int, tags: _Tags) -> bool:
    """In ALL-CAPS or lower-case text a surname like "black" or "rose" may be the ordinary word: not after a
    determiner ("the day"), not as a modifier before a noun ("black suburban")."""
    if unknown_word(text[start:end]):
        return True  # "HOANG ARR": a word no dictionary knows is the name even before a noun
    before = re.findall(r"[A-Za-z']+", text[max(0, start - 20):start])
    sentence_start = bool(re.search(r"[.!?;:]\s*$", text[max(0, start - 4):start]))
    if before and before[-1].lower() in _DETERMINERS and not sentence_start:
        return False
    after = re.match(r"\s+([A-Za-z]+)", text[end:])
    if after and text[start:end].isupper() and _CLAUSE_GOES_ON.fullmatch(after.group(1)):
        return True  # "HOW HILL FINALLY FOUND ME": in capitals the tagger calls every word a noun
    if after:
        tag = tags.at(end + after.start(1))
        own = tags.at(start)
        if tag and tag.startswith(_NOUNISH) and own and own.startswith(_MODIFIER):
            return False
    return True


# A unit named once in full ("Unit 31", "C-34", "2-Adam-6", "Bravo 3") is then called by its number alone on the
# air: "31 aired", "34 you have the south", "I answered "3 copy."". That number is the same identifier.
_CALL_SIGN_SHAPE = re.compile(r"(?i)[a-z]{1,3}-\d{1,4}|\d{1,3}-[a-z]+-\d{1,3}|[a-z]+[ -]\d{1,4}|"
                              r"\d{1,3}[a-z]{1,2}\d{1,3}|\d{1,3}-\d{1,3}")
_LAST_NUMBER = re.compile(r"(\d{1,4})$")
# what a unit called by its number says or is said to do, right after the number
_ON_THE_AIR = re.compile(r"(?i)\s*(?::\s|\(me\)|copy|copies|copied|is\b|was\b|to\b|on\s+scene|en\s?route|clear|"
                         r"cleared|aired|said|answered|advised|responded|arrived|10-\d+|code\s+\d)")
# a plural noun after the number makes it a count ("31 priors"), though a verb in -s does not ("34 says")
_COUNTED = re.compile(r"(?i)\s+(?!(?:is|was|has|says|does|goes|calls|copies|advises|arrives|clears|responds|asks|"
                      r"tells|gets|comes|runs|sees|hears|keys|radios|yells|pulls|stops)\b)[a-z]+s\b")
_AGE_OR_COUNT_BEFORE = re.compile(r"(?i)\b(?:age|aged|was|is|he's|she's|about|approx|approximately|over|under|"
                                  r"of|by|at|the|in|a|an|\$)\s*$|[$#.:/-]$")


def propagate_unit_numbers(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Later mentions of a unit by its number alone, once the text has named the unit in full."""
    numbers: set[str] = set()
    for c in chosen:
        surface = text[c.start:c.end]
        if c.entity_type == "ID" and (c.kind == "UNIT" or _CALL_SIGN_SHAPE.fullmatch(surface)):
            last = _LAST_NUMBER.search(surface)
            if last and not re.fullmatch(r"(?:19|20)\d\d", last.group(1)):
                numbers.add(last.group(1).lstrip("0") or "0")
    if not numbers:
        return []
    taken = sorted((c.start, c.end) for c in chosen)
    found: list[Candidate] = []
    for number in numbers:
        for m in re.finditer(rf"(?<![\w.,:/$#-]){number}(?![\w-]|[.,:/]\d)", text):
            start, end = m.span()
            if overlaps(taken, start, end) or kept_number(number, text, end):
                continue
            on_the_air = _ON_THE_AIR.match(text, end) or text[max(0, start - 1):start] == '"'
            if not on_the_air and (len(number) < 2 or _AGE_OR_COUNT_BEFORE.search(text, max(0, start - 16), start)
                                   or _COUNTED.match(text, end)):
                continue  # a lone digit is a unit only on the air; "he was 31" is an age, "31 priors" a count
            found.append(Candidate("ID", start, end, 0.6, "UnitNumberPropagation", "UNIT"))
    return found


# What an ordinal is more often than a street: "2nd floor", "5th grade". Streets from the 11th up are seldom
# anything else, once the text has named one ("63rd St" ... "eastbound on 63rd").
_SMALL_ORDINAL = re.compile(r"(?i)(?:[1-9]|10)(?:st|nd|rd|th)")
_ORDINAL_USE_AFTER = re.compile(r"(?i)\s+(?:floor|birthday|grade|time|anniversary|percentile|amendment|place|round|"
                                r"shift|century|year|day|week|month|inning|period|street|st|ave|avenue)\b")
_YEAR = re.compile(r"(?:19|20)\d\d")
# codes, measures and the gun's model, which recur in a text for their own reasons: "10-50", "9mm", "AR-15", "M4"
_CODE = re.compile(r"(?i)1[01]-\d{1,3}|\d+(?:mm|mph|ft|yds?|lbs?|x\d+|k|g)|(?:ar|ak|m|mp|sks|p|x|k|ch|tac)-?\d{1,3}")


def _distinctive_pieces(surface: str) -> set[str]:
    """The parts of an ID or a place that identify it on their own: a number of three digits or more ("APT 110",
    "FM 1015"), digits with a few letters ("3C", "F-22", "1-C-214", but not a "4Runner"), an ordinal from the
    11th up."""
    pieces: set[str] = set()
    for piece in re.findall(r"[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*", surface):
        has_digit = any(c.isdigit() for c in piece)
        if not has_digit or _YEAR.fullmatch(piece) or _SMALL_ORDINAL.fullmatch(piece):
            continue
        if piece.isdigit():
            if len(piece) >= 3:
                pieces.add(piece)
        elif not _CODE.fullmatch(piece) and len(piece) >= 2 and sum(c.isalpha() for c in piece) <= 3:
            pieces.add(piece)
            # "62-S3" is called "S3" on the air
            last = piece.rsplit("-", 1)[-1]
            if "-" in piece and piece.split("-")[0].isdigit() and re.fullmatch(r"[A-Za-z]{1,2}\d{1,3}", last) \
                    and not _CODE.fullmatch(last):
                pieces.add(last)
    return pieces


def propagate_identifiers(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """Other mentions of an ID's or a place's distinctive part, found once with its cue: "Apt 3C" ... "knocked on
    3C", "FM 1015" ... "1015 north of town", "W 63rd St" ... "eastbound on 63rd", "inside 110"."""
    sources: dict[str, Candidate] = {}
    for c in chosen:
        surface = text[c.start:c.end]
        if c.entity_type not in ("ID", "PLACE", "AGENCY") or c.recognizer == "IdentifierModel" and surface.isdigit():
            continue  # the model's guess at a bare number ("Updated to 413") has no cue to spread
        for piece in _distinctive_pieces(surface):
            if c.entity_type == "AGENCY" and (piece.isdigit() or piece.isalpha()):
                continue  # an agency's part by its number and letter ("sector 47D") is said so again ("as 47D")
            sources.setdefault(piece.lower(), c)
    taken = sorted((c.start, c.end) for c in chosen)
    found: list[Candidate] = (_called_places_again(text, chosen, taken) + _acronyms_again(text, chosen, taken)
                              + _streets_again(text, chosen, taken) + _cross_streets(text, chosen, taken)
                              + _routes_again(text, chosen, taken) + _listed_numbers(text, chosen, taken))
    for piece, source in sources.items():
        for m in re.finditer(rf"(?<![\w.$#-]){re.escape(piece)}(?![\w-]|[.,:/]\d)", text, re.I):
            start, end = m.span()
            if piece.isdigit() and kept_number(piece, text, end):
                continue
            if piece[-1].isalpha() and piece[:-2].isdigit() and _ORDINAL_USE_AFTER.match(text, end):
                continue  # "the 63rd floor" is not "63rd St"
            _claim(found, taken, source.entity_type, start, end, source.kind)
    return found


def _claim(found: list[Candidate], taken: list[tuple[int, int]], entity_type: str, start: int, end: int,
           kind: str = "") -> None:
    """Add a later mention, unless a detection or an earlier mention already covers any of it."""
    if not overlaps(taken, start, end):
        found.append(Candidate(entity_type, start, end, 0.6, "IdentifierPropagation", kind))
        taken.append((start, end))


def _called_places_again(text: str, chosen: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    """"the area everybody calls the Bottoms" ... "on the edge of the Bottoms": a local name, once given as one, is
    the same place wherever "the" comes before it (written as it was given, or in capitals)."""
    found: list[Candidate] = []
    names = {text[c.start:c.end] for c in chosen if c.recognizer == "CalledPlacePattern"}
    for name in names:
        for m in re.finditer(rf"(?i:\bthe\s+)(?P<v>{re.escape(name)})(?![\w-])", text, re.I):
            surface = m.group("v")
            if surface == name or surface.isupper():
                _claim(found, taken, "PLACE", *m.span("v"))
    return found


# An agency's acronym, once found as one, is the agency wherever it recurs: "GDC transport ... GDC van", "rtd
# transit police ... rtd fare inspectors". Two letters (PD, SO, FD) say only what kind of agency it is.
_ACRONYM_TOKEN = re.compile(r"\b[A-Za-z]{3,6}\b")


def _acronyms_again(text: str, chosen: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    acronyms: set[str] = set()
    for c in chosen:
        if c.entity_type != "AGENCY":
            continue
        for token in _ACRONYM_TOKEN.findall(text[c.start:c.end]):
            written_as_acronym = token.isupper() or token.islower() and text[c.start:c.end].islower()
            if written_as_acronym and token.lower() not in KEPT_ACRONYMS and not is_english(token) \
                    and token.lower() not in NOT_NAMES:
                acronyms.add(token)
    found: list[Candidate] = []
    for acronym in acronyms:
        for m in re.finditer(rf"(?<![\w'-]){re.escape(acronym)}(?![\w'-])", text, re.I):
            if m.group(0).isupper() or m.group(0) == acronym:
                _claim(found, taken, "AGENCY", *m.span())
    return found


# A street named once with its suffix is named without it later: "Washington Ave ... across Washington", "2219 w
# vine st ... on Vine", "Kensington Ave & Allegheny": after a word that puts something on a street.
_STREET_NAME = re.compile(
    r"^(?:\d+\s+)?(?:(?:[NSEW]|North|South|East|West)\.?\s+)?(?P<name>[A-Za-z][a-z]+(?:\s[A-Za-z][a-z]+)?)\s+"
    rf"(?i:{STREET_SUFFIXES})\.?$")
_ON_A_STREET = re.compile(r"(?i)\b(?:on|onto|across|down|up|along|at|off|to|from|near|crossing|crossed|of|"
                          r"westbound|eastbound|northbound|southbound|[nsew]b)\s+$|(?:&|/|\band)\s*$")


def _streets_again(text: str, chosen: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    names = set()
    for c in chosen:
        street = _STREET_NAME.match(text[c.start:c.end]) if c.entity_type == "PLACE" else None
        # a name written with its capital, or no English word: not "a dirt road", "the back road"
        if street and all(w[0].isupper() or not is_english(w) for w in street.group("name").split()):
            names.add(street.group("name"))
    found = _places_again(text, taken, names, _ON_A_STREET, lambda name, m: m.group(0) == name
                          or m.group(0).isupper() or m.group(0).islower() and name.islower())
    # with a street's suffix after it, the name is the street's in any case and after any word: "not pine st"
    for name in names:
        for m in re.finditer(rf"(?<![\w'.,:/$#-]){re.escape(name)}\s+(?:{STREET_SUFFIXES})\b", text, re.I):
            _claim(found, taken, "PLACE", *m.span())
    return found


def _places_again(text: str, taken: list[tuple[int, int]], names: set[str], cue: re.Pattern[str],
                  accept: Callable[[str, re.Match[str]], bool]) -> list[Candidate]:
    """The later mentions of a street's name or a road's number, where a word that puts something on a road comes
    just before them and `accept` has nothing against them."""
    found: list[Candidate] = []
    for name in names:
        for m in re.finditer(rf"(?<![\w'.,:/$#-]){re.escape(name)}(?![\w'-]|[.,:/]\d)", text, re.I):
            if cue.search(text, max(0, m.start() - 16), m.start()) and accept(name, m):
                _claim(found, taken, "PLACE", *m.span())
    return found


# The cross street of a street already found, given by its number alone: "Kensington Ave and 5th", "MLK & 21st".
# Where the street word was taken for a name ("Halsted and 21st"), the number is a street all the same, if the
# clause ends or goes on after it (not "Ruiz and 2nd squad").
_NUMBERED_CROSS_STREET = re.compile(
    r"\s*(?:and|&|@|/|at|x)\s*(?P<v>\d{1,3}(?:st|nd|rd|th))\b(?=\s*[.,;:!?)\]\"'\u201d]|\s*$|\s+(?:and|at|for|to|"
    r"when|where|then|in|on|by|near|with|heading|going|north|south|east|west|[nsew]b)\b)", re.I)


# or by its name, bare, after "n" or "&" (which join no names of people): "on rutledge n central", "Halsted & Lake"
_NAMED_CROSS_STREET = re.compile(
    r"\s*(?:\bn\b|&|@)\s*(?P<v>[A-Za-z]{3,}(?<!ed)(?<!ing))\b(?![-'])(?=\s*[.,;:!?)]|\s*$|\s+(?:and|n|at|for|to|when|"
    r"where|then|in|on|by|near|with|heading|going|i|we|he|she|they|round|bout|around|about|like|was|is)\b)", re.I)


def _cross_streets(text: str, chosen: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    found: list[Candidate] = []
    for c in chosen:
        m = _NUMBERED_CROSS_STREET.match(text, c.end) if c.entity_type in ("PLACE", "PERSON") else None
        if m:
            _claim(found, taken, "PLACE", *m.span("v"))
        named = _NAMED_CROSS_STREET.match(text, c.end) if c.entity_type == "PLACE" or c.entity_type == "PERSON" \
            and c.recognizer in ("UnknownWordRecognizer", "IdentifierModel", "BareStreetPattern") else None
        if named and bare_street_word(named.group("v")):
            _claim(found, taken, "PLACE", *named.span("v"))
    return found


# A road named once with its kind is then called by its number alone: "US 23 ... the ATVs get across 23 at
# night", "HWY 61 ... HARVEST SEASON ON 61": after a word that puts something on a road, and not as a count.
_ROUTE_NAME = re.compile(r"(?i)^(?:us|u\.s\.|hwy|highway|sr|sh|state\s+route|state\s+road|route|rte|rt|i|interstate|"
                         r"fm|cr|county\s+road|[a-z]{2})[\s-]*(?P<n>\d{1,3}|(?-i:[A-Z]{1,2}))$")
# (Missouri's and Wisconsin's lettered roads too: "Route DD ... cattle out on DD")
_ON_A_ROAD = re.compile(r"(?i)\b(?:on|onto|across|crossed|crossing|off|down|up|along|take|took|took\s+the|exit|"
                        r"northbound|southbound|eastbound|westbound|[nsew]b|towards?|near|at|from|via)\s+$")


def _routes_again(text: str, chosen: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    numbers = set()
    for c in chosen:
        route = _ROUTE_NAME.match(text[c.start:c.end]) if c.entity_type == "PLACE" else None
        if route:
            numbers.add(route.group("n"))
    return _places_again(text, taken, numbers, _ON_A_ROAD,
                         lambda number, m: m.group(0) == number if number.isalpha()
                         else not kept_number(number, text, m.end()))


# Numbers listed after a plural kind are all of that kind: "the windows of rooms 114 and 110", "units 12, 14
# and 15", where the first was found with its cue.
_PLURAL_KIND_BEFORE = re.compile(r"(?i)\b(?:rooms|units|apartments|apts|doors|cars|badges|cells|lots|spaces|suites|"
                                 r"trailers|slips|stalls|pods)\s+(?:#\s*)?$")
_NEXT_IN_LIST = re.compile(r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|&|or)\s+)#?(?P<v>\d{1,4}[A-Z]?)\b(?![.,:/-]\d)")


def _listed_numbers(text: str, chosen: list[Candidate], taken: list[tuple[int, int]]) -> list[Candidate]:
    found: list[Candidate] = []
    for c in chosen:
        if c.entity_type not in ("ID", "PLACE") or not text[c.start:c.end].lstrip("#").isdigit() \
                or not _PLURAL_KIND_BEFORE.search(text, max(0, c.start - 16), c.start):
            continue
        end = c.end
        while (m := _NEXT_IN_LIST.match(text, end)) and not kept_number(m.group("v"), text, m.end("v")):
            _claim(found, taken, c.entity_type, *m.span("v"), c.kind)
            end = m.end("v")
    return found
