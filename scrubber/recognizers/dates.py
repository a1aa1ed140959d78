"""Calendar dates and clock times in the formats officers write them.

A date's `kind` carries its month and year (YYYYMM) when the text gives both, so that the placeholder can keep
them ASRS-style; a time's `kind` carries its hour and minute (HHMM, 24-hour) for the six-hour block.
"""

from __future__ import annotations

import datetime as _dt
import re

from scrubber.candidates import Candidate, group_span
from scrubber.lexicon import DIGIT_VALUES, MONTHS, TEEN_VALUES, TENS_VALUES

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|weds|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?P<year>(?:19|20)\d{2}|'?\d{2})"
# The day of the month said, not typed: dictated reports ("on the fourteenth at about", "sunday the second")
_DAY_SAID = (r"(?:(?:twenty|thirty)[- ])?(?:first|second|third)|(?:twenty[- ])?(?:fourth|fifth|sixth|seventh|eighth|"
             r"ninth)|tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth")

_DAY_SAID_LATE = (r"tenth|eleventh|twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|"
                  r"(?:twenty|thirty)[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)")
# what an ordinal counts, which makes it no day of the month
_COUNTED_BY_A_DAY = (r"(?:floor|floors|try|time|times|attempt|shift|round|rounds|grade|place|day|week|month|year|"
                     r"person|officer|car|unit|call|one|street|st|avenue|ave|precinct|district|ward|amendment|"
                     r"percentile|century|anniversary|birthday|inning|level|story|row|lap|shot|of|in\s+line)\b")
