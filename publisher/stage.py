"""The publish stage (run by the publish worker): re-check the approved text, then release it to the archive.

Invariant 4: nothing reaches the archive that a reviewer has not approved, and the approved text is scanned
for identifiers once more here. A hit sends the report back to the review queue with the finding shown.
Before release the quasi-identifiers are generalised until the report is one of at least k (publisher/quasi.py),
and the release day follows the schedule, so release time does not date the submission.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from models.db import Database
from models.states import Status, transition
from models.tables import PublishedReport, Submission
from publisher import quasi, search

# recheck(text, kept_spans) -> findings with .entity_type and .text
Recheck = Callable[[str, Iterable[str]], Sequence[object]]


@dataclass(frozen=True)
class PublishPolicy:
    k_anonymity: int = 3
    schedule: str = "immediate"  # "immediate" | "daily" | "weekly"


def release_day(schedule: str, today: date) -> date:
    """Daily batches appear the next day, weekly ones the next Monday: a whole batch shares one date."""
    if schedule == "daily":
        return today + timedelta(days=1)
    if schedule == "weekly":
        return today + timedelta(days=7 - today.weekday())
    return today


def next_public_id(session: Session, year: int) -> str:
    prefix = f"LEO-{year}-"
    count = session.exec(
        select(func.count()).select_from(PublishedReport).where(col(PublishedReport.public_id).startswith(prefix))
    ).one()
    return f"{prefix}{count + 1:04d}"


def approved_texts(submission: Submission) -> str:
    parts = [submission.approved_title, submission.approved_summary, submission.approved_narrative,
             submission.approved_lessons, submission.approved_do_differently]
    return "\n\n".join(part for part in parts if part)


def _send_back(session: Session, submission: Submission, findings: list[object]) -> None:
    found = [{"type": getattr(f, "entity_type", "?"), "text": getattr(f, "text", "")} for f in findings]
    submission.flags = [*submission.flags, {"kind": "publication_blocked", "findings": found,
                                             "detail": "the publisher's re-check found possible identifiers"}]
    transition(session, submission, Status.SCRUBBED, actor="worker:publish",
               detail="publication blocked: " + ", ".join(str(f["type"]) for f in found))


def publish_submission(
    db: Database, submission_id: int, *, recheck: Recheck, policy: PublishPolicy | None = None,
    today: date | None = None,
) -> str | None:
    """Returns the public id when it published, None when it did nothing or sent the report back."""
    policy = policy or PublishPolicy()
    today = today or date.today()
    with db.session() as session:
        submission = session.get(Submission, submission_id)
        if submission is None or submission.status != Status.APPROVED:
            return None
        text = approved_texts(submission)
        kept = list(submission.kept_spans)
    # The scan runs outside any transaction: it takes a while and needs no lock.
    findings = list(recheck(text, kept))
    search.ensure_index(db)

    with db.transaction() as session:
        submission = session.get(Submission, submission_id)
        if submission is None or submission.status != Status.APPROVED:
            return None
        if findings:
            _send_back(session, submission, findings)
            return None
        characteristics, generalised = quasi.generalise(session, dict(submission.characteristics),
                                                        policy.k_anonymity)
        supplement_of = None
        if submission.linked_to_id is not None:
            primary = session.get(Submission, submission.linked_to_id)
            supplement_of = primary.public_id if primary is not None else None
        public_id = next_public_id(session, today.year)
        report = PublishedReport(
            public_id=public_id,
            submission_id=submission.id,
            title=submission.approved_title or "Near miss",
            summary=submission.approved_summary or "",
            narrative=submission.approved_narrative or "",
            lessons=submission.approved_lessons or "",
            do_differently=submission.approved_do_differently or "",
            tags=list(submission.approved_tags),
            characteristics=characteristics,
            incident_month=characteristics.get("incident_month"),
            published_on=today,
            release_on=release_day(policy.schedule, today),
            generalised=generalised,
            supplement_of=supplement_of,
        )
        session.add(report)
        session.flush()
        search.index_report(session, report, db.is_sqlite)
        transition(session, submission, Status.PUBLISHED, actor="worker:publish",
                   detail=public_id + (f" (generalised: {', '.join(generalised)})" if generalised else ""),
                   public_id=public_id)
        return public_id
