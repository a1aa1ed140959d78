"""Agency names and acronyms, and named parts of an agency (precincts, districts, troops, divisions)."""

from __future__ import annotations

import re

from scrubber.candidates import Candidate
from scrubber.english import JARGON, dictionary, is_english, unknown_word
from scrubber.lexicon import (
    EQUIPMENT_WORDS,
    KEPT_ACRONYMS,
    NOT_NAMES,
    STATE_ABBREVIATIONS,
    TITLE_BEFORE,
    US_STATES,
    known_names,
    starts_of,
    us_cities,
    us_counties,
    us_towns,
    words,
)

_KIND = (
    r"police\s+department|police\s+dept\.?|police\s+service|police|pd|p\.d\.|sheriff'?s?\s+office|"
    r"sheriff'?s?\s+department|sheriff'?s?\s+dept\.?|sheriff'?s?\s+office|sheriffs?|so|s\.o\.|sd|"
    r"state\s+police|state\s+patrol|highway\s+patrol|hp|fire\s+department|fire\s+dept\.?|fire\s+rescue|fire|"
    r"fd|ems|dps|department\s+of\s+public\s+safety|public\s+safety|community\s+safety|constables?|marshals?(?:\s+service)?|"
    r"department\s+of\s+corrections|doc|corrections|transit\s+police|university\s+police|campus\s+police|"
    r"parks\s+police|task\s+force|narcotics\s+unit|swat|drug\s+task\s+force|border\s+patrol|"
    r"search\s+(?:and|&)\s+rescue|sar|vfd|volunteer\s+fire\s+(?:department|dept\.?|company)|animal\s+control|"
    r"lighthorse(?:\s+police)?|tribal\s+police|nation\s+police|rescue\s+squad|ambulance(?:\s+service)?|"
    r"state\s+troopers|warden\s+service|wildlife\s+(?:and|&)\s+fisheries|fish\s+(?:and|&)\s+wildlife|"
    r"game\s+wardens?|conservation\s+police|park\s+rangers|township\s+police|twp\s+police|twp\s+pd"
)
_NAME_WORD = r"(?:[A-Za-z][A-Za-z'.&-]*|\d+(?:st|nd|rd|th))"
# (the lookahead lets the kinds be tried only where one could begin: the name words before them are tried one to
# four at a time at every word)
_AGENCY = re.compile(rf"\b(?P<v>(?:{_NAME_WORD}\s+){{1,4}}(?={starts_of(_KIND)})(?:{_KIND}))(?![\w'])", re.I)
_ACRONYM = re.compile(
    r"\b(?:(?:[A-Z]{2}\s+)?DPS|[A-Z]{1,5}(?:PD|PDC|SO|SP|HP|DPS|SD|FD|SO|DOC|DOT|CSO|PS)|CHP|OHP|MHP|NYPD|LAPD|LASD|SFPD|NYSP|WVSP|"
    r"FHP|ISP|MSP|TxDPS|DPS|FBI|ATF|DEA|USMS|HSI|CBP|BIA|NPS|USPP|FPS|USSS|TSA|AMTRAK\s+PD|PennDOT|"
    r"MassDOT|CalTrans|Caltrans|TxDOT|ODOT|MoDOT|CDOT|MDOT|NJSP|PSP|VSP|KHP|NHP|GSP|SCHP|NCSHP|THP|AZDPS|AST|"
    r"EMSA|AMR|OST|FDNY|NYFD|LAFD|CFD|MBTA|SEPTA|MARTA|WMATA|BART|DART|CTA|NJT|LIRR|USCG|CBP|USBP|FAA|"
    # ICE the agency, not the road's ice: "an ICE detainer", "ICE agents"
    r"ICE(?=\s+(?i:detainers?|holds?|agents?|officers?|custody|ERO|warrants?)\b))\b"
)


def is_agency_acronym(word: str) -> bool:
    """"LSP", "CHP", "WVSP": an agency's acronym, in any case."""
    return bool(_ACRONYM.fullmatch(word.upper()))


