"""The review decisions through the API, as a reviewer makes them."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlmodel import select

from models.tables import AuditEvent, PublishedReport, Submission
from reviewer.accounts import create_reviewer
from tests.reviewer.conftest import PASSWORD, login


def detail(client, submission_id: int) -> dict:
    response = client.get(f"/api/v1/review/{submission_id}")
    assert response.status_code == 200, response.text
    return response.json()


def test_the_queue_shows_age_and_flags_oldest_first(runtime, client, reviewer_account, scrubbed_submission):
    submission_id, _ = scrubbed_submission
    with runtime.db.transaction() as session:
        newer = Submission(status="scrubbed", flags=[{"kind": "nearly_empty", "detail": "3 words"}])
        session.add(newer)
        older = session.get(Submission, submission_id)
        older.received_on = older.received_on - timedelta(days=3)
    login(client)
    items = client.get("/api/v1/review/queue").json()["items"]
    assert [item["id"] for item in items] == [submission_id, newer.id]
    assert items[0]["age_days"] == 3
    flagged = client.get("/api/v1/review/queue", params={"flag": "nearly_empty"}).json()["items"]
    assert [item["id"] for item in flagged] == [newer.id]


def test_one_submission_shows_original_draft_and_findings_and_the_view_is_audited(
        runtime, client, reviewer_account, scrubbed_submission):
    submission_id, _ = scrubbed_submission
    login(client)
    item = detail(client, submission_id)
    assert "Kendrick Moss" in item["original"]
    assert "Kendrick" not in item["scrubbed"] and "Ortiz" not in item["scrubbed"]
    types = {f["entity_type"] for f in item["findings"]}
    assert {"PERSON", "PLACE", "TIME"} <= types
    assert all({"start", "end", "score", "recognizer", "placeholder"} <= set(f) for f in item["findings"])
    with runtime.db.session() as session:
        viewed = session.exec(select(AuditEvent).where(AuditEvent.action == "viewed_original")).one()
    assert viewed.actor == "reviewer:ana" and viewed.at is not None


def test_toggling_a_finding_restores_its_text_and_back(client, reviewer_account, scrubbed_submission):
    submission_id, _ = scrubbed_submission
    csrf = login(client)
    findings = detail(client, submission_id)["findings"]
    index = next(i for i, f in enumerate(findings) if f["text"] == "Elm Street")
    off = client.post(f"/api/v1/review/{submission_id}/draft", headers=csrf, json={"toggles": {str(index): False}})
    assert off.status_code == 200 and "Elm Street" in off.json()["text"]
    on = client.post(f"/api/v1/review/{submission_id}/draft", headers=csrf, json={"toggles": {str(index): True}})
    assert "Elm Street" not in on.json()["text"]


def test_redacting_and_editing_rescrub_and_warn(client, reviewer_account, scrubbed_submission):
    submission_id, _ = scrubbed_submission
    csrf = login(client)
    redacted = client.post(f"/api/v1/review/{submission_id}/draft", headers=csrf, json={"redact": "van"}).json()
    assert "[REDACTED]" in redacted["text"] and " van " not in redacted["text"]
    edited = client.post(f"/api/v1/review/{submission_id}/draft", headers=csrf,
                         json={"text": redacted["text"] + " Officer Dana Whitfield helped."}).json()
    assert edited["edited"]
    assert any("Whitfield" in w["text"] for w in edited["warnings"])


def test_approval_is_refused_while_an_identifier_is_in_the_text(client, reviewer_account, scrubbed_submission):
    submission_id, _ = scrubbed_submission
    csrf = login(client)
    response = client.post(f"/api/v1/review/{submission_id}/approve", headers=csrf,
                           json={"title": "Stop", "text": "Officer Dana Whitfield saw the 9mm."})
    assert response.status_code == 409
    assert any("Whitfield" in w["text"] for w in response.json()["warnings"])
    # A reviewer may keep a span on purpose (say, a public figure); the publisher then lets it through too.
    kept = client.post(f"/api/v1/review/{submission_id}/approve", headers=csrf,
                       json={"title": "Stop", "text": "Officer Dana Whitfield saw the 9mm.",
                             "keep": ["Dana Whitfield", "Whitfield", "Dana"]})
    assert kept.status_code == 200, kept.text


def test_approve_publishes_through_the_pipeline(runtime, client, reviewer_account, scrubbed_submission,
                                                run_pipeline):
    submission_id, _ = scrubbed_submission
    csrf = login(client)
    response = client.post(f"/api/v1/review/{submission_id}/approve", headers=csrf,
                           json={"title": "Hands under the seat", "summary": "Watch the hands.",
                                 "tags": ["firearms safety"]})
    assert response.json()["status"] == "approved"
    run_pipeline()
    with runtime.db.session() as session:
        report = session.exec(select(PublishedReport)).one()
    assert report.title == "Hands under the seat" and "Kendrick" not in report.narrative
    assert report.tags == ["firearms safety"]
    assert "state" not in report.characteristics  # generalised to the region for the archive's first report
    assert report.characteristics["region"] == "midwest"


def test_reject_needs_a_reason(client, reviewer_account, scrubbed_submission):
    submission_id, _ = scrubbed_submission
    csrf = login(client)
    assert client.post(f"/api/v1/review/{submission_id}/reject", headers=csrf, json={"reason": " "}).status_code == 409
    assert client.post(f"/api/v1/review/{submission_id}/reject", headers=csrf,
                       json={"reason": "Not a near miss"}).json()["status"] == "rejected"
    assert detail(client, submission_id)["status"] == "rejected"


def test_a_question_reaches_the_reporter_and_the_answer_comes_back(client, reviewer_account, scrubbed_submission):
    submission_id, codename = scrubbed_submission
    csrf = login(client)
    asked = client.post(f"/api/v1/review/{submission_id}/request-info", headers=csrf,
                        json={"question": "Was your partner on scene when the driver reached?"})
    assert asked.json()["status"] == "needs_info"
    reporter = client.post("/api/v1/receipt/status", json={"receipt": codename}).json()
    assert reporter["status"] == "needs_info"
    assert reporter["messages"][0]["body"] == "Was your partner on scene when the driver reached?"
    assert client.post("/api/v1/receipt/reply", json={"receipt": codename,
                                                       "message": "Yes, on the passenger side."}).status_code == 200
    item = detail(client, submission_id)
    assert item["status"] == "scrubbed"  # back in the queue
    assert [m["body"] for m in item["messages"]] == ["Was your partner on scene when the driver reached?",
                                                     "Yes, on the passenger side."]


def test_a_claim_keeps_a_second_reviewer_out_until_it_expires(runtime, app, reviewer_account, scrubbed_submission):
    from fastapi.testclient import TestClient

    submission_id, _ = scrubbed_submission
    create_reviewer(runtime.db, "ben", PASSWORD)
    with TestClient(app) as ana, TestClient(app) as ben:
        ana_csrf, ben_csrf = login(ana), login(ben, "ben")
        assert ana.post(f"/api/v1/review/{submission_id}/claim", headers=ana_csrf).status_code == 200
        refused = ben.post(f"/api/v1/review/{submission_id}/draft", headers=ben_csrf, json={"redact": "van"})
        assert refused.status_code == 409 and "ana" in refused.json()["detail"]
        with runtime.db.transaction() as session:
            session.get(Submission, submission_id).claim_expires_at = datetime.now(UTC) - timedelta(minutes=1)
        assert ben.post(f"/api/v1/review/{submission_id}/claim", headers=ben_csrf).status_code == 200


def test_a_second_reviewer_must_approve_when_the_deployment_requires_it(runtime, app, reviewer_account,
                                                                        scrubbed_submission):
    from fastapi.testclient import TestClient

    from pipeline.apps import REVIEW_PREFIXES

    submission_id, _ = scrubbed_submission
    create_reviewer(runtime.db, "ben", PASSWORD)
    review = next(candidate for prefixes, candidate in app.routes if prefixes == REVIEW_PREFIXES)
    review.state.deps.require_second_approval = True
    review.state.deps.send_to_publish = lambda _id: None
    with TestClient(app) as ana, TestClient(app) as ben:
        ana_csrf, ben_csrf = login(ana), login(ben, "ben")
        first = ana.post(f"/api/v1/review/{submission_id}/approve", headers=ana_csrf, json={"title": "Stop"})
        assert first.json()["status"] == "awaiting_second_approval"
        again = ana.post(f"/api/v1/review/{submission_id}/approve", headers=ana_csrf, json={"title": "Stop"})
        assert again.json()["status"] == "awaiting_second_approval"  # the same reviewer twice is not two
        ana.post(f"/api/v1/review/{submission_id}/claim", headers=ana_csrf)
        with runtime.db.transaction() as session:
            session.get(Submission, submission_id).claimed_by = None
        second = ben.post(f"/api/v1/review/{submission_id}/approve", headers=ben_csrf, json={"title": "Stop"})
        assert second.json()["status"] == "approved"
    with runtime.db.session() as session:
        assert session.get(Submission, submission_id).approvals == ["ana", "ben"]


def test_linking_marks_a_supplemental_account(runtime, client, reviewer_account, scrubbed_submission):
    submission_id, _ = scrubbed_submission
    with runtime.db.transaction() as session:
        primary = Submission(status="scrubbed")
        session.add(primary)
    csrf = login(client)
    assert client.post(f"/api/v1/review/{submission_id}/link", headers=csrf,
                       json={"other_id": primary.id}).status_code == 200
    assert detail(client, submission_id)["linked_to_id"] == primary.id


def test_the_audit_trail_records_who_did_what_and_never_an_address(runtime, client, reviewer_account,
                                                                   scrubbed_submission):
    submission_id, _ = scrubbed_submission
    create_reviewer(runtime.db, "root", PASSWORD, is_admin=True)
    csrf = login(client)
    detail(client, submission_id)
    client.post(f"/api/v1/review/{submission_id}/reject", headers=csrf, json={"reason": "duplicate"})
    with runtime.db.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.submission_id == submission_id)).all()
    actions = [(e.actor, e.action, e.to_status) for e in events]
    assert ("reviewer:ana", "viewed_original", None) in actions
    assert ("reviewer:ana", "transition", "rejected") in actions
    assert not any("127.0.0.1" in (e.detail or "") or "testclient" in (e.detail or "") for e in events)