_DATE_PATTERNS = [
    # August 9, 2024 / Saturday, February 10, 2024 / Jan. 3 / November 25th / JULY 4TH
    re.compile(rf"\b{_WEEKDAY}?{_MONTH}\s+(?P<day>\d{{1,2}}){_ORD}?\b(?:,?\s+(?P<year>(?:19|20)\d{{2}})\b)?", re.I),
    # 14 MAR 24 / 9th of August 2024
    re.compile(rf"\b{_WEEKDAY}?(?P<day>\d{{1,2}}){_ORD}?\s+(?:of\s+)?{_MONTH}\b(?:,?\s+{_YEAR}\b)?", re.I),
    # 3/14/24, 12-22-2023, 11/02/23
    re.compile(r"(?<![\w/.-])(?P<m>\d{1,2})([/.-])(?P<day>\d{1,2})\2(?P<year>\d{4}|\d{2})(?![\w/-])"),
    # 2024-03-14
    re.compile(r"(?<![\w/-])(?P<year>(?:19|20)\d{2})-(?P<m>\d{1,2})-(?P<day>\d{1,2})(?![\w/-])"),
    # on 3/14
    re.compile(r"\b(?:on|of|dated|date|dob)\s+(?P<v>(?P<m>\d{1,2})/(?P<day>\d{1,2}))(?![\w/])", re.I),
    # a month and day with a dash, as a report opens: "ON 9-27 AT 0300", "8-14 1400 me and ofc ..." (a time follows)
    re.compile(r"(?:\b(?:on|dated|date)\s+|^)(?P<v>(?P<m>1[0-2]|0?[1-9])-(?P<day>3[01]|[12]\d|0?[1-9]))"
               r"(?=,?\s+(?:(?:at|@|around|about|approx\.?|approximately)\s*)*(?:[01]\d|2[0-3])[0-5]\d\b|"
               r",?\s+(?:(?:at|@|around|about|approx\.?|approximately)\s*)+\d{1,2}(?::\d\d)?\s*[ap]\.?m)", re.I),
    # or where the writer goes on to say what happened: "ON 4-22 I WAS WORKING" (not "on 10-8 I was": a 10-code)
    re.compile(r"\b(?:on|dated|date)\s+(?P<v>(?P<m>[1-9]|0[1-9]|12)-(?P<day>3[01]|[12]\d|0?[1-9]))"
               r"(?=,?\s+(?:i|we|my|me|while|when|around|about|approx)\b)", re.I),
    # Fri 9/13, Tuesday 3/14
    re.compile(rf"\b{_WEEKDAY}(?P<m>\d{{1,2}})/(?P<day>\d{{1,2}})(?![\w/])", re.I),
    # on the 14th / Tuesday the 9th / saturday the 14th
    re.compile(rf"\b{_WEEKDAY}the\s+\d{{1,2}}{_ORD}\b", re.I),
    re.compile(
        rf"\b(?:on|of|since|until|til)\s+(?P<v>the\s+\d{{1,2}}{_ORD})\b(?!\s+(?:floor|grade|time|round|precinct|"
        rf"district|street|st|avenue|ave|division|ward|century|percentile|place|shot|lap|level|story|row))",
        re.I,
    ),
    # said: "tuesday the ninth"; and "from the third uh me and my partner", "on the fourteenth at about oh three
    # forty", where what follows starts a clause or gives the time (not "on the third try", "the second floor")
    re.compile(rf"\b{_WEEKDAY}the\s+(?:{_DAY_SAID})\b", re.I),
    re.compile(rf"\b(?:on|from|since|until|til)\s+(?P<v>the\s+(?:{_DAY_SAID}))\b(?=\s*[.,;!?]|\s*$|\s+(?:at|about|"
               rf"around|round|like|bout|i|we|me|my|our|it|this|uh|um|when|right|just|in\s+the|of\s+(?:this|last)\s+"
               rf"month|for|dispatch|he|she|they)\b)", re.I),
    # a day said from the tenth on is seldom a count: "on the thirtieth male not breathing" (not "the tenth time")
    re.compile(rf"\b(?:on|from|since|until|til)\s+(?P<v>the\s+(?:{_DAY_SAID_LATE}))\b(?!\s+{_COUNTED_BY_A_DAY})", re.I),
    # a month and a day said: "march third", "saturday august tenth", "may the second"
    re.compile(rf"\b(?P<v>{_WEEKDAY}?{_MONTH}\s+(?:the\s+)?(?:{_DAY_SAID}))\b(?!\s+{_COUNTED_BY_A_DAY})", re.I),
    # "around 0230 the 14th.", "out at the range the 12th bout 0700": the day of the month with nothing after it
    # that makes it a floor, a precinct or a street
    re.compile(rf"(?<!\b(?i:at|on|in|to|up|by) )\b(?P<v>the\s+(?P<day>\d{{1,2}}){_ORD})"
               rf"(?=\s*[.,;!?)]|\s+(?i:bout|about|around|at|when|we|i|and\s+i|and\s+we|approx|[01]?\d{{3}}\b))", re.I),
    # a bare month/day: "Civic Center Plaza 5/30." (fractions such as 1/2 and 3/4 are left alone below)
    re.compile(r"(?<![\w/.:$-])(?P<m>1[0-2]|0?[1-9])/(?P<day>3[01]|[12]\d|0?[1-9])(?![\w/]|[.,]\d|\s*(?:of|in|to)\b|"
               r"\s*(?:mile|mi|inch|in|ft|foot|feet|yard|yd|lb|oz|cup|tank|full|way|hour|hr|lane|block|mag|"
               r"second|sec|a\b|an\b))", re.I),
    # CAD style with a two-digit year: "JAN 27 25 0640"
    re.compile(rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})\s+(?P<year>\d{{2}})(?=\s+(?:[01]\d|2[0-3])[0-5]\d\b|\s*[.,;]|\s*$)",
               re.I),
    # month and year alone: "in March 2024"
    re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b", re.I),
]

