"""Submissions a stage gave up on: flagged for an operator, shown in the console, retried on request.

Shared by the worker middleware (which flags) and by the console and the CLI (which clear the flag)."""

from __future__ import annotations

from models.db import Database
from models.states import audit
from models.tables import Submission


def flag_for_operator(db: Database, *, submission_id: int | None, stage: str, error_type: str) -> None:
    if submission_id is None:
        return
    with db.transaction() as session:
        submission = session.get(Submission, submission_id)
        if submission is None:
            return
        submission.needs_operator = True
        submission.operator_note = f"{stage} gave up after its retries ({error_type})"
        audit(session, actor="worker:" + stage, action="needs_operator", submission_id=submission_id,
              detail=error_type)


def clear_operator_flag(db: Database, submission_id: int, *, actor: str) -> bool:
    with db.transaction() as session:
        submission = session.get(Submission, submission_id)
        if submission is None or not submission.needs_operator:
            return False
        submission.needs_operator = False
        submission.operator_note = None
        submission.stalled_sweeps = 0
        audit(session, actor=actor, action="operator_retry", submission_id=submission_id)
        return True
