"""Retention (invariant 5): a configurable number of days after a report is published, rejected or withdrawn,
everything that came from the reporter's hands is destroyed: the sealed narrative and drafts, the messages
both ways, the receipt hash and the reporter's key. What stays is the published record, the banded
characteristics and the audit trail. SQLite's secure_delete (models/db.py) overwrites the freed pages."""

from __future__ import annotations

from datetime import date, timedelta

from sqlmodel import col, delete, select

from models.db import Database
from models.states import FINAL_STATES, audit
from models.tables import ReporterMessage, Submission


def purge(db: Database, retention_days: int, today: date | None = None) -> int:
    """Destroy the raw material of every submission whose final state is older than the retention period.
    Returns how many submissions were purged. Safe to run any number of times."""
    cutoff = (today or date.today()) - timedelta(days=retention_days)
    purged = 0
    with db.transaction() as session:
        due = session.exec(select(Submission).where(
            col(Submission.status).in_([s.value for s in FINAL_STATES]),
            col(Submission.final_on) <= cutoff,
            col(Submission.raw_destroyed).is_(False) | col(Submission.receipt_hash).is_not(None),
        )).all()
        for submission in due:
            session.exec(delete(ReporterMessage).where(ReporterMessage.submission_id == submission.id))  # type: ignore[call-overload]
            submission.sealed_report = None
            submission.sealed_draft = None
            submission.sealed_draft_for_reporter = None
            submission.receipt_hash = None
            submission.reporter_public_key = None
            submission.text_fingerprint = None
            submission.raw_destroyed = True
            audit(session, actor="worker:retention", action="purged", submission_id=submission.id,
                  detail=f"{retention_days}-day retention")
            purged += 1
    return purged
