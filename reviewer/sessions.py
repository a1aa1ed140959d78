"""Server-side reviewer sessions. The cookie holds a random token; the table holds its SHA-256, the CSRF
token and when it was last used, so a session dies after the idle timeout or at logout."""

from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlmodel import delete

from models.db import Database
from models.tables import Reviewer, ReviewerSession

COOKIE_NAME = "nm_review"


@dataclass(frozen=True)
class SignedIn:
    reviewer_id: int
    username: str
    is_admin: bool
    has_totp: bool
    csrf_token: str

    @property
    def must_enrol(self) -> bool:
        """Admins must have a second factor before they can do anything else."""
        return self.is_admin and not self.has_totp


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def start(db: Database, reviewer: Reviewer) -> tuple[str, str]:
    """A new session for the reviewer: (cookie token, CSRF token)."""
    token, csrf = secrets.token_urlsafe(32), secrets.token_urlsafe(32)
    now = datetime.now(UTC)
    with db.transaction() as session:
        session.add(ReviewerSession(token_hash=_digest(token), reviewer_id=reviewer.id, csrf_token=csrf,  # type: ignore[arg-type]
                                    created_at=now, last_seen_at=now))
    return token, csrf


def resume(db: Database, token: str | None, idle_minutes: int) -> SignedIn | None:
    if not token:
        return None
    now = datetime.now(UTC)
    with db.transaction() as session:
        stored = session.get(ReviewerSession, _digest(token))
        if stored is None:
            return None
        last_seen = stored.last_seen_at if stored.last_seen_at.tzinfo else stored.last_seen_at.replace(tzinfo=UTC)
        reviewer = session.get(Reviewer, stored.reviewer_id)
        if now - last_seen > timedelta(minutes=idle_minutes) or reviewer is None or not reviewer.active:
            session.delete(stored)
            return None
        stored.last_seen_at = now
        return SignedIn(reviewer_id=reviewer.id, username=reviewer.username, is_admin=reviewer.is_admin,  # type: ignore[arg-type]
                        has_totp=reviewer.totp_secret is not None, csrf_token=stored.csrf_token)


def end(db: Database, token: str | None) -> None:
    if token:
        with db.transaction() as session:
            session.exec(delete(ReviewerSession).where(ReviewerSession.token_hash == _digest(token)))  # type: ignore[call-overload]


def csrf_matches(signed_in: SignedIn, presented: str | None) -> bool:
    return bool(presented) and secrets.compare_digest(signed_in.csrf_token, presented or "")
