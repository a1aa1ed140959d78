"""The statistical identifier model's guesses (scrubber/identifier_model.py) as proposals beside the rules'.

Scored below every rule: where a rule with a cue found the same stretch it decides the span and the placeholder,
and a guess of the same type only widens it. Some guesses are vetoed with what the rules know for certain: the
numbers that carry the lesson (a 10-code, a calibre, a measure) are never identifiers, nor is a state or a broad
region; a contact has the shape of one; in mixed-case text a name is capitalised, and an ordinary word that only
starts a sentence, or follows "a" or "his", is not one.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrubber.candidates import Candidate, overlaps
from scrubber.english import JARGON, common_word, is_english
from scrubber.lexicon import (
    EQUIPMENT_WORDS,
    KEPT_ACRONYMS,
    OFFICER_TITLES,
    TO_A_PLACE,
    US_STATES,
    WEEKDAYS,
    frequent_names,
    known_names,
    words,
)
from scrubber.recheck import PLACEHOLDER
from scrubber.recognizers.ids import CALL_WORDS, kept_number, measure_after
from scrubber.recognizers.places import broad_area
from scrubber.spoken import spoken_value

MODEL_SCORE = 0.4
_RADIO_CODE = re.compile(r"(?i)(?:code|signal|sig)\s*\d{1,3}[a-z]?|1[01]-\d{1,3}[a-z]?")
# the trade's acronyms that also name an agency, which the model may rightly take for one
_AGENCIES_AMONG_TRADE_WORDS = frozenset(words("""dnr tbi ice doj dhs faa ntsb osha nhtsa usmc usaf usn army usarmy
    dot usdot cid jag nfpa"""))
_NUMBERED = ("ID", "TIME", "DATE", "PLACE")
_DECIMAL = re.compile(r"0?\.\d+")
_SCHOOL_GRADE = re.compile(r"(?i)\d{1,2}(?:st|nd|rd|th)\s+grade(?:rs?)?")
_NAMED = ("PERSON", "PLACE", "AGENCY")
# a phone has seven digits or more; an email, a handle or an address on the web has its own marks
_CONTACT_SHAPE = re.compile(r"(?:\D*\d){7}|@|\w\.(?:com|net|org|gov|edu|us|io)\b|www|/", re.I)
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"]\s*|\n\s*)$")
_QUOTED_ALONE = re.compile(r"[\"\u201d](?!\w)")
_DETERMINER_BEFORE = re.compile(r"(?i)\b(?:a|an|his|her|my|our|their|your|its)\s+$")
_CODE_INSIDE = re.compile(r"(?i)\s+(?:code|signal|priority|10-)\s*\d")
# A small number after what it measures is a reading, which the lesson needs: "speeding 72 in a 45", "heat index of
# 112", "BLOOD SUGAR: 38", "o2 98", "HR 140", a height and weight "6'1\" 210", a radio channel "Fireground 3"
_READING_BEFORE = re.compile(
    r"(?i)(?:\b(?:speeding|going|doing|clocked|clocking|paced|index\s+of|sugar|glucose|o2|spo2|sats?|hr|bp|pulse|"
    r"temp|temperature|channel|ch\.?|fireground|command|tac|talkgroup|tg|weighs|weighed|weight|floors?|levels?)|\d'\s?\d{1,2}\"?)"
    r"\s*[:#]?\s*$")
_FLOOR = re.compile(r"(?i)(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|top|ground|upper|lower)"
                    r"\s+(?:floor|level|deck|story|storey)s?")
_CLOCK_POSITION_BEFORE = re.compile(r"(?i)\b(?:1[0-2]|[1-9])\s+to\s+(?:the\s+)?$")
_WAYS = re.compile(r"(?i)\d[- ]?ways?")
_BUCK_BEFORE = re.compile(r"(?i)(?:#?0{2,3}|#\d|double[- ]aught|\b(?:a|the|that|large|big|huge|young|nice))\s+$")
_COUNTED_AFTER = re.compile(r"(?i)\s+(?:blocks?|feet|ft|yards?|yds|miles?|mins?|minutes?|hours?|hrs|seconds?|secs?|"
                            r"rounds?|rds|times|people|cars|units|officers|deputies|guys|days|weeks|months|years)\b")
_BUCK = re.compile(r"(?i)(?P<size>(?:large|big|huge|young|nice|small)\s+)?buck")
_ROUNDS_IN_A_MAGAZINE = re.compile(r"(?i)\d{1,3}\s*(?:-\s*)?(?:rd|rds|round)(?P<mag>\s+(?:mag|magazine|drum))?")
_MAGAZINE_AFTER = re.compile(r"(?i)\s*(?:mag|mags|magazine|magazines|drum|stick|clip)\b")
_GENERIC_PLACES = frozenset(words("""court courthouse custody jail prison hospital church school station campus
    downtown county city town"""))
_SPEED_LIMIT_AFTER = re.compile(r"(?i)\s+in\s+an?\s+\d{2}\b")
_MODEL_NUMBER = re.compile(r"\s+[A-Za-z]{0,3}-?\d+[A-Za-z]{0,3}")
_FIRST_WORD = re.compile(r"(\S+)\s+")
_LOWER_TAIL = re.compile(r"(?:\s+[a-z]+)+$")
_CASUAL_AND_AT_END = re.compile(r"(?<=\w)\s+n$")
_LAST_WORD = re.compile(r"\s+([A-Za-z']+)$")
_WORDS_OF_A_TIME = frozenset(words("""morning afternoon evening night nite tonight midnight noon hours hrs hr am pm
    a.m p.m ish o'clock oclock clock in the at of about around approx approximately half quarter past after to til
    till"""))


def _trade_word(word: str) -> bool:
    return word.lower() in KEPT_ACRONYMS or word.lower() in JARGON


def _start(text: str, start: int, end: int, label: str) -> int:
    """Where the guess should start: after the trade's words it took in ("K-9 Rex", "CAD 2231")."""
    while label != "AGENCY" and (word := _FIRST_WORD.match(text, start, end)) and (
            _trade_word(word.group(1)) or label == "ID" and _ordinary_word(word.group(1))
            and (word.group(1).endswith(("ed", "ing")) or word.group(1) in _PREPOSITIONS)):
        # and a verb or a preposition before an ID's number: "ended 10", "between 2" (but "summit 4", "flight 5521",
        # "sector david" are one)
        start = word.end()
    return start


