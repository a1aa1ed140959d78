"""The publish stage: only approved, re-checked text goes out, generalised until it is one of k."""

from __future__ import annotations

from datetime import date

from sqlmodel import select

from models.tables import PublishedReport, Submission
from publisher.archive import Query, one, search
from publisher.stage import PublishPolicy, publish_submission, release_day
from tests.publisher.conftest import no_findings

TODAY = date(2026, 11, 28)


def published(runtime) -> list[PublishedReport]:
    with runtime.db.session() as session:
        return list(session.exec(select(PublishedReport).order_by(PublishedReport.id)).all())


def test_an_approved_report_is_published_once_with_a_public_id(runtime, approve):
    submission_id = approve()
    assert publish_submission(runtime.db, submission_id, recheck=no_findings, today=TODAY) == "LEO-2026-0001"
    assert publish_submission(runtime.db, submission_id, recheck=no_findings, today=TODAY) is None
    second = approve()
    assert publish_submission(runtime.db, second, recheck=no_findings, today=TODAY) == "LEO-2026-0002"
    with runtime.db.session() as session:
        assert session.get(Submission, submission_id).status == "published"
    assert [r.public_id for r in published(runtime)] == ["LEO-2026-0001", "LEO-2026-0002"]


def test_a_reintroduced_identifier_blocks_publication_with_the_real_scrubber(runtime, approve, scrubber):
    from scrubber.recheck import find_identifiers

    submission_id = approve("Officer Dana Whitfield of Dublin PD saw the driver reach for a 9mm.")
    assert publish_submission(runtime.db, submission_id, recheck=find_identifiers, today=TODAY) is None
    with runtime.db.session() as session:
        submission = session.get(Submission, submission_id)
    assert submission.status == "scrubbed"  # back in the review queue
    blocked = next(flag for flag in submission.flags if flag["kind"] == "publication_blocked")
    assert {"PERSON", "AGENCY"} <= {finding["type"] for finding in blocked["findings"]}
    assert published(runtime) == []


def test_placeholders_and_kept_spans_do_not_block(runtime, approve, scrubber):
    from scrubber.recheck import find_identifiers

    clean = approve("[OFFICER 1] and I stopped a car on [LOCATION 1] at [1801-2400]; the driver reached for a 9mm.")
    assert publish_submission(runtime.db, clean, recheck=find_identifiers, today=TODAY)
    kept = approve("We trained on the Tueller drill the week before, and it saved me.")
    with runtime.db.transaction() as session:
        session.get(Submission, kept).kept_spans = ["Tueller"]
    assert publish_submission(runtime.db, kept, recheck=find_identifiers, today=TODAY)


def test_the_first_reports_are_generalised_and_later_ones_keep_detail(runtime, approve):
    detail = {"call_type": "traffic_stop", "state": "ohio", "agency_type": "county_police", "agency_size": "10_24",
              "incident_month": "2026-03", "time_of_day": "1801_2400"}
    first = approve(**detail)
    publish_submission(runtime.db, first, recheck=no_findings, policy=PublishPolicy(k_anonymity=3), today=TODAY)
    report = published(runtime)[0]
    assert "state" not in report.characteristics and report.characteristics["region"] == "midwest"
    assert "incident_month" not in report.characteristics and report.characteristics["incident_year"] == "2026"
    assert report.generalised[:2] == ["state", "incident_month"]
    assert report.characteristics["time_of_day"] == "1801_2400"  # the time block is not a quasi-identifier
    # Once two coarse peers exist, a third with the same coarse values needs no further generalisation.
    for _ in range(2):
        publish_submission(runtime.db, approve(call_type="traffic_stop", region="midwest", incident_month="2026-03"),
                           recheck=no_findings, policy=PublishPolicy(k_anonymity=3), today=TODAY)
    third = approve(call_type="traffic_stop", region="midwest", incident_month="2026-03")
    publish_submission(runtime.db, third, recheck=no_findings, policy=PublishPolicy(k_anonymity=3), today=TODAY)
    assert published(runtime)[-1].characteristics["incident_month"] == "2026-03"
    assert published(runtime)[-1].generalised == []


def test_a_linked_submission_publishes_as_a_supplement(runtime, approve):
    primary = approve(title="Primary account")
    publish_submission(runtime.db, primary, recheck=no_findings, today=TODAY)
    supplement = approve(title="Partner's account")
    with runtime.db.transaction() as session:
        session.get(Submission, supplement).linked_to_id = primary
    publish_submission(runtime.db, supplement, recheck=no_findings, today=TODAY)
    shown = one(runtime.db, "LEO-2026-0001", today=TODAY)
    assert [s["title"] for s in shown["supplements"]] == ["Partner's account"]


def test_a_scheduled_batch_stays_hidden_until_its_release_day(runtime, approve):
    assert release_day("daily", TODAY) == date(2026, 11, 29)
    assert release_day("weekly", TODAY) == date(2026, 11, 30)  # the next Monday
    submission_id = approve()
    publish_submission(runtime.db, submission_id, recheck=no_findings, policy=PublishPolicy(schedule="weekly"),
                       today=TODAY)
    assert search(runtime.db, Query(), today=TODAY)["total"] == 0
    assert one(runtime.db, "LEO-2026-0001", today=TODAY) is None
    assert search(runtime.db, Query(), today=date(2026, 11, 30))["total"] == 1