_HOLIDAYS = re.compile(
    r"\b(?:(?:the\s+)?(?:day|night|weekend|week|morning|evening|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\s+"
    r"(?:after|before|of)\s+)?(?:(?-i:the\s+Fourth|THE\s+FOURTH)(?!\s+(?:of\b|floor|grade|time|round|quarter|shot|"
    r"precinct|district|ward|unit|officer|car|lane|street|st|avenue|ave))|new\s+year'?s(?:\s+(?:eve|day))?|christmas(?:\s+(?:eve|day))?|"
    r"thanksgiving(?:\s+day)?|(?:fourth|4th)\s+of\s+july|independence\s+day|halloween|memorial\s+day|"
    r"labor\s+day|veterans'?\s+day|mlk\s+day|martin\s+luther\s+king\s+(?:jr\.?\s+)?day|easter(?:\s+sunday)?|"
    r"mother'?s\s+day|father'?s\s+day|valentine'?s\s+day|st\.?\s+patrick'?s\s+day|st\.?\s+(?:patty|paddy|patti)'?s(?:\s+day)?|black\s+friday|"
    r"super\s+bowl\s+sunday|cinco\s+de\s+mayo|juneteenth|presidents'?\s+day|columbus\s+day|good\s+friday|"
    r"(?-i:May\s+Day|MAY\s+DAY|New\s+Year(?!'?s)|NEW\s+YEAR(?!'?S))|mardi\s+gras(?:\s+day)?|fat\s+tuesday|(?-i:NYE)|election\s+day|"
    r"(?:the\s+)?(?:4th|fourth)\s+of\s+july\s+weekend|xmas(?:\s+(?:eve|day))?|(?:fake\s+)?(?:st\.?\s+)?patty'?s\s+day|"
    r"(?:the\s+)?(?:summer\s+|winter\s+)?solstice|"
    # a season's first day is a day of the calendar where it is hunted or fished: "opening morning of duck season"
    r"(?<!grand )opening\s+(?:day|morning|weekend|night)(?:\s+of\s+(?:[a-z]+\s+){0,2}season)?|"
    r"(?:fishing|deer|duck|teal|turkey|bear|pheasant|rifle|bow|archery|firearm|trout|walleye|elk|dove|goose)\s+opener)\b"
    r"(?:\s+(?:weekend|night|morning|evening|afternoon)\b)?"
    # used as an adjective the holiday says what kind of thing, not when: "a Halloween mask", "Christmas lights"
    r"(?!\s+(?:masks?|costumes?|decorations?|lights|tree|trees|candy|parties|party|music|sweater|display|"
    r"displays|inflatables?|props?|fireworks|shopping|rush|traffic|ornaments?|cards?|gifts?|presents?)\b)",
    re.I,
)
# Words before a date that belong to it: "the night of June 30th", "last Tuesday the 9th".
_DATE_LEAD = re.compile(
    r"(?i)(?:\b(?:the\s+)?(?:early\s+)?(?:night|morning|evening|afternoon|day|hours|weekend)\s+of\s+"
    r")$"
)
_WEEKDAY_LEAD = re.compile(r"(?i)\b(?:last|this\s+past|past|next|this|that)\s+$")
# A weekday written just before a date is part of it: "Thursday, 9/14/23", "on Sat. 3/1".
_WEEKDAY_BEFORE = re.compile(r"(?i)\b(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+$")
_STARTS_WITH_WEEKDAY = re.compile(r"(?i)(?:mon|tue|wed|thu|fri|sat|sun)")

_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
# the hours of a clock said in words
_CLOCK_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# "8:15 in the morning", "10:30 at night": the part of the day belongs to the time and decides am or pm
_PART = r"(?P<part>in\s+the\s+(?:morning|afternoon|evening|am|a\.m\.|pm|p\.m\.)|at\s+night|tonight)(?!\w)"
# Approximations before a clock time go with it ("around 11 pm"): a reader learns nothing from them alone.
_APPROX = re.compile(r"(?i)\b(?:around|about|approx\.?|approximately|roughly|circa|ca\.|abt\.?)\s*$|~\s*$")
_TIME_PATTERNS = [
    # 11:20 p.m. / 14:30 / 2:15 am / 22:14:07 (a CAD log's seconds)
    re.compile(rf"(?<![\d:])(?P<h>\d{{1,2}}):(?P<min>[0-5]\d)(?::[0-5]\d(?:\.\d+)?)?(?:\s*{_AMPM})?(?:\s*(?:hrs|hours)\b)?"
               rf"(?:\s+{_PART})?", re.I),
    # 3 a.m. / 11 pm / 3am
    re.compile(rf"(?<![\d:.,$])\b(?P<h>1[0-2]|0?[1-9])\s*{_AMPM}", re.I),
    # 930 pm / 1140pm: the colon left out
    re.compile(rf"(?<![\d:.,$-])\b(?P<h>1[0-2]|0?[1-9])(?P<min>[0-5]\d)\s*{_AMPM}", re.I),
    # 1045 at night / 930 in the morning: the colon left out
    re.compile(rf"(?<![\d:.,$-])\b(?P<h>1[0-2]|0?[1-9])(?P<min>[0-5]\d)\s+{_PART}", re.I),
    # 8 in the morning / 10 at night
    re.compile(rf"(?<![\d:.,$])\b(?P<h>1[0-2]|0?[1-9])\s+{_PART}", re.I),
    # 0230HRS / 2240 hours / 1420 hrs
    re.compile(r"(?<![\d/:.-])\b(?P<h>[01]\d|2[0-4])(?P<min>[0-5]\d)\s*(?:hrs|hours|hr|h)\b", re.I),
    # four in the afternoon / ten at night
    re.compile(
        rf"\b(?P<hw>{_CLOCK_HOUR_WORDS})(?:\s+o'?clock)?"
        r"\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b",
        re.I,
    ),
]
# "4 o'clock", "about five oclock in the morning": the half of the day is known only when it is said
_OCLOCK = re.compile(
    rf"(?i)(?<![\d:.,$])\b(?:(?P<h>1[0-2]|0?[1-9])|(?P<hw>{_CLOCK_HOUR_WORDS}))\s*o'?\s?clock\b(?:\s*{_AMPM}|\s+{_PART})?")
