"""Whole names from pieces: after overlaps are resolved, a detection that is only part of a longer name grows
to cover the rest of it.

Recognizers each see one kind of cue, so a name made of two kinds is often found in pieces: "Sacramento" (a city)
"Metro" (a word no dictionary knows) "Fire" (nothing), "Northeast" + "Philly", "Ofc. Jun" + "Watanabe". The piece
left over is as identifying as the rest; replacing it costs nothing but a word of the name.
"""

from __future__ import annotations

import re

from scrubber.candidates import Candidate, overlaps
from scrubber.english import EVERYDAY_ZIPF, JARGON, common_word, is_english, unknown_word
from scrubber.lexicon import (
    ABBREVIATED_TITLES,
    CIVIL_TITLES,
    EQUIPMENT_WORDS,
    KEPT_ACRONYMS,
    MONTHS,
    NOT_NAMES,
    OFFICER_TITLES,
    STREET_SUFFIXES,
    TITLE_ALTERNATION,
    WEEKDAYS,
    first_names,
    frequent_names,
    words,
)
from scrubber.recognizers.ids import kept_number, measure_after
from scrubber.recognizers.places import bare_street_word

_NAMES = ("PLACE", "AGENCY")

# What a place's name turns into when a service, a court or a hospital follows it: "Sacramento Metro Fire",
# "Beaumont Fire-Rescue", "Ada County Paramedics", "MEMPHIS ANIMAL SERVICES", "BRONX CRIMINAL COURT", "Houlton FD",
# "Johnston County 911", "Park County dispatch", "Framingham barracks", "Harris County Pct 4 Constable".
_SERVICE = (r"(?:Metro|Metropolitan|Regional|Area|Municipal|Volunteer|Community)?[\s-]*"
            r"(?:Fire[\s-]+Rescue|Fire[\s-]+(?:and|&)[\s-]+Rescue|Fire|Rescue|EMS|Paramedics|Ambulance|"
            r"Animal\s+(?:Services|Control)|Emergency\s+(?:Services|Management)|Police|Sheriff|Marshals?|"
            r"Constables?|Harbor\s+Patrol|Park\s+Rangers?|PD|FD|SO|DPS|(?i:dispatch)|Communications|Comms|Barracks|"
            r"(?i:haz-?mat)|"
            r"(?:Pct|Precinct)\.?\s*\d{1,3}(?:\s+Constables?)?|Nation\s+Police|Tribal\s+Police|"
            r"E?-?911(?!\s+(?:call|caller|hang|line|center|centre|operator|dispatcher)))")
_COURT = (r"(?:Criminal|Municipal|District|Superior|Circuit|Family|Juvenile|Justice|Magistrate|Traffic|County|"
          r"City|Supreme|Drug)\s+Court|Courthouse|Detention\s+Center|Jail|Hospital|Medical\s+Center|Health|"
          r"Memorial|General|Regional\s+Medical\s+Center|Yard|Rail\s*Yard|Terminal|Depot|"
          r"(?:Elementary|Middle|High|Junior\s+High|Charter|Magnet)\s+School|School|Elementary|Academy|Park|Library|"
          r"Stadium|Arena|Bridge|Plaza|Church|Cathedral|Chapel|Cemetery|Casino|Hotel|Motel|Apartments|Homes|Center|"
          # businesses and landmarks known by their owner's or their town's name: "Big Jim's Towing", "Ferrell
          # Optical", "the Hollowell Road Annex", "Sauvie Landing ramp", "the old Pruitt gravel pit"
          r"Towing|Optical|Annex|Footbridge|(?:Boat\s+|Launch\s+)?Ramp|Gravel\s+Pit|Co-?op|Deli|Liquors?|Bank|"
          r"Credit\s+Union|Pharmacy|Salvage|Hardware|Tavern|Saloon|Lounge|Diner|Cafe|Grill|Marina|Landing|"
          r"Trailhead|Campground|Lumber|Auto\s+Parts|Motors|Tires?|Grocery|Feed\s+(?:and|&)\s+Supply|Feed\s+Store")
