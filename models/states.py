"""The submission state machine.

received → scrubbed (awaiting review) → approved → published, with rejected and withdrawn as ends and
needs_info while a reviewer waits on the reporter. A transition is a conditional UPDATE (only from the state the
caller saw), so two workers handling a redelivered message cannot both move a submission; the loser sees False
and does nothing. Each transition writes one audit row in the same transaction, which the caller commits.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum

from sqlalchemy import update
from sqlmodel import Session

from models.tables import AuditEvent, Submission


class Status(StrEnum):
    RECEIVED = "received"
    SCRUBBED = "scrubbed"
    NEEDS_INFO = "needs_info"
    APPROVED = "approved"
    PUBLISHED = "published"
    REJECTED = "rejected"
    WITHDRAWN = "withdrawn"


TRANSITIONS: dict[Status, frozenset[Status]] = {
    Status.RECEIVED: frozenset({Status.SCRUBBED, Status.REJECTED, Status.WITHDRAWN}),
    # scrubbed → scrubbed is a re-scrub or a reviewer's save; it is audited like any move.
    Status.SCRUBBED: frozenset({Status.SCRUBBED, Status.APPROVED, Status.REJECTED, Status.NEEDS_INFO,
                                Status.WITHDRAWN}),
    Status.NEEDS_INFO: frozenset({Status.SCRUBBED, Status.APPROVED, Status.REJECTED, Status.WITHDRAWN}),
    # approved → scrubbed: the publisher's re-check found an identifier and sent it back to the queue.
    Status.APPROVED: frozenset({Status.PUBLISHED, Status.SCRUBBED, Status.WITHDRAWN, Status.REJECTED}),
    Status.PUBLISHED: frozenset(),
    Status.REJECTED: frozenset(),
    Status.WITHDRAWN: frozenset(),
}

# States in which a worker, not a person, owes the next step: the reconciler re-sends these when they stall.
WORKING_STATES: frozenset[Status] = frozenset({Status.RECEIVED, Status.APPROVED})
# States after which the raw narrative is no longer needed and retention starts counting.
FINAL_STATES: frozenset[Status] = frozenset({Status.PUBLISHED, Status.REJECTED, Status.WITHDRAWN})
# States a reviewer works on.
REVIEW_STATES: frozenset[Status] = frozenset({Status.SCRUBBED, Status.NEEDS_INFO})


class InvalidTransition(ValueError):
    pass


def audit(
    session: Session,
    *,
    actor: str,
    action: str,
    submission_id: int | None = None,
    from_status: str | None = None,
    to_status: str | None = None,
    detail: str = "",
    precise_time: bool = False,
) -> AuditEvent:
    """Write one audit row. Only reviewers' acts get a time of day: for anything a reporter or a worker does,
    a clock time would reveal when the reporter submitted, so those rows carry the day alone."""
    now = datetime.now(UTC)
    event = AuditEvent(
        submission_id=submission_id,
        actor=actor,
        action=action,
        from_status=from_status,
        to_status=to_status,
        detail=detail,
        on_day=now.date(),
        at=now if precise_time else None,
    )
    session.add(event)
    return event


def transition(
    session: Session,
    submission: Submission,
    to: Status,
    *,
    actor: str,
    detail: str = "",
    **changes: object,
) -> bool:
    """Move `submission` to `to`, with any other column `changes`, in the caller's transaction.

    Returns False, changing nothing, when the submission already left the state the caller loaded (a duplicate
    or redelivered message); raises InvalidTransition for a move the state machine does not allow.
    """
    current = Status(submission.status)
    if to not in TRANSITIONS[current]:
        if current == to:
            return False
        raise InvalidTransition(f"a {current} submission cannot become {to}")
    values: dict[str, object] = {"status": to.value, "stalled_sweeps": 0, **changes}
    if to in FINAL_STATES:
        values.setdefault("final_on", date.today())
    result = session.execute(
        update(Submission)
        .where(Submission.id == submission.id, Submission.status == current.value)  # type: ignore[arg-type]
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:  # type: ignore[attr-defined]
        return False
    for key, value in values.items():
        setattr(submission, key, value)
    audit(
        session,
        actor=actor,
        action="transition",
        submission_id=submission.id,
        from_status=current.value,
        to_status=to.value,
        detail=detail,
        precise_time=actor.startswith("reviewer:"),
    )
    return True
