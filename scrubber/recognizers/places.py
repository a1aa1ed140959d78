"""Addresses, streets, roads, mile markers and exits, named places, cities and counties.

Street and road names are found from their suffix ("Elm Street", "Hwy 29"), named places from the kind of place
they end in ("Mercy Hospital"), chain businesses from a deny-list, cities and counties from the gazetteer.
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS

from scrubber.candidates import Candidate
from scrubber.english import EVERYDAY_ZIPF, JARGON, common_word, is_english
from scrubber.lexicon import (
    EQUIPMENT_WORDS,
    NOT_NAMES,
    NUMBER_WORDS,
    STATE_ABBREVIATIONS,
    STREET_SUFFIXES,
    TITLE_BEFORE,
    US_STATES,
    common_surnames,
    first_names,
    frequent_names,
    starts_of,
    us_cities,
    us_counties,
    us_towns,
    words,
)

_ADDR_WORD = r"(?:[A-Za-z][A-Za-z'.-]*|\d+(?:st|nd|rd|th)|\d+)"
_DIRECTION = r"(?:(?:n|s|e|w|ne|nw|se|sw|north|south|east|west)\.?\s+)"
_UNIT_TAIL = (r"(?:\.?,?\s+(?:apt|apartment|unit|suite|ste|#|lot|space|spc|room|rm|bldg|building|trailer)\.?\s*#?\s*"
              r"[A-Z0-9-]{1,6}\b)?")

_ADDRESS = re.compile(
    rf"(?<![\w-])(?:[NSEW]\d{{3,6}}|\d{{1,6}}[A-Z]?)\s+{_DIRECTION}?(?:{_ADDR_WORD}\s+){{0,4}}?(?:{STREET_SUFFIXES})\b"
    rf"(?:\s+(?:n|s|e|w|ne|nw|se|sw)\b)?{_UNIT_TAIL}",
    re.I,
)
# (not the number of a 10-code: "10-38 Court and Main", "10-50 POSSIBLE WRONG WAY")
_STREET = re.compile(rf"\b(?<!\d-)(?P<name>{_DIRECTION}?(?:{_ADDR_WORD}\s+){{1,4}}?)(?P<suffix>{STREET_SUFFIXES})\b"
                     r"(?:\s+(?:bridge|overpass|underpass|tunnel|viaduct|ramp|on-ramp|off-ramp)\b|"
                     r"\.?\s+(?-i:NE|NW|SE|SW)\b)?", re.I)
_ROUTE = re.compile(
    r"\b(?:i|ih|interstate|us|u\.s\.|sr|sh|state\s+route|state\s+road|state\s+highway|hwy|highway|route|rt|rte|"
    r"fm|rm|cr|county\s+road|county\s+rd|county\s+hwy|county\s+highway|co\.?\s+rd|fwy|freeway|loop|spur|"
    r"farm\s+road|trunk|bia|tribal\s+route|indian\s+route|ir)\s*[-#]?\s*\d{1,4}[A-Z]?(?:-\d{1,3}(?![\d/]))?"
    r"(?:/\d{1,3}(?![\d/]))?\b"
    r"(?:\s+(?:bypass|business|loop|spur))?|\b(?!K-9\b)[MKN]-\d{1,3}\b"
    # county roads known by letters in the Midwest: "County Road JJ", "cty rd v", "Co. Hwy HH"
    r"|\b(?:county|cty|co\.?)\s+(?:road|rd|hwy|highway|trunk)\s+(?!(?:and|at|in|on|to|of|or|by|the|a|an)\b)"
    r"[A-Z]{1,3}\b",
    re.I,
)
# A road's or a marker's number said in words, as dictated: "i-ninety five", "interstate two thirty five", "route
# forty three", "mile marker four fifty two". "I" alone is the writer, so the interstate said short needs its hyphen.
_NUMBER_WORD = rf"(?:{NUMBER_WORDS}|hundred)"
_ROAD_SAID = re.compile(
    rf"(?i)\b(?:i-|interstate\s+|us\s+(?:highway|route)\s+|state\s+(?:route|road|highway)\s+|highway\s+|hwy\s+|"
    rf"route\s+|county\s+road\s+|farm\s+road\s+|mile\s+marker\s+|mile\s+post\s+|exit\s+)"
    rf"{_NUMBER_WORD}(?:[- ]{_NUMBER_WORD}){{0,3}}\b"
    rf"(?!\s+(?:feet|foot|ft|yards|miles|mph|minutes|seconds|times|people|cars|lanes)\b)")
# and after a word that puts one on a road, "I" said with a number is the interstate: "on I forty four eastbound",
# "on i ten near", "took I eighty west"
_INTERSTATE_SAID_AFTER = re.compile(
    rf"(?i)\b(?:on|onto|off|from|took|take|taking|via|up|down|along|exit(?:ed)?|to)\s+(?P<v>i\s+{_NUMBER_WORD}"
    rf"(?:[- ]{_NUMBER_WORD}){{0,2}})\b(?!\s+(?:feet|foot|ft|yards|miles|mph|minutes|seconds|times|people|cars|"
    rf"lanes|of|more|or)\b)")
_MARKER = re.compile(
    r"\b(?:mile\s+marker|mile\s+post|milepost|mm|mp|exit|interchange|mile)\s*#?\s*(?P<v>\d{1,4}(?:\.\d)?[A-Z]?)\b(?!\s*(?:mph|miles|feet|ft))"
    r"|\bthe\s+(?P<w>\d{1,4}(?:\.\d)?)\s+(?:mile\s+marker|mile\s+post|milepost|marker|mm|exit)\b",
    re.I,
)
# "blk" is also "black" ("18-20 blk hoodie", "2 blk males"): written short, a block number has hundreds in it
_BLOCK = re.compile(
    rf"(?<![\w-])(?:\d{{1,6}}\s+block|\d{{3,6}}\s+blk)\s+(?:of\s+)?{_DIRECTION}?"
    rf"(?P<name>(?:{_ADDR_WORD})(?:\s+(?:{STREET_SUFFIXES})\b\.?)?)",
    re.I,
)
_INTERSECTION = re.compile(
    r"\b(?:at|of|on|near|to|by|between)\s+(?:the\s+(?:corner|intersection)\s+of\s+)?(?P<v>(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)|"
    r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s*(?:and|&|@|/)\s*(?:[A-Z][a-z]+|\d+(?:st|nd|rd|th))(?:\s+(?:St|Ave|Rd|Blvd|Dr)"
    r"\b\.?)?)"
)
# Numbers and letters of a unit within a place: "lot 22", "room 112", "bldg C", "apt 2", "Pod 3B", "cell 2-23",
# "Tank 3-W", "cell F-B14", "Gate B9".
_SUBPLACE = re.compile(
    r"\b(?:apt|apartment|suite|ste|lot|space|spc|room|rooms(?=\s+#?\d{2})|rm|bldg|building|trailer|pod|cell|dorm|wing|tier|"
    r"hangar|dock|bay|slip|courtroom|ctrm|chambers|gate|platform|track|berth|pier|tank|site|campsite|runway|rwy|yard|"
    r"taxiway|twy|concourse|terminal)"
    r"(?:\.\s*|\s*#\s*|\s+)(?P<v>\d{1,2}-\d{1,3}|\d[A-Z]-\d{1,3}|[A-Z]-?[A-Z]\d{1,3}|"
    r"\d{1,2}-(?:[NSEW]|North|South|East|West)\b|\d{1,5}(?:-?[A-Z])?|[A-Z]-?\d{0,3})(?![\w/-])",
    re.I,
)
# A building's part known by a letter before its kind: "A-Tower", "C tower", "B Pod", "D-WING"
_LETTERED_PART = re.compile(r"(?<![\w'-])(?P<v>(?!I\b)(?!A )[A-Z][- ](?i:tower|wing|pod|dorm|yard|block|unit|building|"
                            r"bldg|module|tier|dayroom))\b")
# A door known by its number and letter, with no "apt" before it: "knocked on 3C", "inside 3F", "the window of 3D",
# "rehoused to 4A", "apartments 4B and 4D". Not the letters of a trade: 3D printing, 5G, 4K, the 2A.
_DOOR_BY_LETTER = re.compile(
    r"(?i:\b(?:knocked\s+(?:on|at)|inside|into|(?:door|window|front|back)\s+of|from|at|to|in|on|was|is|apartments?|"
    r"units|and|or|across\s+from|next\s+to)\s+)(?P<v>(?![45]G\b|[48]K\b|2A\b|3D\s+(?i:print|model|scan|glass|movie))"
    r"\d{1,2}[A-HJ-NP-Z])(?![\w-])")
# A transit line: "the Red Line", "a green line train", "the E Line", "the 6 line", "a southbound 4 train"; not the
# platform's yellow line, the thin blue line, "a line", or a clock face's "12 to 6 line"
_TRANSIT_LINE = re.compile(
    r"(?<!\bthin )(?<!\bTHIN )\b(?P<v>(?i:red|blue|green|orange|purple|brown|pink|silver|gold|expo)\s+(?i:line)|"
    r"[B-Z]\s+Line|(?<!\bto )\d{1,2}\s+(?:line|train|Line|Train))\b")
# Streets named without a suffix after a movement: "turned onto colfax", "went south on Memorial",
# "came down Broadway".
_ONTO = re.compile(
    r"\b(?:turned\s+(?:on|onto)|onto|(?:north|south|east|west)(?:bound)?\s+(?:on|down|along)|"
    r"(?:[nsew]/?b)\s+on|down|up|along)\s+(?P<v>broadway|(?-i:[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)(?=\W)|"
    r"(?-i:[a-z]{4,})(?=\s+(?:and|where|to|toward|towards|until|when)\b))",
    re.I,
)
# A street named for a state, which cities have many of: "came in off Colorado", "AT VERMONT.", "Fenkell and
# Wyoming area". A state is where people live or go ("moved to Ohio", "in Texas"), not what they are on or off,
# so the word before and a clause ending after it tell the street.
_STATE_STREET = re.compile(
    r"(?i:\b(?:off|onto|on|at|down|along|crossing|crossed|(?<=\w\s)and|&)\s+)"
    rf"(?P<v>(?:{'|'.join(sorted((s for s in US_STATES if ' ' not in s), key=len, reverse=True))}))"
    r"(?=\s*(?:[,.;:)]|$)|\s+(?i:and|&|at|near|between|by|just|toward|towards|heading|area|where|when)\b)",
    re.I,
)
# A road by its number alone, told by the travel after it: "10-50 on 35 nb just past", "out on 60 past the",
# "ON 25 NB NEAR", "off 111 near the"
_BARE_ROUTE = re.compile(
    r"(?i:\b(?:on|off|onto|down|up|along|take|took)\s+)(?P<v>\d{1,3})(?=\s+(?i:[nsew]/?b|northbound|southbound|"
    r"eastbound|westbound|north|south|east|west|past|near|just)\b)")
# Lettered state and county roads (Missouri, Wisconsin): "Route DD", "Hwy K", "RT. M", "County Road JJ"
_LETTERED_ROUTE = re.compile(r"\b(?P<v>(?i:route|rt\.?|rte\.?|hwy\.?|highway|state\s+route|county\s+road|county\s+hwy|"
                             r"county\s+highway|co\.?\s+rd\.?|cr)\s+(?!(?:I|A|TO|OF|IN|ON|AT|UP|OR|AN|AS|BY|IS|IT|NO|SO|GO|DO|ME|MY|"
                             r"WE|US|HE|BE|IF|ER|OK)\b)[A-Z]{1,2}\b(?![\w-]))")
# Hospitals known by their initials: "Subj to GIMC", "taken to UMC"
_MEDICAL_ACRONYM = re.compile(r"\b(?i:to|at|from|in)\s+(?P<v>[A-Z]{1,4}MC|[A-Z]{2,4}H|(?-i:[a-z]{1,4}mc))\b")
# Places known by their initials or a short name: a high school ("WHS"), an airport ("JFK"), a city's nickname
_SHORT_PLACES = re.compile(
    r"\b(?P<v>(?!(?:DHS|HHS|CHS)\b)[A-Z]{1,3}HS|JFK|LAX|ORD|ATL|SFO|LGA|EWR|BOS|PHX|IAH|MCO|MSP|DTW|PHL|CLT|BWI|DCA|"
    r"IAD|SLC|TPA|PDX|STL|HNL|MDW|BNA|MSY|RDU|SJC|SMF|MCI|CLE|CVG|JAX|ABQ|OKC|MKE|BDL|DFW|"
    r"Vegas|VEGAS|Philly|PHILLY|NOLA|Nola|Frisco|Mpls|MPLS|mpls|NYC|Chi-?[Tt]own|Motown|H-[Tt]own|Big\s+Easy|"
    r"Twin\s+Cities|(?:Red|Blue|Green|Orange|Silver|Yellow|Purple|Brown|Pink|Gold|Expo)\s+Line|"
    r"Terminal\s+[A-Z0-9]{1,2}|AirTrain|(?:the\s+)?(?:[A-Z]{2}\s+)?(?:Turnpike|Thruway|Tollway)|"
    r"(?:Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|Xi|Omicron|Pi|Rho|Sigma|Tau|"
    r"Upsilon|Phi|Chi|Psi|Omega)(?:\s+(?:Alpha|Beta|Gamma|Delta|Epsilon|Zeta|Eta|Theta|Iota|Kappa|Lambda|Mu|Nu|"
    r"Xi|Omicron|Pi|Rho|Sigma|Tau|Upsilon|Phi|Chi|Psi|Omega)){1,2}(?:\s+(?:house|House|HOUSE))?)\b"
)
# The same short names in lower-case text, where only a word that locates says they are places ("in abq")
_SHORT_PLACES_LOWER = re.compile(
    r"\b(?:in|to|from|near|outside|around|of|out\s+of)\s+(?P<v>abq|philly|nola|vegas|okc|stl|atl|nyc|chi-?town|"
    r"htown|h-town|mpls|slc|kc|dfw|pdx|sf|frisco|socal|norcal|the\s+bronx|brooklyn|queens|harlem|motown|"
    r"the\s+big\s+easy|jax|indy|nashvegas|the\s+twin\s+cities|pgh|cbus|cincy|chitown|lv)\b")
# A street typed bare and in lower case, as a phone-typed report names it: "down on dauphin by the tracks", "a call
# on boniface bout 60", "off greenmount near 33rd". Only a word that is no everyday English word or is a city's
# name (after "off", an everyday word too), and only where what follows places it ("by", "near", a cross street,
# the hour).
_BARE_STREET_LOWER = re.compile(
    r"\b(?:off|down\s+on|up\s+on|over\s+on|out\s+on|on|onto)\s+(?P<v>[a-z]{4,})"
    r"(?=\s+(?:by|near|between|past|at\s+the\s+corner|&\s*\w|and\s+\d+(?:st|nd|rd|th)\b)|\s+(?:bout|round|around)\s+\d|"
    r"\s+w/?\s+\d)")
# or where what comes before it places it: who lives on it, or a building on it ("lived over on magnolia", "a house
# on pine", "the motel on admiral"): a rarer word there is a street whatever follows
_ON_A_STREET_BY_WHAT_IS_ON_IT = re.compile(
    r"\b(?:(?:lives|lived|living|live|stays|stayed|staying|resides|resided|moved)\s+(?:(?:over|down|up|out|back)\s+)?"
    r"|(?:house|home|duplex|triplex|apartment|apt|trailer|motel|hotel|store|bar|church|school|address|residence|"
    r"shop|station|park|lot|corner|alley|bridge)\s+)(?:on|off)\s+(?P<v>[a-z]{4,})\b(?![-'])")
# what a place known by an everyday word is said to be: "the bucket is a dive everybody goes to", "the bluffs is bad"
# (a plural with "is" is a name)
_KNOWN_AS_A_PLACE = re.compile(
    r"(?i)\bthe\s+(?P<v>[a-z]{3,})\s+(?:is|was)\s+(?:a\s+|an\s+|the\s+)?(?:\w+\s+)?(?:dive|bar|hole|dump|club|"
    r"joint|spot|motel|complex|projects?|trap|hangout|hood|neighborhood|apartment\s+complex)\b"
    r"|\bthe\s+(?P<w>[a-z]{3,}s)\s+is\s+(?:bad|rough|hot|dangerous|sketchy|crazy|wild|no\s+joke)\b")
# the two streets of a corner, typed in any case and joined any way: "the corner of hollins n bay"
_CORNER_OF = re.compile(r"(?i)\b(?:corner|intersection)\s+of\s+(?P<a>[a-z]{3,}|\d{1,3}(?:st|nd|rd|th))\s+"
                        r"(?:and|n|an|&|at|@|x)\s+(?P<b>[a-z]{3,}|\d{1,3}(?:st|nd|rd|th))\b")
_VERY_COMMON_ZIPF = 5.0
# a family's land or business named with its possessive, the apostrophe dropped: "fishing millers pond", "at
# smiths farm" (the family name is one the census knows)
_FAMILY_LANDMARK = re.compile(r"(?i)\b(?P<v>(?P<family>[a-z]{3,})s\s+(?:pond|creek|lake|ranch|farm|place|camp|store|"
                              r"kitchen|garage|shop|cafe|diner|landing|field|pasture|barn|mill|orchard|hollow|holler|"
                              r"ridge|cabin|lodge|dairy|quarry|bottoms|crossing|bridge|corner|hill))\b")
_ON_WHAT_ONE_LIVES = words("disability welfare benefits social medication meds property premises fire lockdown "
                           "alert standby hold display")
def bare_street_word(word: str) -> bool:
    """A word that may be a street's name written without its suffix where the text places it: a rarer word or a
    city's name, and none of the trade's words or what one is on or off."""
    bare = word.lower()
    return bare not in _NO_BARE_STREET and bare not in _ON_WHAT_ONE_LIVES and (
        not common_word(bare, EVERYDAY_ZIPF) or bare in us_cities())


_ROUNDS_NOT_ROAD = re.compile(r"(?i)rds?\.?\s*(?:mag|mags|magazine|magazines|drum|stick)\b")
_OFF_WHAT = words("""duty work shift scene foot guard camera balance course track meds probation parole leash ramp
    exit road highway freeway interstate campus base post site property premises limits patrol topic hook grid radio
    air call line sight screen target cover concealment position point path trail bridge roof porch deck stage
    ledge rail rails tracks grass street sidewalk curb shoulder lane lanes main easy lucky light quick quickly fast
    again early late right hard clean first""")
_NO_BARE_STREET = EQUIPMENT_WORDS | NOT_NAMES | JARGON | _OFF_WHAT
# Utah-style grid addresses and named places that start with their kind: "on 3500 South", "at Club Kava Nui"
_GRID = re.compile(r"\b(?i:on|at|of|near|to|onto|off|the)\s+(?P<v>\d{2,5}\s+(?:North|South|East|West|NORTH|SOUTH|EAST|"
                   r"WEST|N|S|E|W)\b)(?!\s+(?:of|on)\b)")
_KIND_FIRST = re.compile(r"\b(?P<v>(?:Club|Camp|Fort|Ft\.|Port|Lake|Bayou|Point|Cape|Isle|Mount|"
                         r"Hotel|Motel|Casino|Cafe|Café|Chez|Hacienda|Rancho|"
                         r"Villa|Villas|Colonia|Barrio)\s+(?:[A-Z][\w'-]+)(?:\s+[A-Z][\w'-]+)?)")
# A town after an address: "1400 169TH ST W, HAMMOND." (checked against the gazetteer)
_TOWN_AFTER_ADDRESS = re.compile(
    r"\b(?i:st|ave|rd|blvd|dr|ln|hwy|street|avenue|road|drive|way|court|ct|pl|pkwy|lane|[nsew])\.?,\s+"
    r"(?P<v>[A-Za-z][A-Za-z'-]+(?:\s[A-Za-z][A-Za-z'-]+)?)(?=\s*[.,;)]|\s+(?:[A-Z]{2}|[A-Z][a-z]+)\b|$)")
_NAMED_SUBPLACES = frozenset(words("pod cell dorm wing tier hangar dock bay slip courtroom ctrm chambers tank gate "
                                   "yard platform berth pier site campsite"))
_AMP_INTERSECTION = re.compile(
    r"\b((?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)))\s*&\s*((?:[A-Z][a-z]+|\d+(?:st|nd|rd|th)))\b(?!\s*[A-Z][a-z])"
)
_FACILITY = (
    r"park|hospital|medical\s+center|medical|health|clinic|center|centre|school|elementary|middle\s+school|"
    r"high\s+school|high|academy|university|college|church|chapel|temple|mosque|synagogue|motel|hotel|inn|"
    r"apartments|apts|apt|courts|plaza|mall|jail|detention\s+center|detention\s+complex|correctional(?:\s+\w+)?|"
    r"prison|penitentiary|stadium|arena|field|bank|savings|credit\s+union|pharmacy|pawn|market|store|substation|"
    r"station|lake|river|creek|heights|village|estates|manor|commons|tire\s*&\s*auto|auto|motors|freight(?:\s+lines)?|"
    r"lines|trucking|bar|grill|tavern|lounge|club|casino|restaurant|diner|cafe|laundromat|car\s+wash|"
    r"towers|terrace|gardens|homes|condos|villas|mobile\s+home\s+park|mobile\s+park|rv\s+park|trailer\s+park|industrial\s+park|"
    r"shopping\s+center|training\s+center|rec\s+center|community\s+center|library|museum|zoo|airport|depot|"
    r"terminal|marina|pier|beach|woods|forest|preserve|campground|cemetery|fairgrounds|bowl|rocks|canyon|hills|"
    r"valley|springs|pines|shores|landing|crossing|square|center\s+mall|ymca|memorial|complex|detention|"
    r"facility|plant|warehouse|yard|lot|garage|courthouse|hall|building|tower|residence\s+hall|dorms?|lodge|"
    r"suites|apartment\s+homes|townhomes|projects|housing|shelter|mission|outpost|substation|precinct\s+house|"
    r"nation|reservation|pueblo|rancheria|galleria|regional|houses|crossroads|speedway|raceway|truck\s+stop|"
    r"outlets|flea\s+market|fairground|"
    # the trades a business names itself by: "Roadrunner Towing", "Dubb's Tire and Lube", "Granite State Paving";
    # not the words that describe a thing in capitals too ("STEER TIRE", "HEAD-ON COLLISION", "GRAIN ELEVATOR")
    r"towing|wrecker\s+service|fuel\s+mart|mart|paving|transportation|logistics|tire\s+(?:and|&)\s+lube|"
    r"urgent\s+care|body\s+shop|auto\s+parts|auto\s+sales|feed\s+(?:and|&)\s+seed|lumber|hardware|liquors?|"
    r"package\s+store|smoke\s+shop|vape\s+shop|barbershop|salon|bakery|deli|pizzeria|taqueria|saloon|"
    r"brewery|brewing|distillery|winery|excavating|roofing|plumbing|landscaping|self\s+storage|rentals|"
    r"motorsports|manufacturing|refinery|foundry"
)
_NAMED_FACILITY = re.compile(
    rf"\b(?P<v>(?:(?:St\.\s|Saint\s|Mt\.\s|Ft\.\s)?(?:[A-Z][\w'-]*|&)\s+){{1,4}}"
    rf"(?i:{_FACILITY}))\b(?!-)",  # (not "Initiated high-risk stop")
)
_NAMED_FACILITY_ANYCASE = re.compile(
    rf"\b(?:at|to|from|near|behind|outside|inside|in|into|by|of)\s+(?:the\s+)?(?P<v>(?:[a-z][\w'&-]*\s+){{1,3}}"
    rf"(?:{_FACILITY}))\b(?P<tail>{_UNIT_TAIL})",
    re.I,
)
_CHAIN_ALTERNATION = (
    r"citgo|walgreens|walgreen's|kwik\s?trip|kwik\s?star|quik\s?trip|qt|circle\s+k|dollar\s+general|dollar\s+tree|"
    r"family\s+dollar|walmart|wal-mart|costco|home\s+depot|lowe'?s|sunoco|exxon|mobil|chevron|speedway|wawa|sheetz|"
    r"casey'?s|maverik|7-eleven|7-11|mcdonald'?s|burger\s+king|wendy'?s|taco\s+bell|starbucks|dunkin'?(?:\s+donuts)?|"
    r"waffle\s+house|denny'?s|ihop|applebee'?s|kroger|safeway|publix|aldi|meijer|harbor\s+freight|autozone|"
    r"o'reilly(?:\s+auto\s+parts)?|advance\s+auto|cvs|rite\s+aid|best\s+buy|kmart|sears|macy'?s|motel\s+6|super\s+8|"
    r"holiday\s+inn|econo\s+lodge|red\s+roof\s+inn|love'?s|flying\s+j|buc-ee'?s|racetrac|kum\s*&\s*go|arby'?s|"
    r"chipotle|ymca|planet\s+fitness|menards|ace\s+hardware|tractor\s+supply|piggly\s+wiggly|h-e-b|heb|hy-vee|"
    r"food\s+lion|stop\s*&\s*shop|shoprite|winn-dixie|whataburger|jack\s+in\s+the\s+box|dairy\s+queen|pizza\s+hut|"
    r"domino'?s|kfc|popeyes|hardee'?s|carl'?s\s+jr|cracker\s+barrel|buffalo\s+wild\s+wings|texas\s+roadhouse|"
    r"olive\s+garden|hooters|greyhound|amtrak|bp|valero|phillips\s+66|conoco|marathon|thorntons|quickchek|"
    r"royal\s+farms|cumberland\s+farms|stewart'?s|getty|pilot|gulf|texaco|shell|target|walgreens|dillons|"
    r"fry'?s|ralphs|vons|albertsons|jewel-osco|giant\s+eagle|wegmans|dick'?s\s+sporting\s+goods|cabela'?s|"
    r"bass\s+pro(?:\s+shops)?|academy\s+sports|gamestop|u-haul|jiffy\s+lube|pep\s+boys|firestone|goodyear|"
    r"discount\s+tire|les\s+schwab|sonic|subway|chick-fil-a|culver'?s|hardee'?s|zaxby'?s|raising\s+cane'?s|"
    r"five\s+guys|in-n-out|del\s+taco|panera(?:\s+bread)?|ruby\s+tuesday|outback|red\s+lobster|golden\s+corral|"
    r"big\s+lots|tj\s+maxx|marshalls|old\s+navy|kohl'?s|jcpenney|j\.c\.\s+penney|nordstrom|ikea|"
    r"sam'?s\s+club|bj'?s|staples|office\s+depot|petsmart|petco|ulta|sally\s+beauty|arco|am/pm|ampm|stripes|"
    r"murphy\s+usa|kwik\s+fill|loaf\s+'?n\s+jug|quick\s*chek|tom\s+thumb|speedee\s+mart|holiday\s+station|"
    r"market\s+basket|cricket(?:\s+wireless)?|metro\s?pcs|boost\s+mobile|t-mobile|verizon(?:\s+store)?|"
    r"at&t(?:\s+store)?|family\s+video|rent-a-center|aaron'?s|cash\s+america|ace\s+cash(?:\s+express)?|"
    r"check\s+into\s+cash|advance\s+america|western\s+union|moneygram|pawn\s+king|ez\s?pawn|"
    r"food\s+4\s+less|save-a-lot|save\s+a\s+lot|winco|smith'?s|king\s+soopers|fred\s+meyer|harris\s+teeter|"
    r"hannaford|price\s+chopper|shop\s+'?n\s+save|schnucks|dierbergs|giant\s+food|acme(?:\s+markets)?|"
    r"food\s+city|ingles|bi-lo|lidl|sprouts|whole\s+foods|trader\s+joe'?s|five\s+below|burlington|"
    r"ross\s+dress\s+for\s+less|dd'?s\s+discounts|roses|bealls|hobby\s+lobby|michaels|joann|party\s+city|"
    r"little\s+caesars|papa\s+john'?s|jimmy\s+john'?s|jersey\s+mike'?s|firehouse\s+subs|qdoba|"
    r"checkers|rally'?s|white\s+castle|krystal|bojangles|church'?s\s+chicken|el\s+pollo\s+loco|"
    r"steak\s+'?n\s+shake|bob\s+evans|perkins|village\s+inn|huddle\s+house|shoney'?s|golden\s+nugget|"
    r"la\s+quinta|days\s+inn|comfort\s+inn|quality\s+inn|best\s+western|extended\s+stay(?:\s+america)?|"
    r"motel\s+8|studio\s+6|americas\s+best\s+value(?:\s+inn)?|knights\s+inn|travelodge|rodeway\s+inn|"
    r"ta\s+travel\s+center|petro(?:\s+stopping\s+center)?|sinclair|circle\s+k|speedy\s+stop|allsup'?s|"
    r"toot'?n\s+totum|on\s+cue|quiktrip|bucky'?s|weigel'?s|huck'?s|mapco|kangaroo\s+express|parker'?s|"
    r"union\s+pacific|bnsf|csx|norfolk\s+southern|canadian\s+pacific|canadian\s+national|kansas\s+city\s+southern|"
    r"metra|septa|marta|bart|caltrain|metrolink|trimet|wmata|mbta"
)
_CHAINS = re.compile(
    # "the old Sunoco" still locates the event: the adjective goes with the name
    r"\b(?=old\s|former\s|" + starts_of(_CHAIN_ALTERNATION) + r")(?P<v>(?:old\s+|former\s+)?(?:"
    + _CHAIN_ALTERNATION + r"))\b",
    re.I,
)
_LOCATING_BEFORE = re.compile(r"(?i)\b(?:at|to|from|in|into|inside|outside|behind|near|of|by|the|a|leaving|left|"
                              r"toward|towards|across|past)\s+$")
# Ambiguous chain names (ordinary words) count only when capitalised in mixed-case text.
_AMBIGUOUS_CHAINS = frozenset(words("""target shell pilot gulf sonic subway ross marathon getty outback staples giant
    cricket checkers roses perkins krystal petro burlington michaels"""))
_ADDRESS_STOP = (NOT_NAMES - frozenset(words("n s e w north south east west county state"))) | frozenset(
    words("was were is are had has have got did in on at for to from with by of and or but the a an into onto "
          "dose doses mg ml"))  # "1 DOSE PT BREATHING": a dose and the patient, not 1 Dose Point
_NAME_STARTERS = frozenset(words("First Second Third Central Main National Union North South East West State"))
_INNER_STOP = frozenset(words("was were is are had has have of the a an and or to in on at by for with"))
_FACILITY_STOP = NOT_NAMES | frozenset(words("a an the this that my our his her their one two some any every"))


# Kinds of place that are also ordinary nouns: with only English words before them, a description
# ("the darkened garage", "the roof landing"), not a name.
_ORDINARY_FACILITIES = frozenset(words(
    "garage landing lot yard building hall field station store house room area center centre plant complex "
    "facility warehouse tower towers bank market bar lines auto high woods rocks bowl square crossing apt apts "
    "apartments homes housing shelter springs hills valley heights village terrace gardens"))


def _ordinary_description(words: list[str]) -> bool:
    return words[-1].lower() in _ORDINARY_FACILITIES and all(
        len(w) > 2 and is_english(w) and w.lower() not in us_cities() and w.lower() not in us_towns()
        and w.lower() not in frequent_names()[0] and w.lower() not in frequent_names()[1] for w in words[:-1])


_CLAUSE_ENDS = re.compile(r"\s*(?:[,.;:)]|$)|\s+(?:city|town)\s+limits\b")


def _small_town(words: list[str], style: str) -> bool:
    """"outside Chinle", "in Many Farms", "NEAR TUNICA": a post-office town, when its name cannot be ordinary
    words (one of them is no English word), or, in mixed text, two or more capitalised words."""
    name = " ".join(words).lower().rstrip(".'")
    if name not in us_towns() or name in _FACILITY_STOP:
        return False
    if any(not is_english(w) or not common_word(w) for w in words):
        return True  # "NEAR QUEMADO": a dictionary may know the word, but nobody writes it as one
    if len(words) >= 2 and words[-1].lower() in ("city", "springs", "falls", "junction", "crossing", "corners",
                                                 "town", "mills"):
        return True  # "outside tuba city", "SOUTH OF PIE TOWN"
    return style == "mixed" and len(words) >= 2 and all(w[0].isupper() for w in words)


# "the Pines of Westbury apartments", "Villas at Oak Creek": a complex named with "of", "at" or "on"
_COMPLEX_OF = re.compile(r"\b(?P<v>[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?\s(?:of|at|on)\s[A-Z][\w'-]+(?:\s[A-Z][\w'-]+)?"
                         r"(?:\s(?i:apartments|apts\.?|townhomes|villas|condos|estates|homes|mobile\s+home\s+park))?)"
                         r"(?=\s(?i:apartments|apts|townhomes|villas|condos|estates|homes|mobile)|\s*[,.])")
# A door known by its number: "the door of 118", "door #1128", "hit door 204" (three or four digits: "door 2" is a
# car's door)
_DOOR = re.compile(r"(?i)\bdoors?\s+(?:of\s+|to\s+|#\s*|number\s+|was\s+)?(?P<v>\d{3,4}[A-Z]?)(?![\w/-])")
# One to three capitalised words: a city written anywhere ("an Albuquerque Community Safety responder")
_CAPITALISED_RUN = re.compile(r"(?<![\w'-])[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?![\w'-])")
_AFTER_IN_IDIOMS = frozenset(words("hand charge time order place line front back case fact general person tow "
                                   "custody progress pursuit"))
_GEAR_POSITIONS = frozenset(words("park drive reverse neutral"))
_SAID_AFTER_IN = _GEAR_POSITIONS | _AFTER_IN_IDIOMS


def _same_case_word(a: str, b: str) -> bool:
    return a.isupper() == b.isupper() and a[:1].isupper() == b[:1].isupper()


def _gazetteer(text: str, style: str) -> list[Candidate]:
    cities, counties = us_cities(), us_counties()
    found: list[Candidate] = []
    flags = 0 if style == "mixed" else re.I
    word = r"[A-Z][a-z']+" if style == "mixed" else r"[A-Za-z][A-Za-z']+"
    # "X County", "X Parish": any name, so long as it isn't a stop word.
    for m in re.finditer(rf"\b(?P<v>(?:{word}\s+){{1,2}}(?:county|parish|co\.)(?=\W|$))", text, re.I):
        words = m.group("v").split()[:-1]
        while words and words[0].lower() in _FACILITY_STOP:
            words = words[1:]
        if not words:
            continue
        if style == "mixed" and not words[0][0].isupper():
            continue
        if len(words) == 2 and " ".join(words).lower() not in counties and words[1].lower() in counties \
                and is_english(words[0]) and words[0] == words[0].lower():
            words = words[1:]  # "they sent harris county": the verb is no part of the county's name
        start = m.start("v") + m.group("v").find(words[0])
        found.append(Candidate("PLACE", start, m.end("v"), 0.8, "CountyPattern", ""))
    # Cities and counties named alone, after a preposition: "in Waukesha", "outside Jackson", "of Cleveland".
    pattern = re.compile(
        rf"\b(?:in|of|from|near|outside|to|into|through|thru|past|via|toward|towards|around|at|north|south|east|"
        rf"west|across|entering|leaving)\s+(?P<the>the\s+)?(?!(?i:of|the|in|at|to|from|near)\s)"
        rf"(?P<v>{word}(?:\s+{word}){{0,2}})",
        flags,
    )
    for m in pattern.finditer(text):
        words = m.group("v").split()
        for n in range(len(words), 0, -1):
            name = " ".join(words[:n]).lower().rstrip(".'")
            if name in US_STATES or name in _FACILITY_STOP:
                break
            if n == 1 and name in _SAID_AFTER_IN and m.group(0).lower().startswith("in"):
                break  # "put it in park", "OC IN HAND" (Hand County, SD)
            after = re.match(r"\s+([A-Za-z]+)", text[m.start("v") + len(" ".join(words[:n])):])
            if n == 1 and name in first_names() and after and after.group(1).lower() in frequent_names()[1] \
                    and after.group(1).lower() not in NOT_NAMES \
                    and _same_case_word(after.group(1), words[0]):
                break  # "BROUGHT IN WESLEY GAINES": a person, not Wesley, Iowa
            if m.group("the") and all(is_english(w) for w in words[:n]):
                continue  # "to the brick wall": Brick, New Jersey is not meant
            # "a roadhouse in Chicken, roughly ninety miles up": a town named by an ordinary word, capitalised in
            # mid-sentence, where the clause ends after it
            ordinary_town = (style == "mixed" and n == 1 and name in us_towns() and words[0][0].isupper()
                             and not m.group("the") and name not in _FACILITY_STOP
                             and _CLAUSE_ENDS.match(text, m.start("v") + len(words[0])))
            if name in cities or (name in counties and not m.group("the")) or _small_town(words[:n], style) \
                    or ordinary_town:
                start = m.start("v")
                found.append(Candidate("PLACE", start, start + len(" ".join(words[:n])), 0.7, "GazetteerCity", ""))
                break
    return found


_STREET_WORDS = words("""n s e w north south east west jr sr one two three four five six seven eight nine ten eleven
    twelve fifteen twenty""")
_INDEFINITE_BEFORE = re.compile(r"(?i)\b(?:a|an|another|any|every|some|each|no)\s+$")
# "south of Chinle", "EAST OF HOLBROOK": a direction and "of" before a name locate the event.
_DIRECTION_OF = re.compile(
    r"\b(?:north|south|east|west|northeast|northwest|southeast|southwest)\s+of\s+(?:the\s+)?"
    r"(?P<v>[A-Za-z][A-Za-z'-]+(?:\s+[A-Za-z][A-Za-z'-]+)?)",
    re.I,
)
# "Mount Sinai", "Mt. Carmel": a mountain, or the hospital, church or town named after one.
_MOUNT = re.compile(r"\b(?:Mount|Mt\.?|MOUNT|MT\.?)\s+(?P<n>[A-Z][a-z]+|[A-Z]{3,})(?:\s+(?P<m>[A-Z][a-z]+|[A-Z]{3,}))?")
# "The Rusty Anchor, a bar on Harbor Blvd": a capitalised name explained by the kind of place it is.
_APPOSITIVE = re.compile(
    rf"(?P<v>(?:The\s+)?(?:[A-Z][\w'&-]*\s+){{0,3}}[A-Z][\w'&-]*),\s+(?:a|an|the)\s+(?:[a-z][\w-]*\s+){{0,2}}"
    rf"(?:{_FACILITY}|shop|store|business|restaurant|nightclub|strip\s+club|gas\s+station|convenience\s+store|"
    rf"apartment\s+complex|complex|neighborhood|neighbourhood|subdivision|town|village|city|community)\b"
)
# "the 405 overpass", "on the 10 eastbound": freeways known by their number alone.
_THE_FREEWAY = re.compile(
    r"\bthe\s+(?P<v>\d{1,3}\s+(?:freeway|fwy|overpass|underpass|interchange|on-?ramp|off-?ramp|ramp|split|"
    r"north|south|east|west|northbound|southbound|eastbound|westbound|nb|sb|eb|wb)\b)",
    re.I,
)
# "on washington and 9th", "at 5th & main": one side an ordinal street, in any case.
# "5th/Main", "27th/capitol", "Main/5th": a slash between street names with no spaces, one side an ordinal.
_SLASH_INTERSECTION = re.compile(
    r"(?<![\w/])(?P<v>(?P<a>[A-Za-z]{3,}|\d+(?:st|nd|rd|th))/(?P<b>[A-Za-z]{3,}|\d+(?:st|nd|rd|th)))(?![\w/])", re.I)
# A state route written with its state code: "NC 710", "NY 17" (no count after it; not AR-15 or AK 47).
_ROUTE_STATES = "|".join(sorted(STATE_ABBREVIATIONS - {"AR", "AK"}))
_STATE_ROUTE = re.compile(
    rf"(?<!\d )(?<!\d\d )\b(?P<v>(?:{_ROUTE_STATES}) \d{{1,3}}[A-Z]?)\b(?!\+?\s*(?:-\s*)?(?:(?i:mph|feet|ft|yards|"
    r"yds|rounds|miles|minutes|mins?|hours|hrs|years|officers|deputies|people|times|seconds|secs?|units|percent|"
    r"ppm|psi)\b|"
    r"%|[A-Z]{2,}\d|"
    r"[a-z]+\s+(?:old|in)\b))")
# (not a range of counts: "5 OR 6 MEMBERS")
# "the Pembroke town line", "Harnett county line", "city limits of Dunn"
_TOWN_LINE = re.compile(
    r"\b(?P<v>(?:[A-Z][a-z]+\s+){1,2})(?=(?:town|city|county|village|township|parish)\s+(?:line|limits)\b)"
    r"|\b(?:city|town|village)\s+limits\s+of\s+(?P<w>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)")
_ORDINAL_INTERSECTION = re.compile(
    r"\b(?:at|on|of|near|by|to)\s+(?P<v>(?P<a>[a-z]{3,}|\d+(?:st|nd|rd|th))\s+(?:and|&|@|/|x)\s+"
    r"(?P<b>[a-z]{3,}|\d+(?:st|nd|rd|th)))\b",
    re.I,
)
# A numbered street alone, where a clause goes on or ends after it: "he crashed on 72nd.", "waited at 28th for
# more cars", "MLK at 3rd", "a duplex by 72nd round 2200" (a clock time after it, as phone typing gives one). Not
# "on 2nd shift", "on 3rd offense", "at 5th grade", "by 3rd period".
_ORDINAL_STREET = re.compile(
    r"(?i)\b(?:on|at|by|down|up|onto|off|past|across|near|from|crossing|crossed|toward|towards|under|along)\s+"
    r"(?P<v>\d{1,3}(?:st|nd|rd|th))(?=\s*[.,;:!?)\]\"'”]|\s*$|\s+(?:bout|round|like|approx|apx)\s+\d|"
    r"\s+(?:and|&|@|/|at|near|by|for|when|where|then|to|"
    r"from|just|between|heading|going|on\s+(?:a|the)|so|but|while|as|"
    r"north|south|east|west|[nsew]b|northbound|southbound|eastbound|westbound|with|i|we|he|she|they|toward|towards|"
    r"behind|in\s+front|under|over|into|past|after|before|until|about|around)\b)"
)
# After "on", "off" or "onto", a numbered street may be followed by anything but what an ordinal counts: "on 116th
# back behind the mall" (not "on 10th floor", "on 12th try"); one of one digit, only by where one goes on it: "on 3rd
# right at close" (not "on 2nd knock", "on 3rd shift")
_ORDINAL_STREET_LOOSE = re.compile(
    r"(?i)\b(?:on|off|onto)\s+(?P<v>\d{1,3}(?:st|nd|rd|th)(?=\s+(?:right|back|over|up|down|out|again)\b)|"
    r"\d{2,3}(?:st|nd|rd|th))\s+(?!(?:floor|fl|flr|shift|watch|time|times|try|tries|attempt|"
    r"day|days|grade|graders|round|rounds|place|quarter|period|inning|base|down|gear|lane|lanes|level|story|storey|"
    r"deck|tier|row|car|unit|precinct|district|ward|squad|platoon|battalion|amendment|degree|offense|offence|dui|"
    r"violation|warning|call|calls|person|officer|deputy|one|ones|of|year|week|month|hour|minute|night|party|line|"
    r"stall|pump|door|house|apartment|apt|bedroom|seat|position|choice|option|ave|avenue|st|street|rd|road|blvd|dr|"
    r"pl|ct|way|ln|terrace|trail|cycle|dose|set|page|paragraph|item|step|stage|phase|wave|box|pew|bay|cell|tier|"
    r"pod|wing|gate|post|beat|sector|zone|area|division|thought|thoughts|chance|look|glance|pass|visit|trip|go)\b)[a-z]")
# Where a GPS fix is given, it is the place to the metre: "GPS 36.4291, -109.6117", "N 44.0521 W 121.3153",
# "lat 36.42 long -109.61". Four decimals or more, or a lat/long cue, so that a ratio or a score is not one.
_DECIMAL_LATITUDE = r"(?:(?<![A-Za-z])[NS]\s?)?-?\d{1,2}\.\d{4,}\s*\u00b0?\s*[NS]?"
_DECIMAL_LONGITUDE = r"(?:[EW]\s?)?-?\d{1,3}\.\d{4,}\s*\u00b0?\s*[EW]?(?!\w|\.\d)"
_DMS = r"\d{1,3}\s?\u00b0\s?\d{1,2}\s?['\u2032]\s?(?:\d{1,2}(?:\.\d+)?\s?[\"\u2033]\s?)?"
_COORDINATES = re.compile(
    rf"(?P<v>{_DECIMAL_LATITUDE}\s*[,/ ]\s*{_DECIMAL_LONGITUDE}"
    r"|(?i:lat(?:itude)?\.?:?\s*)-?\d{1,2}\.\d+\s*,?\s*(?i:lon(?:g(?:itude)?)?\.?:?\s*)-?\d{1,3}\.\d+"
    rf"|{_DMS}[NS],?\s*{_DMS}[EW])"
)
# A city after a road number or exit: "near Exit 753 Kerrville".
_CITY_AFTER_NUMBER = re.compile(
    r"\b(?:exit|mm|mp|marker|milepost|i|hwy|highway|route|rte|rt|us|sr)\s*-?\s*\d{1,4}[A-Z]?,?\s+"
    r"(?:(?:in|near|outside|at)\s+)?(?P<v>[A-Za-z][A-Za-z']+(?:\s+[A-Za-z][A-Za-z']+)?)",
    re.I,
)
_AMBIGUOUS_SUFFIXES = words(
    "lane ln way place pl court ct drive dr circle cir trail trl square sq plaza terrace ter crossing xing run "
    "walk row point pt path loop bridge commons heights ridge hollow alley pike roadway"
)

_LANE_KINDS = frozenset(words(
    "fast slow left right passing turn turning bike bus travel center inside outside middle hov carpool express "
    "breakdown emergency merge exit entrance oncoming opposite shoulder number inner outer far near fire hammer "
    "granny"))


def _street_like(words: list[str]) -> bool:
    """A street name in ALL-CAPS or lower-case text: a number, an ordinal, a name or a place name."""
    return any(re.fullmatch(r"\d+(?:st|nd|rd|th)?", w.lower()) or w.lower().strip(".") in first_names()
               or w.lower().strip(".") in common_surnames()
               or w.lower().strip(".") in us_cities() for w in words
               if not re.fullmatch(r"(?i)[nsew]\.?|north|south|east|west", w))


def _ends_sentence(word: str) -> bool:
    """A word of four letters or more with a full stop ends a sentence; "St.", "Ave.", "Mt." are abbreviations."""
    return word.endswith(".") and len(word) > 4 and word[:-1].isalpha() and is_english(word[:-1]) \
        and not re.fullmatch(STREET_SUFFIXES, word[:-1], re.I)


_STREETS_OWN_SUFFIX = re.compile(r"(?i)\s(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|ct|court|"
                                 r"pl|place|way|cir|circle|ter|terrace|pkwy|parkway)\.?$")


def _plausible_address(address: str, style: str) -> bool:
    """The words between the house number and the suffix must look like a street name."""
    number, *words = address.split()[:-1]
    # "2219 w vine st": a house number of three digits or more and a street's own suffix say a lower-case street
    # is one, even in mixed text (not "447 ped bridge", a radio code and a footbridge)
    house_number = bool(re.fullmatch(r"\d{3,6}[A-Z]?", number)) and bool(_STREETS_OWN_SUFFIX.search(address))
    if not [w for w in words if not re.fullmatch(r"(?i)[nsew]\.?|north|south|east|west", w)]:
        return False  # "31 rd mag": a number and a suffix with no street name between them
    for word in words:
        bare = word.lower().strip(".,#")
        if _ends_sentence(word):
            return False
        if re.fullmatch(rf"[nsew]|ne|nw|se|sw|north|south|east|west|\d+(?:st|nd|rd|th)?|[a-z]?\d+[a-z]?|"
                        rf"{STREET_SUFFIXES}|apt|apartment|unit|suite|ste|lot|space|spc|room|rm|bldg|building|"
                        r"trailer", bare):
            continue
        if bare in _ADDRESS_STOP:
            return False
        if style == "mixed" and word[0].islower() and not house_number:
            return False
    return True


def find_places(text: str, style: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _ADDRESS.finditer(text):
        if not _plausible_address(m.group(0), style) or text[m.end():m.end() + 1] == "#":
            continue
        found.append(Candidate("PLACE", m.start(), m.end(), 0.9, "AddressPattern", ""))
    for m in _STREET.finditer(text):
        if _ROUNDS_NOT_ROAD.match(text, m.start("suffix")):
            continue  # "30 RD MAG": a magazine's rounds
        words = m.group("name").split()
        # Walk back from the suffix over name-like words only: "turned onto pine st" -> "pine st".
        kept: list[str] = []
        for w in reversed(words):
            bare = w.lower().strip(".")
            if _ends_sentence(w):
                break  # "MY LEVEL 3 RETENTION HELD. COURT OFFICER": the name starts after the full stop
            if bare in _FACILITY_STOP and bare not in _STREET_WORDS and not (
                    style == "mixed" and w[0].isupper() and kept and bare in first_names()):
                break  # but "Will Rogers Dr": a first name that is also a word
            if style == "mixed" and not (w[0].isupper() or w[0].isdigit()):
                break
            kept.insert(0, w)
        while kept and kept[0].lower().strip(".") in ("north", "south", "east", "west") and len(kept) > 1 and \
                style != "mixed":
            kept = kept[1:]
        if not kept:
            continue
        suffix = m.group("suffix")
        if suffix.lower() == "st" and re.match(r"\.\s[A-Z]", text[m.end("suffix"):]) and len(kept) == 1 \
                and kept[0].lower() in first_names():
            continue  # "Jeremy St. Clair": Saint, not Street
        if style == "mixed" and not suffix[0].isupper():
            continue
        if suffix.lower() == "pt" and (style != "mixed" or suffix != "Pt"):
            continue  # "1 DOSE PT BREATHING", "at screening pt": the patient or a point; "Ocean Pt" is written so
        if suffix.lower() in ("lane", "ln", "way") and len(kept) == 1 and kept[0].isdigit():
            continue  # "2 lane roads", "a 4 way stop"
        if suffix.lower() in ("lane", "ln") and kept[-1].lower() in _LANE_KINDS:
            continue  # "THE FAST LANE", "the turn lane": a lane of a road, not a named one
        if style != "mixed" and suffix.lower() in _AMBIGUOUS_SUFFIXES and (
                not _street_like(kept) or any(w.lower() in STOP_WORDS or "'" in w for w in kept)):
            continue  # "oncoming lane", "don't walk", "one officer can't walk": a clause, not a street's name
        if suffix.lower() in ("dr", "run", "way", "place", "pl", "point", "walk", "row", "bridge", "loop", "path",
                              "heights", "ridge", "hollow", "commons", "crossing") and style != "mixed" and \
                len(kept) < 1:
            continue
        start = text.rfind(kept[0], m.start(), m.start("suffix"))
        if _INDEFINITE_BEFORE.search(text, max(0, start - 12), start):
            continue  # "on a wet road", "down a side street": a kind of road, not a named one
        if TITLE_BEFORE.search(text, max(0, start - 30), m.start("suffix")) \
                and m.group("suffix").lower() in common_surnames():
            continue  # "Officer Lane", "Sgt. Court", "S/A Way": a rank and a surname
        found.append(Candidate("PLACE", start, m.end(), 0.8, "StreetPattern", ""))
    for m in _ROUTE.finditer(text):
        found.append(Candidate("PLACE", m.start(), m.end(), 0.85, "RoutePattern", ""))
    for m in _ROAD_SAID.finditer(text):
        found.append(Candidate("PLACE", m.start(), m.end(), 0.8, "RoutePattern", ""))
    for m in _MARKER.finditer(text):
        start = m.start("w") if m.group("w") else m.start()
        found.append(Candidate("PLACE", start, m.end(), 0.85, "MarkerPattern", ""))
    for m in _BLOCK.finditer(text):
        found.append(Candidate("PLACE", m.start(), m.end(), 0.85, "BlockPattern", ""))
    for m in _INTERSECTION.finditer(text):
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "IntersectionPattern", ""))
    for m in _NAMED_FACILITY.finditer(text):
        value = m.group("v")
        words = value.split()
        while words and words[0].lower() in _FACILITY_STOP and words[0] not in _NAME_STARTERS:
            words = words[1:]
        if len(words) < 2 or any(w.lower() in _INNER_STOP for w in words[1:-1]):
            continue
        if style == "upper" and any(w.lower() in (_FACILITY_STOP | _INNER_STOP) - {"county", "city"}
                                    for w in words[:-1]):
            continue
        if style != "mixed" and _ordinary_description(words):
            continue
        start = m.start("v") + value.find(words[0])
        found.append(Candidate("PLACE", start, m.end("v"), 0.75, "FacilityPattern", ""))
    if style != "mixed":
        for m in _NAMED_FACILITY_ANYCASE.finditer(text):
            words = m.group("v").split()
            while words and words[0].lower() in _FACILITY_STOP:
                words = words[1:]
            if len(words) < 2:
                continue
            if _ordinary_description(words) or any(w.lower() in _INNER_STOP for w in words[1:-1]):
                continue  # "FROM THE DARKENED GARAGE", "TO THE ROOF LANDING": a kind of place, not a named one;
                # "in winter and park off the bridge": two clauses
            start = m.start("v") + m.group("v").find(words[0])
            found.append(Candidate("PLACE", start, m.end("tail") if m.group("tail") else m.end("v"), 0.65,
                                   "FacilityPattern", ""))
    for m in _SUBPLACE.finditer(text):
        if m.group("v") == "a" and re.match(r"\s+[a-z]", text[m.end("v"):]) \
                or m.group("v") in ("A", "I") and "." in text[m.start():m.start("v")]:
            continue  # "toward the holding cell a woman leaned", "THE YARD. A MALE": an article, not cell A
        # "lot", "room", "apt" say only what kind of place; "Pod", "Cell", "Wing" are part of the unit's name
        start = m.start() if m.group(0).split()[0].lower().rstrip(".#") in _NAMED_SUBPLACES else m.start("v")
        found.append(Candidate("PLACE", start, m.end("v"), 0.75, "SubPlacePattern", ""))
    for m in _INTERSTATE_SAID_AFTER.finditer(text):
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.7, "RouteSaidPattern", ""))
    for m in _LETTERED_PART.finditer(text):
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.65, "SubPlacePattern", ""))
    for m in _TRANSIT_LINE.finditer(text):
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "TransitLinePattern", ""))
    for m in _DOOR_BY_LETTER.finditer(text):
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "DoorPattern", ""))
    for m in _AMP_INTERSECTION.finditer(text):
        if m.group(1).lower() in EQUIPMENT_WORDS or m.group(2).lower() in EQUIPMENT_WORDS:
            continue
        found.append(Candidate("PLACE", m.start(), m.end(), 0.6, "IntersectionPattern", ""))
    for m in _ONTO.finditer(text):
        name = m.group("v")
        if name.lower() in _FACILITY_STOP | _INNER_STOP or (style == "mixed" and not name[0].isupper()):
            continue
        if name.islower() and is_english(name) and name not in common_surnames() and name not in us_cities():
            continue  # "boxing up clothes and": a thing, where a street typed in lower case is a name ("down main")
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "StreetCuePattern", ""))
    for m in _STATE_STREET.finditer(text):
        name = m.group("v")
        if style == "mixed" and not name[0].isupper() or style == "lower" and m.group(0)[:2].lower() in ("on", "at"):
            continue  # "at ohio." in lower-case writing is as likely the state
        before = re.search(r"(\w+)\s+(?:and|&)\s+$", text[max(0, m.start() - 20):m.start("v")])
        if before and before.group(1).lower() in US_STATES:
            continue  # "through Oregon and Idaho": states after all
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "StateStreetPattern", ""))
    for m in _COMPLEX_OF.finditer(text):
        words_ = m.group("v").split()
        if words_[0].lower() in _FACILITY_STOP or not re.match(r"\s(?i:apartments|apts|townhomes|villas|condos|estates|"
                                                               r"homes|mobile)", text[m.end():]):
            continue
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.7, "FacilityPattern", ""))
    for m in _BARE_STREET_LOWER.finditer(text):
        word = m.group("v")
        # after "off" an everyday word, even a car's make, is a street too ("a duplex off dodge by 72nd"), but
        # for what one is off
        if m.group(0).startswith("off"):
            street = word not in _OFF_WHAT and word not in NOT_NAMES
        else:  # (or a city's name, which streets are named for: "on washington bout 2300", "off central near")
            street = (not common_word(word) or word in us_cities()) and word not in _NO_BARE_STREET
        if street:
            found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.55, "BareStreetPattern", ""))
    for m in _KNOWN_AS_A_PLACE.finditer(text):
        group = "v" if m.group("v") else "w"
        if m.group(group).lower() not in _NO_BARE_STREET:
            found.append(Candidate("PLACE", m.start(group), m.end(group), 0.55, "KnownPlacePattern", ""))
    for m in _CORNER_OF.finditer(text):
        for group in ("a", "b"):
            word = m.group(group)
            # a corner's streets may be any word but the trade's ("the corner of hollins n bay")
            if word[0].isdigit() or word.lower() not in _NO_BARE_STREET:
                found.append(Candidate("PLACE", m.start(group), m.end(group), 0.6, "IntersectionPattern", ""))
    for m in _FAMILY_LANDMARK.finditer(text):
        family = m.group("family").lower()
        # (a family name as everyday as "smith" or "johnson" still names the land; "the" or "many" does not)
        if family in common_surnames() and family not in NOT_NAMES and not common_word(family, _VERY_COMMON_ZIPF):
            found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "FamilyPlacePattern", ""))
    for m in _ON_A_STREET_BY_WHAT_IS_ON_IT.finditer(text):
        if bare_street_word(m.group("v")):
            found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.55, "BareStreetPattern", ""))
    if style == "lower":
        for m in _SHORT_PLACES_LOWER.finditer(text):
            found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "ShortPlacePattern", ""))
    for pattern, name, score in ((_SHORT_PLACES, "ShortPlacePattern", 0.6), (_GRID, "GridAddressPattern", 0.8),
                                 (_DOOR, "SubPlacePattern", 0.7),
                                 (_KIND_FIRST, "FacilityPattern", 0.65), (_LETTERED_ROUTE, "RoutePattern", 0.7),
                                 (_BARE_ROUTE, "BareRoutePattern", 0.6)):
        for m in pattern.finditer(text):
            found.append(Candidate("PLACE", m.start("v"), m.end("v"), score, name, ""))
    if style == "mixed":
        for m in _CAPITALISED_RUN.finditer(text):
            words_ = m.group(0).split()
            for n in range(len(words_), 0, -1):
                name = " ".join(words_[:n])
                if name.lower() in us_cities() and any(not is_english(w) for w in words_[:n]) \
                        and name.lower() not in first_names() and name.lower() not in EQUIPMENT_WORDS:
                    found.append(Candidate("PLACE", m.start(), m.start() + len(name), 0.6, "GazetteerCity", ""))
                    break
    for m in _TOWN_AFTER_ADDRESS.finditer(text):
        if m.group("v").lower() in us_cities() or m.group("v").lower() in us_towns():
            found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.75, "GazetteerCity", ""))
    for m in _MEDICAL_ACRONYM.finditer(text):
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "MedicalAcronymPattern", ""))
    for m in _CHAINS.finditer(text):
        name = m.group("v")
        located = re.search(r"(?i)\bthe\s+$", text[max(0, m.start() - 5):m.start()]) and re.match(
            r"(?i)\s+(?:on|at|off|in|by|near)\s", text[m.end():])  # "the shell on asher ave"
        if name.lower() in _AMBIGUOUS_CHAINS and not located and (
                style != "mixed" or not name[0].isupper() or not _LOCATING_BEFORE.search(text, max(0, m.start() - 25),
                                                                                        m.start())):
            continue  # "Target Victor Salcedo", "the target": a word, unless something says it is a place
        if "'" in name and TITLE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "Officer Smith's car", "Sgt. Casey's radio": a person's, not the shop's
        found.append(Candidate("PLACE", m.start("v"), m.end(), 0.8, "BusinessDenyList", ""))
    found.extend(_gazetteer(text, style))
    found.extend(_cued_places(text, style))
    return found


_GENERIC_AFTER_DIRECTION = frozenset(words(
    "here there town downtown us it them me him her where which that this interstate highway freeway exit "
    "mile the scene location intersection house building city county state line border river"))


def _name_words(value: str, style: str, limit: int) -> list[str]:
    """The leading words of `value` that can be part of a place's name in this case style."""
    kept: list[str] = []
    for w in value.split()[:limit]:
        bare = w.lower()
        if bare in _FACILITY_STOP or bare in _INNER_STOP or bare in EQUIPMENT_WORDS or bare in _GENERIC_AFTER_DIRECTION:
            break
        if style == "mixed" and not w[0].isupper():
            break
        kept.append(w)
    return kept


