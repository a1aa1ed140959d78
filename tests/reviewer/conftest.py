from __future__ import annotations

import pyotp
import pytest

from intake.submit import ReportInput, accept_report
from reviewer.accounts import create_reviewer, finish_enrolment
from scrubber.stage import scrub_submission

PASSWORD = "correct horse battery staple"
NARRATIVE = ("Sgt. Maria Ortiz and I stopped a van on Elm Street at 2315 hrs. The driver, Kendrick Moss, reached "
             "under the seat for a 9mm. I stepped back to the B-pillar and gave commands until he showed his hands. "
             "Lesson: watch the hands and keep your distance.")


@pytest.fixture
def reviewer_account(runtime):
    return create_reviewer(runtime.db, "ana", PASSWORD)


@pytest.fixture
def scrubbed_submission(runtime, scrubber):
    """A submission the scrubber has worked on: (id, codename)."""
    accepted = accept_report(runtime.db, runtime.desk_lock, runtime.pepper, ReportInput(
        narrative=NARRATIVE, characteristics={"call_type": "traffic_stop", "state": "ohio"}))
    assert scrub_submission(runtime.db, runtime.desk_key, scrubber, accepted.submission_id)
    return accepted.submission_id, accepted.codename


def login(client, username: str = "ana", password: str = PASSWORD, totp: str | None = None) -> dict[str, str]:
    response = client.post("/api/v1/auth/login", json={"username": username, "password": password, "totp": totp})
    assert response.status_code == 200, response.text
    return {"X-CSRF-Token": response.json()["csrf_token"]}


def enrol(runtime, reviewer_id: int) -> pyotp.TOTP:
    secret = pyotp.random_base32()
    totp = pyotp.TOTP(secret)
    assert finish_enrolment(runtime.db, reviewer_id, secret, totp.now())
    return totp
