from __future__ import annotations

from collections.abc import Iterable

import pytest

from models.tables import Submission


def no_findings(_text: str, _kept: Iterable[str]) -> list[object]:
    return []


@pytest.fixture
def approve(runtime):
    """Store an approved submission as a reviewer would leave it; returns its id."""

    def make(narrative: str = "I approached on the driver side at night and nearly got hit by traffic.",
             title: str = "Driver-side approach at night", **characteristics: object) -> int:
        with runtime.db.transaction() as session:
            submission = Submission(
                status="approved", approved_title=title, approved_summary="Approach on the passenger side.",
                approved_narrative=narrative, approved_lessons="Passenger-side approach at night.",
                characteristics=dict(characteristics) or {"call_type": "traffic_stop"},
            )
            session.add(submission)
            session.flush()
            return submission.id

    return make
