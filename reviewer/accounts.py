"""Reviewer accounts: argon2 password hashes, TOTP second factor, per-account login throttling."""

from __future__ import annotations

import contextlib
import time
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import pyotp
import segno
from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlmodel import select

from models.db import Database
from models.states import audit
from models.tables import Reviewer

MIN_PASSWORD_CHARS = 12
FAILURES_BEFORE_LOCK = 5
LOCK_MINUTES = 15
TOTP_ISSUER = "LEO Near Miss"

_hasher = PasswordHasher()
# Verifying against this when the username is unknown keeps the two failures equally slow.
_DUMMY_HASH = _hasher.hash("not a real password, only for timing")


class AccountError(ValueError):
    """A reviewer account cannot be created or changed as asked; the message says why."""


class LoginRefused(Exception):
    """Wrong credentials (deliberately vague), a locked account, or a missing or reused TOTP code."""

    def __init__(self, message: str = "Wrong username, password or code.", *, locked: bool = False) -> None:
        super().__init__(message)
        self.locked = locked


def create_reviewer(db: Database, username: str, password: str, *, is_admin: bool = False) -> Reviewer:
    username = username.strip()
    if not username or len(username) > 64 or not username.replace(".", "").replace("-", "").replace("_", "").isalnum():
        raise AccountError("a username is 1 to 64 letters, digits, dots, dashes or underscores")
    if len(password) < MIN_PASSWORD_CHARS:
        raise AccountError(f"the password must be at least {MIN_PASSWORD_CHARS} characters")
    with db.transaction() as session:
        if session.exec(select(Reviewer).where(Reviewer.username == username)).first():
            raise AccountError(f"a reviewer named {username} already exists")
        reviewer = Reviewer(username=username, password_hash=_hasher.hash(password), is_admin=is_admin)
        session.add(reviewer)
        audit(session, actor="operator", action="reviewer_created", detail=f"{username} admin={is_admin}",
              precise_time=True)
    return reviewer


def _now() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    return value.replace(tzinfo=UTC) if value is not None and value.tzinfo is None else value


def _totp_step_matching(secret: str, code: str, now: float) -> int | None:
    """The time-step a code belongs to (now, or one step either side for clock drift), or None."""
    totp = pyotp.TOTP(secret)
    code = code.strip().replace(" ", "")
    current = totp.timecode(datetime.fromtimestamp(now, UTC))
    for step in (current, current - 1, current + 1):
        if totp.generate_otp(step) == code:
            return step
    return None


def authenticate(db: Database, username: str, password: str, totp_code: str | None = None,
                 now: float | None = None) -> Reviewer:
    """The reviewer when every check passes; otherwise LoginRefused, counting the failure on the account."""
    now = time.time() if now is None else now
    with db.transaction() as session:
        reviewer = session.exec(select(Reviewer).where(Reviewer.username == username.strip())).first()
        if reviewer is None or not reviewer.active:
            with contextlib.suppress(VerificationError):
                _hasher.verify(_DUMMY_HASH, password)
            raise LoginRefused()
        locked_until = _aware(reviewer.locked_until)
        if locked_until is not None and locked_until > _now():
            raise LoginRefused("This account is locked after too many failed attempts. Try again later.", locked=True)
        try:
            _hasher.verify(reviewer.password_hash, password)
            password_ok = True
        except (VerificationError, InvalidHashError):
            password_ok = False
        step = None
        if password_ok and reviewer.totp_secret:
            step = _totp_step_matching(reviewer.totp_secret, totp_code or "", now)
            if step is not None and reviewer.totp_last_step is not None and step <= reviewer.totp_last_step:
                step = None  # a code already used (or an older one) is refused: it may have been watched
        if not password_ok or (reviewer.totp_secret and step is None):
            reviewer.failed_logins += 1
            if reviewer.failed_logins >= FAILURES_BEFORE_LOCK:
                reviewer.locked_until = _now() + timedelta(minutes=LOCK_MINUTES)
                reviewer.failed_logins = 0
                audit(session, actor=f"reviewer:{reviewer.username}", action="account_locked", precise_time=True)
            session.commit()
            raise LoginRefused()
        reviewer.failed_logins = 0
        reviewer.locked_until = None
        if step is not None:
            reviewer.totp_last_step = step
        if _hasher.check_needs_rehash(reviewer.password_hash):
            reviewer.password_hash = _hasher.hash(password)
        audit(session, actor=f"reviewer:{reviewer.username}", action="logged_in", precise_time=True)
        return reviewer


@dataclass
class Enrolment:
    secret: str
    uri: str
    qr_svg: str


def start_enrolment(username: str) -> Enrolment:
    secret = pyotp.random_base32()
    uri = pyotp.TOTP(secret).provisioning_uri(name=username, issuer_name=TOTP_ISSUER)
    svg = segno.make(uri, error="m").svg_inline(scale=4, title="Scan with your authenticator app")
    return Enrolment(secret=secret, uri=uri, qr_svg=svg)


def finish_enrolment(db: Database, reviewer_id: int, secret: str, code: str, now: float | None = None) -> bool:
    """Store the secret once the reviewer proves their app produces its codes."""
    now = time.time() if now is None else now
    step = _totp_step_matching(secret, code, now)
    if step is None:
        return False
    with db.transaction() as session:
        reviewer = session.get(Reviewer, reviewer_id)
        if reviewer is None:
            return False
        reviewer.totp_secret = secret
        reviewer.totp_last_step = step
        audit(session, actor=f"reviewer:{reviewer.username}", action="totp_enrolled", precise_time=True)
    return True


def set_active(db: Database, username: str, active: bool, *, by: str) -> None:
    with db.transaction() as session:
        reviewer = session.exec(select(Reviewer).where(Reviewer.username == username)).first()
        if reviewer is None:
            raise AccountError(f"no reviewer named {username}")
        reviewer.active = active
        audit(session, actor=f"reviewer:{by}", action="reviewer_enabled" if active else "reviewer_disabled",
              detail=username, precise_time=True)


def list_reviewers(db: Database) -> list[Reviewer]:
    with db.session() as session:
        return list(session.exec(select(Reviewer).order_by(Reviewer.username)).all())