# Where the injured were taken: "taken to MetroHealth", "FOUR STITCHES AT BAPTIST EAST", "treated at St. Vincent"
_TREATED = re.compile(
    r"(?i:\b(?:(?:taken|transported|brought|rushed|flown|life-?flighted|airlifted|driven|admitted|sent)\s+"
    r"(?:[\w'-]+\s+){0,3}?(?:to|at)|(?:treated|seen|stitched|checked|evaluated|cleared)\s+(?:\w+\s+)?(?:at|by)|"
    r"(?:stitches|staples|x-rays?|surgery)\s+at|released\s+from|discharged\s+from|the\s+er\s+at)\s+)"
    r"(?P<v>(?:St\.?\s+|ST\.?\s+|Saint\s+|SAINT\s+)?(?:[A-Z][\w'&-]*)(?:\s+(?:[A-Z][\w'&-]*)){0,3})")
# Words that name no one place after such a cue ("taken to County", "seen at the ER", "taken to Jail")
_TREATED_GENERIC = frozenset(words("""the a an his her their our my er ed icu hospital hospitals emergency room rooms
    trauma center centre medical urgent care clinic jail county city local nearest nearby same area regional
    general memorial station hq headquarters booking intake medics ems ambulance paramedics fire scene and with
    for by at on in of after before then where when while but was were is are he she they i we it that this
    surgery hospice home"""))