def _ordinary_word(word: str) -> bool:
    """A lower-case word of English that is not said for a letter or a number on the air ("adam", "niner")."""
    return word.isalpha() and word.islower() and common_word(word) and word not in _CALL_WORDS \
        and spoken_value(word) is None


def _trimmed(text: str, start: int, end: int, label: str, style: str) -> int:
    """Where the guess should end: before a radio code ("Elm Street Code 3") and, in mixed-case text, before the
    ordinary lower-case words a name does not end with ("May Day march")."""
    code = _CODE_INSIDE.search(text, start, end)
    if code:
        end = code.start()
    while end > start and not text[end - 1].isalnum():
        end -= 1  # the model takes a comma or a full stop now and then
    if style == "lower" and (casual_and := _CASUAL_AND_AT_END.search(text, start, end)):
        end = casual_and.start()  # "out the window n waited": "n" is "and", typed fast
    if style == "mixed" and label in _NAMED + ("DATE",):
        tail = _LOWER_TAIL.search(text, start, end)
        if tail and tail.start() > start and all(is_english(w) for w in tail.group(0).split()):
            end = tail.start()
    if label == "TIME":
        # "4 o'clock we": a clock time ends with the words of a time, not the next clause's
        while (tail := _LAST_WORD.search(text, start, end)) and tail.start() > start \
                and tail.group(1).lower() not in _WORDS_OF_A_TIME and is_english(tail.group(1)):
            end = tail.start()
    return end


# what a holiday's name describes when it is no day: "a Halloween mask", "Christmas lights", "a Fourth party"
_A_HOLIDAYS_THINGS = re.compile(r"(?i)\s+(?:mask|masks|costume|costumes|decorations?|lights|candy|tree|trees|"
                                r"display|sale|sales|music|movie|card|cards|gift|gifts|present|presents|shopping|"
                                r"rush|traffic|crowd|crowds|fireworks|inflatable|sweater)\b")


# a number said in words that goes on as an estimate: "Twenty, maybe thirty", "two or three", "five to six"
_ESTIMATE_GOES_ON = re.compile(r"(?i),?\s+(?:maybe|or|to|possibly|perhaps)\s+(?P<n>[a-z]+(?:-[a-z]+)?|\d+)\b")


