"""The database tables.

Whom each column is for matters more here than anywhere: `sealed_*` columns are ciphertexts (see
models/crypto.py for whose key opens each), and the archive reads only `PublishedReport`, never `Submission`.
Timestamps that a reporter's act would set are dates, never times: a clock time of submission could identify a
reporter to anyone who knows who was on shift.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from sqlalchemy import JSON, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel


class Submission(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    status: str = Field(default="received", index=True, max_length=16)
    received_on: date = Field(default_factory=date.today, index=True)

    # scrypt(receipt codename, pepper); the codename itself is never stored. None once retention purges it.
    receipt_hash: str | None = Field(default=None, unique=True, max_length=128)
    # Public half of a key pair derived from the codename: the desk seals drafts and questions to it, and only
    # someone holding the codename can open them.
    reporter_public_key: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))

    # For the review desk's key: JSON {narrative, lessons_learned, do_differently} as the reporter typed them.
    sealed_report: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    # For the review desk's key: JSON {normalized, text, findings} written by the scrubber and by reviewers.
    sealed_draft: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    # For the reporter's key: JSON {text} — the de-identified draft the reporter may read and agree to.
    sealed_draft_for_reporter: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))

    # Banded characteristics from the taxonomy (not free text), as the reporter gave them.
    characteristics: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    # The intake's notes for reviewers: nearly empty, duplicate text, possibly the same incident as another.
    flags: list[dict[str, Any]] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    intake_checked: bool = False
    # A keyed hash of the normalised narrative, to flag exact duplicates without keeping text in clear.
    text_fingerprint: str | None = Field(default=None, index=True, max_length=64)
    # Counted by the intake web process while it still held the text, so the nearly-empty check needs no key.
    word_count: int = 0

    # The reporter's reaction to the draft: "agreed" or "identifies_me".
    reporter_consent: str | None = Field(default=None, max_length=16)

    # Reviewer-approved, de-identified content, ready for the publisher. Plain text: a human approved it.
    approved_title: str | None = None
    approved_summary: str | None = None
    approved_narrative: str | None = None
    approved_lessons: str | None = None
    approved_do_differently: str | None = None
    approved_tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # Spans a reviewer looked at and explicitly kept; the publisher's re-check does not block on them.
    kept_spans: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    approvals: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    reject_reason: str | None = None

    public_id: str | None = Field(default=None, unique=True, max_length=16)
    # Another submission this one is a supplemental account of (ASRS "match multiples").
    linked_to_id: int | None = Field(default=None, foreign_key="submission.id")

    # Reconciler bookkeeping: how many sweeps found it in the same working state (a counter, not a clock).
    stalled_sweeps: int = 0
    # Set when a stage's message exhausted its retries: an operator must look (shown in the console).
    needs_operator: bool = Field(default=False, index=True)
    operator_note: str | None = None

    # Review lock: who has claimed it, until when.
    claimed_by: str | None = Field(default=None, max_length=64)
    claim_expires_at: datetime | None = None

    # The day it reached a final state; retention counts from here.
    final_on: date | None = None
    raw_destroyed: bool = False


class ReporterMessage(SQLModel, table=True):
    """A question from the desk or an answer from the reporter, encrypted for whoever must read it."""

    id: int | None = Field(default=None, primary_key=True)
    submission_id: int = Field(foreign_key="submission.id", index=True)
    direction: str = Field(max_length=16)  # "to_reporter" | "from_reporter"
    # to_reporter: sealed for the reporter's key. from_reporter: sealed for the review desk's key.
    sealed_body: bytes = Field(sa_column=Column(LargeBinary, nullable=False))
    # The other side's copy: the desk keeps its questions readable, the reporter their own answers.
    sealed_copy_for_desk: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    sealed_copy_for_reporter: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    author: str | None = Field(default=None, max_length=64)  # reviewer username, None for the reporter
    sent_on: date = Field(default_factory=date.today)


class AuditEvent(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    submission_id: int | None = Field(default=None, index=True)
    actor: str = Field(max_length=80)  # "reviewer:NAME", "reporter", "worker:STAGE", "operator"
    action: str = Field(max_length=40)
    from_status: str | None = None
    to_status: str | None = None
    detail: str = ""
    on_day: date = Field(default_factory=date.today, index=True)
    # Only reviewers' acts get a time of day (see models/states.audit).
    at: datetime | None = None


class Reviewer(SQLModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    username: str = Field(unique=True, index=True, max_length=64)
    password_hash: str
    is_admin: bool = False
    active: bool = True
    totp_secret: str | None = None
    # The last TOTP time-step accepted, so that a code cannot be replayed.
    totp_last_step: int | None = None
    failed_logins: int = 0
    locked_until: datetime | None = None


class ReviewerSession(SQLModel, table=True):
    """A server-side session; the cookie holds the token, the table only its SHA-256."""

    token_hash: str = Field(primary_key=True, max_length=64)
    reviewer_id: int = Field(foreign_key="reviewer.id", index=True)
    csrf_token: str = Field(max_length=64)
    created_at: datetime
    last_seen_at: datetime


class PublishedReport(SQLModel, table=True):
    """What the archive serves. Nothing reaches this table except through the publish stage."""

    __table_args__ = (UniqueConstraint("submission_id"),)

    id: int | None = Field(default=None, primary_key=True)
    public_id: str = Field(unique=True, index=True, max_length=16)
    submission_id: int | None = Field(default=None, index=True)
    title: str
    summary: str = ""
    narrative: str
    lessons: str = ""
    do_differently: str = ""
    tags: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # The published (possibly generalised) characteristics.
    characteristics: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON, nullable=False))
    incident_month: str | None = Field(default=None, index=True, max_length=7)  # YYYY-MM
    published_on: date = Field(default_factory=date.today, index=True)
    # Reports are released in batches (publish schedule), so that release time does not date a submission.
    release_on: date = Field(default_factory=date.today, index=True)
    # Which quasi-identifiers the publisher generalised to keep the report among k others.
    generalised: list[str] = Field(default_factory=list, sa_column=Column(JSON, nullable=False))
    # The public id of the record this is a supplemental account of.
    supplement_of: str | None = Field(default=None, index=True, max_length=16)


class ReportFacet(SQLModel, table=True):
    """One (characteristic, value) of a published report: what the archive filters and counts on, indexed,
    so that a filter is an index lookup instead of parsing every report's JSON."""

    field: str = Field(primary_key=True, max_length=32)
    value: str = Field(primary_key=True, max_length=64)
    report_id: int = Field(primary_key=True, foreign_key="publishedreport.id", index=True)


class Reader(SQLModel, table=True):
    """A verified law-enforcement reader of a restricted archive. The address itself is not kept: only a keyed
    hash of it (to recognise the reader next time) and its domain (to show which agencies use the archive)."""

    id: int | None = Field(default=None, primary_key=True)
    email_hash: str = Field(unique=True, index=True, max_length=64)
    domain: str = Field(index=True, max_length=253)
    confirmed_on: date | None = None
    registered_on: date = Field(default_factory=date.today)