# a unit of measure after a number: the number was a count or a distance ("pushed our squad 10 feet"). Narrower than
# ids' list on purpose: "officers", "units", "cars" follow a district's number as often as a count.
_MEASURE_AFTER = re.compile(r"(?i)\s*(?:feet|foot|ft|yards?|yds|inches|meters|miles|mph|minutes|mins|seconds|secs|"
                            r"times|rounds|percent)\b")
_SUBUNIT = re.compile(
    r"\b(?:(?:the\s+)?(?P<v>\d+(?i:st|nd|rd|th)?\s+"
    r"(?i:(?:patrol\s+)?(?:district|dist\.?|precinct|pct|division|div\.?)|ward|battalion)(?![\w-])|"
    r"(?i:troop|zone|district|precinct|pct|squad|platoon|company|post|ward|psa|region|section|detachment|"
    r"area)\s+(?:[A-Z]-\d{1,2}|(?=[A-Z]{0,2}\d)[A-Z0-9]{1,3}|[A-Z])\b|(?i:troop|zone|district|sector|post)\s+(?![ai]\b)[a-z]\b|"
    r"[A-Z]\s+(?i:detachment|troop|company|district)\b|"
    r"(?:Team|TEAM|Area|AREA)\s+[A-Z0-9]{1,2}\b|"
    r"(?:(?:St\.\s)?[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,2}(?:Precinct|Division|District|Substation|Station|Bureau|"
    r"Unit|Task\s+Force|Barracks|Detachment|Command|Post|Div(?:\.|\b)|(?-i:detachment|barracks|substation|precinct))"
    r"(?:\s+\d{1,3}[A-Z]?\b)?|"
    r"(?:[A-Z]{3,}\s+){1,2}(?:POST|BARRACKS|DETACHMENT|PRECINCT|SUBSTATION|DIVISION|DIV)\b|"
    r"(?i:sector)\s+\d{1,3}|"
    # a city's district by its compass point, in any case: "working the eastern district", "NORTHWEST DIVISION"
    r"(?i:(?:north|south)(?:east|west)(?:ern)?|northern|southern|eastern|western|central)\s+"
    r"(?i:district|precinct|division|substation)\b))",
)
_UNIT_AFTER = re.compile(
    r",?\s+(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)?\s+){1,3}(?:Unit|Division|Bureau|Section|Team|Squad|Task\s+Force|Detail|"
    r"Group|Post|Patrol|Barracks|Station|Precinct|District|Area|Zone|Command|Services|Control|Detachment|Region|"
    r"Company|Platoon|Watch|Shift|Support|Enforcement|Operations)\b"
    r"(?:\s+(?:\d{1,3}[A-Z]?|[IVX]{1,4})\b)?"
    r"|,?\s+(?:[A-Z]+(?:-[A-Z]+)?\s+){1,3}(?:UNIT|DIVISION|BUREAU|SECTION|SQUAD|POST|PATROL|BARRACKS|STATION|"
    r"PRECINCT|DISTRICT|AREA|ZONE|COMMAND|SERVICES|DETACHMENT|REGION|TEAM|TASK\s+FORCE|GROUP|DETAIL|SUPPORT|"
    r"ENFORCEMENT|OPERATIONS)\b"
    r"|,?\s+(?i:psa|region|section|district|troop|zone|area|post)\s+[A-Z0-9]{1,3}\b"
    r"|\s+(?:EMS|Fire|FIRE|Rescue|RESCUE|SWAT)\b"
    r"|\s+(?:Northwest|Northeast|Southwest|Southeast|North|South|East|West|Central|Downtown|NORTHWEST|NORTHEAST|"
    r"SOUTHWEST|SOUTHEAST|CENTRAL|DOWNTOWN)(?=\s+(?:[a-z]|[A-Z]{2,}\b)|[,.;)])"
)
# "impd northwest.": the district of an agency written in lower case, where the clause ends after it (not "the
# chp west of town")
_LOWER_DIRECTION_AFTER = re.compile(r"\s+(?:northwest|northeast|southwest|southeast|north|south|east|west|central|"
                                    r"downtown)(?=\s*[,.;:)]|\s*$)")