_TAIL = re.compile(rf"(?P<sep>(?<=\b(?:Jr|Sr|St|JR|SR|ST))\.\s|'[sS]\s|[\s-]+)(?:(?P<agency>{_SERVICE})|"
                   rf"(?P<place>{_COURT}))\b")
_TAIL_ANYCASE = re.compile(_TAIL.pattern, re.I)
# A named part of an agency after its name: "WICHITA PD PATROL SOUTH", "Tulsa PD Riverside Division"
_AGENCY_PART = re.compile(
    r",?\s+(?:(?:Patrol|Field|Uniform|Operations)\s+)?(?:Division|Bureau|District|Precinct|Patrol|Sector|Area|Region)"
    r"\s+(?:North(?:east|west)?|South(?:east|west)?|East|West|Central|Downtown|Midtown|Uptown|\d{1,3}[A-Z]?|[A-Z]|"
    r"(?-i:[IVX]{1,4}))\b"
    r"|\s+(?:North(?:east|west)?|South(?:east|west)?|East|West|Central)\s+(?:Division|Bureau|District|Precinct|"
    r"Patrol|Substation|Station|Sector|Area|Region)\b",
    re.I)
_LOWER_AGENCY_PART = re.compile(
    r"\s+(?:(?:north|south|east|west|central|western|eastern|northern|southern|downtown|patrol|traffic|special|"
    r"ne|nw|se|sw|n|s|e|w)\s+)?"
    r"(?:district|division|precinct|bureau|services|unit|team|squad|section|detail|task\s+force|substation|"
    r"area(?:\s+(?:cmd|command))?|cmd|command)\b")
_IRISH_O_BEFORE = re.compile(r"(?<![\w'-])[oO] $")
# A compass word right before a place's name is part of it: "Northeast Philly", "W Madison St", "S BROADWAY"
_DIRECTION_BEFORE = re.compile(
    r"(?<![\w-])(?:North|South|East|West|Northeast|Northwest|Southeast|Southwest|Upper|Lower|Downtown|Old|New|First|"
    r"N|S|E|W|NE|NW|SE|SW)\.?\s+$", re.I)
# A title, then one capitalised word, then a detected surname: "Ofc. Jun Watanabe" (Jun is also a month)
_TITLE_AND_FIRST = re.compile(rf"(?i:\b(?:{TITLE_ALTERNATION}))\.?\s+(?P<first>[A-Z][a-z]+|[A-Z]{{2,}})\s+$")
# An officer named with the car they drive: "Ofc Tariq Haddad in 1937 backs me", "Dep. Ruiz, unit 14,"
_OFFICER_CAR = re.compile(r"\s+(?:in|driving|riding\s+in|from)\s+(?P<v>\d{2,4}[A-Z]?)\b(?!\s*(?:mph|feet|ft|yards|"
                          r"miles|rounds|hours|minutes|seconds|years|pounds|lbs|degrees|%|percent))")
# or with a call sign of two numbers or a letter and a number: "Tpr. Oyelaran 7-22.", "Ranger Diaz (7-15)"
_OFFICER_CALL_SIGN = re.compile(r",?\s+\(?(?P<v>(?!1[01]-)\d{1,3}-\d{1,3}|[A-Z]-\d{1,3})(?=\)|[\s,.;:]|$)")
# A unit's number right after its agency: "BART 14", "(NNPD 2231)"
_CALL_NUMBER = re.compile(r"[ ]+(?P<v>\d{1,4}[A-Z]?|(?!1[01]-)\d{1,3}-\d{1,3})(?![\w-]|[.,:]\d)|"
                          r"-(?P<joined>[A-Z]?\d{1,5}[A-Z]?)(?![\w-])")