_CLOCK_FACE_BEFORE = re.compile(r"(?i)\b(?:my|his|her|your|our|their|its|the|'s|s')\s+(?:roughly\s+)?$|'s\s+$")
_CLOCK_FACE_AFTER = re.compile(r"(?i)\s+(?:of|from|position|high|low)\b")
# A bare four-digit military time needs a cue before it: "at 0410", "approx 1030", "@ 2217", "Disp'd 0347", or
# the start of a line of a timeline ("- 2256 front door open").
_SECONDS = re.compile(r":[0-5]\d\b")
# "AT 1530 OFFICERS RESPONDED": after "at", four digits are the time the people did something, not their count
_AT_TIME_THEN_PEOPLE = re.compile(r"(?i)\b(?:at|@)\s*(?P<h>[01]\d|2[0-3])(?P<min>[0-5]\d)(?=\s+(?:officers|people|"
                                  r"deputies|troopers|units)\b)")
_MILITARY = re.compile(
    r"(?:\b(?:at|from|approx|approximately|about|around|'?bout|'?round|abt|by|until|till|til|before|after|since|disp'd|dispatched|"
    r"responded|arrived|cleared|time|like|maybe|roughly|circa|between|arr|arrd|arr'd|enrt|enroute|os|"
    r"on\s+scene|10-97|10-8|10-7|clr|disp|req|req'd|reqd)\.?\s*|(?<=[.;]\s)|@\s*(?:about\s+|approx\.?\s+|approximately\s+|around\s+)?|"
    r"(?<=\d\d)\s+|(?<=[,;]\s)|^|(?<=\n)|(?<=\n[-*\u2022] ))"
    r"(?P<h>[01]\d|2[0-4])(?P<min>[0-5]\d)\b(?!\s*(?:block|blk|feet|ft|foot|yards|yds|mph|miles|rounds|people|psi|ppm|"
    r"lbs|pounds|dollars|times|officers|hours\s+(?:of|later|into)|[-/]\d|,\d|\.\d|\s+[A-Z][a-z]+\s+(?:St|Ave|Rd)\b))",
    re.I,
)
_PART_AFTER = re.compile(rf"\s+{_PART}", re.I)
# The second time of a range, and a time written right after a date: "from 2330 to 0030", "3/1 0212".
_RANGE_END = re.compile(
    r"(?:(?<![\d/:.-])(?:[01]\d|2[0-4])[0-5]\d\s*(?:hrs|hours)?|\d{1,2}:[0-5]\d(?:\s*[ap]\.?m\.?)?)\s*"
    r"(?:to|-|\u2013|until|till|til|thru|through|and)\s*(?:about\s+|approx\.?\s+)?"
    r"(?P<h>[01]\d|2[0-4])(?P<min>[0-5]\d)\b(?![-/.,]\d)"
    r"|(?<![\w/.-])\d{1,2}/\d{1,2}(?:/\d{2,4})?,?\s+(?P<h2>[01]\d|2[0-4])(?P<min2>[0-5]\d)\b(?![-/.,]\d)",
    re.I,
)
_NAMED_HOURS = re.compile(r"(?i)\b(?:at|by|around|'?round|about|'?bout|like|after|before|until|till|til|past|near|"
                          r"approx\.?|approximately|right\s+at|just\s+after|just\s+before)\s+(?P<v>midnight|midnite|noon)\b")
