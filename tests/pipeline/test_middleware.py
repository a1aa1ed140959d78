"""The broker guard (invariant 3) and the operator flag, on the stub broker with a real worker."""

from __future__ import annotations

import pytest
from dramatiq.middleware import Middleware
from sqlmodel import select

from intake.submit import ReportInput, accept_report
from models.states import Status
from models.tables import AuditEvent, Submission
from pipeline.actors import intake_submission, scrub_submission
from pipeline.middleware import NarrativeOnTheBroker


def test_a_message_carrying_anything_but_an_id_is_refused(stub_broker):
    with pytest.raises(NarrativeOnTheBroker):
        scrub_submission.send("Ofc. Hunter was nearly struck on Elm Street")
    with pytest.raises(NarrativeOnTheBroker):
        scrub_submission.send(1, text="narrative")
    assert all(queue.qsize() == 0 for queue in stub_broker.queues.values())


def test_a_stage_that_keeps_failing_marks_the_submission_for_an_operator(runtime, run_pipeline, stub_broker):
    with runtime.db.transaction() as session:
        broken = Submission(sealed_report=b"not a sealed box")  # opening it raises in the scrub stage
        session.add(broken)
    sent_bodies: list[bytes] = []
    stub_broker.add_middleware(_RecordBodies(sent_bodies))
    try:
        scrub_submission.send_with_options(args=(broken.id,), max_retries=1, min_backoff=10, max_backoff=20)
        run_pipeline()
    finally:
        stub_broker.middleware[:] = [m for m in stub_broker.middleware if not isinstance(m, _RecordBodies)]
    with runtime.db.session() as session:
        stored = session.get(Submission, broken.id)
        events = session.exec(select(AuditEvent).where(AuditEvent.submission_id == broken.id)).all()
    assert stored.needs_operator and "scrub_submission" in stored.operator_note
    assert stored.status == Status.RECEIVED  # nothing dropped: it waits for a person
    assert [e.action for e in events] == ["needs_operator"]
    # The retry went back through the broker (the first send, the delayed retry, its release from the delay
    # queue) without the traceback Retries would have attached.
    assert len(sent_bodies) >= 2 and all(b"Traceback" not in body for body in sent_bodies)
    assert all(b'"retries":1' in body for body in sent_bodies[1:])


def test_the_pipeline_sends_ids_and_nothing_else(runtime, run_pipeline, stub_broker, scrubber):
    narrative = "Deputy Marlowe Quince nearly rolled his cruiser chasing a stolen Tahoe past the Grange Hall."
    sent_bodies: list[bytes] = []
    stub_broker.add_middleware(_RecordBodies(sent_bodies))
    try:
        accepted = accept_report(runtime.db, runtime.desk_lock, runtime.pepper, ReportInput(narrative=narrative))
        intake_submission.send(accepted.submission_id)
        run_pipeline()
    finally:
        stub_broker.middleware[:] = [m for m in stub_broker.middleware if not isinstance(m, _RecordBodies)]
    assert len(sent_bodies) == 2  # intake, then scrub
    for body in sent_bodies:
        assert b"Quince" not in body and b"cruiser" not in body and b"Tahoe" not in body
        assert b'"args":[%d]' % accepted.submission_id in body


class _RecordBodies(Middleware):
    """Records each encoded message as the broker would carry it."""

    def __init__(self, bodies: list[bytes]) -> None:
        self.bodies = bodies

    def after_enqueue(self, broker, message, delay) -> None:
        self.bodies.append(message.encode())