_STOP = NOT_NAMES - {"county", "state", "city"} | words(
    "a an the this that my our his her their your any every local nearby other another neighboring "
    "neighbouring same"
)
_GENERIC_SUBUNITS = words(
    "patrol traffic investigations narcotics homicide detective detectives special emergency records training "
    "the a our my their his her this that k9 canine gang vice juvenile property crimes major crime scene "
    "internal affairs professional standards support services operations field and of"
)


# "1522 Grant St. Akron Fire": a street's abbreviation ends the address, not part of the agency's name.
_STREET_ABBREVIATIONS = frozenset(words("st. ave. rd. blvd. dr. ln. ct. pkwy. hwy. pl. cir. ter."))
_STATE_NAME = "|".join(sorted(US_STATES, key=len, reverse=True)).replace(" ", r"\s+")
# A state's own agencies: "Wisconsin DNR", "TEXAS DPS", "Ohio State Highway Patrol", "Utah Division of Wildlife"
_STATE_AGENCY = re.compile(
    rf"(?i:\b(?P<v>(?:{_STATE_NAME})\s+(?:(?-i:DNR|DPS|DOC|DOT|DCI|DFW|DWR|DOJ|DMV|ABC|SBI|GBI|TBI|FDLE|CBI|BCA|WSP|"
    r"DCS|DHS|DJJ|DOR|DEC)|(?:state\s+)?highway\s+patrol|state\s+(?:police|patrol)|fish\s+(?:and|&)\s+"
    r"(?:wildlife|game)|game\s+(?:and|&)\s+fish|parks\s+(?:and|&)\s+wildlife|wildlife\s+resources|"
    r"natural\s+resources|game\s+commission|conservation(?:\s+(?:department|police|officers?))?|"
    r"capitol\s+police|bureau\s+of\s+investigation|department\s+of\s+[a-z]+(?:\s+(?:and|&)\s+[a-z]+)?)))\b")
# The nation's agencies, which need no place before them: "a Coast Guard small boat", "U.S. Border Patrol"
_NATIONAL_AGENCY = re.compile(
    r"(?i:\b(?:(?:u\.\s?s\.|us|united\s+states)\s+)?(?:coast\s+guard|border\s+patrol|secret\s+service|"
    r"(?:national\s+)?park\s+service|forest\s+service|marshals\s+service|postal\s+inspection\s+service|"
    r"bureau\s+of\s+prisons|federal\s+protective\s+service|capitol\s+police|customs\s+(?:and|&)\s+border\s+"
    r"protection|homeland\s+security\s+investigations|fish\s+(?:and|&)\s+wildlife\s+service|"
    r"bureau\s+of\s+land\s+management|immigration\s+(?:and|&)\s+customs\s+enforcement|amtrak\s+police)\b)"
)
# the acronyms _ACRONYM builds from a prefix and a kind, as opposed to the named ones it lists
_BUILT_ACRONYM = re.compile(r"[A-Z]{1,5}(?:PD|PDC|SO|SP|HP|DPS|SD|FD|SO|DOC|DOT|CSO|PS)")
# the built ones that no English word ends like, written in lower case: "impd", "jcso", "ohp" (not "maps", "ups")
_LOWER_CASE_ACRONYM = re.compile(r"[A-Z]{1,5}(?:PD|SO|SD|SP|HP|DPS)")
_ROLE_ACRONYMS = frozenset(words("RSO PSO CSO ISO TSO ESO DSO"))
_THING_BEFORE = re.compile(r"(?i)\b(?:a|an|no|my|his|her|their|our|your|the|without|wearing|wore)\s+(?-i:[a-z]+\s+)?$")


def _plain_word(token: str) -> bool:
    """A dictionary word or its plural as written, without is_english's other inflections (which read "LAPD"
    as "lap" + "d")."""
    word = token.lower()
    if len(word) < 4:
        return False  # "PFD" the fire department, "ASP" the baton: three letters are the trade's, not English
    return word in dictionary() or word.endswith("s") and word[:-1] in dictionary()


_OFFICE_THEN = re.compile(r"(?:[.,;:)/]|\s*$|\s+(?:and|dep|deps|deputy|deputies|units?|k9|sgt|sent|dispatch|radio)\b)")