# "midnight-ish": the -ish says it is the hour, whatever comes before it
_NAMED_HOUR_ISH = re.compile(r"(?i)\b(?P<v>midnight|noon)(?=-?ish\b)")
# "at 4 on the dot": an hour, exactly
_ON_THE_DOT = re.compile(r"(?i)\b(?P<h>1[0-2]|[1-9])(?::(?P<min>[0-5]\d))?\s+on\s+the\s+dot\b")
# "quarter to five", "half past ten", "ten after six": no am or pm, so the placeholder is [TIME]
_QUARTER = re.compile(
    rf"(?i)\b(?P<mw>(?:a\s+)?quarter|half|five|ten|twenty|twenty-five)\s+(?P<rel>to|past|after|til|till|of)\s+"
    rf"(?P<hw>{_CLOCK_HOUR_WORDS}|1[0-2]|[1-9]|midnight|noon)\b"
    rf"(?:\s*{_AMPM}|\s+{_PART})?")
# An hour with no am or pm, written loosely: "like 4ish", "1030ish", and "around 11" or "bout 8" when a new clause
# or the end of one follows ("around 8 i found", "around 11 the 14th"), not a count or a measure ("about 4 guys",
# "approx 2 car lengths", "about 5 below"). The placeholder is [TIME]: the half of the day is unknown. Also "12 30ish",
# "2100ish", "11ish pm".
_ISH_HOUR = re.compile(rf"(?i)(?<![\d:.,$-])\b(?:(?P<h>1[0-2]|0?[1-9])(?:[: ]?(?P<min>[0-5]\d))?|[01]\d[0-5]\d|"
                       rf"2[0-3][0-5]\d)(?:\s*-?ish\b|\s+something(?=\s*[ap]\.?\s?m\b))(?:\s*{_AMPM})?")
# "round 4 this morning" is "around" typed fast; "a round 4 feet from me" and "the round 2 inches low" are not.
_LOOSE_HOUR = re.compile(
    r"(?i)\b(?:around|about|bout|'bout|like|approx\.?|roughly|til|till|until|after|"
    # "at 2 we rolled up", but not what one looks or aims at ("aimed at 2 and 3")
    r"(?<!\blook\s)(?<!\blooked\s)(?<!\baimed\s)(?<!\bpointed\s)(?<!\bshot\s)(?<!\bfired\s)(?<!\bstared\s)at|"
    r"(?<!\ba\s)(?<!\bthe\s)(?<!\bone\s)(?<!\beach\s)(?<!\bthat\s)(?<!\bthis\s)(?<!\blast\s)(?<!\bnext\s)"
    r"(?<!\bfirst\s)(?<!\bsecond\s)(?<!\bfired\s)(?<!\banother\s)'?round)\s+"
    rf"(?:(?P<h>1[0-2]|[1-9])(?P<min>[0-5]\d)?|(?P<hw>{_CLOCK_HOUR_WORDS}))"
    r"(?:\s+something)?"
    r"(?=\s*[.;!?)](?!\d)|\s*$|,\s|\s+(?:i|we|he|she|they|you|when|and|the|on|that|this|last|so|but|my|our|his|her|me|"
    r"dispatch|lol|lmao|[\[(])(?:\b|\s|$))"
)
# "between 2 and 3 in the morning", "from 11 to 2": a stretch of the night, both hours
_HOUR_RANGE = re.compile(
    rf"(?i)\b(?:between|from)\s+(?P<a>(?:1[0-2]|[1-9])(?::[0-5]\d)?)\s*(?:and|to|-|til|till|until)\s*"
    rf"(?P<b>(?:1[0-2]|[1-9])(?::[0-5]\d)?)(?=\s*{_AMPM}|\s+{_PART}|\s+(?:i|we|he|she|they|the|when|every|each)\b|"
    rf"\s*[.,;!?])")
