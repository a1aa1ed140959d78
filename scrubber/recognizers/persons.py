"""Names of people, found the way police narratives give them.

Generic NER misses most names in these texts (surnames that are ordinary words, ALL-CAPS and lower-case text),
so the main cues are the words before a name: ranks and titles ("Sgt.", "Deputy", "P.O."), roles ("the driver,",
"S1", "her son") and self-identification ("my name is"). spaCy's PERSON entities and first-name + surname pairs
from the census lists add what those cues miss; once a name is known, `propagate` finds its other mentions.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from scrubber.candidates import Candidate
from scrubber.lexicon import (
    ABBREVIATED_TITLES,
    CIVIL_TITLES,
    EQUIPMENT_WORDS,
    MONTHS,
    NOT_NAMES,
    OFFICER_TITLES,
    OTHER_TITLES,
    PERSON_CUES,
    SUSPECT_CUES,
    US_STATES,
    WEEKDAYS,
    common_surnames,
    first_names,
    known_names,
    surnames,
    words,
)

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
    officer deputy trooper sergeant partner dispatcher dispatch sarge sir ma'am maam
    patrol duty shift call calls report reports radio mic weapon gun knife rifle pistol shotgun taser
    hands hand arm arms head face leg legs foot feet body chest
    hrs hours mph approx approximately
    shield badge serial star number
    wasnt didnt dont cant wont isnt arent werent couldnt wouldnt shouldnt hadnt hasnt havent aint doesnt""")
)
# Ordinary phrases that look like a first name and a surname.
_COLLOCATIONS = frozenset(("sally port", "sallyport", "bobby pin", "jersey barrier", "peeping tom", "john doe",
                           "jane doe", "lazy susan", "jack knife", "johnny law", "tom cat", "dear john"))
_NOT_NAME = NOT_NAMES | _VERBS | EQUIPMENT_WORDS | frozenset(MONTHS) | WEEKDAYS | OFFICER_TITLES | frozenset(
    words("police sheriff department office county city state pd so ems fire medic engine")
) | SUSPECT_CUES | PERSON_CUES
_PARTICLES = frozenset(words("de del della der di du da van von la le st st. mac mc bin ibn al el dos das ter ten"))