def _known_place(words: list[str]) -> bool:
    name = " ".join(words).lower()
    if "-" in name and any(_known_place([part]) for part in name.split("-") if part):
        return True  # "MACON-BIBB SO": a consolidated city-county
    return name in us_cities() or name in us_counties() or name in US_STATES or (
        bool(words) and words[-1].lower() in us_cities())


# "Hawaii Department of Law Enforcement", "Ohio Department of Natural Resources", "City of Dayton Police"
_DEPARTMENT_OF = re.compile(
    r"\b(?P<v>(?:(?:[A-Z][a-z]+\s+){1,2}|[A-Z]{2,7}\s+)(?:Department|Dept\.?|Division|Div\.?|Bureau|Office)\s+"
    r"of\s+(?:(?:[A-Z][a-z]+|and|&)\s+){0,3}[A-Z][a-z]+)\b"
    # an authority's own police, in any case: "Housing Authority of New Orleans Police"
    r"|\b(?P<w>(?i:housing|transit|port|airport|transportation)\s+(?i:authority\s+of)\s+(?:[A-Z][\w'-]*\s+){1,3}"
    r"(?i:police|pd))\b")


# A dispatch centre named in one word with its "Com" or "Comm": "MetCom", "SouthCom", "ValleyComm", "KITCOM"
_DISPATCH_CENTRE = re.compile(r"\b[A-Z][a-z]{2,}(?:Com|Comm|COM|COMM)\b|"
                              r"\b(?!(?:TELE?|INTER)COM)[A-Z]{3,}COMM?\b")


