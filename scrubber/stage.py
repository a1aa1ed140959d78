"""The scrub stage (run by the scrub worker): open the sealed report, de-identify it, store the draft.

The draft is sealed twice: for the review desk (with the findings, which quote the identifiers) and for the
reporter (the de-identified text alone, so they can check it with their codename).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from models.crypto import DeskKey, seal_for_reporter
from models.db import Database
from models.states import Status, transition
from models.tables import Submission

if TYPE_CHECKING:
    from scrubber.engine import Scrubber

SECTIONS = ("narrative", "lessons_learned", "do_differently")


def build_draft(scrubber: Scrubber, report: dict[str, str]) -> dict[str, Any]:
    """Scrub each free-text section; the draft keeps the normalised text, the scrubbed text and the findings."""
    present = [name for name in SECTIONS if report.get(name)]
    results = scrubber.scrub_many([report[name] for name in present])
    return {
        "sections": {
            name: {
                "normalized": result.normalized,
                "text": result.text,
                "findings": [finding.to_dict() for finding in result.findings],
            }
            for name, result in zip(present, results, strict=True)
        }
    }


def reporter_view(draft: dict[str, Any]) -> dict[str, str]:
    return {name: section["text"] for name, section in draft["sections"].items()}


def scrub_submission(db: Database, desk_key: DeskKey, scrubber: Scrubber, submission_id: int) -> bool:
    """Idempotent: a submission that already left `received` is left alone. Returns True when it scrubbed."""
    with db.session() as session:
        submission = session.get(Submission, submission_id)
        if submission is None or submission.status != Status.RECEIVED or submission.sealed_report is None:
            return False
        report = desk_key.open_json(submission.sealed_report)
    # Scrubbing can take a while; it happens outside any transaction.
    draft = build_draft(scrubber, report)
    with db.transaction() as session:
        submission = session.get(Submission, submission_id)
        if submission is None or submission.status != Status.RECEIVED:
            return False
        for_reporter = (
            seal_for_reporter(submission.reporter_public_key, reporter_view(draft))
            if submission.reporter_public_key
            else None
        )
        return transition(
            session,
            submission,
            Status.SCRUBBED,
            actor="worker:scrub",
            detail=f"{sum(len(s['findings']) for s in draft['sections'].values())} findings",
            sealed_draft=desk_key.seal_json(draft),
            sealed_draft_for_reporter=for_reporter,
        )