_CALL_WORDS = frozenset(CALL_WORDS.split("|"))
_PREPOSITIONS = frozenset(words("between from at on in to by about around after before until till til near with"))
_GRAMMAR_WORDS = frozenset(words("the a an of in on at to and or but for with by from this that these those it its"))
_CODE_BEFORE = re.compile(r"(?i)\bcode\s+$")
_NICKNAME_STARTS = frozenset(("the", "lil", "little", "big", "baby", "young", "old", "doc", "pops"))


def _vetoed(text: str, start: int, end: int, label: str, style: str) -> bool:
    surface = text[start:end]
    if _RADIO_CODE.fullmatch(surface) or _trade_word(surface) and (
            label != "AGENCY" or surface.lower() not in _AGENCIES_AMONG_TRADE_WORDS):
        return True  # "10-97", "K-9", "CAD", "QSL": the trade's words (but "DNR" and "TBI" are agencies too)
    if _CODE_BEFORE.search(text, max(0, start - 6), start) and " " not in surface.strip():
        return True  # "Code Gray", "CODE RED": a code called over the radio, not a name
    if _SCHOOL_GRADE.fullmatch(surface) or _FLOOR.fullmatch(surface) or _WAYS.fullmatch(surface):
        return True  # "a 5th grade teacher", "the 3rd floor", "the 4 way stop": where, but not which place
    if _CLOCK_POSITION_BEFORE.search(text, max(0, start - 16), start) and re.match(r"(?:1[0-2]|[1-9])\b", surface):
        return True  # "a line from the 12 to 6": positions on a clock face
    if label == "PERSON" and (buck := _BUCK.fullmatch(surface)) and (
            buck.group("size") or _BUCK_BEFORE.search(text, max(0, start - 12), start)):
        return True  # "#00 BUCK": buckshot; "A LARGE BUCK CAME OUT OF THE DITCH": a deer
    if (rounds := _ROUNDS_IN_A_MAGAZINE.fullmatch(surface)) and (rounds.group("mag")
                                                                 or _MAGAZINE_AFTER.match(text, end)):
        return True  # "30 RD MAG": a magazine's capacity, not County Road 30
    if " " in surface and re.search(r"\d$", surface) and _COUNTED_AFTER.match(text, end):
        return True  # "SILENT LAST 2 BLOCKS": a count of what follows (not "county 7 m. schrock", a sign-off)
    if label == "PLACE" and surface.lower() in _GENERIC_PLACES:
        return True  # "then in Court", "in Custody": a kind of place, not one
    if style == "upper" and surface.islower() and all(is_english(w) and common_word(w) for w in surface.split()):
        return True  # "INMATES LOPEZ, FABIAN bkg 4412, rival gang": in capitals, what is typed in lower case is not
        # a name
    if label == "AGENCY" and surface.lower() in OFFICER_TITLES:
        return True  # "the VPSO from the village": an officer, not an agency
    first, _, rest = surface.partition(" ")
    if first.lower() in EQUIPMENT_WORDS and _MODEL_NUMBER.fullmatch(" " + rest):
        return True  # "Glock 19": a firearm and its model, which the lesson needs
    if label in ("DATE", "TIME") and _DECIMAL.fullmatch(surface):
        return True  # "he was 0.14", "BAC .19": a reading, not a day
    if label == "DATE" and _A_HOLIDAYS_THINGS.match(text, end) and " " not in surface.strip():
        return True  # "a Halloween mask", "the Christmas lights": a thing of the season, not a day
    if label in _NUMBERED and any(c.isdigit() for c in surface) and " " not in surface:
        return kept_number(surface, text, end) or surface.isdigit() and len(surface) <= 3 and bool(
            _READING_BEFORE.search(text, max(0, start - 24), start) or _SPEED_LIMIT_AFTER.match(text, end))
    if label == "PERSON" and style != "mixed" and " " not in surface.strip() \
            and surface.lower().endswith("in") and is_english(surface.lower() + "g") \
            and surface.lower() not in known_names():
        return True  # "diesel leakin all over": the g dropped, as phone typing drops it (but "Martin")
    if label in _NUMBERED and spoken_value(surface) is not None and (
            measure_after(text, end) or (estimate := _ESTIMATE_GOES_ON.match(text, end))
            and (estimate.group("n").isdigit() or spoken_value(estimate.group("n")) is not None)):
        # "twenty-seven feet apart": a distance said in words, not a unit said on the air; "Twenty, maybe thirty
        # yards": an estimate
        return True
    if surface in _GRAMMAR_WORDS:
        return True  # "Friday, the day after": a word of grammar is no identifier of any kind
    if label == "DATE" and surface.lower().removesuffix("s") in WEEKDAYS:
        return True  # "on Friday morning": a weekday alone tells no date (SPEC), and the lesson may need it
    if label == "ID" and _ordinary_word(surface):
        return True  # "ended 10 at night": an ordinary word is no number (but "adam", "niner" are said for one)
    if label == "CONTACT":
        return not _CONTACT_SHAPE.search(surface)
    if label == "PLACE" and broad_area(surface):
        return True
    if label == "PERSON" and surface.lower() in US_STATES and TO_A_PLACE.search(text, max(0, start - 12), start):
        return True  # "Sgt. Washington" is a name, but "he moved to Washington" is the state
    if label in _NAMED and not any(c.isalpha() for c in surface):
        return True  # "BAC .19": a name has letters
    words = surface.split()
    if style == "upper" and label == "PERSON" and all(
            len(w.strip(".,")) > 1 and is_english(w) and w.lower() not in known_names() for w in words):
        return True  # "SINCE OCTOBER", "BARELY RESPONSIVE": in capitals every word looks like a name to the model
    if style == "upper" or label not in _NAMED:
        return False
    if style == "mixed" and surface.islower() and all(is_english(w) and common_word(w) for w in words):
        return True  # "orange slide markings" (but not "begay" or "beechnut", which a dictionary knows and no one
        # writes as a word)
    if style == "lower" and label == "PERSON" and len(words) > 1 and words[0].lower() not in _NICKNAME_STARTS and all(
            len(w) > 2 and is_english(w) and common_word(w) and w.lower().removesuffix("'s") not in known_names()
            for w in words):
        return True  # "grocery prices went up": ordinary words together, none of them anyone's name (but "baby g",
        # "the preacher" are street names)
    if (label in ("PERSON", "AGENCY") and len(words) == 1 and surface[0].isupper() and is_english(surface)
            and common_word(surface) and surface.lower() not in frequent_names()[0]
            and _SENTENCE_START.search(text, max(0, start - 5), start) and not _QUOTED_ALONE.match(text, end)):
        # "Black smoke was pushing out", "Flashbang deployed": a capital that only starts a sentence (but not
        # "Rosebud" or "Blackfeet", which are seldom words, nor a word quoted alone: "Boots")
        return True
    if len(words) > 1 or label == "PLACE" or not _DETERMINER_BEFORE.search(text, max(0, start - 8), start):
        return False
    # "a Leatherman", "his Carhartt": a thing one has, not a person; "a Surprise inspection", though "a TBI agent"
    # and "a Wasilla unit" are agencies
    return label == "PERSON" or not surface.isupper() and is_english(surface)