_TITLE_WORDS = sorted(
    (OFFICER_TITLES | CIVIL_TITLES | OTHER_TITLES) - {"r/o", "reporting", "off"}, key=len, reverse=True
)
_TITLE = re.compile(
    r"(?<![\w/])(?P<title>" + "|".join(re.escape(t).replace(r"\.", r"\.?") for t in _TITLE_WORDS)
    + r"|r/o|p\.\s?o|p/o)(?P<s>s?)\.?(?=[\s:,])[\s:,]+",
    re.I,
)
_SELF = re.compile(
    r"(?:\b(?:my\s+name\s+is|my\s+name's|i\s+am|i'm|this\s+is|name:|signed,?|respectfully,?)|(?<!\S)-\s)\s*",
    re.I,
)
_NAMED = re.compile(
    r"\b(?:his\s+name\s+(?:was|is)|her\s+name\s+(?:was|is)|their\s+names?\s+(?:was|were|is)|name\s+(?:was|is)|"
    r"named|gave\s+(?:the\s+|a\s+|his\s+|her\s+)?(?:name|names)(?:\s+(?:of|as))?|identified\s+as|id'?d\s+as|"
    r"i\.d\.'?d\s+as|known\s+as|aka|a\.k\.a\.?|goes\s+by|went\s+by|nicknamed|registered\s+to|"
    r"arrested|contact(?:ed)?|interviewed|met\s+with|came\s+back\s+(?:registered\s+)?to(?:\s+an?)?|"
    r"comes\s+back\s+(?:registered\s+)?to(?:\s+an?)?|registered\s+owner(?:\s+(?:is|was))?)\s*[:,]?\s*",
    re.I,
)
_NICKNAME = re.compile(
    r"\b(?:aka|a\.k\.a\.?|known\s+as|goes\s+by|went\s+by|nicknamed|call(?:s|ed)?(?:\s+(?:him|her|them))?|"
    r"street\s+name|calls\s+himself|calls\s+herself)\s*[:,]?\s*\"(?P<v>[^\"\n]{1,25})\"",
    re.I,
)
_ROLE_WORDS = sorted(SUSPECT_CUES | PERSON_CUES | {"partner"}, key=len, reverse=True)
_ROLE = re.compile(
    r"(?<![\w/])(?P<role>" + "|".join(re.escape(w) for w in _ROLE_WORDS) + r")(?:\s+(?:was|is))?\s*[,:]?\s+",
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
    if bare in _NOT_NAME or len(bare) < 2 and not _INITIAL.match(word):
        return False
    if first and bare in US_STATES:
        return False
    if style == "mixed":
        if not first and word.isupper() and len(word) <= 4 and bare not in surnames():
            return False  # an acronym after a name ("Nguyen Van Thanh TCA")
        return word[0].isupper() or (bare in _PARTICLES and not first)
    if first and not strict:
        return True
    if first and strict:
        # after a role word in ALL-CAPS or lower-case text ("the passenger seat"), only a known first name
        return _known_first(bare)
    if after_initial:
        return True
    # the full census surname list holds ordinary words ("knows", "standing"): after a surname, only common ones
    return _known_first(bare) or bare in common_surnames() or (previous_first and not first)


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
    return following not in _NOT_NAME and (following in common_surnames() or _known_first(following))


def parse_name(text: str, pos: int, style: str, strict: bool = False, max_words: int = 4,
               surname_first: bool = False) -> tuple[int, int] | None:
    """The span of the name starting at `pos` (after a title or cue), or None if what follows is no name.

    `strict` asks that even the first word be a known first name or surname in all-caps or lower-case text.
    """
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
            if not _is_name_word(word, style, start is None, after_initial, strict and start is None, previous_first) \
                    and not (start is None and strict and style != "mixed"
                             and _strict_first_ok(text, m, style, surname_first)) \
                    and not _equipment_word_as_first_name(text, m, style, start is None):
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
        words += 1
        if text[end: end + 1] == " ":
            cursor = end + 1
        elif text.startswith("'s", end):
            break
        else:
            break
    if start is None or end is None:
        return None
    # a name never ends on an initial followed by nothing name-like ("J." at the end of a sentence)
    return start, end


def _equipment_word_as_first_name(text: str, m: re.Match[str], style: str, first: bool) -> bool:
    """"the man, Colt Varner": a make of gun or car is a first name when a capitalised surname follows."""
    word = m.group(0)
    if not (first and style == "mixed" and word[0].isupper() and word.lower() in EQUIPMENT_WORDS):
        return False
    nxt = re.match(r" ([A-Z][a-z]+)\b", text[m.end():])
    return bool(nxt) and nxt.group(1).lower() in surnames() and nxt.group(1).lower() not in _NOT_NAME


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
        bare = title.lower().replace(" ", "").rstrip(".")
        abbreviated = bare in ABBREVIATED_TITLES or bare in ("p.o", "po", "p/o", "r/o")
        # Full words ("officer", "deputy") are also used generically; in mixed text a capitalised word after
        # them is a name, elsewhere the word must look like one.
        strict = not abbreviated and style != "mixed"
        if not abbreviated and bare in OFFICER_TITLES and len(bare) > 4 and "." in m.group(0):
            continue  # "NO INJURIES TO OFFICERS. LESSON LEARNED": the full word ended a sentence
        if bare in ("co", "sa", "lt", "det", "inv", "maj") and style == "mixed" and not title[0].isupper():
            continue
        if bare == "co" and style == "mixed" and title != "CO":
            continue
        span = parse_name(text, m.end(), style, strict=strict, surname_first=_role_of_title(title) == "OFFICER")
        if not span:
            continue
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
        span = parse_name(text, m.end(), style, strict=style != "mixed")
        if span and (style != "mixed" or text[span[0]].isupper()):
            found.append(Candidate("PERSON", span[0], span[1], 0.7, "SelfNameRecognizer", "OFFICER"))
    for m in _NAMED.finditer(text):
        if _TITLE.match(text, m.end()):
            continue
        span = parse_name(text, m.end(), style, strict=style != "mixed")
        if span:
            role = "SUSPECT" if m.group(0).lower().startswith(("arrested", "aka", "a.k.a")) else "PERSON"
            found.append(Candidate("PERSON", span[0], span[1], 0.75, "CueNameRecognizer", role))
    for m in _ROLE.finditer(text):
        if _TITLE.match(text, m.end()):
            continue
        span = parse_name(text, m.end(), style, strict=style != "mixed")
        if span:
            role = _role_of_cue(m.group("role"))
            found.append(Candidate("PERSON", span[0], span[1], 0.7, "RoleNameRecognizer", role))
    for m in _NICKNAME.finditer(text):
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
    # "Ruiz, Ernesto": a surname, a comma, then a first name
    for candidate in list(found):
        m = re.match(r", ([A-Z][a-z]+|[A-Z]+)\b", text[candidate.end:])
        if m and m.group(1).lower() in first_names() and m.group(1).lower() not in _NOT_NAME:
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
        pos = m.end()
        found.append(Candidate("PERSON", m.start(), m.end(), 0.55, "NameListRecognizer", "PERSON"))
    return found


def from_spacy(ents: Iterable[tuple[int, int, str]], text: str, style: str) -> list[Candidate]:
    """spaCy PERSON entities, minus the titles and equipment words the small model includes or mistakes."""
    found: list[Candidate] = []
    for start, end, label in ents:
        if label != "PERSON":
            continue
        words = list(re.finditer(r"[A-Za-z][A-Za-z'.-]*", text[start:end]))
        while words and (words[0].group(0).lower().rstrip(".") in OFFICER_TITLES | CIVIL_TITLES | OTHER_TITLES
                         or words[0].group(0).lower() in _NOT_NAME):
            words = words[1:]
        while words and words[-1].group(0).lower() in _NOT_NAME:
            words = words[:-1]
        if not words:
            continue
        if style == "mixed" and not all(w.group(0)[0].isupper() for w in words):
            continue
        if style != "mixed" and not all(w.group(0).lower().removesuffix("'s") in known_names() for w in words):
            continue
        known = known_names()
        if len(words) == 1 and words[0].group(0).lower().removesuffix("'s") not in known:
            # a lone capitalised word the small model calls a person ("Lesson", "Memorial") needs the name lists
            continue
        s, e = start + words[0].start(), start + words[-1].end()
        if text[s:e].endswith("'s"):
            e -= 2
        found.append(Candidate("PERSON", s, e, 0.6, "SpacyPersonRecognizer", "PERSON"))
    return found
