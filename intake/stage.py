"""The intake stage (run by the intake worker): check a stored submission and hand it to the scrubber.

It never drops a submission: what looks wrong becomes a flag for the reviewer.
"""

from __future__ import annotations

from collections.abc import Callable

from sqlmodel import Session, col, select

from models.db import Database
from models.states import Status, audit
from models.tables import Submission
from models.taxonomy import validate_characteristics

NEARLY_EMPTY_WORDS = 25
# Characteristics that, all equal and all given, suggest two reports describe one incident (the month and the
# call type at least): ASRS's "multiples". Only banded fields are compared, never text.
SAME_INCIDENT_KEYS = ("incident_month", "call_type", "time_of_day", "region", "state", "agency_type",
                      "location_type")


def same_incident_candidates(session: Session, submission: Submission) -> list[int]:
    mine = {k: submission.characteristics.get(k) for k in SAME_INCIDENT_KEYS
            if submission.characteristics.get(k) not in (None, "", "unknown")}
    if "incident_month" not in mine or "call_type" not in mine or len(mine) < 3:
        return []
    others = session.exec(select(Submission).where(col(Submission.id) != submission.id,
                                                   col(Submission.status) != "withdrawn")).all()
    return [other.id for other in others if other.id is not None
            and all(other.characteristics.get(k) == v for k, v in mine.items())]


def intake_flags(submission: Submission, earlier_same_text: list[int],
                 same_incident: list[int] | None = None) -> list[dict[str, object]]:
    flags: list[dict[str, object]] = []
    if submission.word_count < NEARLY_EMPTY_WORDS:
        flags.append({"kind": "nearly_empty", "detail": f"only {submission.word_count} words"})
    if earlier_same_text:
        flags.append({"kind": "duplicate_text", "detail": "same text as an earlier submission",
                      "submission_ids": earlier_same_text})
    if same_incident:
        flags.append({"kind": "possible_same_incident",
                      "detail": "same month, call type and place bands as another report: a supplemental account?",
                      "submission_ids": same_incident})
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
            flags = intake_flags(submission, [i for i in earlier if i is not None],
                                 same_incident_candidates(session, submission))
            submission.flags = [*submission.flags, *flags]
            submission.intake_checked = True
            audit(session, actor="worker:intake", action="checked", submission_id=submission_id,
                  detail=", ".join(str(f["kind"]) for f in flags) or "no flags")
    send_to_scrub(submission_id)
    return True
