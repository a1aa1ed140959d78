"""The reporter's API: submission, errors per field, limits, and anonymous follow-up with the codename."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from sqlmodel import select

from intake import submit
from intake.ratelimit import Limits, RateLimiter
from intake.receipts import wordlist
from intake.web import create_app
from models.states import Status, transition
from models.tables import ReporterMessage, Submission
from pipeline.apps import build_intake_app

NARRATIVE = "Officer Hunter stepped out of the lane as the truck passed within a foot of the cruiser at night."


def test_a_report_gets_a_seven_word_codename(client):
    response = client.post("/api/v1/reports", json={"narrative": NARRATIVE})
    assert response.status_code == 201
    words = response.json()["receipt"].split()
    assert len(words) == 7 and set(words) <= set(wordlist())


def test_every_bad_field_gets_its_own_message(client):
    response = client.post("/api/v1/reports", json={
        "narrative": "  ", "characteristics": {"call_type": "parade", "weather": "fog", "shoe_size": "9"}})
    assert response.status_code == 422
    errors = response.json()["detail"]["errors"]
    assert set(errors) == {"narrative", "call_type", "shoe_size"}
    unknown_field = client.post("/api/v1/reports", json={"narrative": NARRATIVE, "badge": "4471"})
    assert unknown_field.status_code == 422 and "badge" in unknown_field.json()["detail"]["errors"]


def test_an_over_long_narrative_is_refused_with_the_limit_named(client):
    response = client.post("/api/v1/reports", json={"narrative": "word " * 4100})
    assert response.status_code == 422
    assert "20,000" in response.json()["detail"]["errors"]["narrative"]


def test_an_oversized_body_gets_413_declared_or_streamed(client):
    assert client.post("/api/v1/reports", json={"narrative": "x" * 70_000}).status_code == 413

    def chunks():
        for _ in range(100):
            yield b"x" * 1024

    streamed = client.post("/api/v1/reports", content=chunks(), headers={"content-type": "application/json"})
    assert streamed.status_code == 413


def test_a_narrative_that_quotes_a_codename_is_refused(client):
    codename = client.post("/api/v1/reports", json={"narrative": NARRATIVE}).json()["receipt"]
    response = client.post("/api/v1/reports", json={"narrative": f"Follow-up to my report {codename}. " + NARRATIVE})
    assert response.status_code == 422
    assert "codename" in response.json()["detail"]["errors"]["narrative"]


@pytest.mark.parametrize("quoted", [
    "abacus t-shirt zebra yo-yo drop-down felt-tip acorn",
    "Abacus T-Shirt Zebra Yo-yo Drop-Down Felt-Tip Acorn",
    "abacus t shirt zebra yo yo drop down felt tip acorn",
])
def test_a_quoted_codename_with_hyphenated_words_is_refused(client, monkeypatch, quoted):
    # Four list words carry a hyphen; about one codename in 280 holds one, and it must be caught like any other.
    monkeypatch.setattr(submit, "new_codename", lambda: "abacus t-shirt zebra yo-yo drop-down felt-tip acorn")
    assert client.post("/api/v1/reports", json={"narrative": NARRATIVE}).status_code == 201
    response = client.post("/api/v1/reports", json={"narrative": f"My report {quoted}, again. " + NARRATIVE})
    assert response.status_code == 422


def test_too_many_submissions_get_429_with_retry_after(runtime):
    app = build_intake_app(runtime)
    app.state.limiter = RateLimiter(Limits(submissions_global="2/minute"))
    app.state.deps.send_to_intake = lambda _id: None
    with TestClient(app) as client:
        for _ in range(2):
            assert client.post("/api/v1/reports", json={"narrative": NARRATIVE}).status_code == 201
        refused = client.post("/api/v1/reports", json={"narrative": NARRATIVE})
    assert refused.status_code == 429 and int(refused.headers["retry-after"]) >= 1


def test_a_broker_outage_still_stores_the_report_and_logs_nothing(runtime, caplog):
    app = build_intake_app(runtime)

    def broker_down(_id: int) -> None:
        raise ConnectionError("broker unreachable")

    app.state.deps.send_to_intake = broker_down
    with TestClient(app) as client:
        assert client.post("/api/v1/reports", json={"narrative": NARRATIVE}).status_code == 201
    with runtime.db.session() as session:
        assert session.exec(select(Submission)).one().status == "received"
    # Nothing about the reporter's request is logged: the line's clock time would date the submission.
    assert [r for r in caplog.records if r.name.startswith(("intake", "pipeline", "uvicorn"))] == []


def test_the_reporter_follows_up_with_the_codename(runtime, client, run_pipeline, scrubber):
    codename = client.post("/api/v1/reports", json={"narrative": NARRATIVE}).json()["receipt"]
    run_pipeline()
    seen = client.post("/api/v1/receipt/status", json={"receipt": codename.upper()}).json()  # case forgiven
    assert seen["status"] == "scrubbed"
    assert "Hunter" not in seen["draft"]["narrative"] and "truck passed" in seen["draft"]["narrative"]
    assert client.post("/api/v1/receipt/consent", json={"receipt": codename, "agree": True}).status_code == 200
    objected = client.post("/api/v1/receipt/consent", json={"receipt": codename, "agree": False,
                                                             "comment": "the cruiser number is ours alone"})
    assert objected.status_code == 200
    with runtime.db.session() as session:
        submission = session.exec(select(Submission)).one()
        message = session.exec(select(ReporterMessage)).one()
    assert submission.reporter_consent == "identifies_me"
    assert any(f["kind"] == "reporter_says_identifies" for f in submission.flags)
    assert b"cruiser number" not in message.sealed_body  # sealed for the desk
    assert "cruiser number" in runtime.desk_key.open_json(message.sealed_body)["body"]


@pytest.mark.parametrize("typed_back", [
    "abacus t-shirt zebra yo-yo drop-down felt-tip acorn",
    "abacus t shirt zebra yo yo drop down felt tip acorn",
])
def test_a_codename_with_hyphenated_words_opens_its_draft(client, monkeypatch, run_pipeline, scrubber, typed_back):
    # The draft is sealed for the key the codename derives; a hyphen in the list's word must not change that key.
    monkeypatch.setattr(submit, "new_codename", lambda: "abacus t-shirt zebra yo-yo drop-down felt-tip acorn")
    assert client.post("/api/v1/reports", json={"narrative": NARRATIVE}).status_code == 201
    run_pipeline()
    seen = client.post("/api/v1/receipt/status", json={"receipt": typed_back})
    assert seen.status_code == 200 and seen.json()["status"] == "scrubbed"
    assert "truck passed" in seen.json()["draft"]["narrative"]
    assert client.post("/api/v1/receipt/consent", json={"receipt": typed_back, "agree": True}).status_code == 200


def test_withdrawing_destroys_the_raw_report_and_messages(runtime, client):
    codename = client.post("/api/v1/reports", json={"narrative": NARRATIVE}).json()["receipt"]
    client.post("/api/v1/receipt/reply", json={"receipt": codename, "message": "one more detail"})
    assert client.post("/api/v1/receipt/withdraw", json={"receipt": codename}).json()["status"] == "withdrawn"
    with runtime.db.session() as session:
        submission = session.exec(select(Submission)).one()
        assert session.exec(select(ReporterMessage)).all() == []
    assert submission.status == "withdrawn" and submission.sealed_report is None and submission.raw_destroyed
    assert client.post("/api/v1/receipt/withdraw", json={"receipt": codename}).status_code == 409


def test_a_published_report_cannot_be_withdrawn(runtime, client):
    codename = client.post("/api/v1/reports", json={"narrative": NARRATIVE}).json()["receipt"]
    with runtime.db.transaction() as session:
        submission = session.exec(select(Submission)).one()
        submission.status = Status.APPROVED.value
        transition(session, submission, Status.PUBLISHED, actor="worker:publish", public_id="LEO-2026-0001")
    refused = client.post("/api/v1/receipt/withdraw", json={"receipt": codename})
    assert refused.status_code == 409 and "published" in refused.json()["detail"]


def test_an_unknown_codename_is_404_and_says_nothing_more(client):
    response = client.post("/api/v1/receipt/status", json={"receipt": "one two three four five six seven"})
    assert response.status_code == 404 and "No report matches" in response.json()["detail"]


def test_create_app_uses_the_limits_it_is_given(runtime):
    app = create_app(build_intake_app(runtime).state.deps, RateLimiter(Limits(lookups_global="1/minute")))
    with TestClient(app) as client:
        assert client.post("/api/v1/receipt/status", json={"receipt": "a b c d e f g"}).status_code == 404
        assert client.post("/api/v1/receipt/status", json={"receipt": "a b c d e f g"}).status_code == 429
