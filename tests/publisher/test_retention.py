"""Retention destroys what came from the reporter's hands; SQLite overwrites what it frees."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import text
from sqlmodel import select

from intake.submit import ReportInput, accept_report
from models.tables import ReporterMessage, Submission
from publisher.retention import purge


def finished(runtime, status: str, days_ago: int) -> int:
    accepted = accept_report(runtime.db, runtime.desk_lock, runtime.pepper,
                             ReportInput(narrative="Deputy Quince nearly rolled his cruiser."))
    with runtime.db.transaction() as session:
        submission = session.get(Submission, accepted.submission_id)
        submission.status = status
        submission.final_on = date.today() - timedelta(days=days_ago)
        session.add(ReporterMessage(submission_id=submission.id, direction="from_reporter", sealed_body=b"sealed"))
    return accepted.submission_id


def test_purge_destroys_raw_material_past_the_period_and_keeps_the_rest(runtime):
    old = finished(runtime, "published", days_ago=31)
    recent = finished(runtime, "rejected", days_ago=5)
    assert purge(runtime.db, retention_days=30) == 1
    assert purge(runtime.db, retention_days=30) == 0  # idempotent
    with runtime.db.session() as session:
        gone, kept = session.get(Submission, old), session.get(Submission, recent)
        messages = session.exec(select(ReporterMessage.submission_id)).all()
    assert gone.sealed_report is None and gone.receipt_hash is None and gone.reporter_public_key is None
    assert gone.raw_destroyed and messages == [recent]
    assert kept.sealed_report is not None and kept.receipt_hash is not None


def test_work_in_progress_is_never_purged(runtime):
    accept_report(runtime.db, runtime.desk_lock, runtime.pepper, ReportInput(narrative="still under review"))
    assert purge(runtime.db, retention_days=0, today=date.today() + timedelta(days=365)) == 0


def test_sqlite_runs_with_secure_delete(runtime):
    with runtime.db.engine.connect() as connection:
        assert connection.execute(text("PRAGMA secure_delete")).scalar_one() == 1