def from_model(spans: Iterable[tuple[int, int, str]], text: str, style: str) -> list[Candidate]:
    # Text that has been scrubbed already ("Officer [OFFICER 1]", which the publisher checks again) has the
    # scrubber's own placeholders in it; the model has never seen them and takes them for names.
    placeholders = [m.span() for m in PLACEHOLDER.finditer(text)]
    found = []
    for guessed_start, guessed_end, label in spans:
        # vetoed as guessed ("Glock 22" is gear before "Glock" would be trimmed off it), then as trimmed
        if overlaps(placeholders, guessed_start, guessed_end) or _vetoed(text, guessed_start, guessed_end, label,
                                                                           style):
            continue
        for piece_start, piece_end in _pieces(text, guessed_start, guessed_end, style):
            start = _start(text, piece_start, piece_end, label)
            end = _trimmed(text, start, piece_end, label, style)
            if end > start and not _vetoed(text, start, end, label, style):
                found.append(Candidate(label, start, end, MODEL_SCORE, "IdentifierModel"))
    return found


_LIST_SEPARATOR = re.compile(r",\s+")


def _pieces(text: str, start: int, end: int, style: str) -> list[tuple[int, int]]:
    """A guess that runs over a comma in mixed text is a list ("May Day march, Mardi Gras Day"): each item is
    trimmed and vetoed on its own. ("Springfield, Illinois" loses nothing: the state is no identifier.)"""
    if style != "mixed":
        return [(start, end)]
    pieces = []
    for separator in _LIST_SEPARATOR.finditer(text, start, end):
        pieces.append((start, separator.start()))
        start = separator.end()
    pieces.append((start, end))
    return pieces
