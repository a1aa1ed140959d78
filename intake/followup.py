"""What a reporter can do with their codename: read the status and the draft, agree to it or object, answer
a question, withdraw. The codename is the only thing that ties a request to a submission.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlmodel import Session, col, select

from intake.receipts import receipt_hash, reporter_key
from models.crypto import DeskLock, ReporterKey, seal_for_reporter
from models.db import Database
from models.states import FINAL_STATES, Status, audit, transition
from models.tables import ReporterMessage, Submission

MESSAGE_MAX_CHARS = 5_000


class UnknownReceipt(LookupError):
    """No submission has this codename (or its receipt was destroyed by retention)."""


class NotNow(ValueError):
    """The request does not fit the submission's state (e.g. withdrawing a published report)."""


@dataclass
class ReporterView:
    status: str
    received_on: str
    draft: dict[str, str] | None
    messages: list[dict[str, Any]] = field(default_factory=list)
    public_id: str | None = None
    consent: str | None = None
    can_withdraw: bool = True
    awaiting_answer: bool = False


def _find(session: Session, codename: str, pepper: bytes) -> Submission:
    submission = session.exec(
        select(Submission).where(Submission.receipt_hash == receipt_hash(codename, pepper))
    ).first()
    if submission is None:
        raise UnknownReceipt("No report matches that codename. Check the seven words and try again.")
    return submission


def view(db: Database, codename: str, pepper: bytes) -> ReporterView:
    key = reporter_key(codename, pepper)
    with db.session() as session:
        submission = _find(session, codename, pepper)
        messages = session.exec(
            select(ReporterMessage).where(ReporterMessage.submission_id == submission.id)
            .order_by(col(ReporterMessage.id))
        ).all()
        shown = []
        for message in messages:
            sealed = message.sealed_body if message.direction == "to_reporter" else message.sealed_copy_for_reporter
            body = key.open_json(sealed)["body"] if sealed else None
            shown.append({"direction": message.direction, "body": body, "sent_on": message.sent_on.isoformat(),
                          "from": "reviewer" if message.direction == "to_reporter" else "you"})
        draft = key.open_json(submission.sealed_draft_for_reporter) if submission.sealed_draft_for_reporter else None
        return ReporterView(
            status=submission.status,
            received_on=submission.received_on.isoformat(),
            draft=draft,
            messages=shown,
            public_id=submission.public_id,
            consent=submission.reporter_consent,
            can_withdraw=Status(submission.status) not in FINAL_STATES,
            awaiting_answer=submission.status == Status.NEEDS_INFO,
        )


def _message(submission: Submission, desk_lock: DeskLock, key: ReporterKey, body: str) -> ReporterMessage:
    return ReporterMessage(
        submission_id=submission.id,  # type: ignore[arg-type]
        direction="from_reporter",
        sealed_body=desk_lock.seal_json({"body": body}),  # for the review desk
        sealed_copy_for_reporter=seal_for_reporter(key.public_key, {"body": body}),  # to reread what they wrote
    )


def _checked_body(body: str) -> str:
    body = body.strip()
    if not body:
        raise NotNow("Write your answer before sending it.")
    if len(body) > MESSAGE_MAX_CHARS:
        raise NotNow(f"Keep your message under {MESSAGE_MAX_CHARS:,} characters.")
    return body


def reply(db: Database, desk_lock: DeskLock, codename: str, pepper: bytes, body: str) -> None:
    """Answer a reviewer's question; a report waiting on the answer goes back to the review queue."""
    body = _checked_body(body)
    key = reporter_key(codename, pepper)
    with db.transaction() as session:
        submission = _find(session, codename, pepper)
        if Status(submission.status) in FINAL_STATES:
            raise NotNow("This report is closed; it can no longer take messages.")
        session.add(_message(submission, desk_lock, key, body))
        audit(session, actor="reporter", action="replied", submission_id=submission.id)
        if submission.status == Status.NEEDS_INFO:
            transition(session, submission, Status.SCRUBBED, actor="reporter", detail="the reporter answered")


def consent(db: Database, desk_lock: DeskLock, codename: str, pepper: bytes, *, agree: bool,
            comment: str = "") -> None:
    """Agree to the de-identified draft, or say it still identifies the reporter (with what and why)."""
    key = reporter_key(codename, pepper)
    with db.transaction() as session:
        submission = _find(session, codename, pepper)
        if submission.sealed_draft_for_reporter is None:
            raise NotNow("There is no draft to agree to yet: the report has not been de-identified.")
        if Status(submission.status) in FINAL_STATES:
            raise NotNow("This report is closed.")
        if agree:
            submission.reporter_consent = "agreed"
            audit(session, actor="reporter", action="agreed_to_draft", submission_id=submission.id)
            return
        comment = _checked_body(comment or "The reporter says the draft still identifies them.")
        submission.reporter_consent = "identifies_me"
        submission.flags = [*submission.flags, {"kind": "reporter_says_identifies",
                                                "detail": "the reporter says the draft still identifies them"}]
        session.add(_message(submission, desk_lock, key, "This still identifies me: " + comment))
        audit(session, actor="reporter", action="objected_to_draft", submission_id=submission.id)
        if submission.status == Status.APPROVED:
            # Not yet released: hold it back for another look.
            transition(session, submission, Status.SCRUBBED, actor="reporter",
                       detail="the reporter says the draft identifies them")


def withdraw(db: Database, codename: str, pepper: bytes) -> None:
    """Withdraw before publication: the raw narrative, the drafts and every message are destroyed now."""
    with db.transaction() as session:
        submission = _find(session, codename, pepper)
        if Status(submission.status) in FINAL_STATES:
            raise NotNow("A report that is already " + submission.status + " cannot be withdrawn.")
        for message in session.exec(select(ReporterMessage).where(ReporterMessage.submission_id == submission.id)):
            session.delete(message)
        transition(
            session, submission, Status.WITHDRAWN, actor="reporter", detail="withdrawn by the reporter",
            sealed_report=None, sealed_draft=None, sealed_draft_for_reporter=None, approved_narrative=None,
            approved_summary=None, approved_title=None, approved_lessons=None, approved_do_differently=None,
            raw_destroyed=True,
        )
