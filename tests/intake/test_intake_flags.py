"""The intake stage flags what looks wrong for the reviewer and never drops a submission."""

from __future__ import annotations

from intake.stage import check_submission
from intake.submit import ReportInput, accept_report
from models.tables import Submission

LONG = ("I was working a crash in fog on the interstate and had set my flares about two hundred feet back when a "
        "pickup came through them at speed and struck the wrecker, which slid toward me as I stepped behind the "
        "guardrail. We now set the first flare much farther back.")


def submit(runtime, narrative: str, **characteristics: object) -> int:
    accepted = accept_report(runtime.db, runtime.desk_lock, runtime.pepper,
                             ReportInput(narrative=narrative, characteristics=characteristics))
    sent: list[int] = []
    assert check_submission(runtime.db, accepted.submission_id, send_to_scrub=sent.append)
    assert sent == [accepted.submission_id]  # always handed on, whatever the flags
    return accepted.submission_id


def flags_of(runtime, submission_id: int) -> dict[str, dict]:
    with runtime.db.session() as session:
        return {flag["kind"]: flag for flag in session.get(Submission, submission_id).flags}


def test_a_nearly_empty_report_is_flagged_and_still_sent_on(runtime):
    assert "nearly_empty" in flags_of(runtime, submit(runtime, "almost got hit"))
    assert "nearly_empty" not in flags_of(runtime, submit(runtime, LONG))


def test_the_same_text_twice_is_flagged_on_the_later_one(runtime):
    first = submit(runtime, LONG)
    second = submit(runtime, "  " + LONG.upper() + " ")  # case and spacing do not hide a duplicate
    assert "duplicate_text" not in flags_of(runtime, first)
    assert flags_of(runtime, second)["duplicate_text"]["submission_ids"] == [first]


def test_two_accounts_of_one_incident_are_flagged_for_matching(runtime):
    incident = {"incident_month": "2026-03", "call_type": "crash_scene_roadside_work", "region": "south"}
    first = submit(runtime, LONG, **incident)
    second = submit(runtime, "My partner and I were both on that crash scene. " + LONG, **incident)
    other = submit(runtime, LONG + " Different.", incident_month="2026-04", call_type="traffic_stop", region="south")
    assert flags_of(runtime, second)["possible_same_incident"]["submission_ids"] == [first]
    assert "possible_same_incident" not in flags_of(runtime, other)


def test_checking_twice_flags_once(runtime):
    submission_id = submit(runtime, "almost got hit")
    check_submission(runtime.db, submission_id, send_to_scrub=lambda _: None)
    with runtime.db.session() as session:
        kinds = [flag["kind"] for flag in session.get(Submission, submission_id).flags]
    assert kinds.count("nearly_empty") == 1