def find_agencies(text: str, style: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _DISPATCH_CENTRE.finditer(text):
        found.append(Candidate("AGENCY", m.start(), m.end(), 0.7, "DispatchCentrePattern", ""))
    for m in _STATE_AGENCY.finditer(text):
        found.append(Candidate("AGENCY", m.start("v"), m.end("v"), 0.85, "StateAgencyPattern", ""))
    for m in _NATIONAL_AGENCY.finditer(text):
        found.append(Candidate("AGENCY", m.start(), m.end(), 0.85, "NationalAgencyPattern", ""))
    for m in _DEPARTMENT_OF.finditer(text):
        group = "v" if m.group("v") else "w"
        first = m.group(group).split()[0].lower()
        if first in _STOP and first not in ("county", "state", "city"):
            continue
        found.append(Candidate("AGENCY", m.start(group), m.end(group), 0.8, "AgencyPattern", ""))
    for m in _AGENCY.finditer(text):
        words = m.group("v").split()
        kind_len = len(re.match(rf"(?:{_NAME_WORD}\s+)*?(?P<k>(?:{_KIND}))$", m.group("v"), re.I).group("k").split())
        names = words[: len(words) - kind_len]
        # Keep the run of name-like words just before the kind: "Officer Fisher of Dublin PD" -> "Dublin PD".
        kept: list[str] = []
        for word in reversed(names):
            shouted = style == "mixed" and word.isupper() and len(word) > 1
            if (word.lower() in _STOP and not shouted) or (word.endswith(".") and (
                    len(word) > 3 or word.lower() in _STREET_ABBREVIATIONS)) or (
                    style == "mixed" and not word[0].isupper() and not word[0].isdigit()):
                break
            kept.insert(0, word)
        names = kept
        if not names or all(w.lower() in ("county", "city", "state", "co", "co.") for w in names):
            continue
        if " ".join(names).lower() in US_STATES and kind_len == 1 and words[-1].lower() in ("police", "fire"):
            # "Texas police" is generic, but "Minnesota State Patrol" is an agency (two-word kind).
            continue
        kind_words = words[len(words) - kind_len:]
        kind = " ".join(kind_words).lower()
        county = any(w.lower().rstrip(".") in ("county", "co", "parish", "city", "tribe", "tribal", "nation", "band",
                                                "pueblo", "reservation", "university", "college", "campus",
                                                "transit", "port", "airport", "housing", "school", "district",
                                                "twp", "township", "borough", "boro", "village")
                     for w in names)
        named_kind = style == "mixed" and (kind_words[0][0].isupper() and kind_words[0] not in ("So",))
        # "polk so.", "hinds so and": in lower-case typing a county, then the office's initials where a clause
        # ends or goes on with the office, not "so" starting a clause
        typed_office = style == "lower" and kind in ("so", "sd") and len(names) == 1 \
            and names[0].lower() in us_counties() and _OFFICE_THEN.match(text, m.end("v"))
        if kind in ("fire", "so", "s.o.", "sd", "hp", "ems", "fd", "doc", "corrections") and not county and not (
                (named_kind or style == "upper") and _known_place(names)) and not typed_office:
            continue  # "opened fire", "blue gun so": these kinds need "X County" or a known city before them
        if style != "mixed" and not county and not _known_place(names) and kind_len == 1 and not (
                len(names) == 1 and unknown_word(names[0]) and names[0].lower() not in known_names()):
            continue  # in ALL-CAPS or lower-case text a lone kind needs a known city before it ("tulsa pd")
        start = m.start("v") + m.group("v").find(names[0])
        found.append(Candidate("AGENCY", start, m.end("v"), 0.85, "AgencyPattern", ""))
    for m in _ACRONYM.finditer(text):
        before = re.search(r"(?<![\w'-])([A-Z][a-z]+|[A-Z]{4,})\s+$", text[max(0, m.start() - 30):m.start()])
        if before and m.group(0) not in _ROLE_ACRONYMS and before.group(1).lower() not in _STOP and (
                before.group(1).lower() in us_cities() or before.group(1).lower() in us_towns()
                or unknown_word(before.group(1)) and before.group(1).lower() not in known_names()):
            found.append(Candidate("AGENCY", m.start() - len(before.group(0)), m.end(), 0.8, "AgencyPattern", ""))
        if _BUILT_ACRONYM.fullmatch(m.group(0)) and _plain_word(m.group(0)):
            continue  # ALL-CAPS words that merely end like an acronym: "ALSO", "STOPS", "COPS", "GRIPS"
        if m.group(0) in _ROLE_ACRONYMS or m.group(0).lower() in EQUIPMENT_WORDS and (
                m.group(0) == "GPS" or _THING_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue  # "a GPS tracker", "without a PFD": equipment that happens to end like an agency's acronym
        found.append(Candidate("AGENCY", m.start(), m.end(), 0.8, "AgencyAcronymDenyList", ""))
    # "tpr fox khp troop b", "ofc hunter from impd northwest": an agency's acronym written in lower case, where
    # it is no English word; in mixed-case text only the built ones ("impd", "jcso"), which no writer means as
    # anything else
    for m in _ACRONYM.finditer(text.upper()):
        acronym = m.group(0)
        if len(acronym) < 3 or " " in acronym or not text[m.start():m.end()].islower():
            continue
        bare = acronym.lower()
        if bare in KEPT_ACRONYMS or bare in JARGON or bare in EQUIPMENT_WORDS:
            continue
        if not is_english(acronym) and (style == "lower" or _LOWER_CASE_ACRONYM.fullmatch(acronym)) or (
                acronym.endswith("PD") and not _plain_word(acronym) and bare not in dictionary()):
            found.append(Candidate("AGENCY", m.start(), m.end(), 0.75, "AgencyAcronymDenyList", ""))
    for m in _SUBUNIT.finditer(text):
        value = m.group("v")
        first = value.split()[0].lower()
        if first in _GENERIC_SUBUNITS:
            continue
        if style != "mixed" and not re.match(r"(?i)\d|troop|zone|district|precinct|squad|platoon|company|post|sector|"
                                             r"psa|region|section|detachment|area|[a-z]\s|"
                                             r"(?:north|south|east|west|central)[a-z]*\s+(?:district|precinct|"
                                             r"division|substation)", value) \
                and not re.search(r"(?i)\b(?:post|barracks|detachment|precinct|substation|division|div)$", value):
            continue
        if value[-1].isdigit() and _MEASURE_AFTER.match(text, m.end("v")):
            continue  # "pushed our squad 10 feet": a distance, not Squad 10
        found.append(Candidate("AGENCY", m.start("v"), m.end("v"), 0.7, "AgencySubunitPattern", ""))
    for m in _TOWNS_OWN.finditer(text):
        name = m.group("v")
        title = TITLE_BEFORE.search(text, max(0, m.start() - 12), m.start())
        lower_known = name.islower() and not is_english(name)
        if not title and (name[0].isupper() or lower_known) and (
                name.lower() in us_cities() or name.lower() in us_towns()):
            found.append(Candidate("AGENCY", m.start("v"), m.end("v"), 0.6, "TownUnitsPattern", ""))
    for m in _STATE_POLICE_POST.finditer(text):
        found.append(Candidate("AGENCY", m.start(), m.end(), 0.75, "AgencyAcronymDenyList", ""))
    for m in _PRECINCT_SAID.finditer(text):
        found.append(Candidate("AGENCY", m.start("v"), m.end("v"), 0.7, "AgencySubunitPattern", ""))
    for m in _AUTHORITY.finditer(text):
        if m.group("v").split()[0].lower() not in _STOP:
            found.append(Candidate("AGENCY", m.start("v"), m.end("v"), 0.7, "AgencyPattern", ""))
    if style != "upper":  # in lower-case writing a word put in capitals stands out all the more
        found.extend(_unknown_acronyms(text))
    # A named unit right after an agency belongs to it: "Yonkers PD Emergency Services Unit".
    for c in list(found):
        tail = _UNIT_AFTER.match(text, c.end) or (
            _LOWER_DIRECTION_AFTER.match(text, c.end) if text[c.start:c.end].islower() else None)
        if tail:
            found.append(Candidate("AGENCY", c.start, tail.end(), c.score, c.recognizer, ""))
    return found


# A town's own units, cars and officers: "Warren unit 22 was primary", "Newhall units were", "pawtucket fire came"
_TOWNS_OWN = re.compile(r"(?<![\w'-])(?P<v>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?|[a-z]{4,})\s+(?:units?|cars?|officers?|"
                        r"deputies|troopers|fire|ems|medics?|ambulance|dispatch)\b(?!\s+(?:department|dept|station|chief|"
                        r"marshal|truck|engine|alarm|extinguisher|hydrant|lane|zone|code|number))")
# A state police post named by its town: "SP New Baltimore", "SP Albany"
_STATE_POLICE_POST = re.compile(r"\bSP\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?\b")
# A precinct by its digits said one by one, as New York says it: "a robbery out of the 4-7", "me and po ruiz from the
# 4-4" (not a count or a score)
_PRECINCT_SAID = re.compile(r"(?i)\b(?:from|in|of|at|to|for|out\s+of)\s+(?P<v>the\s+\d-\d)(?![\w-])"
                            r"(?!\s+(?:count|split|vote|lead|win|loss|record|score|zone|defen[cs]e|ratio|odds)\b)")
# An authority that polices or runs a road, a port or housing: "Parkways Authority", "Port Authority police"
_AUTHORITY = re.compile(r"\b(?P<v>(?:[A-Z][a-z]+\s+){1,3}Authority)\b")


# In mixed-case text, capitals that spell no word and are none of the trade's own acronyms: "LDWF", "RMV", "FDNY".
_CAPITALS = re.compile(r"(?<![\w'./-])(?P<v>[A-Z]{3,6})(?:'?s)?(?![\w/-]|'[A-Za-z]{2,})")
# Two more words in capitals after or before it: a shouted phrase ("DO NOT ENTER"), not an acronym
_CAPS_RUN = re.compile(r"\s+[A-Z]{2,}\s+[A-Z]{2,}\b")
_CAPS_RUN_BEFORE = re.compile(r"\b[A-Z]{2,}\s+[A-Z]{2,}\s+$")
_CAPS_RUN_REACH = 40


def _unknown_acronyms(text: str) -> list[Candidate]:
    found = []
    for m in _CAPITALS.finditer(text):
        token = m.group("v")
        bare = token.lower()
        if bare in KEPT_ACRONYMS or bare in JARGON or bare in EQUIPMENT_WORDS or token in STATE_ABBREVIATIONS \
                or is_english(bare) or _CAPS_RUN.match(text, m.end()) \
                or _CAPS_RUN_BEFORE.search(text, max(0, m.start() - _CAPS_RUN_REACH), m.start()):
            continue
        found.append(Candidate("AGENCY", m.start("v"), m.end("v"), 0.5, "UnknownAcronymRecognizer", ""))
    return found