# The name of a business with its street: "a fight at The Varsity Tap on Elm Street"
_BUSINESS_ON = re.compile(
    r"(?:\b(?:at|to|from|inside|outside|behind|into|near|in\s+front\s+of|leaving|left)\s+)(?:the\s+|The\s+)?"
    r"(?P<v>(?:[A-Z][\w'&-]*\s+){0,3}[A-Z][\w'&-]*)\s+(?:on|at|off|near|by)\s+$"
    # or opening a sentence, named in two words or more: "Ok so. The Tap Room on Division"
    r"|(?:^|[.!?:]\s+)(?:The\s+)?(?P<w>(?:[A-Z][\w'&-]*\s+){1,3}[A-Z][\w'&-]*)\s+(?:on|at|off)\s+$")
_NOT_BUSINESS = frozenset(words("""i we he she they it the a an my our his her their this that officer deputy
    sgt dispatch code unit car patrol station scene lot rear front back side door north south east west""")) | (
    OFFICER_TITLES | frozenset(MONTHS) | WEEKDAYS)


# In mixed-case text, capitalised words straight after a place or an agency are the rest of its name:
# "MPD Mission Valley", "Banner Del E. Webb", "JPS Campus Enforcement". Not when they are a title, a month, a
# word of the trade ("Code 3", "Taser") or the start of what a person said.
# capitals with their accents ("Ángel", "Ólafur", "Çelik"): a name that starts with one is a name all the same
_CAPITAL = "A-ZÀ-ÖØ-Þ"
_NEXT_CAPITALISED = re.compile(rf"[ ]+(?P<w>(?:[{_CAPITAL}][a-z]*\.|[{_CAPITAL}][\w'&-]*))(?=[\s,.;:!?)]|$)")
# "Coeur d'Alene", "Lac du Flambeau" is handled by the particles; an elided d' or l' joins the next word to the name
_ELIDED_PARTICLE = re.compile(r"[ ]+(?P<w>[dl]'[A-Z][\w-]*)(?=[\s,.;:!?)]|$)")
_NOT_CONTINUATION = NOT_NAMES | EQUIPMENT_WORDS | JARGON | OFFICER_TITLES | ABBREVIATED_TITLES | CIVIL_TITLES | \
    frozenset(MONTHS) | WEEKDAYS | frozenset(words("""i'm i've i'd signal priority lesson lessons note notes
    update edit ps p.s. agents medic medics"""))


# First names that are also words placed before a surname for other reasons ("Will Smith" aside)
_NOT_FIRST = frozenset(words("""will may june april august guy rich bill bob young page grant major
    chase hunter mark art ray sky""")) | frozenset(words("""judge justice prof father pastor saint st"""))


_FAMILY_PLACE = re.compile(r"(?i)(?:'s)?\s+(?:ranch|farm|place|dairy|homestead|orchard|feedlot|allotment|property|"
                           r"pasture|quarry|acreage|land|camp)\b")
_BEFORE_FAMILY_PLACE = re.compile(r"(?i)\b(?:the|old)\s+$")


def complete_names(text: str, style: str, chosen: list[Candidate]) -> list[Candidate]:
    chosen = _grow_service_tails(text, style, chosen)
    starts = {c.start for c in chosen}
    for c in chosen:
        if c.entity_type in ("PERSON", "PLACE") and (o := _IRISH_O_BEFORE.search(text, max(0, c.start - 3), c.start)):
            c.start = o.start()  # "a trailer off o malley": O'Malley typed without its apostrophe
        if c.entity_type in _NAMES:
            _grow_direction(text, style, c)
            if style == "mixed":
                _grow_capitalised(text, c, starts)
            if c.entity_type == "AGENCY":
                _grow_agency_part(text, style, c)
        elif c.entity_type == "PERSON" and (land := _FAMILY_PLACE.match(text, c.end)) and \
                _BEFORE_FAMILY_PLACE.search(text, max(0, c.start - 12), c.start):
            # "the hostetler place", "out at the Pruitt ranch", "the Yazzie allotment": a family's land is a place
            c.entity_type, c.kind, c.end = "PLACE", "", land.end()
        elif c.entity_type == "PERSON":
            _grow_first_name(text, c)
            if style == "mixed":
                _grow_elided_particle(text, c)
                _grow_known_first_name(text, c)
            else:
                _grow_plain_first_name(text, c)
            _grow_given_name_after_comma(text, c)
        elif c.entity_type == "ID":
            _grow_code_prefix(text, style, c)
    chosen = _merge_overlapping(_guesses_into_places(text, chosen))
    more = _officers_cars(text, chosen) + _agency_call_signs(text, chosen) + _businesses_on_streets(text, style, chosen)
    return sorted(chosen + more, key=lambda c: c.start)


