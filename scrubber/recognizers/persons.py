"""Names of people, found the way police narratives give them.

Generic NER misses most names in these texts (surnames that are ordinary words, ALL-CAPS and lower-case text),
so the main cues are the words before a name: ranks and titles ("Sgt.", "Deputy", "P.O."), roles ("the driver,",
"S1", "her son") and self-identification ("my name is"). First-name + surname pairs from the census lists add
what those cues miss, and the trained identifier model (`learned`) what has no cue at all; once a name is known,
`propagate` finds its other mentions.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.candidates import Candidate
from scrubber.english import (
    EVERYDAY_ZIPF,
    JARGON,
    common_word,
    compound,
    drops_and_swaps,
    is_english,
    unknown_word,
)
from scrubber.lexicon import (
    ABBREVIATED_TITLES,
    CIVIL_TITLES,
    EQUIPMENT_WORDS,
    KEPT_ACRONYMS,
    MONTHS,
    NATIVE_NAME_FIRST,
    NATIVE_NAME_SECOND,
    NOT_NAMES,
    OFFICER_TITLES,
    OTHER_TITLES,
    PERSON_CUES,
    SUSPECT_CUES,
    US_STATES,
    WEEKDAYS,
    alternation,
    common_surnames,
    first_names,
    frequent_names,
    known_names,
    surnames,
    words,
)
from scrubber.recognizers.agencies import is_agency_acronym

# Narrative verbs and other words that follow a title or a role noun but are not names.
_VERBS = frozenset(
    words("""gave got had took ran fled refused stated exited pulled pointed grabbed yelled shouted fired shot struck
    hit
    kicked punched pushed fell jumped reached turned walked opened closed saw heard found advised arrested
    approached attempted began continued decided drove entered followed handed held kept knew left let looked
    made moved needed noticed ordered put realized remained returned said showed started stayed stepped stopped
    swung tackled thought threw tried used waited wanted watched went would could should might must can will
    shall may did does done arrived responded came comes come goes going get gets being took takes tell told
    asked called cleared requested radioed stated checked deployed drew aimed ducked dove backed circled
    initiated conducted located observed contacted transported booked charged cited released secured
    unit units car vehicle truck suv sedan van scene house home door window yard street road lane side
    rear front back top bottom left right inside outside behind ahead near next last first other same
    also just only even still never always already again then there here now soon later
    not no yes ok okay well so very too much many more most less least
    male female juvenile adult man woman guy subject suspect victim driver passenger witness owner
    officer deputy trooper sergeant partner dispatcher dispatch disp sarge sir ma'am maam
    patrol duty shift call calls report reports radio mic weapon gun knife rifle pistol shotgun taser
    hands hand arm arms head face leg legs foot feet body chest
    hrs hours mph approx approximately
    shield badge serial star number troop troops district precinct barracks detachment post substation
    wasnt didnt dont cant wont isnt arent werent couldnt wouldnt shouldnt hadnt hasnt havent aint doesnt""")
)
# Ordinary phrases that look like a first name and a surname.
_COLLOCATIONS = frozenset(("sally port", "sallyport", "bobby pin", "jersey barrier", "peeping tom", "john doe",
                           "jane doe", "lazy susan", "jack knife", "johnny law", "tom cat", "dear john"))
_NOT_NAME = NOT_NAMES | _VERBS | EQUIPMENT_WORDS | frozenset(MONTHS) | WEEKDAYS | OFFICER_TITLES | frozenset(
    words("police sheriff department office county city state pd so ems fire medic engine")
) | SUSPECT_CUES | PERSON_CUES
_PARTICLES = frozenset(words("de del della der di du da van von la le st st. mac mc bin ibn al el dos das ter ten"))

# "DO" (detention officer) counts only written so, in mixed-case text, before a capitalised word.
_TITLE_WORDS = sorted(
    (OFFICER_TITLES | CIVIL_TITLES | OTHER_TITLES | {"do"}) - {"r/o", "reporting", "off"}, key=len, reverse=True
)
_TITLE = re.compile(
    r"(?<![\w/])(?P<title>" + "|".join(re.escape(t).replace(r"\.", r"\.?") for t in _TITLE_WORDS)
    + r"|r/o|p\.\s?o|p/o|s/a)(?P<s>s?)\.?(?=[\s:,])[\s:,]+",
    re.I,
)
_SELF = re.compile(
    r"(?:\b(?:my\s+name\s+is|my\s+name's|i\s+am|i'm|this\s+is|name:|signed,?|respectfully,?))\s*",
    re.I,
)
# A signature after a dash at the end of a narrative: "- j. ferraro UKPD #311", "-M. Quiñones, Metro PD".
_SIGN_OFF = re.compile(r"(?:^|(?<=[\s.!?]))[-\u2013\u2014~]\s?(?=[^\W\d_])")
_SIGN_OFF_REACH = 160
_NAMED = re.compile(
    r"\b(?:his\s+name\s+(?:was|is)|her\s+name\s+(?:was|is)|their\s+names?\s+(?:was|were|is)|name\s+(?:was|is)|"
    r"named|gave\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:name|names)(?:\s+(?:of|as))?|"
    r"identified\s+(?:(?:him|her|them)sel(?:f|ves)\s+)?as|id'?d\s+(?:(?:him|her)self\s+)?as|"
    r"(?:pt|patient|decedent|deceased|victim|juvenile|inmate|detainee)\s+(?:was|is)|"
    r"i\.d\.'?d\s+as|known\s+as|aka|a\.k\.a\.?|goes\s+by|went\s+by|nicknamed|registered\s+to|"
    r"arrested|contact(?:ed)?|interviewed|met\s+with|came\s+back\s+(?:registered\s+)?to(?:\s+an?)?|"
    r"comes\s+back\s+(?:registered\s+)?to(?:\s+an?)?|registered\s+owner(?:\s+(?:is|was))?)\s*[:,]?\s*",
    re.I,
)
# a nickname in quotes after what says it is one: "aka", "known to R/O's as", "one we know as", "he knew only as"
# A nickname given without quotes, after who is called it: "guy everybody calls biscuit was out front", "a dude
# they call lil smoke". Only after a word for a person, so that "what we call a soft stop" is not one.
_CALLED_UNQUOTED = re.compile(
    r"(?i)\b(?:guy|dude|kid|man|woman|girl|lady|boy|male|female|fella|cat|homie|brother|sister|cousin|uncle)\s+"
    r"(?:that\s+|who\s+|whom\s+)?(?:everybody|everyone|people|they|we|folks|the\s+kids)\s+(?:all\s+)?"
    r"call(?:s|ed)?\s+(?P<v>(?:(?:lil|little|big|baby|young|old)\s+)?[a-z][a-z'-]+)\b(?!\s*\")"
    # "her friends call her bree", "everybody calls him tank"
    r"|\b(?:friends|everybody|everyone|people|they|we|folks|the\s+kids|his\s+boys|her\s+girls)\s+(?:all\s+)?"
    r"call(?:s|ed)?\s+(?:him|her|them)\s+(?P<w>(?:(?:lil|little|big|baby|young|old)\s+)?[a-z][a-z'-]+)\b(?!\s*\")")
_NICKNAME = re.compile(
    r"\b(?:aka|a\.k\.a\.?|known(?:\s+(?:to\s+(?:us|me|r/o'?s?|officers|police|the\s+\w+)|on\s+the\s+street|"
    r"locally|around\s+(?:here|town)|in\s+the\s+(?:neighborhood|area|unit|pod)))?\s+as|"
    r"(?:we|i|they|he|she|everyone|everybody|people)\s+(?:all\s+)?(?:know|knew|called|call)\s+(?:(?:him|her)\s+)?"
    r"(?:only\s+)?as|goes\s+by|went\s+by|nicknamed|call(?:s|ed)?(?:\s+(?:him|her|them))?|"
    r"street\s+name|calls\s+himself|calls\s+herself)\s*[:,]?\s*\"(?P<v>[^\"\n]{1,25})\"",
    re.I,
)
_CALLED_ON_THE_AIR = re.compile(r"(?i)call(?:s|ed)?\s*[:,]?\s*\"")
# A nickname in quotes with no cue: 'Big Mike', "Lil Dre", "BOO": one to three capitalised words that start
# with a word nicknames start with, or that hold a name or a word no dictionary knows.
_QUOTED = re.compile(r"(?<![\w'])(?P<q>[\"'])(?P<v>[A-Z][\w.'-]*(?: [A-Z0-9][\w.'-]*){0,2})(?P=q)(?![\w])")
_NICK_STARTERS = frozenset(words("big lil lil' little baby young lady slim tiny fat pretty boss kid uncle cuz "
                                 "smoke smokey ghost dre"))
_FAMILY = frozenset(words("""son daughter brother sister husband wife boyfriend girlfriend mother mom father dad
    uncle aunt cousin nephew niece grandson granddaughter grandmother grandfather fiance fiancee stepson
    stepdaughter stepdad stepmom roommate friend"""))


# who is named by a relation, not a role in the event: "my partner dre", "her bf dre" is no acronym
_KIN = _FAMILY | frozenset(words("partner bf gf"))


def _unquoted(text: str, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """A quoted name without its quotes: 'known as "Ding"' replaces Ding and leaves the quotes around it."""
    if not span:
        return span
    start, end = span
    if text[start] in "\"'" and text[end - 1] == text[start] and end - start > 2:
        return start + 1, end - 1
    return span


def _misspellings(word: str) -> set[str]:
    """One letter dropped or two swapped ("grandaughter", "neice"), where that makes no other English word."""
    return {v for v in drops_and_swaps(word) - {word} if not is_english(v)}


_FAMILY_TYPOS = frozenset(v for w in _FAMILY if len(w) >= 5 for v in _misspellings(w))
_ROLE_WORDS = sorted(SUSPECT_CUES | PERSON_CUES | _FAMILY | _FAMILY_TYPOS | {"partner"}, key=len, reverse=True)
_ROLE = re.compile(
    r"(?<![\w/])(?P<role>" + alternation(_ROLE_WORDS) + r")(?:\s+(?:was|is))?\s*[,:]?\s+",
    re.I,
)
_WORD = re.compile(r"(?:St|ST|st|Ste|STE)\.?\s[A-Za-z][A-Za-z'-]+|(?:[A-Za-z]\.){1,2}(?=[\s,)]|$)|"
                   r"\"[^\"\n]{1,25}\"|'[^'\n]{1,20}'(?=\s)|"
                   r"(?:O'|D'|Mc|Mac)?[^\W\d_]+(?:['-][^\W\d_]+)*")
_INITIAL = re.compile(r"(?:[A-Za-z]\.){1,2}$")
_NICK_INSIDE = {
    "mixed": re.compile(r"\b(?P<a>[A-Z][\w'-]+)\s+\"[^\"\n]{1,20}\"\s+(?P<b>[A-Z][\w'-]+)"),
    "upper": re.compile(r"\b(?P<a>[A-Z][A-Z'-]+)\s+\"[^\"\n]{1,20}\"\s+(?P<b>[A-Z][A-Z'-]+)"),
    "lower": re.compile(r"\b(?P<a>[a-z][a-z'-]+)\s+\"[^\"\n]{1,20}\"\s+(?P<b>[a-z][a-z'-]+)"),
}


def _known_first(bare: str) -> bool:
    """A first name, or a hyphenated one with a known part ("jean-ronel", "rose-marie")."""
    return bare in first_names() or ("-" in bare and any(p in first_names() for p in bare.split("-") if p))


def _is_name_word(word: str, style: str, first: bool, after_initial: bool, strict: bool,
                  previous_first: bool = False) -> bool:
    bare = word.lower()
    if bare.endswith("'s"):
        bare = bare[:-2]
    if not first and bare in _PARTICLES and (style != "mixed" or word.islower()):
        return True  # "TRUONG VAN HAI" ("van" is also a vehicle); parse_name drops a particle left at the end
    if bare in _NOT_NAME or len(bare) < 2 and not _INITIAL.match(word):
        return False
    if first and bare in US_STATES:
        return False
    if not first and style != "mixed" and is_agency_acronym(word) and len(word) <= 5 \
            and bare not in common_surnames() and not _known_first(bare):
        return False  # "TPR D. BOUDREAUX LSP TROOP F": the agency, not a third name
    if style == "mixed":
        if not first and word.isupper() and len(word) <= 4 and bare not in frequent_names()[1]:
            return False  # an acronym after a name ("Nguyen Van Thanh TCA")
        head, _, rest = word.partition("-")
        return word[0].isupper() or not first and (
            bare in _PARTICLES or head.lower() in _PARTICLES and rest[:1].isupper())
    if first and not strict:
        return True
    if first and strict:
        # after a role word in ALL-CAPS or lower-case text ("the passenger seat"), only a known first name, or
        # a word no dictionary knows ("the passenger kostya")
        return _known_first(bare) or unknown_word(word)
    if after_initial:
        return True
    if bare in _PARTICLES:
        return True  # "LE VAN DUC", "mateo de la cruz": parse_name drops a particle left at the end
    if unknown_word(word):
        return True  # "NGUYEN VAN THANH", "kee yazzie begaye"
    # the full census surname list holds ordinary words ("knows", "standing"): after a surname, only common ones
    return _known_first(bare) or bare in common_surnames() or (
        previous_first and not first and (bare in surnames() or not is_english(bare)))


def _strict_first_ok(text: str, m: re.Match[str], style: str, surname_first: bool) -> bool:
    """In ALL-CAPS or lower-case text, a first word that is no known first name still starts a name when it is a
    common surname after a rank ("OFFICER PRICE"), or when a known name follows it ("DESHAUN YOUNG")."""
    bare = m.group(0).lower().removesuffix("'s")
    if bare in _NOT_NAME or len(bare) < 2 or bare in US_STATES:
        return False
    if surname_first and bare in common_surnames():
        return True
    nxt = _WORD.match(text, m.end() + 1) if text[m.end(): m.end() + 1] == " " else None
    if not nxt or nxt.group(0)[0] in "\"'":
        return False
    following = nxt.group(0).lower().removesuffix("'s")
    if following in _PARTICLES and text[nxt.end(): nxt.end() + 1] == " ":
        # "LE VAN DUC", "ly van tam": a short surname, a middle particle, then a name no dictionary knows
        last = _WORD.match(text, nxt.end() + 1)
        return bool(last) and (unknown_word(last.group(0)) or _known_first(last.group(0).lower()))
    return following not in _NOT_NAME and (following in common_surnames() or _known_first(following)
                                           or unknown_word(nxt.group(0)))


def parse_name(text: str, pos: int, style: str, strict: bool = False, max_words: int = 4,
               surname_first: bool = False, lower_unknown: bool = False,
               unknown_first: bool = True) -> tuple[int, int] | None:
    """The span of the name starting at `pos` (after a title or cue), or None if what follows is no name.

    `strict` asks that even the first word be a known first name or surname in all-caps or lower-case text.
    `unknown_first=False` asks for a known name first even where a word no dictionary knows would do ("this is
    embarassing"). `lower_unknown` lets a mixed-case text name someone in lower case after a strong cue
    ("deputy okafor") when the first word is no English word.
    """
    if style == "mixed" and lower_unknown:
        first = _WORD.match(text, pos)
        if first and first.group(0).islower() and unknown_word(first.group(0)) \
                and first.group(0).removesuffix("'s") not in _NOT_NAME:
            style, strict = "lower", True
    start = end = None
    words = 0
    after_initial = False
    previous = ""
    cursor = pos
    while words < max_words:
        m = _WORD.match(text, cursor)
        if not m:
            break
        word = m.group(0)
        if word[0] in "\"'":
            # a nickname in quotes inside a name: Wilhelmina "Billie" Frost, KAREEM "BIG K" JOYNER
            if start is None:
                # or alone right after the cue: PASSENGER "BIG MO"
                inner = word.strip('"').split()
                if word[0] == '"' and pos == m.start() and 0 < len(inner) <= 3 and word[1:2].isalpha() and not any(
                        w.lower().strip(",.") in _NOT_NAME for w in inner) and (style != "mixed" or word[1].isupper()):
                    start, end = m.start(), m.end()
                    words += 1
                break
            cursor_after = m.end()
            nxt = _WORD.match(text, cursor_after + 1) if text[cursor_after: cursor_after + 1] == " " else None
            if not nxt or not _is_name_word(nxt.group(0), style, False, True, strict):
                break
            end = m.end()
        elif _INITIAL.match(word):
            if text[m.end(): m.end() + 1] != " ":
                # an initial ends a name only when it stands alone ("j.r.")
                if start is None and style != "mixed" or start is None and word[0].isupper():
                    start, end = m.start(), m.end()
                    words += 1
                break
            if start is None:
                start = m.start()
            end = m.end()
            after_initial = True
        else:
            previous_first = bool(words) and _known_first(previous.lower())
            if start is None and strict and not unknown_first and style != "mixed" and unknown_word(word) \
                    and not _known_first(word.lower()) and word.lower() not in common_surnames():
                break
            if not _is_name_word(word, style, start is None, after_initial, strict and start is None, previous_first) \
                    and not (start is None and strict and style != "mixed"
                             and _strict_first_ok(text, m, style, surname_first)) \
                    and not _equipment_word_as_first_name(text, m, style, start is None) \
                    and not _name_that_is_a_word(text, m, style, start is None):
                break
            previous = word
            if start is None:
                start = m.start()
            end = m.end()
            if word.lower().endswith("'s"):
                end -= 2
                words += 1
                break
            after_initial = False
        if word.lower() not in _PARTICLES or start == m.start():
            words += 1  # "Ana Lucía de la Cruz Fernández": particles do not count towards the limit
        if text[end: end + 1] == " ":
            cursor = end + 1
        elif text.startswith("'s", end):
            break
        else:
            break
    if start is None or end is None:
        return None
    # never end on a particle ("Officer Duc de" before a place)
    while True:
        tail = re.search(r"\s+([^\W\d_]+\.?)$", text[start:end])
        if not tail or tail.group(1).lower() not in _PARTICLES:
            break
        end = start + tail.start()
    # a name never ends on an initial followed by nothing name-like ("J." at the end of a sentence)
    return start, end


def _name_that_is_a_word(text: str, m: re.Match[str], style: str, first: bool) -> bool:
    """"Ofc. Drew Kessler", "Sgt. Will Ochoa": a first name that is also a verb, capitalised, before a
    capitalised surname."""
    word = m.group(0)
    if not (first and style == "mixed" and word[0].isupper() and word[1:].islower() and word.lower() in first_names()):
        return False
    nxt = re.match(r" ((?:Mc|Mac|O')?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", text[m.end():])
    return bool(nxt) and nxt.group(1).lower() not in _NOT_NAME and (
        nxt.group(1).lower() in surnames() or unknown_word(nxt.group(1)))


def _equipment_word_as_first_name(text: str, m: re.Match[str], style: str, first: bool) -> bool:
    """"the man, Colt Varner": a make of gun or car is a first name when a capitalised surname follows."""
    word = m.group(0)
    if not (first and style == "mixed" and word[0].isupper() and word.lower() in EQUIPMENT_WORDS):
        return False
    nxt = re.match(r" ([A-Z][a-z]+)\b", text[m.end():])
    return bool(nxt) and nxt.group(1).lower() in surnames() and nxt.group(1).lower() not in _NOT_NAME


# Surnames that are also makes of guns and cars, after a title: "Officer Smith", "Deputy Ford", "Sgt. Colt".
# A model, a number or the rest of the maker's name after it says it is the gun or the car ("Smith & Wesson").
_MAKER_AFTER_TITLE = re.compile(r"(?P<v>[A-Za-z]+)(?:'s)?(?!\s*(?:&|and\s+wesson|[-#]?\d|[A-Z]{1,3}\d))\b")


def _maker_surname(text: str, pos: int, style: str) -> tuple[int, int] | None:
    m = _MAKER_AFTER_TITLE.match(text, pos)
    if not m or m.group("v").lower() not in EQUIPMENT_WORDS or m.group("v").lower() not in surnames() \
            or not _same_case(m.group("v"), style):
        return None
    return m.start("v"), m.end("v")


# "Sgt. Washington had the entrance closed", "Det. Montana": a state's name after a rank is a surname, unless the
# state's agency or county follows ("Deputy Washington County units")
_STATE_AFTER_TITLE = re.compile(r"(?P<v>[A-Za-z]+)(?:'s)?\b(?!\s+(?i:county|parish|state|pd|police|sheriff|highway|"
                                r"dps|dept|department|patrol|troopers?|national|game|fish|wildlife|doc|dot))")


# "Officer Lane", "Sgt. Court", "S/A Way": a common surname that is also a kind of street, after a rank, unless a
# number or another street word says it is the street ("Officer Lane 2", "Court Street")
_KIND_WORD_AFTER_TITLE = re.compile(r"(?P<v>[A-Z][a-z]+)(?:'s)?\b(?![ \t]*(?:[-#]?\d|[A-Z][a-z]+\s+(?i:st|street|ave|"
                                    r"avenue|rd|road|dr|drive|blvd)\b))")


def _kind_word_surname(text: str, pos: int, style: str) -> tuple[int, int] | None:
    m = _KIND_WORD_AFTER_TITLE.match(text, pos)
    if style != "mixed" or not m or m.group("v").lower() not in NOT_NAMES \
            or m.group("v").lower() not in common_surnames():
        return None
    return m.start("v"), m.end("v")


# "Sgt. Friday", though "Sgt. Monday morning" is the sergeant on that day
_DAY_AFTER_WEEKDAY = re.compile(r"(?i)\s*(?:morning|afternoon|evening|night|nite|overnight|shift|the\b|\d)")


def _weekday_surname(text: str, pos: int, style: str) -> tuple[int, int] | None:
    m = _KIND_WORD_AFTER_TITLE.match(text, pos)
    if style != "mixed" or not m or m.group("v").lower() not in WEEKDAYS \
            or m.group("v").lower() not in common_surnames() or _DAY_AFTER_WEEKDAY.match(text, m.end()):
        return None
    return m.start("v"), m.end("v")


def _state_surname(text: str, pos: int, style: str) -> tuple[int, int] | None:
    m = _STATE_AFTER_TITLE.match(text, pos)
    if not m or m.group("v").lower() not in US_STATES or not _same_case(m.group("v"), style):
        return None
    return m.start("v"), m.end("v")


# titles typed in lower case that are never anything else ("pos" may be "possible", "co" a company)
_CASUAL_TITLES = frozenset(words("ofc ofcr sgt dep det cpl tpr lt capt mr mrs ms"))


def _role_of_title(title: str) -> str:
    bare = title.lower().replace(" ", "").rstrip(".")
    if bare in CIVIL_TITLES or bare in OTHER_TITLES:
        return "PERSON"
    return "OFFICER"


def _role_of_cue(cue: str) -> str:
    bare = cue.lower()
    if bare in SUSPECT_CUES:
        return "SUSPECT"
    if bare == "partner":
        return "OFFICER"
    return "PERSON"


def find_persons(text: str, style: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _TITLE.finditer(text):
        title = m.group("title")
        if m.group("s") and title.lower().endswith("s"):
            continue  # "poss excited delirium": "possible", not the plural of a plural
        bare = title.lower().replace(" ", "").rstrip(".")
        abbreviated = bare in ABBREVIATED_TITLES or bare in ("p.o", "po", "p/o", "r/o", "do")
        # Full words ("officer", "deputy") are also used generically; in mixed text a capitalised word after
        # them is a name, elsewhere the word must look like one.
        strict = not abbreviated and style != "mixed"
        if not abbreviated and len(bare) > 4 and "." in m.group(0):
            continue  # "NO INJURIES TO OFFICERS. LESSON LEARNED", "THE CLERK. HEAVY SNOW": the word ended a sentence
        if bare in ("co", "sa", "lt", "det", "inv", "maj") and style == "mixed" and not title[0].isupper():
            continue
        capital_next = text[m.end():m.end() + 1].isupper()
        after = re.match(r"[A-Za-z'-]+", text[m.end():])
        surname_next = bool(after) and not is_english(after.group(0)) and (
            after.group(0).lower() in surnames() or unknown_word(after.group(0)))
        if bare in ("co", "do") and (style == "mixed" and (title != title.upper() or not capital_next)
                                     or bare == "do" and style != "mixed" and not surname_next):
            continue
        # "ofc grant", "mrs. hunter": whoever types a title in lower case types the name after it that way too,
        # even in a report that capitalises its places
        casual = style == "mixed" and title.islower() and bare in _CASUAL_TITLES
        span = parse_name(text, m.end(), "lower" if casual else style, strict=strict,
                          surname_first=_role_of_title(title) == "OFFICER", lower_unknown=True)
        if not span:
            span = _maker_surname(text, m.end(), "lower" if casual else style) or \
                _state_surname(text, m.end(), "lower" if casual else style) or \
                (_kind_word_surname(text, m.end(), style) or _weekday_surname(text, m.end(), style)
                 if not casual and (abbreviated or title[0].isupper()) else None)
        if not span:
            continue
        first_word = text[span[0]:span[1]].split()[0].lower().removesuffix("'s")
        if re.search(r"[a-z]'(?:t|ll|re|ve|d|m)$", first_word):
            continue  # "one officer can't walk": a verb's contraction, never a name
        if bare == "r/o" and text[m.start("title") + len(title):].startswith("."):
            continue  # "advancing on R/O. CEW deployed": the sentence ended
        if bare == "r/o" and is_english(first_word) and first_word not in frequent_names()[1] \
                and not unknown_word(first_word):
            continue  # "R/O TERMINATED PURSUIT": the reporting officer is the subject of a verb
        if "," in m.group(0)[len(title):] and style == "mixed" and not text[span[0]].isupper():
            continue  # "toward R/O, dark clothing": a list after the title, not a name
        if strict and re.match(r"(?i)[a-z]+(?:ing|ed)\b", text[span[0]:span[1]]) \
                and is_english(text[span[0]:span[1]].split()[0]):
            continue  # "A SECOND OFFICER HOLDING YOU", "the officer involved": a verb, not a surname
        if style == "upper" and re.search(r"(?:ed|ing|s)$", first_word) and is_english(first_word) \
                and first_word not in surnames() and first_word not in first_names():
            continue  # "OFC HANDLED UNKNOWN POWDER", "EVAL OFC VITALS NORMAL": in capitals, a verb or a plural
        if bare == "co" and style != "mixed" and is_english(first_word) and first_word not in surnames() \
                and first_word not in first_names():
            continue  # "carry a co detector", "the co responder": carbon monoxide and "co-", not a corrections officer
        role = _role_of_title(title)
        found.append(Candidate("PERSON", span[0], span[1], 0.85, "TitleNameRecognizer", role))
        # "Deps Holloway and Nakamura", "P.O. Adebayo and P.O. Cruz"
        tail = re.match(r"\s*(?:and|&|,)\s+", text[span[1]:], re.I)
        plural = m.group("s") or bare in ("deputies", "officers", "troopers", "detectives", "deps", "ofcs", "tprs",
                                          "sgts", "dets", "pos")
        if tail and plural:
            second = parse_name(text, span[1] + tail.end(), style, strict=strict)
            if second:
                found.append(Candidate("PERSON", second[0], second[1], 0.8, "TitleNameRecognizer", role))
    for m in _SELF.finditer(text):
        # "my name is Deputy X" leaves the title to the title recognizer
        if _TITLE.match(text, m.end()):
            continue
        span = parse_name(text, m.end(), style, strict=style != "mixed", unknown_first=False)
        if span and (style != "mixed" or text[span[0]].isupper()):
            found.append(Candidate("PERSON", span[0], span[1], 0.7, "SelfNameRecognizer", "OFFICER"))
    for m in _SIGN_OFF.finditer(text, max(0, len(text) - _SIGN_OFF_REACH)):
        if _TITLE.match(text, m.end()):
            continue
        first = _WORD.match(text, m.end())
        if not first:
            continue
        bare = first.group(0).lower().removesuffix("'s")
        if not (_INITIAL.match(first.group(0)) or bare in known_names() or unknown_word(first.group(0))
                or re.fullmatch(r"[A-Z][a-z]{1,4}-[a-z]{2,4}", first.group(0))) or bare in _NOT_NAME:
            continue
        here = style if style != "mixed" or first.group(0)[0].isupper() else "lower"
        span = parse_name(text, m.end(), here, strict=here != "mixed")
        if span:
            found.append(Candidate("PERSON", span[0], span[1], 0.7, "SignOffRecognizer", "OFFICER"))
    for m in _NAMED.finditer(text):
        if _TITLE.match(text, m.end()):
            continue
        span = _unquoted(text, parse_name(text, m.end(), style, strict=style != "mixed"))
        if span:
            role = "SUSPECT" if m.group(0).lower().startswith(("arrested", "aka", "a.k.a")) else "PERSON"
            found.append(Candidate("PERSON", span[0], span[1], 0.75, "CueNameRecognizer", role))
    for m in _ROLE.finditer(text):
        if _TITLE.match(text, m.end()):
            continue
        span = parse_name(text, m.end(), style, strict=style != "mixed")
        named = re.match(r"[A-Z][a-z]+\b", text[m.end():])
        if not span and style == "mixed" and m.group("role").lower() in _FAMILY | _FAMILY_TYPOS and named \
                and named.group(0).lower() not in STOP_WORDS and named.group(0).lower() not in OFFICER_TITLES \
                and named.group(0).lower() not in MONTHS and named.group(0).lower() not in WEEKDAYS:
            span = (m.end(), m.end() + named.end())  # "their grown son Colt": a capitalised word after a relative
        kin = m.group("role").lower() in _KIN
        said = text[span[0]:span[1]] if span else ""
        if said.lower() in KEPT_ACRONYMS and not (kin and not said.isupper()):
            continue  # "Driver BAC .19": the trade's acronym after a role (but "my partner dre", "her bf dre")
        if span:
            role = _role_of_cue(m.group("role"))
            found.append(Candidate("PERSON", span[0], span[1], 0.7, "RoleNameRecognizer", role))
    for m in _CALLED_UNQUOTED.finditer(text):
        group = "v" if m.group("v") else "w"
        said = m.group(group).lower()
        if said.split()[-1] not in STOP_WORDS and said not in _NOT_NAME:
            found.append(Candidate("PERSON", m.start(group), m.end(group), 0.7, "NicknameRecognizer", "PERSON"))
    for m in _NICKNAME.finditer(text):
        said = m.group("v").rstrip(",.;:!? ")  # (a comma or a stop closing the quote is the sentence's)
        if _CALLED_ON_THE_AIR.match(m.group(0)) and (re.search(r"[\d,]", said) or len(said.split()) >= 3 and all(
                is_english(w) for w in said.split())):
            continue  # 'I called "CODE RED 3A"', 'called "cease fire, cease fire"': what was said on the radio
        found.append(Candidate("PERSON", m.start("v"), m.end("v"), 0.8, "NicknameRecognizer", "PERSON"))
        # the name just before "aka": up to three capitalised words
        before = re.search(r"((?:[A-Z][A-Za-z'-]+\s+){1,3})(?:,\s*)?(?:also\s+)?$", text[:m.start()])
        if before:
            words = before.group(1).split()
            while words and words[0].lower() in _NOT_NAME:
                words = words[1:]
            if words:
                s = text.rfind(words[0], 0, m.start())
                found.append(Candidate("PERSON", s, s + len(" ".join(words)), 0.75, "NicknameRecognizer", "PERSON"))
    # j.r., J.R.: two initials with their dots identify a person (but not a.m., p.m., i.e., e.g., u.s.)
    for m in re.finditer(r"(?<![\w.])([A-Za-z])\.([A-Za-z])\.(?![\w.])", text):
        if m.group(0).lower() not in ("a.m.", "p.m.", "i.e.", "e.g.", "u.s.", "p.o.", "d.c.", "n.b.", "a.k.", "s.o."):
            found.append(Candidate("PERSON", m.start(), m.end(), 0.6, "InitialsRecognizer", "PERSON"))
    # J. Sweeney: an initial and a capitalised surname from the census list
    if style == "mixed":
        for m in re.finditer(r"\b[A-Z]\.\s?([A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b", text):
            if m.group(1).lower() in surnames() and m.group(1).lower() not in _NOT_NAME:
                found.append(Candidate("PERSON", m.start(), m.end(), 0.6, "InitialSurnameRecognizer", "PERSON"))
    found.extend(_quoted_nicknames(text, style))
    found.extend(_unknown_runs(text, style))
    found.extend(_slot_names(text, style))
    found.extend(_subject_names(text, style))
    found.extend(_chat_speakers(text))
    for m in _SPELLED_OUT.finditer(text):
        if _SPELLING_CUE.search(text, max(0, m.start() - 60), m.start()):
            found.append(Candidate("PERSON", m.start(), m.end(), 0.7, "SpelledNameRecognizer", "PERSON"))
    if style == "mixed":
        found.extend(_named_by_the_clause(text))
    if style == "mixed":
        found.extend(_unknown_capitalised(text))
    # "Ruiz, Ernesto": a surname, a comma, then a first name (known, or no English word: "MUSE, ABDIKARIM")
    for candidate in list(found):
        m = re.match(r", ([^\W\d_][^\W\d_'-]+)\b(?!\s+#?\d)", text[candidate.end:])
        if not m or m.group(1).lower() in _NOT_NAME or not _same_case(m.group(1), style):
            continue  # (and "po fernandez, psa 5": a number after the word makes it a unit's name)
        if m.group(1).lower() in first_names() and (style == "mixed" or m.group(1).isupper()) \
                or unknown_word(m.group(1)) and text[candidate.start:candidate.end].isupper() == m.group(1).isupper():
            candidate.end += m.end()
    for m in _NICK_INSIDE[style].finditer(text):
        a, b = m.group("a").lower(), m.group("b").lower().removesuffix("'s")
        if a in _NOT_NAME or b in _NOT_NAME:
            continue
        if style != "mixed" and not any(_known_first(x) or x in surnames() for x in (a, b)):
            continue
        end = m.end() - 2 if m.group(0).endswith("'s") else m.end()
        found.append(Candidate("PERSON", m.start(), end, 0.8, "NicknameRecognizer", "PERSON"))
    found.extend(_name_pairs(text, style))
    found.extend(_native_names(text, style, found))
    found.extend(_names_from_handles(text, style))
    found.extend(_dog_names(text, style))
    found.extend(_partner_nicknames(text, style))
    return found


# "me and hutch were the only 2 on", "me and ski got there": the partner an officer names with "me and" is called
# by a nickname that is often an English word. A role ("me and dispatch", "me and my partner") is not one.
_ME_AND = re.compile(r"\b(?i:me\s+(?:and|n|an|&))\s+(?P<v>[A-Za-z][a-z'-]{1,14})\s+(?=(?i:were|was|had|got|went|both|"
                     r"cleared|rolled|pulled|ran|drove|took|set|sat|stayed|walked|made|found|tried|could|would|"
                     r"started|did|are|have|get|go|grabbed|chased|split|hit)\b)")
_PARTNER_ROLES = frozenset(words("""partner partners dispatch dispatcher sarge sgt fire medics medic ems backup rookie
    trainee fto k9 dog boss lt cap capt chief everyone everybody nobody someone him her them us you it this that
    kid kids guy guys wife husband son daughter brother sister mom dad cousin buddy friend neighbor deputy trooper
    officer cop cops county city state feds troopers deputies officers"""))


def _partner_nicknames(text: str, style: str) -> list[Candidate]:
    found = []
    for m in _ME_AND.finditer(text):
        name = m.group("v")
        bare = name.lower().removesuffix("'s")
        if bare in STOP_WORDS or bare in _NOT_NAME or bare in _PARTNER_ROLES or bare in JARGON \
                or not _same_case(name, style) and not (style == "mixed" and name.islower()):
            continue
        found.append(Candidate("PERSON", m.start("v"), m.end("v"), 0.6, "PartnerNameRecognizer", "OFFICER"))
    return found


# A police dog's name is as good as its handler's: there is one K9 "Duke" in a county.
_DOG_NAME = re.compile(r"(?i:\b(?:k-?9|canine|police\s+dog|patrol\s+dog)(?:\s+partner)?(?:\s+named)?)\s+"
                       r"(?:(?P<q>[\"'])(?P<quoted>[A-Za-z][a-z]+|[A-Z]+)(?P=q)|(?P<bare>[A-Z][a-z]+|[A-Z]+)\b)")

# what follows "K9" when it is the work and not the dog: "K9 HANDLER", "K9 WARNING 3 TIMES"
_K9_WORK = frozenset(words("""handler handlers unit units team teams track tracks tracking warning warnings
    announcement announcements deployment deployments deploy deployed search searches searched sniff sniffs sweep
    sweeps bite bites apprehension apprehensions officer officers deputy deputies sergeant sgt vehicle vehicles
    car cars truck trucks program training trainer trainers school certification callout callouts call-out
    response responded request requested was is had has and arrived""")) | OFFICER_TITLES


def _dog_names(text: str, style: str) -> list[Candidate]:
    found = []
    for m in _DOG_NAME.finditer(text):
        group = "quoted" if m.group("quoted") else "bare"
        name = m.group(group)
        if m.group("bare") and (name.lower() in _NOT_NAME or not _same_case(name, style) or name.lower() in JARGON
                                or is_english(name) and name.lower() in _K9_WORK):
            continue  # "K9 Unit", "the K9 TRACK": a capitalised word that is no name
        found.append(Candidate("PERSON", m.start(group), m.end(group), 0.7, "DogNameRecognizer", "PERSON"))
    return found


# A handle or an email's local part often spells its owner's name: "@boo_batiste225" makes "Boo" a name when the
# text writes it as one. Parts that are words of the trade or of the internet say nothing.
_ACCOUNT = re.compile(r"(?<![\w@.])@(?P<h>[A-Za-z0-9_.]{2,30})|\b(?P<e>[A-Za-z0-9._+-]{2,40})@[\w-]+\.[\w.]+")
_ACCOUNT_WORDS = frozenset(words("""the official real its thee mr mrs miss official tv live gram insta snap ig fb
    cop cops police pd sheriff deputy ofc officer dep tpr sgt det mail email info contact admin office dept
    user team crew gang boss king queen lil big baby xx xxx yt ttv""")) | OFFICER_TITLES


def _names_from_handles(text: str, style: str) -> list[Candidate]:
    parts: set[str] = set()
    for m in _ACCOUNT.finditer(text):
        for part in re.findall(r"[a-z]{3,}", (m.group("h") or m.group("e")).lower()):
            if part not in _ACCOUNT_WORDS and part not in STOP_WORDS:
                parts.add(part)
    found: list[Candidate] = []
    for part in parts:
        for m in re.finditer(rf"(?<![\w@._-])(?i:{re.escape(part)})(?![\w@])", text):
            word = m.group(0)
            named = word[0].isupper() if style == "mixed" else (unknown_word(word) or part in known_names())
            if named and part not in _NOT_NAME:
                found.append(Candidate("PERSON", m.start(), m.end(), 0.7, "HandleNameRecognizer", "PERSON"))
    return found


def _same_case(word: str, style: str) -> bool:
    if style == "mixed":
        return word[0].isupper()
    return word.isupper() if style == "upper" else word.islower()


# Verbs and phrases after which a person is named as the object: "I told Marcus", "we cuffed jaylen",
# "me and deshawn". A word there that no dictionary knows is taken for a name.
_SLOT = re.compile(
    r"(?<![\w'])(?:(?:i|we|he|she|they|and|then|had|to)\s+(?:told|asked|cuffed|handcuffed|tased|tazed|tackled|"
    r"grabbed|searched|arrested|detained|booked|interviewed|questioned|warned|ordered|chased|followed|helped|"
    r"called|yelled\s+at|talked\s+to|spoke\s+(?:to|with)|dealt\s+with|saw|met|found|stopped|pulled\s+over|"
    r"transported|covered|backed\s+up|radioed|hit|punched|pushed|pulled|dragged|waited\s+for|sent|"
    r"tell|ask|cuff|tase|grab|search|arrest|chase|help|call|see|meet|stop)|"
    r"me\s+and|with|it\s+was|that\s+was|driving\s+was|and\s+(?:his|her)\s+(?:\w+\s+)?(?:brother|sister|cousin|friend|son|daughter|wife|husband)|"
    r"(?:was|is)\s+(?:with|driving|behind)|buddy|homie|bro|cuz|usher|bartender|cashier|employee|ex-employee|"
    r"holder|coworker|neighbor|neighbour|landlord|nephew|niece|grandson|granddaughter|stepson|stepdaughter|"
    r"(?:the\s+)?(?:kid|man|guy|woman|girl|boy|lady|dude)\s+(?:driving|named|called)\s+(?:was\s+)?|"
    r"drv|drvr|pass[1-9]?|occ[1-9]?|rp|v[1-9]|w[1-9]|s[1-9])\s*[,:]?\s+(?=[^\W\d_])",
    re.I,
)


# A clause that opens with a word no dictionary knows, then a verb: "and landry tased him", "then okafor got".
_SUBJECT = re.compile(
    r"(?:(?<=[.,;!?] )|\b(?:and|then|but|when|while|so|because|cause|until|til|till|where)\s+)"
    r"(?P<v>[^\W\d_][\w'-]+)\s+(?:(?:and|&)\s+(?:I|me|[A-Z][a-z]+)\s+)?"
    r"(?:[a-z]+ed|was|had|said|says|got|ran|came|went|took|told|kept|threw|swung|"
    r"hit|grabbed|pulled|yelled|started|tried|saw|knew|made|gave|stood|sat|fell|broke|caught|drew|shot|"
    r"WAS|HAD|SAID|GOT|RAN|CAME|WENT|TOOK|TOLD|KEPT|THREW|SWUNG|HIT|[A-Z]+ED)\b")


# A capitalised word that is also English ("Rivers", "Frost", "Dot") is a name where the clause gives it a person's
# part: the writer's partner ("Frost and me were on a disabled"), an officer on the call ("Rivers was the third
# officer"), whoever drives ("Moody was driving"), or a person set beside their role ("Dot, the night clerk").
_ROLE_NOUNS = (r"clerk|manager|bartender|owner|neighbou?r|landlord|landlady|driver|passenger|suspect|victim|witness|"
               r"caller|complainant|officer|deputy|trooper|sergeant|partner|dispatcher|nurse|doctor|medic|paramedic|"
               r"guard|janitor|cook|waitress|waiter|cashier|teacher|principal|coach|tenant|roommate|boyfriend|"
               r"girlfriend|husband|wife|son|daughter|father|mother|dad|mom|brother|sister|uncle|aunt|cousin|"
               r"grandmother|grandfather|grandma|grandpa|bouncer|security\s+guard|employee|attendant|supervisor|"
               r"rookie|trainee|fto|k9\s+handler|handler")
# (the pattern, the role it gives, and whether the word must be a rarer one)
_NAMED_BY_THE_CLAUSE = (
    (re.compile(r"(?<![\w'-])(?P<v>[A-Z][a-z]+)\s+(?:and|&)\s+(?:I|me)\s+(?:were|was|went|got|had|rolled|pulled|"
                r"responded|arrived|cleared|did|both|made|took|found|ran|stayed)\b"), "OFFICER", False),
    (re.compile(r"(?<![\w'-])(?P<v>[A-Z][a-z]+)\s+was\s+(?:the\s+)?(?:first|second|third|fourth|other|primary|backup|"
                r"cover|only|lead|senior|closest|last)\s+(?:officer|deputy|trooper|unit|car|one|guy)\b"), "OFFICER",
     False),
    (re.compile(r"(?<![\w'-])(?P<v>[A-Z][a-z]+)\s+(?:was|is)\s+(?:driving|riding\s+shotgun|behind\s+the\s+wheel)\b"),
     "PERSON", False),
    # what only a person does on a call; the word must be a rarer one ("Hickey had to come get me", not "Help
    # showed up")
    (re.compile(r"(?<![\w'-])(?P<v>[A-Z][a-z]+)\s+(?:showed\s+up|got\s+there|pulled\s+up|came\s+over|had\s+to\s+come|"
                r"backed\s+me|covered\s+me|tased\s+him|cuffed\s+him|tackled\s+him|was\s+arrested|got\s+arrested|"
                r"got\s+hit|got\s+bit|got\s+stabbed|got\s+shot)\b"), "PERSON", True),
    (re.compile(rf"(?<![\w'-])(?P<v>[A-Z][a-z]+),\s+(?:the|a|an|my|our|his|her|their)\s+(?:[a-z]+\s+){{0,2}}"
                rf"(?:{_ROLE_NOUNS})\b"), "PERSON", False),
)


def _named_by_the_clause(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for pattern, role, rarer in _NAMED_BY_THE_CLAUSE:
        for m in pattern.finditer(text):
            bare = m.group("v").lower()
            if bare in _NOT_NAME or bare in US_STATES or bare in _CLAUSE_OPENERS \
                    or not (bare in common_surnames() or bare in first_names() or unknown_word(m.group("v"))) \
                    or rarer and common_word(bare, EVERYDAY_ZIPF):
                continue
            found.append(Candidate("PERSON", m.start("v"), m.end("v"), 0.6, "ClauseNameRecognizer", role))
    return found


# A chat or a transcript pasted in: lines that open with who speaks ("Moose: so that DV last night was wild"). A word
# that opens two lines or more so is a speaker's name, whatever else it means, unless it is a report's own heading.
_SPEAKER = re.compile(r"(?m)^[ \t]*(?P<v>[A-Za-z][A-Za-z'-]{1,20}):[ \t]+\S")
_HEADINGS = frozenset(words("""lesson lessons note notes update updates time date location loc dispatch disp me units
    unit narrative summary incident subject suspect victim witness officer deputy sgt sergeant injuries injury
    result outcome takeaway takeaways action actions weather lighting vehicle veh weapon weapons type call
    response disposition background timeline ps edit re subj from to cc sent event events radio caller driver
    passenger agency remarks comments comment recommendation recommendations notes learned what why how who where
    when then later first second third fourth step steps q a question answer ref attn author"""))


# A name spelled out letter by letter, as dictated after it: "officer oluwaseun adeyemi o l u w a s e u n"
_SPELLED_OUT = re.compile(r"(?i)(?<![\w'-])[a-z](?:[ -][a-z]){4,}(?![\w'-])")
_SPELLING_CUE = re.compile(r"(?i)\b(?:spell(?:s|ed|ing)?|name|officer|deputy|trooper|sergeant|ofc|dep|sgt|tpr|det|"
                           r"detective|mr|mrs|ms)\b")


def _chat_speakers(text: str) -> list[Candidate]:
    lines: dict[str, list[re.Match[str]]] = {}
    for m in _SPEAKER.finditer(text):
        lines.setdefault(m.group("v").lower(), []).append(m)
    found: list[Candidate] = []
    for word, said in lines.items():
        if len(said) < 2 or word in _HEADINGS or word in _NOT_NAME or word in JARGON:
            continue
        found.extend(Candidate("PERSON", m.start("v"), m.end("v"), 0.7, "SpeakerRecognizer", "PERSON") for m in said)
    return found


# words that open a clause before a comma and are nobody's name there ("Inside, the clerk", "Later, the driver")
_CLAUSE_OPENERS = frozenset(words("""inside outside later earlier meanwhile then now afterward afterwards again also
    apparently anyway eventually finally first second third luckily unfortunately fortunately obviously sadly
    tonight today yesterday overnight downstairs upstairs here there sarge boss chief lieutenant captain
    dispatch medics ems fire"""))


def _subject_names(text: str, style: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _SUBJECT.finditer(text):
        word = m.group("v")
        if word.lower().removesuffix("'s") in _NOT_NAME or not unknown_word(word):
            continue
        if style == "mixed" and (word.isupper() and len(word) <= 4 or not word[0].isupper()
                                 and not (word.islower() and word in known_names())):
            continue  # in mixed text a lower-case word here must at least be a census name ("and landry tased")
        if style == "upper" and not _same_case(word, style):
            continue  # (in lower-case text, a capital is a name's: "i never said. Dre and Becca had no idea")
        found.append(Candidate("PERSON", m.start("v"), m.end("v"), 0.55, "SlotNameRecognizer", "PERSON"))
    return found


def _slot_names(text: str, style: str) -> list[Candidate]:
    """A word no dictionary knows in a slot where a person is named ("I told kostya", "DRV MUSE, ABDIKARIM")."""
    found: list[Candidate] = []
    for m in _SLOT.finditer(text):
        w = _WORD.match(text, m.end())
        if not w or w.group(0)[0] in "\"'" or w.group(0).lower().removesuffix("'s") in _NOT_NAME:
            continue
        word = w.group(0)
        # "DRV MUSE, ABDIKARIM": a surname that is also a word, before a comma and a first name no dictionary knows
        listed = re.match(r", ([^\W\d_]{3,})\b", text[w.end():])
        if listed and word.isupper() == listed.group(1).isupper() and unknown_word(listed.group(1)) \
                and (style != "mixed" or word[0].isupper()):
            found.append(Candidate("PERSON", w.start(), w.end() + listed.end(), 0.6, "SlotNameRecognizer", "PERSON"))
            continue
        if not unknown_word(word) or style != "mixed" and not _same_case(word, style):
            continue
        if style != "mixed" and compound(word) and word.lower() not in known_names():
            continue  # "WITH SEATBELTS ON": two English words run together
        mixed_case_acronym = style == "mixed" and word.isupper() and len(word) <= 4
        if mixed_case_acronym or (len(word) >= 4 and word.lower() in KEPT_ACRONYMS):
            continue  # an acronym: "with CPD", "with scba on" (but "me and dre" may be Andre)
        span = parse_name(text, m.end(), "lower" if style == "mixed" and word.islower() else style)
        if span:
            found.append(Candidate("PERSON", span[0], span[1], 0.6, "SlotNameRecognizer", "PERSON"))
    return found


# A capitalised word inside a sentence (after a lower-case word or a comma), in mixed-case text.
_MAKE_BEFORE = re.compile(r"\b(?:a|an|his|her|my|our|their|your|some|any|no)\s+$", re.I)
_MID_SENTENCE_CAPITAL = re.compile(r"(?:(?<=[a-z0-9,;)] )|(?<=\())(?P<v>[A-Z][^\W\d_]*(?:['-][^\W\d_]+)*)\b")


def _unknown_capitalised(text: str) -> list[Candidate]:
    """In mixed-case text, a capitalised word mid-sentence that no dictionary knows is a name or a place
    ("pull him off Tui", "dispatch, Shelia was", "on Bayshore"): weakly a person, so that a place or an agency
    recognizer's stronger claim wins."""
    found: list[Candidate] = []
    for m in _MID_SENTENCE_CAPITAL.finditer(text):
        word = m.group("v")
        bare = word.lower().removesuffix("'s")
        if word.isupper() or bare in _NOT_NAME or not unknown_word(word):
            continue
        if _MAKE_BEFORE.search(text[max(0, m.start() - 8):m.start()]):
            continue  # "a Leatherman", "his Carhartt jacket": a make, not a person
        span = parse_name(text, m.start("v"), "mixed")
        if span:
            found.append(Candidate("PERSON", span[0], span[1], 0.45, "UnknownWordRecognizer", "PERSON"))
    return found


# Endings of ordinary English words, which surnames outside the census lists rarely have.
_ENGLISH_ENDING = re.compile(r"(?:tions?|sions?|ings?|ness|ments?|ity|ies|ous|ful|less|able|ible|ized?|ally|ly)$")


def _name_pairs(text: str, style: str) -> list[Candidate]:
    """First name + surname pairs from the census lists: "Kendrick Moss", "TERRELL WASHINGTON"."""
    found: list[Candidate] = []
    firsts, lasts = first_names(), surnames()
    if style == "mixed":
        pattern = re.compile(
            r"\b([A-Z][a-z]+)(\s+[A-Z]\.)?\s+((?:Mc|Mac|O'|De|Van\s)?[A-Z][a-z]+(?:[-'][A-Z][a-z]+)*)\b")
    elif style == "upper":
        pattern = re.compile(r"\b([A-Z]+)(\s+[A-Z]\.?)?\s+([A-Z]+(?:[-'][A-Z]+)*)\b")
    else:
        pattern = re.compile(r"\b([a-z]+)(\s+[a-z]\.?)?\s+([a-z]+(?:[-'][a-z]+)*)\b")
    common = common_surnames()
    pos = 0
    while True:
        # overlapping: "SEMI WALTER GREYEYES" is no pair at "SEMI" but one at "WALTER"
        m = pattern.search(text, pos)
        if not m:
            break
        pos = m.start(3)
        first, last = m.group(1).lower(), m.group(3).lower()
        if first in _NOT_NAME or last in _NOT_NAME or first not in firsts or f"{first} {last}" in _COLLOCATIONS:
            continue
        if style == "upper" and last not in common and (last in lasts or len(last) < 4 or _ENGLISH_ENDING.search(last)):
            continue  # "BOBBY PIN", "WINTER CONDITIONS": a rare census surname or an English word, not a name
        if style == "lower" and (last not in common or len(first) < 3 or len(last) < 3):
            continue  # lower-case text has no capitals to go on: both words must be in the name lists
        if style != "mixed" and is_english(first) and is_english(last) and not (
                first in frequent_names()[0] and last in frequent_names()[1]):
            continue  # "CARRY PERMIT", "winter gloves", "long line": ordinary words, in no case to tell them apart
        pos = m.end()
        found.append(Candidate("PERSON", m.start(), m.end(), 0.55, "NameListRecognizer", "PERSON"))
    return found


# "T-Boy", "J-Rock", "Big-E": a letter joined to a word is how nicknames are made, not quotations
_LETTER_NICKNAME = re.compile(r"[A-Z]-[A-Z][a-z]+|[A-Z][a-z]+-[A-Z]")


def _quoted_nicknames(text: str, style: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _QUOTED.finditer(text):
        value = m.group("v")
        parts = [w.lower().strip(".,") for w in value.split()]
        if style == "mixed" and value.isupper() and len(value) <= 4 and parts[0] not in _NICK_STARTERS:
            continue  # an acronym in quotes
        if all(w in _NOT_NAME for w in parts):
            continue
        if style != "mixed" and parts[0] not in _NICK_STARTERS and any(is_english(w) for w in parts):
            continue  # "FOLLOWING THE LIGHTS": a quote, not a nickname
        if parts[0] in _NICK_STARTERS or _LETTER_NICKNAME.fullmatch(value) or any(
                w not in _NOT_NAME and (w in first_names() or unknown_word(w)) for w in parts):
            found.append(Candidate("PERSON", m.start("v"), m.end("v"), 0.65, "NicknameRecognizer", "PERSON"))
    return found


# Words of a run that no dictionary knows, in ALL-CAPS or lower-case text where no capital marks a name:
# "pt was abdirahman warsame", "FOR KWETHLUK". Two such words together are a name; one alone must be longer.
_RUN_WORD = re.compile(r"(?<![\w'/-])[^\W\d_][^\W\d_'-]*(?:['-][^\W\d_]+)*(?![\w/-])")


def _unknown_runs(text: str, style: str) -> list[Candidate]:
    if style == "mixed":
        return []
    found: list[Candidate] = []
    run: list[re.Match[str]] = []

    def close() -> None:
        single = run[0].group(0).removesuffix("'s") if len(run) == 1 else ""
        if run and (len(run) >= 2 and not all(compound(w.group(0)) for w in run)
                    or len(single) >= 5 and not compound(single)):
            end = run[-1].end() - (2 if run[-1].group(0).lower().endswith("'s") else 0)
            found.append(Candidate("PERSON", run[0].start(), end, 0.45, "UnknownWordRecognizer", "PERSON"))
        run.clear()

    for m in _RUN_WORD.finditer(text):
        word = m.group(0)
        bare = word.lower().removesuffix("'s")
        name_like = unknown_word(word) and bare not in _NOT_NAME and _same_case(word, style) \
            and not (style == "upper" and len(word) <= 3)
        if name_like and (not run or text[run[-1].end():m.start()] == " "):
            run.append(m)
            continue
        close()
        if name_like:
            run.append(m)
    close()
    return found


_NATIVE_PAIR = re.compile(r"(?<![\w'-])(?P<a>[A-Za-z]+)\s+(?P<b>[A-Za-z]+)(?:'s)?(?![\w-])")


def _native_pair_at(text: str, pos: int, style: str) -> re.Match[str] | None:
    m = _NATIVE_PAIR.match(text, pos)
    if not m or m.group("a").lower() not in NATIVE_NAME_FIRST or m.group("b").lower() not in NATIVE_NAME_SECOND:
        return None
    if not all(_same_case(m.group(g), style) for g in ("a", "b")):
        return None
    return m


def _native_names(text: str, style: str, found: list[Candidate]) -> list[Candidate]:
    """"Wilbur Two Crow", "OFC TWO BULLS", "MARCUS RUNS ABOVE", "pull him off Yellow Horse": a Plains surname
    of two English words, after a name or a title, or capitalised mid-sentence."""
    more: list[Candidate] = []
    for c in found:
        if c.entity_type != "PERSON":
            continue
        last = re.search(r"([A-Za-z]+)$", text[c.start:c.end])
        nxt = re.match(r"\s+([A-Za-z]+)(?![\w-])", text[c.end:])
        if last and nxt and last.group(1).lower() in NATIVE_NAME_FIRST and nxt.group(1).lower() in NATIVE_NAME_SECOND \
                and _same_case(nxt.group(1), style):
            more.append(Candidate("PERSON", c.start, c.end + nxt.end(), c.score, c.recognizer, c.kind))
            continue
        pair = _native_pair_at(text, c.end + 1, style) if text[c.end:c.end + 1] == " " else None
        if pair:
            end = pair.end("b")
            more.append(Candidate("PERSON", c.start, end, c.score, c.recognizer, c.kind))
    for m in _TITLE.finditer(text):
        pair = _native_pair_at(text, m.end(), style)
        if pair:
            more.append(Candidate("PERSON", pair.start(), pair.end("b"), 0.85, "TitleNameRecognizer",
                                  _role_of_title(m.group("title"))))
    if style == "mixed":
        for m in _MID_SENTENCE_CAPITAL.finditer(text):
            pair = _native_pair_at(text, m.start("v"), style)
            if pair:
                more.append(Candidate("PERSON", pair.start(), pair.end("b"), 0.55, "NativeNameRecognizer", "PERSON"))
    return more
