from __future__ import annotations

from sqlmodel import select

from models.states import Status
from models.tables import Submission
from pipeline.reconciler import reconcile


def add(runtime, status: Status, **fields) -> int:
    with runtime.db.transaction() as session:
        submission = Submission(status=status.value, **fields)
        session.add(submission)
        session.flush()
        return submission.id


def test_work_that_sat_through_enough_sweeps_is_resent_and_human_work_is_not(runtime):
    received = add(runtime, Status.RECEIVED)
    approved = add(runtime, Status.APPROVED)
    add(runtime, Status.SCRUBBED)  # waiting on a person, not a worker
    add(runtime, Status.PUBLISHED)
    sent: list[tuple[str, int]] = []
    senders = {Status.RECEIVED: lambda i: sent.append(("intake", i)),
               Status.APPROVED: lambda i: sent.append(("publish", i))}

    assert reconcile(runtime.db, senders, stall_sweeps=2) == []
    assert sorted(reconcile(runtime.db, senders, stall_sweeps=2)) == sorted([received, approved])
    assert sorted(sent) == sorted([("intake", received), ("publish", approved)])
    # The counter starts again after a re-send.
    assert reconcile(runtime.db, senders, stall_sweeps=2) == []


def test_a_send_that_fails_is_tried_again_on_the_next_sweep(runtime):
    received = add(runtime, Status.RECEIVED)
    attempts: list[int] = []

    def broker_down(submission_id: int) -> None:
        attempts.append(submission_id)
        raise ConnectionError("broker unreachable")

    assert reconcile(runtime.db, {Status.RECEIVED: broker_down}, stall_sweeps=1) == []
    sent: list[int] = []
    assert reconcile(runtime.db, {Status.RECEIVED: sent.append}, stall_sweeps=1) == [received]
    assert attempts == [received] and sent == [received]


def test_submissions_waiting_for_an_operator_are_left_alone(runtime):
    add(runtime, Status.RECEIVED, needs_operator=True, operator_note="scrub gave up")
    sent: list[int] = []
    assert reconcile(runtime.db, {Status.RECEIVED: sent.append}, stall_sweeps=1) == []
    with runtime.db.session() as session:
        assert session.exec(select(Submission)).one().stalled_sweeps == 0