_CORNER = re.compile(r"(?i)\s+(?:at|@|&|and|x)\s+|\s*[/&@]\s*")
_STREET_END = re.compile(rf"(?i)\b(?:{STREET_SUFFIXES}|\d+(?:st|nd|rd|th))\.?$")


def _named_once(text: str, c: Candidate) -> bool:
    return text.lower().count(text[c.start:c.end].lower()) == 1


def _house_number_taken_for_a_time(text: str, time: Candidate, place: Candidate) -> bool:
    """"at 1500 Pine": four digits before a street's name are its house number, not a military time (but "at 0230
    Tulsa PD", "at 2300 Denver": a time, then a town)."""
    return time.entity_type == "TIME" and time.recognizer == "MilitaryTimePattern" \
        and bool(re.fullmatch(r"[1-9]\d{3}", text[time.start:time.end])) \
        and place.recognizer not in ("GazetteerCity", "CountyPattern", "AgencyPattern")


def _guesses_into_places(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """A word guessed to be a name, right before a place's name, is the first word of it: "the wampanoag" +
    "thread mill", "bonnie" + "doone"; and a house number taken for a time is the start of its address."""
    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        last = out[-1] if out else None
        if last and c.entity_type == last.entity_type == "PLACE" and _CORNER.fullmatch(text, last.end, c.start) \
                and _STREET_END.search(text, last.start, last.end) and _STREET_END.search(text, c.start, c.end) \
                and _named_once(text, last) and _named_once(text, c):
            # "Washington St at King St": one corner, one placeholder (unless a street is named alone elsewhere,
            # where it keeps its own)
            last.end = c.end
            continue
        if last and c.entity_type == "PLACE" and text[last.end:c.start] == " " and (
                guessed_name(last) or _house_number_taken_for_a_time(text, last, c)):
            out[-1] = Candidate("PLACE", last.start, c.end, max(c.score, last.score), c.recognizer, c.kind)
            continue
        out.append(c)
    return out


# The letters a dispatcher's, a console's or a unit's number is written with belong to it: "DISP 23", "UC 38",
# "S/O 14", "OP 12", "CP-7" (not the trade's own acronyms, nor a word in a text written in capitals)
_CODE_PREFIX = re.compile(r"(?<![\w/'-])(?P<v>[A-Z]{1,4}(?:/[A-Z]{1,2})?)(?:\s|-)$")
_NOT_A_PREFIX = frozenset(words("unit units car badge id no case cad rpt tag plate vin serial star shield dl ssn "
                                "apt rm room lot exit mm mile hwy us sr rt i ofc dep sgt cpl lt tpr det po co"))


def _grow_code_prefix(text: str, style: str, c: Candidate) -> None:
    if not re.fullmatch(r"\d{1,4}[A-Z]?", text[c.start:c.end]):
        return
    prefix = _CODE_PREFIX.search(text, max(0, c.start - 8), c.start)
    if not prefix:
        return
    code = prefix.group("v").lower()
    if code in _NOT_A_PREFIX or code in NOT_NAMES or code in KEPT_ACRONYMS \
            or style != "mixed" and common_word(code.replace("/", "")):
        return
    c.start = prefix.start("v")


# Land and landmarks named after someone or something, written in lower case as often as not. Words that are
# also verbs after a name ("Smith crossing the street", "Lopez landing", "Diaz towing the car") are left out.
_LANDMARK = re.compile(
    r"[ ](?i:creek|river|lake|colony|ranch|farm|fairgrounds|rodeo\s+grounds|powwow\s+grounds|grounds|allotment|"
    r"dock|boat\s+ramp|ramp|trailhead|campground|canyon|mesa|butte|ridge|hollow|holler|springs|gulch|bayou|slough|"
    r"pond|reservoir|junction|industrial\s+park|industrial|transit\s+center|parking\s+(?:deck|garage)|"
    r"gravel\s+pit|quarry|marina|chapter\s+house|day-use\s+area|area|(?:ferry\s+|bus\s+)?terminal|library|"
    r"launch\s+ramp|footbridge|parking\s+lot|lot|garage|campus|station|platform|annex|plaza|complex|apartments|apts|"
    r"toll\s+plaza|toll\s+booths?|interchange|summit|rest\s+area|weigh\s+station|truck\s+stop|overpass|underpass|"
    r"hill|hills|heights|bluffs?|crest|mill|canal|bay|harbor|inlet|cove|pier|wharf|trestle|camp|kitchen|cafe|"
    r"diner|grill|tavern|saloon|lounge|valley|falls|grocery|market|(?:elementary|middle|high)\s+school|"
    r"point(?!\s+(?:a|an|the|his|her|my|it|at|toward|towards|that)\b))"
    r"(?![\w'-])")
# and the kinds of land that come before their names: "on lake havasu", "up mount tabor", "out at fort zachary"
_LANDMARK_BEFORE = re.compile(r"(?i)(?<![\w'-])(?:lake|mount|mt\.?|fort|ft\.?|camp|cape|isle|bayou|port)[ ]$")
# who proposes a lone capitalised or unknown word as a name, which the land after it shows to be a place
_NAME_GUESSERS = frozenset({"UnknownWordRecognizer", "IdentifierModel"})


def guessed_name(c: Candidate) -> bool:
    """A lone word proposed as a name for no cue but itself, which the words around it may show to be a place."""
    return c.entity_type == "PERSON" and c.kind in ("", "PERSON") and c.recognizer in _NAME_GUESSERS


def _grow_service_tails(text: str, style: str, chosen: list[Candidate]) -> list[Candidate]:
    """A place or an unknown capitalised word followed by a service or a court becomes one name, and the
    detections just before it that touch it join it ("Sacramento" "Metro" "Fire" -> one agency)."""
    out: list[Candidate] = []
    for c in chosen:
        tail = (_TAIL if style == "mixed" else _TAIL_ANYCASE).match(text, c.end)
        eligible = c.entity_type in _NAMES or (c.entity_type == "PERSON" and c.kind in ("", "PERSON")
                                               and style != "lower")
        known_place = c.recognizer in ("GazetteerCity", "AgencyPattern", "CountyPattern")
        if tail and eligible and (style != "lower" or known_place) \
                and (style != "upper" or tail.group(0).strip().isupper()) and len(tail.group("sep")) <= 3:
            kind = "AGENCY" if tail.group("agency") else "PLACE"
            start = c.start
            while out and out[-1].entity_type in (*_NAMES, "PERSON") and re.fullmatch(r"[\s-]{1,2}",
                                                                                     text[out[-1].end:start]):
                start = out.pop().start
            out.append(Candidate(kind, start, tail.end(), max(c.score, 0.8), "NameCompletion", ""))
        elif (land := _LANDMARK.match(text, c.end)) and (c.entity_type == "PLACE" or guessed_name(c)):
            # "cowhouse creek", "the Spruce Mountain allotment", "kalihi transit center": a name and the kind of
            # land or landmark it names, in any case
            out.append(Candidate("PLACE", c.start, land.end(), max(c.score, 0.7), "NameCompletion", ""))
        elif (land := _LANDMARK_BEFORE.search(text, max(0, c.start - 8), c.start)) and guessed_name(c):
            out.append(Candidate("PLACE", land.start(), c.end, max(c.score, 0.7), "NameCompletion", ""))
        else:
            out.append(c)
    return out


# the number of a part already found by its kind: "VSP Division" + " III", "Metro District" + " 4"
_PART_ENDS = re.compile(r"(?i)\b(?:division|district|precinct|troop|area|region|sector|zone)$")
_PART_NUMBER = re.compile(r"\s+(?:\d{1,3}[A-Z]?|[IVX]{1,4})\b(?![.,]\d)")


def _grow_agency_part(text: str, style: str, c: Candidate) -> None:
    if _PART_ENDS.search(text, c.start, c.end) and (number := _PART_NUMBER.match(text, c.end)):
        c.end = number.end()
        return
    part = _AGENCY_PART.match(text, c.end)
    if part and (style != "mixed" or part.group(0).strip(" ,")[0].isupper()):
        c.end = part.end()
        return
    part = _LOWER_AGENCY_PART.match(text, c.end) if style == "lower" else None
    if part:
        c.end = part.end()


def _grow_capitalised(text: str, c: Candidate, starts: set[int]) -> None:
    if not text[c.end - 1].isalnum():
        return  # "Tulsa PD." ended its sentence
    for _ in range(3):
        m = _NEXT_CAPITALISED.match(text, c.end) or _ELIDED_PARTICLE.match(text, c.end)
        if not m or m.start("w") in starts:
            return
        word = m.group("w")
        initial = len(word) == 2 and word.endswith(".")  # "Banner Del E. Webb": the name goes on
        if word.lower().rstrip(".") in _NOT_CONTINUATION and not initial:
            return
        if word.endswith(".") and not initial:
            c.end = m.end("w") - 1  # "Webb." ends the name, without its full stop
            return
        c.end = m.end("w")


def _grow_elided_particle(text: str, c: Candidate) -> None:
    m = _ELIDED_PARTICLE.match(text, c.end)
    if m:
        c.end = m.end("w")


def _grow_direction(text: str, style: str, c: Candidate) -> None:
    before = _DIRECTION_BEFORE.search(text, max(0, c.start - 12), c.start)
    if not before:
        return
    word = before.group(0).strip()
    if style == "mixed" and not word[0].isupper():
        return  # "drove north Main St" is rare; "headed north" then a place is a direction of travel
    c.start = before.start()


def _grow_first_name(text: str, c: Candidate) -> None:
    before = _TITLE_AND_FIRST.search(text, max(0, c.start - 30), c.start)
    if before and not text[c.start - 1].isalnum():
        c.start = before.start("first")


# A roster's or a warrant's "SURNAME, GIVEN NAME [INITIAL]": "TILLMAN, RODERICK DOB", "Garza, Luis A."
_GIVEN_AFTER_COMMA = re.compile(r",[ ]([A-Z][a-z]+|[A-Z]{2,})(?:[ ][A-Z]\.?(?![\w']))?")


def _grow_given_name_after_comma(text: str, c: Candidate) -> None:
    m = _GIVEN_AFTER_COMMA.match(text, c.end)
    if not m or text[c.start:c.end].isupper() != m.group(1).isupper():
        return  # written as the surname is: "LOPEZ, FABIAN", "Garza, Luis"
    given = m.group(1).lower()
    # a known first name, but not one that is also a word said after a name ("JONES, WILL YOU", "Smith, Grant")
    if (given in frequent_names()[0] or given in first_names() and not is_english(given)) \
            and given not in _NOT_FIRST and given not in _NOT_CONTINUATION:
        c.end = m.end()


def _grow_known_first_name(text: str, c: Candidate) -> None:
    """"on Marquise Devereaux", "Nick Andrew": a first name just before a detected surname is part of it."""
    before = re.search(rf"(?<![\w'-])([{_CAPITAL}][^\W\d_A-Z]+)[ ]$", text[max(0, c.start - 20):c.start])
    if not before:
        return
    word = before.group(1)
    if (word.lower() in first_names() or unknown_word(word)) and word.lower() not in _NOT_CONTINUATION \
            and word.lower() not in _NOT_FIRST:
        c.start -= len(before.group(0))


def _grow_plain_first_name(text: str, c: Candidate) -> None:
    """"pr lilit sarkisian", "the nieghbor deb fjelstad", "DEONTAE MABRY": in lower-case or capital text, a first
    name that is no English word, just before a detected surname, is part of it ("will", "bill", "mark" are not)."""
    before = re.search(r"(?<![\w'-])([A-Za-z][a-z]+|[A-Z]+)[ ]$", text[max(0, c.start - 20):c.start])
    if not before:
        return
    word = before.group(1)
    # a first name that is also a rarer word ("lew", "pa", "kyle") joins a word guessed for its rarity alone
    known = word.lower() in first_names() and (not is_english(word) or guessed_name(c) and not common_word(
        word, EVERYDAY_ZIPF)) or unknown_word(word)
    if known and word.lower() not in _NOT_CONTINUATION and word.lower() not in _NOT_FIRST:
        c.start -= len(before.group(0))


def _merge_overlapping(chosen: list[Candidate]) -> list[Candidate]:
    """Detections that grew into each other become one; the earlier one's type and placeholder stand."""
    out: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: c.start):
        last = out[-1] if out else None
        if last and c.start < last.end:
            if c.end > last.end:
                last.end = c.end
            continue
        out.append(c)
    return out


