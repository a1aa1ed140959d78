"""The publish stage (run by the publish worker): re-check the approved text, then release it to the archive.

Invariant 4: nothing reaches the archive that a reviewer has not approved, and the approved text is scanned
for identifiers once more here. A hit sends the report back to the review queue with the finding shown.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlmodel import col, func, select

from models.db import Database
from models.states import Status, transition
from models.tables import PublishedReport, Submission

# recheck(text, kept_spans) -> findings with .entity_type and .text
Recheck = Callable[[str, Iterable[str]], Sequence[object]]


@dataclass(frozen=True)
class PublishPolicy:
    k_anonymity: int = 3


def next_public_id(session: object, year: int) -> str:
    prefix = f"LEO-{year}-"
    count = session.exec(  # type: ignore[attr-defined]
        select(func.count()).select_from(PublishedReport).where(col(PublishedReport.public_id).startswith(prefix))
    ).one()
    return f"{prefix}{count + 1:04d}"


def approved_texts(submission: Submission) -> str:
    parts = [submission.approved_title, submission.approved_summary, submission.approved_narrative,
             submission.approved_lessons, submission.approved_do_differently]
    return "\n\n".join(part for part in parts if part)


def publish_submission(
    db: Database, submission_id: int, *, recheck: Recheck, policy: PublishPolicy | None = None
) -> str | None:
    """Returns the public id when it published, None when it did nothing or sent the report back."""
    with db.session() as session:
        submission = session.get(Submission, submission_id)
        if submission is None or submission.status != Status.APPROVED:
            return None
        text = approved_texts(submission)
        kept = list(submission.kept_spans)
    findings = list(recheck(text, kept))

    with db.transaction() as session:
        submission = session.get(Submission, submission_id)
        if submission is None or submission.status != Status.APPROVED:
            return None
        if findings:
            found = [{"type": getattr(f, "entity_type", "?"), "text": getattr(f, "text", "")} for f in findings]
            submission.flags = [*submission.flags, {"kind": "publication_blocked", "findings": found,
                                                     "detail": "the publisher's re-check found identifiers"}]
            transition(session, submission, Status.SCRUBBED, actor="worker:publish",
                       detail="publication blocked: " + ", ".join(f["type"] for f in found))
            return None
        public_id = next_public_id(session, date.today().year)
        characteristics = dict(submission.characteristics)
        session.add(PublishedReport(
            public_id=public_id,
            submission_id=submission.id,
            title=submission.approved_title or "Untitled near miss",
            summary=submission.approved_summary or "",
            narrative=submission.approved_narrative or "",
            lessons=submission.approved_lessons or "",
            do_differently=submission.approved_do_differently or "",
            tags=list(submission.approved_tags),
            characteristics=characteristics,
            incident_month=characteristics.get("incident_month"),
        ))
        transition(session, submission, Status.PUBLISHED, actor="worker:publish", detail=public_id,
                   public_id=public_id)
        return public_id
