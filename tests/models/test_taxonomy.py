from __future__ import annotations

from datetime import date
from pathlib import Path

from models.taxonomy import FIELDS, FIELDS_BY_KEY, STATE_REGION, UNKNOWN, validate_characteristics

TAXONOMY_MD = Path(__file__).resolve().parents[3] / "shared" / "TAXONOMY.md"


def test_every_field_of_the_taxonomy_document_is_defined():
    expected = {"involvement", "role", "years_of_service", "assignment", "agency_type", "agency_size",
                "population_served", "region", "state", "incident_month", "time_of_day", "call_type",
                "initiated_by", "near_harm", "outcome", "officers_on_scene", "backup", "location_type",
                "lighting", "weather", "subjects_involved", "subject_weapons", "subject_condition",
                "subject_behaviour", "equipment", "contributing_factors", "prevented_by"}
    assert set(FIELDS_BY_KEY) == expected
    assert len(FIELDS_BY_KEY["call_type"].choices) == 27
    assert len(FIELDS_BY_KEY["contributing_factors"].choices) == 15


def test_choice_labels_match_the_document():
    if not TAXONOMY_MD.exists():  # the document lives beside the repository, in shared/
        return
    text = TAXONOMY_MD.read_text()
    for field in FIELDS:
        for choice in field.choices:
            if field.key in {"state", "time_of_day"}:
                continue
            assert choice.label in text, f"{field.key}: {choice.label!r} is not in TAXONOMY.md"


def test_every_state_has_a_census_region():
    assert len(STATE_REGION) == len(FIELDS_BY_KEY["state"].choices)
    assert STATE_REGION["ohio"] == "midwest" and STATE_REGION["texas"] == "south"


def test_valid_values_pass_and_every_bad_value_gets_its_own_message():
    result = validate_characteristics(
        {"call_type": "traffic_stop", "near_harm": ["fall", "shot_or_shot_at"], "weather": UNKNOWN,
         "lighting": "moonlit", "bogus": "x", "incident_month": "2026-13", "outcome": ""},
        today=date(2026, 11, 28),
    )
    assert result.values == {"call_type": "traffic_stop", "near_harm": ["shot_or_shot_at", "fall"],
                             "weather": UNKNOWN}
    assert set(result.errors) == {"lighting", "bogus", "incident_month"}


def test_a_month_in_the_future_is_refused():
    assert "incident_month" in validate_characteristics({"incident_month": "2026-12"}, today=date(2026, 11, 28)).errors
    assert validate_characteristics({"incident_month": "2026-11"}, today=date(2026, 11, 28)).values
