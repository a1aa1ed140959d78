"""The intake stage (run by the intake worker): check a stored submission and hand it to the scrubber.

It never drops a submission: what looks wrong becomes a flag for the reviewer.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import col, select

from models.db import Database
from models.states import Status, audit
from models.tables import Submission
from models.taxonomy import validate_characteristics

NEARLY_EMPTY_WORDS = 25


def intake_flags(submission: Submission, earlier_same_text: list[int]) -> list[dict[str, object]]:
    flags: list[dict[str, object]] = []
    if submission.word_count < NEARLY_EMPTY_WORDS:
        flags.append({"kind": "nearly_empty", "detail": f"only {submission.word_count} words"})
    if earlier_same_text:
        flags.append({"kind": "duplicate_text", "detail": "same text as an earlier submission",
                      "submission_ids": earlier_same_text})
    invalid = validate_characteristics(submission.characteristics).errors
    if invalid:
        flags.append({"kind": "invalid_characteristics", "detail": "; ".join(invalid.values())})
    return flags


def check_submission(db: Database, submission_id: int, *, send_to_scrub: Callable[[int], object]) -> bool:
    """Flag once, then send on. Safe to run twice: flags are written once, and a second scrub message is a
    no-op in the scrub stage. Returns False when there was nothing to do."""
    with db.transaction() as session:
        submission = session.get(Submission, submission_id)
        if submission is None or submission.status != Status.RECEIVED:
            return False
        if not submission.intake_checked:
            earlier = session.exec(
                select(Submission.id).where(
                    Submission.text_fingerprint == submission.text_fingerprint,
                    col(Submission.id) < submission_id,
                )
            ).all()
            flags = intake_flags(submission, [i for i in earlier if i is not None])
            submission.flags = [*submission.flags, *flags]
            submission.intake_checked = True
            audit(session, actor="worker:intake", action="checked", submission_id=submission_id,
                  detail=", ".join(str(f["kind"]) for f in flags) or "no flags")
    send_to_scrub(submission_id)
    return True