# A street written with a compass letter and no kind: "4021 W Madison", "AT S BROADWAY AND E 47TH ST S"
_COMPASS_STREET = re.compile(
    r"(?:\b(?i:at|on|onto|of|to|and|beside|near|off|from|down|up|across)\s+|\b\d{2,6}\s+)"
    r"(?P<v>(?:\d{2,6}\s+)?(?:N|S|E|W|NE|NW|SE|SW)\.?\s+(?:[A-Z][a-z]+|[A-Z]{3,}|\d+(?:st|nd|rd|th|ST|ND|RD|TH)))\b")


# A local name for a place, given as one: "the area everybody calls the Bottoms", "locals call it "THE PITS"",
# "up on the Hill which is what everybody calls", "what we call the cut".
_CALLED_PLACE = re.compile(
    r"(?i:\b(?:calls?|called|call\s+it|calls\s+it|called\s+it|"
    r"known(?:\s+(?:locally|around\s+here|to\s+locals))?\s+as|nicknamed)\s+)(?P<q>[\"']?)(?i:the\s+)"
    r"(?P<v>[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)?)(?=[\"',.;:!?)]|\s|$)"
    r"|(?i:\b(?:the)\s+)(?P<w>[A-Z][\w'-]*)(?=(?i:,?\s+(?:which|that)\s+is\s+what\s+"
    r"(?:everybody|everyone|people|we|locals|they)\s+calls?\b))")


