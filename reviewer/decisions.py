"""What reviewers do to a submission: open it, claim it, fix the draft, approve, reject, ask, link.

Every act is a reviewer's act: audited with who and when (never an address), and each change is one
transaction. Acting on a report claims it; a live claim by someone else refuses the act.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlmodel import Session, col, select

from models.crypto import DeskKey, seal_for_reporter
from models.db import Database
from models.operator import clear_operator_flag
from models.states import REVIEW_STATES, Status, audit, transition
from models.tables import AuditEvent, ReporterMessage, Submission
from models.taxonomy import label, validate_characteristics
from reviewer import drafts

log = logging.getLogger(__name__)
QUESTION_MAX_CHARS = 5_000


class DecisionError(Exception):
    status_code = 409


class NotFound(DecisionError):
    status_code = 404


class ClaimedByOther(DecisionError):
    pass


class Unsafe(DecisionError):
    """The text still holds identifiers a reviewer has not explicitly kept."""

    def __init__(self, warnings: list[dict[str, Any]]) -> None:
        super().__init__("The text still contains possible identifiers: " +
                         ", ".join(f"{w['type']} {w['text']!r}" for w in warnings))
        self.warnings = warnings


@dataclass
class Approval:
    text: str | None = None
    title: str | None = None
    summary: str | None = None
    lessons: str | None = None
    do_differently: str | None = None
    tags: list[str] = field(default_factory=list)
    characteristics: dict[str, Any] | None = None
    keep: list[str] = field(default_factory=list)


Recheck = Callable[..., list[Any]]


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _load(session: Session, submission_id: int) -> Submission:
    submission = session.get(Submission, submission_id)
    if submission is None:
        raise NotFound(f"there is no submission {submission_id}")
    return submission


def _claim(submission: Submission, by: str, minutes: int) -> None:
    expires = _aware(submission.claim_expires_at)
    if submission.claimed_by and submission.claimed_by != by and expires is not None and expires > _now():
        raise ClaimedByOther(f"{submission.claimed_by} is working on this report until "
                             f"{expires.strftime('%H:%M')} UTC")
    submission.claimed_by = by
    submission.claim_expires_at = _now() + timedelta(minutes=minutes)


def _in_review(submission: Submission) -> None:
    if Status(submission.status) not in REVIEW_STATES:
        raise DecisionError(f"this report is {submission.status}, not waiting for review")


def _warnings(findings: list[Any]) -> list[dict[str, Any]]:
    return [{"type": f.entity_type, "text": f.text, "start": f.start, "end": f.end} for f in findings]


# ----------------------------------------------------------------------------- reading


def queue(db: Database, *, status: str | None = None, flag: str | None = None,
          today: date | None = None) -> list[dict[str, Any]]:
    """Oldest first: what waits on reviewers, plus anything a stage gave up on."""
    today = today or date.today()
    with db.session() as session:
        query = select(Submission)
        if status:
            query = query.where(Submission.status == status)
        else:
            query = query.where(col(Submission.status).in_([s.value for s in REVIEW_STATES])
                                | col(Submission.needs_operator))
        rows = session.exec(query.order_by(col(Submission.received_on), col(Submission.id))).all()
    items = []
    for submission in rows:
        kinds = [f.get("kind") for f in submission.flags]
        if flag and flag not in kinds and not (flag == "needs_operator" and submission.needs_operator):
            continue
        expires = _aware(submission.claim_expires_at)
        items.append({
            "id": submission.id, "status": submission.status,
            "age_days": (today - submission.received_on).days,
            "received_on": submission.received_on.isoformat(),
            "flags": submission.flags, "needs_operator": submission.needs_operator,
            "operator_note": submission.operator_note,
            "claimed_by": submission.claimed_by if expires and expires > _now() else None,
            "call_type": label("call_type", submission.characteristics.get("call_type", "")) or None,
            "reporter_consent": submission.reporter_consent,
            "approvals": submission.approvals,
        })
    return items


def open_submission(db: Database, desk_key: DeskKey, submission_id: int, *, by: str) -> dict[str, Any]:
    """Everything a reviewer needs on one screen. Opening the original is audited."""
    with db.transaction() as session:
        submission = _load(session, submission_id)
        original = desk_key.open_json(submission.sealed_report) if submission.sealed_report else {}
        draft = desk_key.open_json(submission.sealed_draft) if submission.sealed_draft else {"sections": {}}
        messages = session.exec(select(ReporterMessage).where(ReporterMessage.submission_id == submission_id)
                                .order_by(col(ReporterMessage.id))).all()
        shown_messages = []
        for message in messages:
            sealed = message.sealed_body if message.direction == "from_reporter" else message.sealed_copy_for_desk
            shown_messages.append({"direction": message.direction, "author": message.author,
                                   "sent_on": message.sent_on.isoformat(),
                                   "body": desk_key.open_json(sealed)["body"] if sealed else None})
        if original:
            audit(session, actor=f"reviewer:{by}", action="viewed_original", submission_id=submission_id,
                  precise_time=True)
        narrative = draft["sections"].get("narrative", {})
        expires = _aware(submission.claim_expires_at)
        return {
            "id": submission.id, "status": submission.status, "received_on": submission.received_on.isoformat(),
            "original": original.get("narrative"), "original_sections": original,
            "normalized": narrative.get("normalized"),
            "scrubbed": narrative.get("text"), "findings": narrative.get("findings", []),
            "edited": bool(narrative.get("edited")),
            "sections": draft["sections"],
            "characteristics": submission.characteristics, "flags": submission.flags,
            "messages": shown_messages, "reporter_consent": submission.reporter_consent,
            "needs_operator": submission.needs_operator, "operator_note": submission.operator_note,
            "claimed_by": submission.claimed_by if expires and expires > _now() else None,
            "claim_expires_at": expires.isoformat() if expires and expires > _now() else None,
            "linked_to_id": submission.linked_to_id, "approvals": submission.approvals,
            "approved": {"title": submission.approved_title, "summary": submission.approved_summary,
                         "lessons": submission.approved_lessons, "tags": submission.approved_tags},
            "public_id": submission.public_id, "reject_reason": submission.reject_reason,
        }


# ----------------------------------------------------------------------------- acting


def claim(db: Database, submission_id: int, *, by: str, minutes: int) -> datetime:
    with db.transaction() as session:
        submission = _load(session, submission_id)
        _claim(submission, by, minutes)
        audit(session, actor=f"reviewer:{by}", action="claimed", submission_id=submission_id, precise_time=True)
        return submission.claim_expires_at  # type: ignore[return-value]


def release(db: Database, submission_id: int, *, by: str) -> None:
    with db.transaction() as session:
        submission = _load(session, submission_id)
        if submission.claimed_by == by:
            submission.claimed_by = None
            submission.claim_expires_at = None


def save_draft(db: Database, desk_key: DeskKey, recheck: Recheck, submission_id: int, *, by: str,
               claim_minutes: int, section_name: str = "narrative", toggles: dict[int, bool] | None = None,
               redact: str | None = None, text: str | None = None) -> dict[str, Any]:
    """Apply toggles, a redaction or a hand edit; scrub the result again and return what it still finds."""
    with db.transaction() as session:
        submission = _load(session, submission_id)
        _in_review(submission)
        _claim(submission, by, claim_minutes)
        draft = desk_key.open_json(submission.sealed_draft)
        section = draft["sections"].get(section_name)
        if section is None:
            raise NotFound(f"this report has no {section_name} section")
        for index, enabled in (toggles or {}).items():
            try:
                drafts.toggle(section, index, enabled)
            except IndexError as error:
                raise DecisionError(str(error)) from error
        if redact:
            drafts.redact(section, redact)
        if text is not None:
            drafts.edit(section, text)
        kept = [span for s in draft["sections"].values() for span in drafts.kept_spans(s)]
        warnings = _warnings(recheck(section["text"], kept))
        submission.sealed_draft = desk_key.seal_json(draft)
        if submission.reporter_public_key:
            submission.sealed_draft_for_reporter = seal_for_reporter(
                submission.reporter_public_key, {name: s["text"] for name, s in draft["sections"].items()})
        audit(session, actor=f"reviewer:{by}", action="edited_draft", submission_id=submission_id,
              detail=f"{section_name}: {len(toggles or {})} toggles" + (", redaction" if redact else "")
              + (", hand edit" if text is not None else "") + (f", {len(warnings)} warnings" if warnings else ""),
              precise_time=True)
        return {"text": section["text"], "findings": section["findings"], "warnings": warnings,
                "edited": bool(section.get("edited"))}


def approve(db: Database, desk_key: DeskKey, recheck: Recheck, submission_id: int, approval: Approval, *,
            by: str, claim_minutes: int, require_second: bool, send_to_publish: Callable[[int], object]) -> str:
    """Approve for publication. Returns "approved", or "awaiting_second_approval" when a deployment needs two
    reviewers. Refuses (Unsafe) when the text still shows identifiers the reviewer has not kept."""
    with db.transaction() as session:
        submission = _load(session, submission_id)
        _in_review(submission)
        _claim(submission, by, claim_minutes)
        draft = desk_key.open_json(submission.sealed_draft)
        sections = draft["sections"]
        kept = [span for s in sections.values() for span in drafts.kept_spans(s)] + approval.keep
        text = approval.text if approval.text is not None else sections.get("narrative", {}).get("text", "")
        lessons = (approval.lessons if approval.lessons is not None
                   else sections.get("lessons_learned", {}).get("text", ""))
        do_differently = (approval.do_differently if approval.do_differently is not None
                          else sections.get("do_differently", {}).get("text", ""))
        call_type = (approval.characteristics or submission.characteristics).get("call_type")
        title = approval.title or (f"Near miss: {label('call_type', call_type)}" if call_type else "Near miss")
        summary = approval.summary or ""
        if not text.strip():
            raise DecisionError("there is no narrative to publish")
        warnings = _warnings(recheck("\n\n".join([title, summary, text, lessons, do_differently]), kept))
        if warnings:
            raise Unsafe(warnings)
        characteristics = submission.characteristics
        if approval.characteristics is not None:
            checked = validate_characteristics(approval.characteristics)
            if checked.errors:
                raise DecisionError("; ".join(checked.errors.values()))
            characteristics = checked.values
        approvals = [*dict.fromkeys([*submission.approvals, by])]
        changes: dict[str, Any] = {
            "approved_title": title, "approved_summary": summary, "approved_narrative": text,
            "approved_lessons": lessons, "approved_do_differently": do_differently,
            "approved_tags": list(dict.fromkeys(approval.tags)), "kept_spans": kept,
            "characteristics": characteristics, "approvals": approvals,
        }
        if require_second and len(approvals) < 2:
            for key, value in changes.items():
                setattr(submission, key, value)
            audit(session, actor=f"reviewer:{by}", action="first_approval", submission_id=submission_id,
                  precise_time=True)
            return "awaiting_second_approval"
        transition(session, submission, Status.APPROVED, actor=f"reviewer:{by}",
                   detail="approved by " + " and ".join(approvals), claimed_by=None, claim_expires_at=None,
                   **changes)
    try:
        send_to_publish(submission_id)
    except Exception as error:  # noqa: BLE001  (the approval stands; the reconciler re-sends)
        log.warning("could not queue submission %s for publication (%s); the reconciler will",
                    submission_id, type(error).__name__)
    return "approved"


def reject(db: Database, submission_id: int, reason: str, *, by: str, claim_minutes: int) -> None:
    reason = reason.strip()
    if not reason:
        raise DecisionError("give a reason for rejecting the report")
    with db.transaction() as session:
        submission = _load(session, submission_id)
        _in_review(submission)
        _claim(submission, by, claim_minutes)
        transition(session, submission, Status.REJECTED, actor=f"reviewer:{by}", detail=reason[:500],
                   reject_reason=reason[:2000], claimed_by=None, claim_expires_at=None)


def request_info(db: Database, desk_key: DeskKey, submission_id: int, question: str, *, by: str,
                 claim_minutes: int) -> None:
    question = question.strip()
    if not question or len(question) > QUESTION_MAX_CHARS:
        raise DecisionError(f"write a question of 1 to {QUESTION_MAX_CHARS:,} characters")
    with db.transaction() as session:
        submission = _load(session, submission_id)
        _in_review(submission)
        _claim(submission, by, claim_minutes)
        if submission.reporter_public_key is None:
            raise DecisionError("this reporter can no longer be reached (their receipt was destroyed)")
        session.add(ReporterMessage(
            submission_id=submission_id, direction="to_reporter", author=by,
            sealed_body=seal_for_reporter(submission.reporter_public_key, {"body": question}),  # for the reporter
            sealed_copy_for_desk=desk_key.seal_json({"body": question}),  # so reviewers can reread it
        ))
        if submission.status != Status.NEEDS_INFO:
            transition(session, submission, Status.NEEDS_INFO, actor=f"reviewer:{by}", detail="asked the reporter")
        else:
            audit(session, actor=f"reviewer:{by}", action="asked_again", submission_id=submission_id,
                  precise_time=True)


def link(db: Database, submission_id: int, other_id: int | None, *, by: str) -> None:
    """Mark this submission as a supplemental account of another (None unlinks)."""
    if other_id == submission_id:
        raise DecisionError("a report cannot supplement itself")
    with db.transaction() as session:
        submission = _load(session, submission_id)
        if other_id is not None:
            other = _load(session, other_id)
            if other.linked_to_id is not None:
                other_id = other.linked_to_id  # link to the primary account, not to another supplement
        submission.linked_to_id = other_id
        audit(session, actor=f"reviewer:{by}", action="linked" if other_id else "unlinked",
              submission_id=submission_id, detail=str(other_id or ""), precise_time=True)


def retry(db: Database, submission_id: int, *, by: str) -> bool:
    """Clear an operator flag: the reconciler sends the submission on again at its next sweep."""
    return clear_operator_flag(db, submission_id, actor=f"reviewer:{by}")


def audit_trail(db: Database, *, submission_id: int | None = None, limit: int = 500) -> list[dict[str, Any]]:
    with db.session() as session:
        query = select(AuditEvent)
        if submission_id is not None:
            query = query.where(AuditEvent.submission_id == submission_id)
        rows = session.exec(query.order_by(col(AuditEvent.id).desc()).limit(limit)).all()
    return [{"id": e.id, "submission_id": e.submission_id, "actor": e.actor, "action": e.action,
             "from_status": e.from_status, "to_status": e.to_status, "detail": e.detail,
             "on_day": e.on_day.isoformat(), "at": e.at.isoformat() if e.at else None} for e in rows]
