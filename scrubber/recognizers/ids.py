"""Badge, unit, case, plate, licence, VIN and serial numbers.

Most of these are only numbers, so a keyword before them ("badge", "unit", "plate", "case #") decides; a few
shapes (call signs like 2-Adam-14 or 4B21, letter-and-digit plates, long case numbers) are IDs on their own.
Numbers that carry the lesson (10-codes, calibres, speeds, distances, counts) have none of these cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from scrubber.candidates import Candidate
from scrubber.english import common_word, is_english
from scrubber.lexicon import DIGIT_VALUES, DIGIT_WORDS, NUMBER_WORDS, STATE_ABBREVIATIONS, US_STATES, words

# keyword → placeholder kind. Order matters only for readability.
_KEYWORDS: dict[str, str] = {}
for _kind, _words in {
    "BADGE": "badge badge# shield star serial# employee emp payroll id i.d. personnel p/n pn dsn",
    "UNIT": "unit units car cars beat sector call-sign callsign radio unit# vehicle# van squad zone post bus",
    "CASE NUMBER": "case report rpt incident inc cad event rd dr booking book warrant bulletin docket file "
    "citation ticket cit item property evidence complaint cr control tb so seq sequence",
    "PLATE": "plate plates tag tags registration reg lic license licence",
    "VIN": "vin",
    "LICENSE NUMBER": "dl cdl odl permit usdot dot mc",
    "SERIAL NUMBER": "serial ser s/n sn",
    "SSN": "ssn ss#",
}.items():
    for _w in _words.split():
        _KEYWORDS[_w] = _kind

# Keywords that are also ordinary abbreviations (Rd = road, Dr = drive/doctor, SO = "so", CR = county road):
# they need a "#" or a value that could not be a house or road number.
_WEAK = frozenset(words("rd dr so cr inc item file post zone star reg dot mc tb ser sn radio squad bus"))

_STATE = "|".join(sorted({re.escape(s) for s in US_STATES} | STATE_ABBREVIATIONS, key=len, reverse=True))
_KEY = "|".join(sorted((re.escape(k) for k in _KEYWORDS), key=len, reverse=True))
_VALUE = r"(?:[A-Z0-9]+(?:[-/][A-Z0-9]+)*(?:\s\d{3,}(?![\w-]))*)"
_MORE = r"(?=[A-Z0-9-]*\d)(?!\d+(?:st|nd|rd|th)\b)[A-Z0-9][A-Z0-9-]+"
_PLATE_VALUE = r"(?:[A-Za-z0-9]{1,8}(?:[- ](?:(?=[A-Za-z]{0,4}\d)[A-Za-z0-9]{1,5}|[A-Z]{1,3}(?![\w-]))){0,2})"
_CONNECT = r"(?:\s*(?:number|num|no\.?|nbr|#|:|is|was|of|plate|tag|reads?|read)\s*)*"

# keywords after which even a value shaped like a count, a range or a calibre is the number
_KEYS_OF_ANY_NUMBER = frozenset(words("unit units car cars beat sector badge star shield id post zone van"))
_NUMBER_CUE = re.compile(r"(?i)\b(?:number|num|no\.?|nbr)(?!\w)|#")
_KEYED = re.compile(
    rf"\b(?P<key>{_KEY})(?![a-z])(?:\s*(?:{_STATE})\b)?{_CONNECT}\s*#?\s*"
    rf"(?P<v>{_VALUE}(?:\s*(?:,|and|&|/|\+)\s*#?{_MORE}(?=\W|$)(?!\s+(?i:pct|precinct|district|division|"
    rf"squad|troop|sector|zone|beat|area)\b))*)",
    re.I,
)
# "Ohio plate HNX-2281", "Georgia tag RLK 8832", "IL CR 77419", "TX PLATE LKM-4829"
_PLATE = re.compile(
    rf"(?i:\b(?:(?:{_STATE})\s+)?(?:plate|tag|lic(?:ense|ence)?|registration)s?(?:,?\s+(?:was|is|number|no\.?|#|"
    rf"reads?|of|(?:{_STATE})|starting\s+with|starts\s+with|started\s+with|beginning\s+with|"
    rf"ending\s+(?:in|with)|that\s+read|"
    rf"reading|partial))*)\s*[:#,]?\s*(?P<v>{_PLATE_VALUE})(?![\w-])"
)
_STATE_PLATE = re.compile(rf"\b(?:{'|'.join(sorted(STATE_ABBREVIATIONS))})\s+(?P<v>[A-Z]{{1,3}}[ -]?\d{{3,5}}|"
                          r"\d{1,3}[A-Z]{1,3}[ -]?\d{3,4}|\d{3,4}[ -]?[A-Z]{2,3}|"
                          # "KY D8K 447", "CA 8X42719": letters and digits mixed, in one or two groups
                          r"(?=[A-Z0-9 -]{0,4}\d)(?=[0-9 -]{0,4}[A-Z])[A-Z0-9]{2,4}[ -][A-Z0-9]{2,4}|"
                          r"\d[A-Z]\d{4,6}|[A-Z]\d[A-Z0-9]{3,6})(?![\w-])")
# A flight, with its airline's two-character code when given: "flight AS 87", "FLIGHT DL 1387", "flight 2231"
# (not "a flight 3 of stairs"). The code is part of the number: "DL" left alone would name the flight with the
# date beside it.
# two-letter words of grammar, which no plate's letters are taken for without a cue ("67 IN 45 ON SR 87")
_SHORT_GRAMMAR = frozenset(words("an on in at of to or by is it up so no my he we us as be do go if me am"))
_PLATE_CUE_BEFORE = re.compile(r"(?i)\b(?:plate|plates|tag|tags|reg|registration|lic|license|licence|lp)\W*$")
_FLIGHT = re.compile(r"\b(?i:flight)\s+(?:#\s*)?(?P<v>(?:[A-Z]{2}|[A-Z]\d|\d[A-Z])\s?\d{1,4}|\d{2,4})(?![\w-])")
_PHONETIC = (
    "adam|baker|boy|charlie|charles|david|edward|eddie|frank|george|henry|ida|john|king|lincoln|mary|nora|"
    "ocean|paul|queen|robert|sam|tom|union|victor|william|x-ray|young|zebra|alpha|bravo|delta|echo|foxtrot|"
    "golf|hotel|india|juliet|kilo|lima|mike|november|oscar|papa|quebec|romeo|sierra|tango|uniform|whiskey|"
    "yankee|zulu|nancy|lincoln"
)
# A plate read out phonetically, as dispatch gives it: "Lincoln Mary Tom 4-4-7", "Adam Boy Charles one two three".
# Two phonetic words and then digits (in figures or words), or three phonetic words in a row.
_DIGIT_SPOKEN = rf"(?:\d+(?:-\d+)*|{DIGIT_WORDS})"
# a phonetic plate that ends in digits, in figures or words, needs no keyword before it
_ENDS_IN_DIGITS = re.compile(rf"(?i)(?:\d|{DIGIT_WORDS})$")
# Said in words, as dictated: a call sign "four adam twelve", "two charlie nine", "four david thirty one" (number
# words on both sides of one phonetic word); a plate's letters spelled out and its digits said one by one,
# "h k l dash seven seven one five", "m c five six two k"; and any number said digit by digit over four or more
# digits, "zero four one seven seven two", which no one does with a count.
_NUMBER_SAID = rf"(?:{NUMBER_WORDS})"
_CALL_SIGN_SAID = re.compile(rf"(?i)(?<![\w-]){_NUMBER_SAID}(?:[- ]{_NUMBER_SAID})?[- ](?:{_PHONETIC})[- ]"
                             rf"{_NUMBER_SAID}(?:[- ]{_NUMBER_SAID}){{0,2}}(?![\w-])")
_SPELLED_PLATE = re.compile(rf"(?i)(?<![\w'-])(?:[a-z][ -]){{1,3}}(?:dash[ -])?(?:{DIGIT_WORDS})"
                            rf"(?:[ -](?:{DIGIT_WORDS})){{2,}}(?:[ -][a-z])?(?![\w'-])")
# a plate read out one character at a time in figures and letters: "8 e x 2 9 4 1"
_PLATE_BY_CHARACTER = re.compile(r"(?<![\w.,:/-])(?:[A-Za-z0-9] ){4,7}[A-Za-z0-9](?![\w.,:/-])")
# a VIN, a plate or a serial read out character by character, as dictated: "one g four h p five two k x five u one
# two three", "six x ray yankee one two three" (six or more characters, letters and digits both)
_CHARACTER_SAID = rf"(?:[a-z]|{DIGIT_WORDS}|x[ -]ray|{_PHONETIC}|dash)"
_CHARACTERS_SAID = re.compile(rf"(?i)(?<![\w'-]){_CHARACTER_SAID}(?:[ -]{_CHARACTER_SAID}){{5,}}(?![\w'-])")
# (and a case number said with its dashes: "two four dash zero three three one five")
_DIGITS_SAID = re.compile(rf"(?i)(?<![\w-])(?:{DIGIT_WORDS})(?:(?:[ -]|\s+dash\s+)(?:{DIGIT_WORDS})){{3,}}(?![\w-])")
# A unit's number said after its word, as dictated: "squad two one four", "medic fourteen", "unit c two one" (not
# "unit two of the course", "car one hundred feet back")
_UNIT_SAID = re.compile(
    rf"(?i)\b(?P<v>(?:unit|car|squad|medic|engine|ladder|truck|rescue|battalion|ambulance|cruiser|patrol\s+car|"
    rf"radio|call\s+sign)\s+(?:[a-z]\s+)?(?:{NUMBER_WORDS})(?:[ -](?:{NUMBER_WORDS})){{0,3}})\b"
    # what follows is a pause, a verb or a preposition, not a noun the number counts ("one lane over", "two spaces")
    rf"(?=\s*[.,;:!?)]|\s*$|\s+(?:got|was|were|is|came|arrived|showed|pulled|rolled|responded|copied|which|with|and|"
    rf"to|on|in|at|for|from|who|that|had|said|called|advised|went|took|as|by|behind|ahead|then|when|while|so|but|i|"
    rf"we|he|she|they|backed|cleared|period|comma)\b)")
_COUNTING = re.compile(r"(?i)one[ -]two[ -]three(?:[ -]four)?(?:[ -]five)?")
_PHONETIC_PLATE = re.compile(
    rf"(?<![\w-])(?:(?:{_PHONETIC})[\s-]+){{2,}}(?:{_DIGIT_SPOKEN}(?:[\s-]+{_DIGIT_SPOKEN})*|(?:{_PHONETIC}))(?![\w-])",
    re.I,
)
_PLATE_WORD_BEFORE = re.compile(r"(?i:plate|tag|partial|registration|reg)\b")
# The phonetic words alone before a number, less those that are also months or ordinary words before numbers
# ("November 12", "Hotel 6", "Golf 5").
CALL_WORDS = (
    "adam|baker|boy|charlie|david|edward|frank|george|henry|ida|john|lincoln|mary|nora|paul|robert|sam|tom|"
    "victor|william|x-ray|zebra|alpha|bravo|delta|echo|foxtrot|india|juliet|kilo|lima|mike|oscar|papa|romeo|"
    "sierra|tango|whiskey|yankee|zulu"
)
# "call sign Baker 16", "callsign 2D31", "call sign 3-16", "my radio call was 7-12" (not a 10-code, whatever its
# shape)
_CALL_SIGN = re.compile(r"(?i:call\s*-?\s*sign|radio\s+call(?:\s+(?:was|is))?)\s*[:#]?\s*(?P<v>[A-Za-z]+[- ]?\d{1,4}|"
                        r"\d{1,3}[- ]?[A-Za-z]+[- ]?\d{1,4}|[A-Z0-9][A-Z0-9-]{1,7})(?![\w-])")
# what a unit says on the air right after its call sign
_RADIO_WORDS = (r"(?:copy|copies|go ahead|en ?route|responding|clear|on scene|on location|arriving|out with|in service|"
                r"available|radio|dispatch|10-\d|foot pursuit|in pursuit|shots fired|need|requesting|req|show me|"
                r"start me|emergency|priority|i'm|im|we're|be advised)")
_RADIO_OPENING = re.compile(rf"(?<=\")(?P<v>\d{{1,4}}[- ](?:{_PHONETIC})|\d{{2,4}}[A-Z]?|(?!1[01]-)\d{{1,2}}-\d{{1,3}}|"
                            r"(?!K-?9\b)(?-i:[A-Z])\d{1,2})"
                            rf"(?=\s*,|\s+{_RADIO_WORDS})", re.I)
# A call sign of two numbers ("65-12", "3-14") has the shape of a range or a score; who says it tells: "I was 65-12",
# "as 3-14", "cruiser 14-22", "trooper, 7-22". 10- and 11-codes are never call signs.
# Or of a letter or two and a number, a troop's or a post's car: "as F-7", "vessel F-31", "I was G-23" (not a rifle,
# a truck, a charge or a road: AR-15, F-150, C-4, I-80)
_NOT_LETTERED = r"(?!(?:AR|AK|MK|SG|I|K|M|C|U|X|T)-)"
_LETTERED = rf"{_NOT_LETTERED}[A-Z]{{1,3}}-\d{{1,2}}(?!\d)"
_DASHED = rf"(?:(?!1[01]-)\d{{1,3}}-\d{{2,3}}|{_LETTERED})"
_SAID_AS_CALL_SIGN = re.compile(
    rf"(?i:\b(?:i\s+was|we\s+were|i\s+am|i'm|im|(?:working|riding|running|signed\s+on|out)(?:\s+as)?|as|cruiser|"
    rf"vessel|trooper|tpr\.?|patrol|scout|agent|(?:deputy|officer|trooper|unit|car|partner)\s+was)[,:]?\s+)"
    # not the hours of a shift: "working 7-3 shift", "working 3-11s"
    rf"(?P<v>{_DASHED})(?![\w-]|[.,:/]\d|\s+(?:shifts?|tours?|watch|hours|schedule)\b)")
# or by what it does right after it: "8-40 got him in the alley", "65-12 copied" (not "won 8-40 at the range")
_DASHED_THEN_DOING = re.compile(rf"(?<![\w.$#/-])(?P<v>{_DASHED})\s+(?:got|took|grabbed|caught|copied|copies|aired|"
                                r"advised|arrived|cleared|responded|pulled|rolled|showed|went|came|said|says|asked|"
                                r"called|requested|was\s+(?:out|on|there|first|behind|coming|en\s?route)|is\s+"
                                r"(?:out|on|there|en\s?route))\b")
# Several of them with one prefix are a radio net, never ranges: "9-3 ... 9-7 and 9-11", "65-12 and 65-14"
_DASHED_ANYWHERE = re.compile(rf"(?<![\w.$#/-])(?P<v>(?P<prefix>(?!1[01]-)\d{{1,3}}|{_NOT_LETTERED}"
                              r"[A-Z]{1,3}(?=-\d{1,2}(?!\d)))-\d{1,3})(?![\w-]|[.,:/]\d)")
# A number after a hash is an identifier whatever follows it: "#4102 CAR 2317" is a badge and a car, not 4102 cars
# (but "#00 buck" is the shotgun's load)
_LETTERS_HASH = re.compile(r"(?<![\w-])[A-Z]{1,3}#\s?(?P<v>\d{2,}[A-Z0-9-]*)\b")
_HASH_NUMBER = re.compile(r"(?<![\w#])#\s?(?!0+\s*(?:buck|shot))(?P<v>[A-Z]{0,3}-?\d{2,}[A-Z0-9-]*)\b", re.I)
# A short letter-and-number call sign is told by what comes right after it: a CAD status ("M421 ONSCN", "S7 ADV")
# or the title of the officer working it ("M12 Ofc. Salas", "SRO S7 OFC MARTIN"); or by "working" before it
# ("Working M9 for motors"). Alone, "M4" or "P226" is a gun, so such shapes are otherwise kept.
_CAD_STATUS_OR_TITLE = (r"(?:ADV|ONSCN|ONS|ENRT|ENR|AOS|CLR|OFC|OFFICER|DEP|DEPUTY|SGT|CPL|TPR|Ofc|Officer|Dep|"
                        r"Deputy|Sgt|Cpl|Tpr)\b")
_SHORT_CALL_SIGN = re.compile(rf"(?<![\w-])(?!K9\b|I\d)(?P<v>[A-Z]{{1,2}}\d{{1,4}}[A-Z]?)(?=\s+{_CAD_STATUS_OR_TITLE})"
                              rf"|(?i:\bworking\s+)(?!K9\b|I\d)(?P<w>[A-Z]{{1,2}}\d{{1,3}})(?![\w-])")
# A CAD log's units line lists them with spaces only: "UNITS M421 M423 E205", "Units: 4A12 4A15"
_UNIT_TOKEN = r"(?=[A-Z0-9-]*\d)[A-Z0-9][A-Z0-9-]{1,7}"
_UNITS_LISTED = re.compile(rf"(?m)^\s*(?:UNITS|Units)\s*:?[ \t]+(?P<v>{_UNIT_TOKEN}(?:[ \t]+{_UNIT_TOKEN})+)[ \t]*$")
# A car's number before the word: "we were in 2411 car", "2422 car picked him up" (not "a 1500 car lot", "the
# 2019 car", "100 car lengths"); the words before that make either a thing or a count, not a call sign
_NUMBER_CAR = re.compile(r"(?<![\w$.,#-])(?P<v>\d{3,4}[A-Z]?)\s+car\b(?![\w-]|\s+(?:lengths?|lots?|seats?|washe?s?|"
                         r"accidents?|crash(?:es)?|pile-?ups?|dealers?(?:hips?)?|garages?|chases?)\b)")
_THING_OR_COUNT_BEFORE = re.compile(r"(?i)\b(?:a|an|the|my|his|her|our|their|your|its|one|about|over|under|some|"
                                   r"approx|approximately|nearly|around|all|every|each)\s+$")
# a beat and a call word without its number: "12-adam came in behind", "14-DAVID" (not an English compound, though
# "adam" and "boy" are words)
_BEAT_AND_CALL_WORD = re.compile(rf"(?<![\w-])\d{{1,3}}-(?!boy\b)(?:{CALL_WORDS})(?![\w-])", re.I)
# in brackets after a name written with its capital, "40S" is that sergeant's car, not an age in the forties
_AFTER_A_NAME = re.compile(r"\b[A-Z][a-z'-]+ \((?P<v>\d{1,3}[A-Z])\)")
_SHAPES = [
    # call signs: 1-Adam-12, 3-LINCOLN-22, 4-Baker-15
    ("UNIT", 0.95, re.compile(rf"\b\d{{1,3}}[- ]?(?:{_PHONETIC})[- ]?\d{{1,3}}\b", re.I)),
    # radio call signs spoken as a phonetic word and a number: "Charlie 214", "Sam 24", "ADAM 22"
    # (a colon may follow, as in a transcript's "Sam 40: shots fired", but not a clock's minutes)
    ("UNIT", 0.6, re.compile(rf"(?<![\w-])(?:{CALL_WORDS})[- ]\d{{1,4}}(?![\w/.-]|:\d)", re.I)),
    ("UNIT", 0.6, _BEAT_AND_CALL_WORD),
    # a phonetic word and a number that someone was or worked as, names included: "Officer Diaz was Nora 4",
    # "I was working Mary 12" (not "was Mary 4 times": the loop drops a measure)
    ("UNIT", 0.9, re.compile(rf"(?i:\b(?:was|were|as|working|riding|running)\s+)(?P<v>(?:{_PHONETIC})[- ]\d{{1,3}})"
                             r"(?![\w/:-]|[.,]\d)", re.I)),
    # unit designators: 4B21, 7L22, 15A33
    ("UNIT", 0.85, re.compile(r"\b\d{1,2}[A-WYZ]{1,2}\d{1,3}\b")),
    # a tactical unit, but not the tactical channel a radio is on: "Tac 2 came up", though "on tac 3", "(TAC 4)"
    ("UNIT", 0.8, re.compile(r"(?<!\bon )(?<!\bto )(?<!\()\btac[- ]?\d{1,2}\b(?![/.]\d)", re.I)),
    # a unit known by a name and a number: "air unit Firebird 4", "unit Lincoln 12"
    ("UNIT", 0.85, re.compile(r"(?i:unit|air\s+unit|airship|helicopter|chopper)\s+"
                              r"(?P<v>[A-Z][a-z]+[- ]\d{1,3})(?![\w-])")),
    ("UNIT", 0.92, _CALL_SIGN),
    # fire, EMS, air, bike, motor and boat units, and the dispatchers' consoles: Medic 7, Engine 61, Air 9,
    # Bike 3, Motor 11, Dispatcher 14
    ("UNIT", 0.9, re.compile(r"\b(?:medic|engine|ladder|truck|rescue|ambulance|tower|battalion|brush|tanker|amr|emsa|"
                             r"squad|air|chopper|copter|helo|eagle|marine|k-?9|bike|motor|boat|dispatcher|"
                             r"operator|ems|warden|ranger|marshal|transit|console|sro|transport|station|hazmat|haz)"
                             r"\s*#?(?:[A-Z](?=\d))?\d{1,4}[A-Z]?(?:-\d{1,2}(?![\d/-]))?\b(?![/.]\d)",
                             re.I)),
    # a radio call opens with the unit called: "42, 43, alarm with glass break", "75 Henry, 10-10 possible DV"
    ("UNIT", 0.7, _RADIO_OPENING),
    ("UNIT", 0.7, re.compile(r"(?<=\")\d{1,4}[A-Z]?,\s*(?P<v>\d{1,4}[A-Z]?)(?=,)")),
    # and is answered with it: "10-4 22."
    ("UNIT", 0.7, re.compile(r"\b10-4,?\s+(?P<v>\d{1,4}[A-Z]?)(?=[,.])")),
    # a short call sign in brackets after a name: Sgt. O'Malley (S-4), Sgt. Diaz (40S)
    ("UNIT", 0.8, re.compile(r"(?<=\()(?P<v>[A-Z]{1,2}-?\d{1,3}|\d{1,3}[A-Z])(?=\))")),
    ("UNIT", 0.8, _AFTER_A_NAME),
    # SSN
    ("SSN", 0.9, re.compile(r"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])")),
    # VIN: 17 characters, no I, O or Q
    ("VIN", 0.95, re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*\d)(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])[A-HJ-NPR-Z0-9]{17}\b", re.I)),
    # a letter or two before the hash: "P#15822", "ID#4471" (personnel and payroll numbers)
    ("BADGE", 0.8, _LETTERS_HASH),
    # a compass word and a number is a call sign, a sector's car: "I was West 12", "NORTH-3 copied"
    ("UNIT", 0.6, re.compile(r"(?<![\w-])(?:North|South|East|West|Central|NORTH|SOUTH|EAST|WEST|CENTRAL)[- ]?"
                             r"\d{1,3}[A-Z]?(?![\w:/-]|\.\d|,\d|\s*(?:st|nd|rd|th)\b)")),
    # hash numbers: (#2240), #1187
    ("BADGE", 0.8, _HASH_NUMBER),
    # dashed case numbers: 24-003318, 23-CR-05512, PA2023-1673421, TFO-2024-1177
    ("CASE NUMBER", 0.8, re.compile(r"(?<![\w-])(?:[A-Z]{1,4}\d{0,4}-)?\d{2,6}-(?:[A-Z]{1,3}-)?\d{3,}(?:-\d+)*"
                                    r"(?![\w-])", re.I)),
    # an agency's prefix on a number: HCSO-J-2024-11420, NNPD-25-00412 (stronger than the acronym alone)
    ("CASE NUMBER", 0.9, re.compile(r"(?<![\w-])[A-Z]{2,6}(?:-[A-Z0-9]{1,4})+-\d{4,}(?![\w-])")),
    ("CASE NUMBER", 0.75, re.compile(r"(?<![\w-])[A-Z]{1,4}-\d{2,4}-\d{2,}(?![\w-])", re.I)),
    # letters and digits mixed, five characters or more: HNX2281, 482ytb, LW214873, C58819K
    ("ID", 0.7, re.compile(r"(?<![\w-])(?=[A-Z0-9-]*\d[A-Z0-9-]*\d)(?=[A-Z0-9-]*[A-Z])[A-Z0-9]{2,}(?:-[A-Z0-9]+)*"
                           r"(?![\w-])", re.I)),
    # plate-shaped capitals with no keyword: "silver Camry QWE R88", "KFJ 6619"
    ("PLATE", 0.5, re.compile(r"(?<![\w-])(?!(?:THE|AND|FOR|WAS|ARE|HAS|HAD|NOT|BUT|YOU|HIS|HER|OUR|ALL|ANY|TWO|ONE|"
                              r"SIX|TEN|OFF|OUT|MPH|HRS|APT|UNIT|RTE|HWY|EXIT)\b)"
                              r"(?:[A-Z]{3}[ -]?(?:[A-Z]\d{2,4}|\d{3,4})|"
                              r"\d[A-Z]{3}\d{3}|[A-Z]{2}\d[ -]?\d{4,5})(?![\w-])")),
    # a letter, a dash and a number: call signs and units like C-22, B-104 (I-80, M-16, K-9 are kept apart)
    ("UNIT", 0.6, re.compile(r"(?<![\w-])[A-Z]-\d{2,4}[A-Z]?(?![\w-])")),
    # long bare numbers: six digits or more are never a count or a speed in these reports
    ("ID", 0.6, re.compile(r"(?<![\w$.,-])\d{6,}(?![\w,.-]\d)")),
]

# Shapes of things that are kept: calibres, firearms, vehicles, roads, ordinals, 10-codes.
_NOT_ID = re.compile(
    r"^(?:\d+(?:mm|cal|ga|gauge|st|nd|rd|th|x|s|yds?|ft|in|lbs?|mph|kg|ml|mg|hrs?|min|am|pm|k|ish)|"
    r"(?:ar|ak|m|mp|sks|f|g|k|x|i|ih|us|sr|sh|fm|cr|rt|rte|hwy|mm|mp)-?\d{1,3}[a-z]?|"
    r"\d{1,2}-\d{1,2}|\d{1,3}x\d{1,3}|[a-z]\d|mk\d+|gen\d|p\d{3}|\d{1,2}[a-z]{1,2}|m4a1|ar15|ak47|k?n95|[npr]100|r95|"
    r"mini-?14|un\d{4}|"  # a rifle; a hazardous material's UN number, which the placard shows every truck of it
    r"1[01]-\d{1,3}[a-z]?|\d+-(?:round|shot|car|year|month|day|foot|ft|yard|yd|mile|minute|hour|man|person|gauge|"
    r"caliber|cal|grain|gr|type|style|inch|pound|lb|point|degree|percent|story|second|gallon|ounce|oz|mm|pack|"
    r"count|plus|week|shift|block|lane|door|unit|officer|deputy|step|ton)s?)$",
    re.I,
)
_TEN_CODE = re.compile(r"1[01]-\d{1,3}")
_ROLE_OF_UNIT = re.compile(r"(?i)\b(?:cover|backup|back-up|assisting|second|other|all|first|next|responding|"
                           r"primary|secondary|each|every)\s+$")
# A number joined to an ordinary lower-case word is an adjective, not an identifier: "5150-type", "20-gauge".
_COMPOUND_SHAPE = re.compile(r"\d+(?:-[a-z]{3,})+", re.I)


def _compound(value: str) -> bool:
    """"5150-type", "20-gauge", "18-WHEELER": a number joined to English words, in any case."""
    return bool(_COMPOUND_SHAPE.fullmatch(value)) and all(is_english(p) for p in value.split("-")[1:])
# A state code written right before a plate belongs to it: "plate ok 3KL-908", "tag CO BVX-441".
_STATE_BEFORE = re.compile(rf"(?i)\b(?:{'|'.join(sorted(STATE_ABBREVIATIONS))})\s+$")
# (on the same line, and not a form's next field: "Incident #: 2023-UOF-118\nOfficers: ...")
_MEASURE_AFTER = re.compile(
    r"[ \t]*(?:-[ \t]*)?(?!(?i:officers|deputies|people|rounds?|units|times)\s*:)"
    r"(?:feet|foot(?!\s+(?:pursuit|chase|patrol|bail|beat|post))|ft|yards?|yds?|miles?|mph|rounds?|"
    r"shots?|minutes?|mins?|hours?|hrs|seconds?(?!\s+(?:shift|watch|platoon))|secs?|"
    r"years?|yrs?|months?|days?|weeks?|lbs?|pounds|inch(?:es)?|percent|%|officers|deputies|people|times|degrees|"
    r"blocks?|cars?|units|calibers?|caliber|mm|gauge|grain|round|m|meters?|metres?|km|kilometers?|kts|knots|mi|"
    r"nm)\b",
    re.I,
)


def measure_after(text: str, end: int) -> bool:
    """Whether a unit of measure or a counted noun follows the number ending at `end` ("30 feet", "3-4 rounds")."""
    return bool(_MEASURE_AFTER.match(text, end))


def kept_number(value: str, text: str, end: int) -> bool:
    """Whether a number-like value ending at `end` is one of the numbers that carry the lesson: a calibre, a
    10-code, a measure ("30 feet"), a compound ("20-gauge")."""
    return bool(_NOT_ID.match(value) or _compound(value) or _MEASURE_AFTER.match(text, end))


def _kind(key: str) -> str:
    return _KEYWORDS.get(key.lower().rstrip("#"), "ID")


def _plausible(value: str, key: str) -> bool:
    bare = value.strip()
    if not any(c.isdigit() for c in bare):
        # letters-only values count only for plates ("plate ZRT") and units with a letter ("unit F").
        return False
    # weak keywords ("rd", "so") need a value that could not be a house or road number
    return not (key.lower() in _WEAK and not re.search(r"\d{3,}|[A-Z]\d|\d[A-Z]", bare, re.I))


# "warrant at 3317 Martin Luther King Jr Blvd", "ok so bout 0140": a word that joins the sentence (or says how near
# a time is) is never the start of a number
_JOINING_WORD = re.compile(r"(?i)(?:at|on|in|for|to|the|an|by|from|with|near|off|'?bout|about|around|'?round|like|"
                           r"approx\.?)\s")


def _keyed_matches(text: str) -> Iterator[re.Match[str]]:
    """Every keyword and its value, the next keyword searched for from the value on: in "sector car 75D" the
    first match ("sector car") is no ID, and "car 75D" starts inside it."""
    pos = 0
    while (m := _KEYED.search(text, pos)) is not None:
        yield m
        pos = max(m.start("v"), m.start() + 1) if m.end("v") > m.start("v") else m.end()


def find_ids(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in _keyed_matches(text):
        key = m.group("key")
        value = m.group("v")
        if _JOINING_WORD.match(value):
            continue
        if key.lower() in _WEAK and "#" not in text[m.start("key"): m.start("v")] and not _plausible(value, key):
            continue
        if not _plausible(value, key) or _MEASURE_AFTER.match(text, m.end()) or _compound(value):
            continue
        if _TEN_CODE.fullmatch(value) and _ROLE_OF_UNIT.search(text, max(0, m.start() - 20), m.start()):
            continue  # "COVER UNIT 10-23": the unit's status; "unit 10-31" alone may be its number
        # after "No." or "#" a short dashed value is the number all the same: "BULLETIN No. 24-07", "case no. 12-4"
        numbered = _NUMBER_CUE.search(text, m.end("key"), m.start("v")) and not _TEN_CODE.fullmatch(value) \
            and re.fullmatch(r"\d{1,2}-\d{1,2}", value)
        if _NOT_ID.match(value) and not numbered and key.lower() not in _KEYS_OF_ANY_NUMBER:
            continue
        found.append(Candidate("ID", m.start("v"), m.end("v"), 0.85, "KeywordIdPattern", _kind(key)))
    for m in _PLATE.finditer(text):
        value = m.group("v").strip()
        partial = bool(re.fullmatch(r"\d[A-Z]{2,3}|[A-Z]{2,3}\d", value))  # "partial plate 8XK"
        if not any(c.isdigit() for c in value) or _NOT_ID.match(value) and not partial:
            continue
        state = _STATE_BEFORE.search(text, m.start(), m.start("v"))
        start = state.start() if state and state.start() > m.start() else m.start("v")
        found.append(Candidate("ID", start, m.start("v") + len(value), 0.88, "PlatePattern", "PLATE"))
    for m in _FLIGHT.finditer(text):
        if not _MEASURE_AFTER.match(text, m.end("v")):
            found.append(Candidate("ID", m.start("v"), m.end("v"), 0.8, "FlightPattern", ""))
    for m in _PHONETIC_PLATE.finditer(text):
        if _MEASURE_AFTER.match(text, m.end()):
            continue  # "Sgt. Mary Young 4 times"
        if not _ENDS_IN_DIGITS.search(m.group()) \
                and not _PLATE_WORD_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue  # three phonetic words and no digit are a plate only when the text says so
        found.append(Candidate("ID", m.start(), m.end(), 0.8, "PhoneticPlatePattern", "PLATE"))
    for m in _CALL_SIGN_SAID.finditer(text):
        if not _MEASURE_AFTER.match(text, m.end()):
            found.append(Candidate("ID", m.start(), m.end(), 0.75, "CallSignSaidPattern", "UNIT"))
    for m in _SPELLED_PLATE.finditer(text):
        letters = re.findall(r"(?<![a-z])[a-z](?![a-z])", m.group(0).lower())
        if letters not in (["a"], ["i"]) and not _MEASURE_AFTER.match(text, m.end()):
            found.append(Candidate("ID", m.start(), m.end(), 0.75, "SpelledPlatePattern", "PLATE"))
    for m in _PLATE_BY_CHARACTER.finditer(text):
        characters = m.group(0).replace(" ", "")
        if sum(c.isdigit() for c in characters) >= 2 and sum(c.isalpha() for c in characters) >= 1 \
                and not _MEASURE_AFTER.match(text, m.end()):
            found.append(Candidate("ID", m.start(), m.end(), 0.75, "SpelledPlatePattern", "PLATE"))
    for m in _CHARACTERS_SAID.finditer(text):
        said = re.split(r"[ -]", m.group(0).lower())
        digits = sum(w in DIGIT_VALUES for w in said)
        if digits >= 2 and len(said) - digits - said.count("dash") >= 2 and not _MEASURE_AFTER.match(text, m.end()):
            found.append(Candidate("ID", m.start(), m.end(), 0.7, "SpelledPlatePattern", ""))
    for m in _UNIT_SAID.finditer(text):
        found.append(Candidate("ID", m.start("v"), m.end("v"), 0.7, "UnitSaidPattern", "UNIT"))
    for m in _DIGITS_SAID.finditer(text):
        if not _COUNTING.fullmatch(m.group(0)) and not _MEASURE_AFTER.match(text, m.end()):
            found.append(Candidate("ID", m.start(), m.end(), 0.7, "DigitsSaidPattern", ""))
    for m in _STATE_PLATE.finditer(text):
        if _NOT_ID.match(m.group("v")) or _MEASURE_AFTER.match(text, m.end("v")):
            continue
        halves = re.search(r"[ -]", m.group("v"))
        if halves and _MEASURE_AFTER.match(m.group("v"), halves.start()):
            continue  # "AT 40 OR 50 MPH": Oregon's code before a speed
        halves_said = re.split(r"[ -]", m.group("v"))
        if any(_NOT_ID.match(half) or half.isalpha() and (len(half) > 2 and common_word(half)
                                                          or half.lower() in _SHORT_GRAMMAR) for half in halves_said) \
                and not _PLATE_CUE_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            continue  # "A MALE IN HIS 40S": Indiana's code before a word and an age, not a plate
        # the state's code goes with the plate: "FL reg FL 4471 KM" leaves only the first "FL"
        found.append(Candidate("ID", m.start(), m.end("v"), 0.75, "StatePlatePattern", "PLATE"))
    found += _dashed_call_signs(text)
    for m in _SHORT_CALL_SIGN.finditer(text):
        group = "v" if m.group("v") else "w"
        if _THING_OR_COUNT_BEFORE.search(text, max(0, m.start(group) - 16), m.start(group)):
            continue  # "my M4", "his AR15": a thing someone has
        found.append(Candidate("ID", m.start(group), m.end(group), 0.7, "ShortCallSignPattern", "UNIT"))
    for m in _UNITS_LISTED.finditer(text):
        for unit in re.finditer(r"\S+", m.group("v")):
            found.append(Candidate("ID", m.start("v") + unit.start(), m.start("v") + unit.end(), 0.75,
                                   "UnitsListedPattern", "UNIT"))
    for m in _NUMBER_CAR.finditer(text):
        if not _THING_OR_COUNT_BEFORE.search(text, max(0, m.start() - 16), m.start()):
            found.append(Candidate("ID", m.start("v"), m.end("v"), 0.7, "NumberCarPattern", "UNIT"))
    for kind, score, pattern in _SHAPES:
        for m in pattern.finditer(text):
            start, end = m.span("v") if "v" in pattern.groupindex else m.span()
            value = text[start:end]
            # (a long code of letters and digits counts nothing: "INC P24031188  SHOTS FIRED")
            long_code = re.search(r"[A-Za-z]", value) and len(re.findall(r"\d", value)) >= 5
            measured = pattern not in (_LETTERS_HASH, _HASH_NUMBER) and not long_code \
                and _MEASURE_AFTER.match(text, end)
            if pattern not in (_CALL_SIGN, _RADIO_OPENING, _BEAT_AND_CALL_WORD, _AFTER_A_NAME) \
                    and (_NOT_ID.match(value) or _compound(value) or measured):
                continue
            if text[start - 1:start] == "." and re.fullmatch(r"\d{2}-\d{2,3}", value):
                continue  # ".22-250", ".30-06": a cartridge
            found.append(Candidate("ID", start, end, score, "IdShapePattern", kind))
    return found


def _dashed_call_signs(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for m in [*_SAID_AS_CALL_SIGN.finditer(text), *_DASHED_THEN_DOING.finditer(text)]:
        if not _MEASURE_AFTER.match(text, m.end("v")):
            found.append(Candidate("ID", m.start("v"), m.end("v"), 0.7, "DashedCallSignPattern", "UNIT"))
    by_prefix: dict[str, list[re.Match[str]]] = {}
    for m in _DASHED_ANYWHERE.finditer(text):
        dated = re.search(r"(?i)\b(?:on|dated|date|dob)\s+$", text[max(0, m.start() - 8):m.start()])
        if not _MEASURE_AFTER.match(text, m.end()) and not dated:  # "on 3-14" is a date
            by_prefix.setdefault(m.group("prefix"), []).append(m)
    for series in by_prefix.values():
        if len({m.group("v") for m in series}) >= 2:
            found += [Candidate("ID", m.start("v"), m.end("v"), 0.65, "DashedCallSignPattern", "UNIT") for m in series]
    return found