def _officers_cars(text: str, chosen: list[Candidate]) -> list[Candidate]:
    taken = [(c.start, c.end) for c in chosen]
    found = []
    for c in chosen:
        if c.entity_type == "PERSON" and c.kind == "OFFICER":
            car = _OFFICER_CAR.match(text, c.end) or _OFFICER_CALL_SIGN.match(text, c.end)
            if car and not overlaps(taken, car.start("v"), car.end("v")) and not measure_after(text, car.end("v")):
                found.append(Candidate("ID", car.start("v"), car.end("v"), 0.7, "OfficerCarPattern", "UNIT"))
    return found


# A town and a number is a unit on the air, "Frisco 31, Frisco 35", "(Yakima 9)", "Wentzville 12 set up a block",
# when what follows the number is a pause or a radio verb, not a noun it counts ("Frisco 3 supervisors").
_TOWN_CALL_NUMBER = re.compile(
    r"[ ]+(?P<v>\d{1,3})(?=\s*[,.;:)\"!?]|\s*$|\s+(?i:copy|copies|copied|to|and|is|was|set|took|said|says|"
    r"acknowledged|advised|en\s?route|on\s+scene|responding|responded|clear|cleared|arrived|arr|arriving|10-\d))")


def _agency_call_signs(text: str, chosen: list[Candidate]) -> list[Candidate]:
    """"BART 14, report of a male", "(NNPD 2231)", "TPD-43": a number right after an agency's name is one of its
    units."""
    taken = [(c.start, c.end) for c in chosen]
    found = []
    for c in chosen:
        if c.entity_type == "PLACE" and not any(ch.isdigit() for ch in text[c.start:c.end]):
            town = _TOWN_CALL_NUMBER.match(text, c.end)
            if town and not overlaps(taken, town.start("v"), town.end("v")):
                found.append(Candidate("ID", town.start("v"), town.end("v"), 0.65, "TownCallSignPattern", "UNIT"))
            continue
        if c.entity_type != "AGENCY":
            continue
        number = _CALL_NUMBER.match(text, c.end)
        if not number:
            continue
        # "TPD-43", "NPS-6142": joined to the agency by a hyphen, a number is always one of its own
        group = "joined" if number.group("joined") else "v"
        start, end = number.span(group)
        value = number.group(group)
        kept = measure_after(text, end) if "-" in value else kept_number(value, text, end)  # "ISP 3-41"
        if not overlaps(taken, start, end) and (group == "joined" or not kept):
            found.append(Candidate("ID", start, end, 0.7, "AgencyCallSignPattern", "UNIT"))
    return found


