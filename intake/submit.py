"""Accepting a report: validate, seal what the reporter typed for the review desk, store, issue a receipt.

This runs in the intake web process, which holds only the desk's public lock: after this function returns,
nothing in this process can read the narrative back.
"""

from __future__ import annotations

import hashlib
import hmac
import unicodedata
from dataclasses import dataclass, field

from sqlmodel import col, select

from intake.receipts import codename_candidates, contains_codename, new_codename, receipt_hash, reporter_key
from models.crypto import DeskLock
from models.db import Database
from models.states import audit
from models.tables import Submission
from models.taxonomy import validate_characteristics

NARRATIVE_MAX_CHARS = 20_000
SHORT_TEXT_MAX_CHARS = 5_000


@dataclass
class ReportInput:
    narrative: str
    lessons_learned: str = ""
    do_differently: str = ""
    characteristics: dict[str, object] = field(default_factory=dict)


class ReportRejected(ValueError):
    """Carries an error message per field, for the API's 422 and the form's inline errors."""

    def __init__(self, errors: dict[str, str]) -> None:
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))
        self.errors = errors


@dataclass
class Accepted:
    submission_id: int
    codename: str


def validate(report: ReportInput, narrative_max_chars: int = NARRATIVE_MAX_CHARS) -> dict[str, str]:
    errors: dict[str, str] = {}
    narrative = report.narrative.strip()
    if not narrative:
        errors["narrative"] = "Tell us what happened: the narrative is the one required field"
    elif len(narrative) > narrative_max_chars:
        errors["narrative"] = (f"The narrative is {len(narrative):,} characters; the limit is "
                               f"{narrative_max_chars:,}. Shorten it and submit again.")
    for name in ("lessons_learned", "do_differently"):
        if len(getattr(report, name)) > SHORT_TEXT_MAX_CHARS:
            errors[name] = f"Keep this under {SHORT_TEXT_MAX_CHARS:,} characters"
    errors.update(validate_characteristics(report.characteristics).errors)
    return errors


CODENAME_IN_TEXT = (
    "Your text contains a receipt codename. Take it out and submit again: anyone who read the report could "
    "use it to read your drafts and messages. Keep your codename to yourself."
)


def quotes_a_receipt(db: Database, text: str, pepper: bytes) -> bool:
    candidates = codename_candidates(text)
    if not candidates:
        return False
    hashes = [receipt_hash(candidate, pepper) for candidate in candidates]
    with db.session() as session:
        return session.exec(select(Submission.id).where(col(Submission.receipt_hash).in_(hashes))).first() is not None


def fingerprint(text: str, pepper: bytes) -> str:
    """A keyed hash of the text with case, spacing and Unicode forms folded: equal for a re-submitted text,
    useless to anyone without the pepper."""
    folded = " ".join(unicodedata.normalize("NFKC", text).lower().split())
    return hmac.new(pepper, folded.encode(), hashlib.sha256).hexdigest()


def accept_report(
    db: Database,
    desk_lock: DeskLock,
    pepper: bytes,
    report: ReportInput,
    *,
    narrative_max_chars: int = NARRATIVE_MAX_CHARS,
) -> Accepted:
    errors = validate(report, narrative_max_chars)
    if errors:
        raise ReportRejected(errors)
    characteristics = validate_characteristics(report.characteristics).values
    free_text = " ".join((report.narrative, report.lessons_learned, report.do_differently))
    if quotes_a_receipt(db, free_text, pepper):
        raise ReportRejected({"narrative": CODENAME_IN_TEXT})
    codename = new_codename()
    # 90 bits make a collision with a codename quoted in the text impossible in practice; the check is for the
    # reporter who resubmits a report with their old codename pasted in.
    if contains_codename(free_text, codename):
        codename = new_codename()
    sealed = desk_lock.seal_json({
        "narrative": report.narrative.strip(),
        "lessons_learned": report.lessons_learned.strip(),
        "do_differently": report.do_differently.strip(),
    })
    with db.transaction() as session:
        submission = Submission(
            receipt_hash=receipt_hash(codename, pepper),
            reporter_public_key=reporter_key(codename, pepper).public_key,
            sealed_report=sealed,
            characteristics=characteristics,
            text_fingerprint=fingerprint(report.narrative, pepper),
            word_count=len(report.narrative.split()),
        )
        session.add(submission)
        session.flush()
        audit(session, actor="reporter", action="submitted", submission_id=submission.id, to_status="received")
        submission_id = submission.id
    assert submission_id is not None
    return Accepted(submission_id=submission_id, codename=codename)