_AT_BEFORE = re.compile(r"(?i)\b(?:at|@)\s+$")
# A clock time said, not typed (dictated reports): "about oh three forty", "at two three hundred hours", "round
# nine fifty", "five fifteen am", "one thirty in the afternoon". Said without "oh" or a cue before it, two number
# words are a count or a measure as often as a time, so a cue or an am/pm is asked for; what follows must not make
# it a distance, a speed or a count ("about two thirty feet").
_DIGIT_SAID = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEEN_SAID = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_MINUTES_SAID = (rf"(?:(?:oh|zero)[- ]{_DIGIT_SAID}|{_TEEN_SAID}|(?:twenty|thirty|forty|fifty)(?:[- ]{_DIGIT_SAID})?|"
                 rf"hundred)")
_HOUR_SAID = rf"(?:(?:oh|zero)[- ]{_DIGIT_SAID}|{_DIGIT_SAID}|{_TEEN_SAID}|twenty(?:[- ](?:one|two|three))?)"
_TIME_SAID = re.compile(
    rf"(?i)(?:\b(?:at|about|around|'?round|'?bout|like|by|til|till|until|approx\.?|approximately|after|before|since|"
    rf"maybe|roughly|right\s+at)\s+(?:about\s+|like\s+|around\s+)?)?"
    rf"(?P<said>(?P<tens>{_DIGIT_SAID})[- ](?P<units>{_DIGIT_SAID})[- ]hundred|"
    rf"(?P<hour>{_HOUR_SAID})[- ](?P<minutes>{_MINUTES_SAID}))\b"
    rf"(?P<hours>\s+(?:hours|hrs)\b)?(?:\s*{_AMPM}|\s+{_PART})?"
    rf"(?!\s+(?:feet|foot|ft|yards|yds|inches|miles|mph|minutes|mins|seconds|secs|rounds|people|guys|times|pounds|"
    rf"lbs|dollars|bucks|percent|degrees|years|days|cars|units|officers)\b)")
_NUMBERS_SAID = DIGIT_VALUES | TEEN_VALUES | TENS_VALUES | {"hundred": 0}  # in "two three hundred" it adds none


def _said(words: str) -> int:
    return sum(_NUMBERS_SAID[word] for word in re.split(r"[- ]+", words.lower()))