# In any case, what one is at on a street is a business or a landmark known by its name ("at the anchor on elm",
# "behind the rusty spur off 9"), unless it is only the kind of thing it is ("at the light on Main", "the bus stop
# on 5th").
_AT_THE_THING = (r"\b(?:at|to|from|outside|behind|inside|in\s+front\s+of|near|by|into|leaving)\s+the\s+"
                 r"(?P<v>[a-z]+(?:\s+[a-z]+)?)\s+(?:on|off)\s+")
_THING_ON = re.compile(_AT_THE_THING + "$")
_ON_BEFORE = re.compile(r"(?i)\b(?:on|off)\s+$")
_KINDS_OF_THING = frozenset(words("""light lights route stop station house home entrance exit car crash range jail
    court crossing depot gate road lot point landing docks dock land pavilion elevator pit bldg building mosque church
    school quarry direction bottom top one east west north south side end access drop corner intersection scene
    address residence trailer apartment apartments apts apt duplex motel hotel bar store shop restaurant diner gas pump
    pumps alley park bridge overpass underpass ramp shoulder median curb sidewalk driveway yard field woods creek
    river lake pond trail track tracks line rail platform door window complex garage structure deck level floor unit
    room hall hallway stairs stairwell basement roof porch fence wall dumpster vehicle truck van suv sedan bus train
    boat trailhead campground site camp barn shed mill plant factory warehouse area spot place lane lanes street
    avenue curve hill turnoff pullout business office clinic hospital er center bank market mall plaza tower
    shelter cemetery farm ranch property pool beach marina pier ditch field""")) | _NOT_BUSINESS


