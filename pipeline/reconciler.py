"""Re-sends work that stalled: a lost message, a crashed worker or a broker outage delays a report, never
loses it.

Stall time is counted in sweeps, not clock time: a submission's row never records when anything happened to
it (a clock time could identify a reporter), so each sweep increments `stalled_sweeps` on every submission
still in a working state and re-sends those that reach the threshold. A transition resets the counter.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping

from sqlmodel import col, select

from models.db import Database
from models.states import WORKING_STATES, Status
from models.tables import Submission

log = logging.getLogger(__name__)

Sender = Callable[[int], object]


def reconcile(db: Database, senders: Mapping[Status, Sender], *, stall_sweeps: int) -> list[int]:
    """One sweep. Returns the ids re-sent. A send that fails (broker down) is retried on the next sweep."""
    due: list[tuple[Status, int]] = []
    with db.transaction() as session:
        stalled = session.exec(
            select(Submission).where(
                col(Submission.status).in_([s.value for s in WORKING_STATES]),
                col(Submission.needs_operator).is_(False),
            )
        ).all()
        for submission in stalled:
            submission.stalled_sweeps += 1
            if submission.stalled_sweeps >= stall_sweeps:
                due.append((Status(submission.status), submission.id))  # type: ignore[arg-type]
    resent: list[int] = []
    for status, submission_id in due:
        try:
            senders[status](submission_id)
        except Exception as error:  # noqa: BLE001  (the broker may be down: the next sweep tries again)
            log.warning("reconciler could not re-send submission %s: %s", submission_id, type(error).__name__)
            continue
        resent.append(submission_id)
        with db.transaction() as session:
            submission = session.get(Submission, submission_id)
            if submission is not None and submission.status == status.value:
                submission.stalled_sweeps = 0
    if resent:
        log.info("reconciler re-sent %d stalled submission(s)", len(resent))
    return resent


def default_senders() -> dict[Status, Sender]:
    from pipeline.actors import intake_submission, publish_submission

    return {Status.RECEIVED: intake_submission.send, Status.APPROVED: publish_submission.send}
