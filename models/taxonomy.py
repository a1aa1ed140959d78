"""The incident taxonomy of shared/TAXONOMY.md, defined once.

The intake form, the API's validation, the archive's filters and the statistics all read these definitions, so
a new choice is added here and nowhere else. Values are short stable slugs (stored and used in URLs); labels are
what people read. Every choice field also accepts "unknown" (Unknown / prefer not to say).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

UNKNOWN = "unknown"
UNKNOWN_LABEL = "Unknown / prefer not to say"


def slug(label: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", label.lower().replace("1,000", "1000")).strip("_")


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class Field:
    key: str
    label: str
    section: str
    choices: tuple[Choice, ...] = ()
    multiple: bool = False
    help: str = ""
    # Quasi-identifiers are the banded fields that, taken together, could single out a small agency; the
    # publisher's k-anonymity check reads this flag.
    quasi_identifier: bool = False
    kind: str = "choice"  # "choice" or "month"

    def choice_values(self) -> set[str]:
        return {c.value for c in self.choices} | {UNKNOWN}

    def label_for(self, value: str) -> str:
        for choice in self.choices:
            if choice.value == value:
                return choice.label
        return UNKNOWN_LABEL if value == UNKNOWN else value


def _choices(*labels: str) -> tuple[Choice, ...]:
    return tuple(Choice(slug(label), label) for label in labels)


REPORTER = "About you (banded so that no one can be singled out)"
INCIDENT = "The incident"
SUBJECTS = "Subjects"
FACTORS = "What contributed and what helped"

US_STATES = (
    "Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware",
    "District of Columbia", "Florida", "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas",
    "Kentucky", "Louisiana", "Maine", "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi",
    "Missouri", "Montana", "Nebraska", "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York",
    "North Carolina", "North Dakota", "Ohio", "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island",
    "South Carolina", "South Dakota", "Tennessee", "Texas", "Utah", "Vermont", "Virginia", "Washington",
    "West Virginia", "Wisconsin", "Wyoming", "Puerto Rico", "Guam", "U.S. Virgin Islands",
    "American Samoa", "Northern Mariana Islands",
)

# US Census regions, so that a state can be generalised to its region before publication.
STATE_REGION: dict[str, str] = {}
for _region, _states in {
    "northeast": ("Connecticut", "Maine", "Massachusetts", "New Hampshire", "Rhode Island", "Vermont",
                  "New Jersey", "New York", "Pennsylvania"),
    "midwest": ("Illinois", "Indiana", "Michigan", "Ohio", "Wisconsin", "Iowa", "Kansas", "Minnesota",
                "Missouri", "Nebraska", "North Dakota", "South Dakota"),
    "south": ("Delaware", "District of Columbia", "Florida", "Georgia", "Maryland", "North Carolina",
              "South Carolina", "Virginia", "West Virginia", "Alabama", "Kentucky", "Mississippi", "Tennessee",
              "Arkansas", "Louisiana", "Oklahoma", "Texas"),
    "west": ("Arizona", "Colorado", "Idaho", "Montana", "Nevada", "New Mexico", "Utah", "Wyoming", "Alaska",
             "California", "Hawaii", "Oregon", "Washington"),
    "territories": ("Puerto Rico", "Guam", "U.S. Virgin Islands", "American Samoa", "Northern Mariana Islands"),
}.items():
    for _state in _states:
        STATE_REGION[slug(_state)] = _region


FIELDS: tuple[Field, ...] = (
    Field("involvement", "How were you involved?", REPORTER,
          _choices("directly involved", "witnessed it", "told about it")),
    Field("role", "Your role", REPORTER,
          _choices("sworn officer / deputy / trooper", "supervisor", "corrections officer",
                   "dispatcher / telecommunicator", "civilian staff", "other")),
    Field("years_of_service", "Years of service", REPORTER,
          _choices("under 1", "1–2", "3–5", "6–10", "11–15", "16–20", "over 20"), quasi_identifier=False),
    Field("assignment", "Assignment", REPORTER,
          _choices("patrol", "traffic", "investigations", "tactical / SWAT", "K9", "narcotics / vice",
                   "school resource", "corrections / court", "training", "off duty", "other")),
    Field("agency_type", "Agency type", REPORTER,
          _choices("city / town / village police", "county police", "sheriff's office",
                   "state police / highway patrol", "tribal", "federal", "campus", "transit / port / airport",
                   "other"), quasi_identifier=True),
    Field("agency_size", "Agency size (sworn officers)", REPORTER,
          _choices("1–9", "10–24", "25–49", "50–99", "100–249", "250–499", "500–999", "1,000 or more"),
          quasi_identifier=True),
    Field("population_served", "Population served", REPORTER,
          _choices("under 10,000", "10,000–49,999", "50,000–99,999", "100,000–499,999", "500,000–999,999",
                   "1,000,000 or more"), quasi_identifier=True),
    Field("region", "Region (US Census)", REPORTER,
          _choices("Northeast", "Midwest", "South", "West", "territories"), quasi_identifier=True),
    Field("state", "State (published only where it cannot single anyone out)", REPORTER,
          _choices(*US_STATES), quasi_identifier=True),
    Field("incident_month", "Month and year of the incident", INCIDENT, kind="month",
          help="Month and year only; never the day.", quasi_identifier=True),
    Field("time_of_day", "Time of day", INCIDENT,
          (Choice("0001_0600", "0001–0600"), Choice("0601_1200", "0601–1200"),
           Choice("1201_1800", "1201–1800"), Choice("1801_2400", "1801–2400"))),
    Field("call_type", "Type of call or activity", INCIDENT,
          _choices("traffic stop", "vehicle pursuit", "foot pursuit", "crash scene / roadside work",
                   "traffic direction", "domestic disturbance", "disturbance / fight", "mental-health crisis",
                   "welfare check", "suspicious person or vehicle", "alarm / burglary", "robbery",
                   "shots fired / person with a gun", "warrant service", "building or area search",
                   "barricade / hostage", "ambush / unprovoked attack", "crowd or protest", "arrest / custody",
                   "prisoner transport", "jail / corrections", "court security", "training", "off duty",
                   "animal call", "fire, hazmat or water scene", "other"), quasi_identifier=True),
    Field("initiated_by", "Initiated by", INCIDENT,
          _choices("dispatched", "self-initiated / on view", "assisting another unit", "off duty")),
    Field("near_harm", "What nearly happened", INCIDENT,
          _choices("shot or shot at", "struck by a vehicle", "vehicle crash", "stabbed or cut", "assaulted",
                   "fall", "drowning", "exposure (fire, hazmat, biohazard)", "accidental discharge",
                   "friendly fire", "medical emergency", "other"), multiple=True),
    Field("outcome", "Outcome", INCIDENT,
          _choices("no injury", "minor injury", "injury to someone else", "property or vehicle damage only")),
    Field("officers_on_scene", "Officers on scene when it happened", INCIDENT,
          _choices("1", "2", "3–4", "5 or more")),
    Field("backup", "Backup", INCIDENT,
          _choices("on scene", "en route", "not available", "not requested")),
    Field("location_type", "Location type", INCIDENT,
          _choices("roadway / highway", "residence inside", "residence outside", "business", "school",
                   "open area / rural", "jail / station", "hospital", "inside a vehicle", "water", "other")),
    Field("lighting", "Lighting", INCIDENT,
          _choices("daylight", "dawn / dusk", "dark, lit", "dark, unlit", "indoors")),
    Field("weather", "Weather", INCIDENT,
          _choices("clear", "rain", "snow / ice", "fog", "wind", "extreme heat", "extreme cold")),
    Field("subjects_involved", "Subjects involved", SUBJECTS, _choices("none", "1", "2", "3 or more")),
    Field("subject_weapons", "Subject weapons", SUBJECTS,
          _choices("none seen", "handgun", "long gun", "knife / edged weapon", "blunt object", "vehicle",
                   "hands / feet", "other"), multiple=True),
    Field("subject_condition", "Subject condition", SUBJECTS,
          _choices("alcohol", "drugs", "mental-health crisis", "none apparent"), multiple=True),
    Field("subject_behaviour", "Subject behaviour", SUBJECTS,
          _choices("fled", "fought / resisted", "feigned compliance", "concealed a weapon", "ambushed", "other"),
          multiple=True),
    Field("equipment", "Equipment involved", FACTORS,
          _choices("body armour", "firearm", "conducted energy weapon", "OC spray", "baton", "radio",
                   "body camera", "vehicle", "lights / siren", "flashlight", "restraints",
                   "tourniquet / medical kit", "seat belt", "other"), multiple=True),
    Field("contributing_factors", "Contributing factors", FACTORS,
          _choices("situational awareness", "complacency", "communication (radio, dispatch information)",
                   "decision making", "deviation from policy or training", "training gap",
                   "tactics / positioning", "equipment failure or unavailable", "fatigue", "staffing / backup",
                   "officer health or wellness", "supervision", "environment (light, weather, terrain)",
                   "traffic / roadway design", "other"), multiple=True),
    Field("prevented_by", "What prevented harm", FACTORS,
          _choices("training", "partner / backup", "equipment", "subject's choice", "luck", "other"),
          multiple=True),
)

FIELDS_BY_KEY: dict[str, Field] = {f.key: f for f in FIELDS}
SECTIONS: tuple[str, ...] = tuple(dict.fromkeys(f.section for f in FIELDS))

TOPIC_TAGS: tuple[str, ...] = (
    "roadway safety", "low-light conditions", "communications", "equipment issues", "decision making",
    "mental health", "pursuits", "off duty", "firearms safety", "training safety", "ambush", "domestic calls",
    "officer wellness", "tactics",
)

_MONTH = re.compile(r"^(\d{4})-(\d{2})$")


@dataclass
class ValidationResult:
    values: dict[str, str | list[str]] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)


def validate_characteristics(raw: dict[str, object], today: date | None = None) -> ValidationResult:
    """Check submitted characteristics against the taxonomy; unknown keys and bad values become errors.

    Empty values are dropped (every field is optional); "unknown" is kept so the statistics can count it.
    """
    result = ValidationResult()
    today = today or date.today()
    for key, value in raw.items():
        spec = FIELDS_BY_KEY.get(key)
        if spec is None:
            result.errors[key] = f"'{key}' is not a characteristic this form asks about"
            continue
        if value in (None, "", []):
            continue
        if spec.kind == "month":
            match = _MONTH.match(str(value))
            if not match or not 1 <= int(match.group(2)) <= 12:
                result.errors[key] = "Give the month as YYYY-MM, for example 2026-03"
            elif (int(match.group(1)), int(match.group(2))) > (today.year, today.month):
                result.errors[key] = "That month has not happened yet"
            elif int(match.group(1)) < 1990:
                result.errors[key] = "Reports about incidents before 1990 are not accepted"
            else:
                result.values[key] = str(value)
            continue
        allowed = spec.choice_values()
        if spec.multiple:
            items = value if isinstance(value, list) else [value]
            bad = [str(v) for v in items if str(v) not in allowed]
            if bad:
                result.errors[key] = f"Not a choice for {spec.label.lower()}: {', '.join(bad)}"
            else:
                order = {c.value: i for i, c in enumerate(spec.choices)}
                result.values[key] = sorted(set(map(str, items)), key=lambda v: order.get(v, len(order)))
        else:
            if isinstance(value, list) or str(value) not in allowed:
                result.errors[key] = f"Not a choice for {spec.label.lower()}: {value}"
            else:
                result.values[key] = str(value)
    return result


def label(key: str, value: str) -> str:
    spec = FIELDS_BY_KEY.get(key)
    return spec.label_for(value) if spec else value