# and when the street is bare: "bar fight at the anchor on haverly at close" (the street a rarer word)
_THING_ON_BARE_STREET = re.compile(_AT_THE_THING + r"(?P<street>[a-z]{4,})\b")


def _only_a_kind(word: str) -> bool:
    """"light", "bus stop", "the": what says only what kind of thing one is at, or no name at all."""
    return word in _KINDS_OF_THING or word in NOT_NAMES or word in JARGON


def _businesses_on_streets(text: str, style: str, chosen: list[Candidate]) -> list[Candidate]:
    found = []
    taken = [(c.start, c.end) for c in chosen]
    for m in _THING_ON_BARE_STREET.finditer(text):
        if not bare_street_word(m.group("street")) or overlaps(taken, m.start("v"), m.end("street")):
            continue
        found.append(Candidate("PLACE", m.start("street"), m.end("street"), 0.55, "BareStreetPattern", ""))
        if not any(_only_a_kind(w) for w in m.group("v").split()):
            found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.55, "BusinessOnStreetPattern", ""))
        taken.append((m.start("v"), m.end("street")))
    for c in chosen:
        street_guessed = guessed_name(c) and _ON_BEFORE.search(text, max(0, c.start - 5), c.start)
        if c.entity_type != "PLACE" and not street_guessed:
            continue
        thing = _THING_ON.search(text, max(0, c.start - 60), c.start)
        if thing and not overlaps(taken, thing.start("v"), thing.end("v")) \
                and not _only_a_kind(thing.group("v").split()[-1]) \
                and not any(w in NOT_NAMES for w in thing.group("v").split()):
            found.append(Candidate("PLACE", thing.start("v"), thing.end("v"), 0.6, "BusinessOnStreetPattern", ""))
            if street_guessed:
                c.entity_type, c.kind = "PLACE", ""  # "the anchor on [a word guessed a name]": a street, then
            continue
        if street_guessed:
            continue
        if style != "mixed":
            continue
        m = _BUSINESS_ON.search(text, max(0, c.start - 80), c.start)
        if not m:
            continue
        group = "v" if m.group("v") else "w"
        name = m.group(group).split()
        while name and name[0].lower() in _NOT_BUSINESS:
            name = name[1:]
        if not name or overlaps(taken, m.start(group), m.end(group)):
            continue
        start = m.end(group) - len(" ".join(name))
        found.append(Candidate("PLACE", start, m.end(group), 0.7, "BusinessOnStreetPattern", ""))
    return found