_MINUTE_WORDS = {"quarter": 15, "half": 30, "five": 5, "ten": 10, "twenty": 20, "twenty-five": 25}
_NOON_AND_MIDNIGHT = {"midnight": 12, "noon": 12}
# A list, not `words()`: a set's order changes from one process to the next, and the hour is the position.
_WORD_HOURS = {w: i for i, w in enumerate(["zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                           "nine", "ten", "eleven", "twelve"])}


def _year(raw: str | None) -> int | None:
    if not raw:
        return None
    raw = raw.lstrip("'")
    year = int(raw)
    if len(raw) == 2:
        current = _dt.date.today().year % 100
        year += 2000 if year <= current + 1 else 1900
    return year if 1900 <= year <= 2100 else None


def _month_of(match: re.Match[str]) -> int | None:
    groups = match.groupdict()
    if groups.get("mon"):
        return MONTHS.get(groups["mon"].lower().rstrip("."))
    if groups.get("m"):
        month = int(groups["m"])
        return month if 1 <= month <= 12 else None
    return None


def _fraction(raw: str) -> bool:
    """1/2, 3/4, 5/8, 2/3: a fraction, not a date."""
    top, _, bottom = raw.partition("/")
    return bottom.isdigit() and top.isdigit() and int(bottom) in (2, 3, 4, 5, 6, 8, 10, 16) and int(top) < int(bottom)


_DATE_PREPOSITION = re.compile(r"(?i)\b(?:on|of|since|until|til|till|before|after|from|by)\s+$")


def find_dates(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            if groups.get("day") and not 1 <= int(groups["day"]) <= 31:
                continue
            month = _month_of(m)
            if groups.get("m") and month is None:
                continue
            if groups.get("m") and not groups.get("year") and "v" not in groups and _fraction(m.group(0)):
                continue
            year = _year(groups.get("year"))
            kind = f"{year:04d}{month:02d}" if year and month else ""
            # "may 5" alone is more often a verb and a count than a date; keep only capitalised or caps "May".
            if groups.get("mon", "") and groups["mon"] == "may" and not groups.get("year") \
                    and not _DATE_PREPOSITION.search(text, max(0, m.start() - 8), m.start()):
                continue
            start, end = group_span(m)
            found.append(Candidate("DATE", _lead(text, start), end, 0.9, "DatePattern", kind))
    for m in _HOLIDAYS.finditer(text):
        found.append(Candidate("DATE", _lead(text, m.start()), m.end(), 0.85, "HolidayDeny", ""))
    return found


def _lead(text: str, start: int) -> int:
    """The start of a date with the words before it that belong to it ("the night of", "last")."""
    lead = _DATE_LEAD.search(text, max(0, start - 40), start) or _WEEKDAY_BEFORE.search(text, max(0, start - 12), start)
    if not lead and _STARTS_WITH_WEEKDAY.match(text, start):
        lead = _WEEKDAY_LEAD.search(text, max(0, start - 16), start)
    return lead.start() if lead else start


def _approx(text: str, start: int) -> int:
    lead = _APPROX.search(text, max(0, start - 16), start)
    return lead.start() if lead else start


def _half_of_day(part: str, hour: int) -> str:
    """am or pm, from the part of the day said with an hour ("in the afternoon", "at night", "in the pm")."""
    pm = ("afternoon" in part or "evening" in part or part.replace(".", "").endswith("pm")
          or "night" in part and 6 <= hour < 12)
    return "pm" if pm else "am"


def _hhmm(hour: int, minute: int, ampm: str | None) -> str | None:
    if ampm:
        if not 1 <= hour <= 12:
            return None
        pm = ampm.lower().startswith("p")
        hour = (hour % 12) + (12 if pm else 0)
    if not (0 <= hour <= 24 and 0 <= minute <= 59):
        return None
    return f"{hour:02d}{minute:02d}"


def find_times(text: str) -> list[Candidate]:
    found: list[Candidate] = []
    for pattern in _TIME_PATTERNS:
        for m in pattern.finditer(text):
            groups = m.groupdict()
            part = (groups.get("part") or "").lower()
            hour = _WORD_HOURS[groups["hw"].lower()] if groups.get("hw") else int(groups["h"])
            minute = int(groups.get("min") or 0)
            ampm = groups.get("ampm")
            if part and not ampm and 1 <= hour <= 12:
                ampm = _half_of_day(part, hour)
            kind = _hhmm(hour, minute, ampm)
            if kind:
                found.append(Candidate("TIME", _approx(text, m.start()), m.end(), 0.9, "TimePattern", kind))
    for m in _OCLOCK.finditer(text):
        if _CLOCK_FACE_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _CLOCK_FACE_AFTER.match(text, m.end()):
            continue  # "at my 2 o'clock", "the 12 o'clock of the aircraft": a direction, which the lesson needs
        hour = _WORD_HOURS[m.group("hw").lower()] if m.group("hw") else int(m.group("h"))
        part, ampm = (m.group("part") or "").lower(), m.group("ampm")
        if part and not ampm:
            ampm = _half_of_day(part, hour)
        kind = _hhmm(hour, 0, ampm) if ampm else ""
        found.append(Candidate("TIME", _approx(text, m.start()), m.end(), 0.9, "TimePattern", kind or ""))
    for m in _RANGE_END.finditer(text):
        hour, minute = (m.group("h"), m.group("min")) if m.group("h") else (m.group("h2"), m.group("min2"))
        start = m.start("h") if m.group("h") else m.start("h2")
        kind = _hhmm(int(hour), int(minute), None)
        if kind:
            found.append(Candidate("TIME", start, start + 4, 0.7, "MilitaryTimePattern", kind))
    for m in [*_NAMED_HOURS.finditer(text), *_NAMED_HOUR_ISH.finditer(text)]:
        kind = "2400" if m.group("v").lower() in ("midnight", "midnite") else "1200"
        found.append(Candidate("TIME", m.start("v"), m.end("v"), 0.7, "TimePattern", kind))
    for m in _QUARTER.finditer(text):
        said = m.group("hw").lower()
        hour = int(said) if said.isdigit() else _NOON_AND_MIDNIGHT.get(said) or _WORD_HOURS[said]
        minute = _MINUTE_WORDS[m.group("mw").lower().removeprefix("a").strip()]
        if m.group("rel").lower() in ("to", "til", "till", "of"):
            hour, minute = (hour - 1) or 12, 60 - minute
        part, ampm = (m.group("part") or "").lower(), m.group("ampm")
        if part and not ampm:
            ampm = _half_of_day(part, hour)
        if said in _NOON_AND_MIDNIGHT and not ampm:  # "half past midnight" is after midnight, not after noon
            ampm = "am" if said == "midnight" else "pm"
        kind = _hhmm(hour, minute, ampm) if ampm else ""
        found.append(Candidate("TIME", _approx(text, m.start()), m.end(), 0.95, "TimePattern", kind or ""))
    for m in _ON_THE_DOT.finditer(text):
        found.append(Candidate("TIME", _approx(text, m.start()), m.end("min") if m.group("min") else m.end("h"), 0.7,
                               "LooseHourPattern", ""))
    for m in _TIME_SAID.finditer(text):
        found.extend(_time_said(text, m))
    for m in _ISH_HOUR.finditer(text):
        found.append(Candidate("TIME", _approx(text, m.start()), m.end(), 0.7, "LooseHourPattern", ""))
    for m in _LOOSE_HOUR.finditer(text):
        if m.group("min") and not _AT_BEFORE.search(text, max(0, m.start() - 6), m.start()):
            continue  # "at like 630 lol": the colon left out as well (but "crowd approx 400," is a count)
        hour = "hw" if m.group("hw") else "h"
        end = m.end("min") if m.group("min") else m.end()
        found.append(Candidate("TIME", m.start(hour), end, 0.55, "LooseHourPattern", ""))
    for m in _HOUR_RANGE.finditer(text):
        for hour in ("a", "b"):
            found.append(Candidate("TIME", m.start(hour), m.end(hour), 0.6, "LooseHourPattern", ""))
    for m in _AT_TIME_THEN_PEOPLE.finditer(text):
        kind = _hhmm(int(m.group("h")), int(m.group("min")), None)
        if kind:
            found.append(Candidate("TIME", m.start("h"), m.end("min"), 0.7, "MilitaryTimePattern", kind))
    for m in _MILITARY.finditer(text):
        hour = int(m.group("h"))
        part = _PART_AFTER.match(text, m.end("min"))
        if part and 1 <= hour <= 11 and _half_of_day(part.group("part").lower(), hour) == "pm":
            hour += 12  # "like 1130 at night": a clock's time written without its colon, not a military one
        kind = _hhmm(hour, int(m.group("min")), None)
        if kind:
            seconds = _SECONDS.match(text, m.end("min"))  # "0144:02" in a CAD log
            end = seconds.end() if seconds else m.end("min")
            found.append(Candidate("TIME", _approx(text, m.start("h")), end, 0.7, "MilitaryTimePattern", kind))
    return found


def _time_said(text: str, m: re.Match[str]) -> list[Candidate]:
    ampm, part = m.group("ampm"), (m.group("part") or "").lower()
    said_like_a_clock = m.group("tens") or m.group("hours") or m.group("said").lower().startswith(("oh", "zero"))
    cued = m.start("said") > m.start()
    if not (cued or ampm or part or said_like_a_clock):
        return []
    if m.group("tens"):  # "two three hundred": twenty-three hundred
        hour, minute = _said(m.group("tens")) * 10 + _said(m.group("units")), 0
    else:
        hour, minute = _said(m.group("hour")), _said(m.group("minutes"))
    if part and not ampm and 1 <= hour <= 12:
        ampm = _half_of_day(part, hour)
    kind = _hhmm(hour, minute, ampm) if ampm or said_like_a_clock or hour > 12 else ""
    if kind is None:
        return []
    return [Candidate("TIME", m.start("said"), m.end(), 0.8, "TimeSaidPattern", kind)]

