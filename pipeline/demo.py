"""`nearmiss demo`: realistic sample reports sent through the real pipeline, so that a newcomer sees a filled
review queue and archive. Two thirds are approved (as the reviewer "demo") and published; the rest wait in
the queue.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from importlib import resources

from sqlmodel import col, select

from intake.submit import ReportInput, accept_report
from models.states import Status, transition
from models.tables import Submission
from pipeline.actors import intake_submission, publish_submission
from pipeline.runner import start_workers
from pipeline.runtime import Runtime


def sample_reports() -> list[dict[str, object]]:
    return json.loads(resources.files("pipeline").joinpath("data/demo_reports.json").read_text())


def _wait_for(runtime: Runtime, ids: list[int], states: set[Status], timeout: float) -> None:
    deadline = time.monotonic() + timeout
    wanted = {s.value for s in states}
    while time.monotonic() < deadline:
        with runtime.db.session() as session:
            statuses = session.exec(select(Submission.status).where(col(Submission.id).in_(ids))).all()
        if len(statuses) == len(ids) and all(s in wanted for s in statuses):
            return
        time.sleep(0.2)
    raise TimeoutError(f"the pipeline did not finish in {timeout:.0f}s (is a worker consuming the queues?)")


def approve_as_demo_reviewer(runtime: Runtime, submission_id: int) -> None:
    """Approve the scrubbed draft unchanged, with a title from the call type, as a reviewer would."""
    from models.taxonomy import label

    with runtime.db.transaction() as session:
        submission = session.get(Submission, submission_id)
        assert submission is not None and submission.sealed_draft is not None
        sections = runtime.desk_key.open_json(submission.sealed_draft)["sections"]
        call_type = submission.characteristics.get("call_type")
        transition(
            session, submission, Status.APPROVED, actor="reviewer:demo", detail="demo approval",
            approved_title=f"Near miss: {label('call_type', call_type)}" if call_type else "Near miss",
            approved_summary=sections["narrative"]["text"].split(". ")[0][:200],
            approved_narrative=sections["narrative"]["text"],
            approved_lessons=sections.get("lessons_learned", {}).get("text", ""),
            approved_do_differently=sections.get("do_differently", {}).get("text", ""),
            approvals=["demo"],
        )


def run_demo(runtime: Runtime, *, count: int = 12, progress: Callable[[str], object] = print) -> str:
    samples = sample_reports()
    worker = start_workers(runtime.settings.worker_threads)
    try:
        progress("Loading the scrubber's language model…")
        _ = runtime.scrubber
        ids: list[int] = []
        for number in range(count):
            sample = samples[number % len(samples)]
            accepted = accept_report(runtime.db, runtime.desk_lock, runtime.pepper, ReportInput(
                narrative=str(sample["narrative"]),
                lessons_learned=str(sample.get("lessons_learned", "")),
                characteristics=dict(sample.get("characteristics", {})),  # type: ignore[arg-type]
            ))
            intake_submission.send(accepted.submission_id)
            ids.append(accepted.submission_id)
            progress(f"submitted {number + 1}/{count}")
        _wait_for(runtime, ids, {Status.SCRUBBED}, timeout=60 + 10 * count)
        progress(f"all {count} scrubbed and waiting for review")
        to_publish = ids[: (2 * count) // 3]
        for submission_id in to_publish:
            approve_as_demo_reviewer(runtime, submission_id)
            publish_submission.send(submission_id)
        _wait_for(runtime, to_publish, {Status.PUBLISHED, Status.SCRUBBED}, timeout=60 + 10 * count)
        with runtime.db.session() as session:
            published = session.exec(
                select(Submission.public_id).where(col(Submission.id).in_(to_publish),
                                                   Submission.status == Status.PUBLISHED.value)
            ).all()
    finally:
        worker.stop()
    return (f"{count} reports sent: {len(published)} published to the archive, "
            f"{count - len(published)} waiting in the review queue.")
