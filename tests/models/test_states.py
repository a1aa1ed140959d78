from __future__ import annotations

import pytest
from sqlmodel import select

from models.states import TRANSITIONS, InvalidTransition, Status, transition
from models.tables import AuditEvent, Submission


def make_submission(runtime, status: Status = Status.RECEIVED) -> Submission:
    with runtime.db.transaction() as session:
        submission = Submission(status=status.value)
        session.add(submission)
    return submission


def test_a_transition_moves_the_state_and_writes_one_audit_row(runtime):
    submission = make_submission(runtime)
    with runtime.db.transaction() as session:
        loaded = session.get(Submission, submission.id)
        assert transition(session, loaded, Status.SCRUBBED, actor="worker:scrub", detail="3 findings")
    with runtime.db.session() as session:
        assert session.get(Submission, submission.id).status == "scrubbed"
        events = session.exec(select(AuditEvent).where(AuditEvent.submission_id == submission.id)).all()
    assert [(e.from_status, e.to_status, e.actor) for e in events] == [("received", "scrubbed", "worker:scrub")]
    # A worker's act is recorded to the day only: a clock time could tell who was on shift when it was sent.
    assert events[0].at is None and events[0].on_day is not None


def test_a_reviewer_act_gets_a_time_of_day(runtime):
    submission = make_submission(runtime, Status.SCRUBBED)
    with runtime.db.transaction() as session:
        transition(session, session.get(Submission, submission.id), Status.APPROVED, actor="reviewer:ana")
    with runtime.db.session() as session:
        event = session.exec(select(AuditEvent).where(AuditEvent.submission_id == submission.id)).one()
    assert event.at is not None


def test_a_stale_copy_cannot_move_a_submission_twice(runtime):
    """Two workers holding the same redelivered message: only the first transition takes effect."""
    submission = make_submission(runtime)
    with runtime.db.session() as first, runtime.db.session() as second:
        copy_one = first.get(Submission, submission.id)
        copy_two = second.get(Submission, submission.id)
        assert transition(first, copy_one, Status.SCRUBBED, actor="worker:scrub")
        first.commit()
        assert not transition(second, copy_two, Status.SCRUBBED, actor="worker:scrub")
        second.commit()
    with runtime.db.session() as session:
        events = session.exec(select(AuditEvent).where(AuditEvent.submission_id == submission.id)).all()
    assert len(events) == 1


def test_moves_the_machine_does_not_allow_are_refused(runtime):
    submission = make_submission(runtime, Status.PUBLISHED)
    with runtime.db.transaction() as session, pytest.raises(InvalidTransition):
        transition(session, session.get(Submission, submission.id), Status.SCRUBBED, actor="worker:scrub")


def test_ends_are_ends_and_a_final_state_starts_the_retention_clock(runtime):
    for end in (Status.PUBLISHED, Status.REJECTED, Status.WITHDRAWN):
        assert TRANSITIONS[end] == frozenset()
    submission = make_submission(runtime, Status.SCRUBBED)
    with runtime.db.transaction() as session:
        transition(session, session.get(Submission, submission.id), Status.REJECTED, actor="reviewer:ana",
                   reject_reason="not a near miss")
    with runtime.db.session() as session:
        stored = session.get(Submission, submission.id)
    assert stored.final_on is not None and stored.reject_reason == "not a near miss"


def test_a_transition_resets_the_reconcilers_stall_counter(runtime):
    submission = make_submission(runtime)
    with runtime.db.transaction() as session:
        loaded = session.get(Submission, submission.id)
        loaded.stalled_sweeps = 5
    with runtime.db.transaction() as session:
        transition(session, session.get(Submission, submission.id), Status.SCRUBBED, actor="worker:scrub")
    with runtime.db.session() as session:
        assert session.get(Submission, submission.id).stalled_sweeps == 0
