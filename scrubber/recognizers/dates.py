"""Calendar dates and clock times in the formats officers write them.

A date's `kind` carries its month and year (YYYYMM) when the text gives both, so that the placeholder can keep
them ASRS-style; a time's `kind` carries its hour and minute (HHMM, 24-hour) for the six-hour block.
"""

from __future__ import annotations

import datetime as _dt
import re

from scrubber.candidates import Candidate, group_span
from scrubber.lexicon import MONTHS, words

_MONTH = (
    r"(?P<mon>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
    r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)
_WEEKDAY = r"(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs?)?|fri|sat(?:ur)?|sun)(?:day)?\.?,?\s+)"
_ORD = r"(?:st|nd|rd|th)"
_YEAR = r"(?P<year>(?:19|20)\d{2}|'?\d{2})"

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
    # on the 14th / Tuesday the 9th / saturday the 14th
    re.compile(rf"\b{_WEEKDAY}the\s+\d{{1,2}}{_ORD}\b", re.I),
    re.compile(
        rf"\b(?:on|of|since|until|til)\s+(?P<v>the\s+\d{{1,2}}{_ORD})\b(?!\s+(?:floor|grade|time|round|precinct|"
        rf"district|street|st|avenue|ave|division|ward|century|percentile|place|shot|lap|level|story|row))",
        re.I,
    ),
    # month and year alone: "in March 2024"
    re.compile(rf"\b{_MONTH}\s+(?P<year>(?:19|20)\d{{2}})\b", re.I),
]

_HOLIDAYS = re.compile(
    r"\b(?:(?:the\s+)?day\s+(?:after|before)\s+)?(?:new\s+year'?s(?:\s+(?:eve|day))?|christmas(?:\s+(?:eve|day))?|"
    r"thanksgiving(?:\s+day)?|(?:fourth|4th)\s+of\s+july|independence\s+day|halloween|memorial\s+day|"
    r"labor\s+day|veterans'?\s+day|mlk\s+day|martin\s+luther\s+king\s+(?:jr\.?\s+)?day|easter(?:\s+sunday)?|"
    r"mother'?s\s+day|father'?s\s+day|valentine'?s\s+day|st\.?\s+patrick'?s\s+day|black\s+friday|"
    r"super\s+bowl\s+sunday|cinco\s+de\s+mayo|juneteenth|presidents'?\s+day|columbus\s+day|good\s+friday)\b",
    re.I,
)

_AMPM = r"(?P<ampm>[ap]\.?\s?m\b\.?)"
_TIME_PATTERNS = [
    # 11:20 p.m. / 14:30 / 2:15 am
    re.compile(rf"(?<![\d:])(?P<h>\d{{1,2}}):(?P<min>[0-5]\d)(?:\s*{_AMPM})?(?:\s*(?:hrs|hours)\b)?", re.I),
    # 3 a.m. / 11 pm / 3am
    re.compile(rf"(?<![\d:.,$])\b(?P<h>1[0-2]|0?[1-9])\s*{_AMPM}", re.I),
    # 0230HRS / 2240 hours / 1420 hrs
    re.compile(r"(?<![\d/:.-])\b(?P<h>[01]\d|2[0-4])(?P<min>[0-5]\d)\s*(?:hrs|hours|hr|h)\b", re.I),
    # four in the afternoon / ten at night
    re.compile(
        r"\b(?P<hw>one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+o'?clock)?"
        r"\s+(?P<part>in\s+the\s+(?:morning|afternoon|evening)|at\s+night)\b",
        re.I,
    ),
]
# A bare four-digit military time needs a cue before it: "at 0410", "approx 1030", "@ 2217", "Disp'd 0347".
_MILITARY = re.compile(
    r"(?:\b(?:at|approx|approximately|about|around|abt|by|until|till|til|before|after|since|disp'd|dispatched|"
    r"responded|arrived|cleared|time|like)\.?\s*|@\s*(?:about\s+|approx\.?\s+|approximately\s+|around\s+)?|"
    r"(?<=\d\d)\s+|(?<=[,;]\s)|^|(?<=\n))"
    r"(?P<h>[01]\d|2[0-4])(?P<min>[0-5]\d)\b(?!\s*(?:block|blk|feet|ft|foot|yards|yds|mph|miles|rounds|people|"
    r"lbs|pounds|dollars|times|officers|hours\s+(?:of|later|into)|[-/]\d|,\d|\.\d|\s+[A-Z][a-z]+\s+(?:St|Ave|Rd)\b))",
    re.I,
)
_WORD_HOURS = {w: i for i, w in enumerate(
    words("zero one two three four five six seven eight nine ten eleven twelve"))}


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
            year = _year(groups.get("year"))
            kind = f"{year:04d}{month:02d}" if year and month else ""
            # "may 5" alone is more often a verb and a count than a date; keep only capitalised or caps "May".
            if groups.get("mon", "") and groups["mon"] == "may" and not groups.get("year"):
                continue
            start, end = group_span(m)
            found.append(Candidate("DATE", start, end, 0.9, "DatePattern", kind))
    for m in _HOLIDAYS.finditer(text):
        found.append(Candidate("DATE", m.start(), m.end(), 0.85, "HolidayDeny", ""))
    return found


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
            if groups.get("hw"):
                hour = _WORD_HOURS[groups["hw"].lower()]
                part = groups["part"].lower()
                pm = "afternoon" in part or "evening" in part or ("night" in part and hour >= 6)
                kind = _hhmm(hour, 0, "pm" if pm else "am")
            else:
                kind = _hhmm(int(groups["h"]), int(groups.get("min") or 0), groups.get("ampm"))
            if kind:
                found.append(Candidate("TIME", m.start(), m.end(), 0.9, "TimePattern", kind))
    for m in _MILITARY.finditer(text):
        kind = _hhmm(int(m.group("h")), int(m.group("min")), None)
        if kind:
            found.append(Candidate("TIME", m.start("h"), m.end("min"), 0.7, "MilitaryTimePattern", kind))
    return found