# who gives a place its local name: "everybody on the east side calls the Bottoms", "the kids call it the Cut";
# "what they call the moth effect" names an idea
_NAMING_SUBJECT = re.compile(r"(?i)\b(?:everybody|everyone|locals|people|we|kids|folks|residents|guys|officers|"
                             r"cops)\b[^.;!?\n]{0,30}$")
_NOT_CALLED_PLACE = frozenset(words("""police cops dispatch dispatcher dispatchers sheriff sergeant sarge lieutenant
    captain chief supervisor office department station hospital ambulance medics fire ems coroner number cell phone
    shots code suspect victim man woman guy kid owner manager landlord neighbor next second first other""")) | \
    EQUIPMENT_WORDS | NOT_NAMES


def _cued_places(text: str, style: str) -> list[Candidate]:
    """Places given away by the words around them rather than by their own shape."""
    found: list[Candidate] = []
    for m in _CALLED_PLACE.finditer(text):
        group = "v" if m.group("v") else "w"
        first = m.group(group).split()[0].lower()
        cue = text[m.start():m.start(group)]
        # "everybody calls the Bottoms" gives a name; "we called the Sarge" made a phone call
        naming = re.search(r"(?i)\bit\b|known|nicknamed", cue) or not re.match(r"(?i)called", cue) \
            and _NAMING_SUBJECT.search(text, max(0, m.start() - 40), m.start() + 1)
        if first in _NOT_CALLED_PLACE or group == "v" and not naming and not m.group("q"):
            continue  # "they called the police", "call the RP back": a phone call, not a name given
        if style == "upper" and group == "v" and not m.group("q") and not re.search(r"(?i)\bit\b", cue):
            continue  # in capitals every word is capitalised: only a quoted name or "call it" says it is a name
        found.append(Candidate("PLACE", m.start(group), m.end(group), 0.6, "CalledPlacePattern", ""))
    if style != "lower":
        for m in _TREATED.finditer(text):
            words_ = m.group("v").split()
            kept: list[str] = []
            for w in words_:
                if w.lower().strip(".,;:") in _TREATED_GENERIC and kept or w.lower() in ("and", "with", "for"):
                    break
                kept.append(w)
            if not kept or all(w.lower().strip(".,;:") in _TREATED_GENERIC | EQUIPMENT_WORDS for w in kept):
                continue
            start = m.start("v")
            found.append(Candidate("PLACE", start, start + len(" ".join(kept)), 0.6, "TreatedAtPattern", ""))
    for m in _COMPASS_STREET.finditer(text):
        last = m.group("v").split()[-1]
        if last.lower() in NOT_NAMES | _INNER_STOP | EQUIPMENT_WORDS or (style == "mixed" and last.isupper()):
            continue
        start = m.start("v")
        if m.group(0)[0].isdigit():
            start = m.start()  # the house number goes with the street
        found.append(Candidate("PLACE", start, m.end("v"), 0.65, "CompassStreetPattern", ""))
    cities = us_cities()
    for m in _DIRECTION_OF.finditer(text):
        kept = _name_words(m.group("v"), style, 2)
        if len(kept) == 2 and style != "mixed" and " ".join(kept).lower() not in cities:
            kept = kept[:1]
        if not kept or re.fullmatch(r"(?i)[nsew]|[nsew]b|\d.*", kept[0]):
            continue
        start = m.start("v")
        found.append(Candidate("PLACE", start, start + len(" ".join(kept)), 0.6, "DirectionOfPattern", ""))
    for m in _MOUNT.finditer(text):
        kept = _name_words(text[m.start("n"):m.end()], style if style == "mixed" else "upper", 2)
        if kept:
            found.append(Candidate("PLACE", m.start(), m.start("n") + len(" ".join(kept)), 0.7, "MountPattern", ""))
    if style == "mixed":
        for m in _APPOSITIVE.finditer(text):
            value = m.group("v")
            words_ = value.split()
            while words_ and words_[0].lower() in _FACILITY_STOP | _INNER_STOP and words_[0] != "The":
                words_ = words_[1:]
            if not words_ or all(w.lower() in NOT_NAMES for w in words_):
                continue
            start = m.start("v") + value.find(words_[0])
            found.append(Candidate("PLACE", start, m.end("v"), 0.6, "AppositivePlacePattern", ""))
    for m in _THE_FREEWAY.finditer(text):
        value = m.group("v")
        end = m.end("v")
        if re.search(r"(?i)(?:north|south|east|west|[nsew]b)\w*$", value):
            end = m.start("v") + len(value.split()[0])
        found.append(Candidate("PLACE", m.start("v"), end, 0.7, "FreewayNumberPattern", ""))
    for m in _SLASH_INTERSECTION.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not any(re.fullmatch(r"\d+(?:st|nd|rd|th)", x, re.I) for x in (a, b)):
            continue
        if any(x.lower() in NOT_NAMES | EQUIPMENT_WORDS for x in (a, b)):
            continue
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.65, "IntersectionPattern", ""))
    for m in _STATE_ROUTE.finditer(text):
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "RoutePattern", ""))
    for m in _TOWN_LINE.finditer(text):
        group = "v" if m.group("v") else "w"
        words_ = m.group(group).split()
        while words_ and words_[0].lower() in NOT_NAMES:
            words_ = words_[1:]
        if words_:
            start = m.start(group) + m.group(group).index(words_[0])
            found.append(Candidate("PLACE", start, start + len(" ".join(words_)), 0.7, "TownLinePattern", ""))
    for m in _COORDINATES.finditer(text):
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.9, "CoordinatesPattern", ""))
    for m in [*_ORDINAL_STREET.finditer(text), *_ORDINAL_STREET_LOOSE.finditer(text)]:
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.55, "OrdinalStreetPattern", ""))
    for m in _ORDINAL_INTERSECTION.finditer(text):
        a, b = m.group("a"), m.group("b")
        if not any(re.fullmatch(r"\d+(?:st|nd|rd|th)", x, re.I) for x in (a, b)):
            continue
        if any(x.lower() in NOT_NAMES | _INNER_STOP | _FACILITY_STOP | EQUIPMENT_WORDS for x in (a, b)):
            continue
        found.append(Candidate("PLACE", m.start("v"), m.end("v"), 0.6, "IntersectionPattern", ""))
    for m in _CITY_AFTER_NUMBER.finditer(text):
        value = m.group("v").split()
        for n in (2, 1):
            name = " ".join(value[:n])
            if len(value) >= n and name.lower() in cities and (style != "mixed" or name[0].isupper()):
                start = m.start("v")
                found.append(Candidate("PLACE", start, start + len(name), 0.65, "GazetteerCity", ""))
                break
    return found


_REGIONS = frozenset(
    ("united states", "the united states", "new england", "the west coast", "west coast", "east coast",
     "the east coast", "gulf coast", "the gulf coast", "pacific northwest", "the pacific northwest", "the rockies",
     "appalachia", "sun belt", "the sun belt", "great plains", "deep south", "the deep south", "the midwest",
     "the south", "the north", "the west", "the east")
) | frozenset(
    words("us u.s. usa u.s.a. america midwest south north east west northeast northwest southeast southwest")
)


def broad_area(surface: str) -> bool:
    """A state, a state's code or a broad region: SPEC says these stay, since they do not locate the event."""
    bare = re.sub(r"(?i)^the\s+", "", surface).strip().lower()
    return bare in US_STATES or bare in _REGIONS or bare.upper() in STATE_ABBREVIATIONS
