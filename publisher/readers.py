"""Restricted archives: verified law-enforcement readers.

A reader gives an agency email address; if its domain is on the allowlist we send a one-hour sign-in link
(the embedded default writes the email to an outbox folder instead of sending it). Following the link
confirms the address and starts a signed reader session. Only a keyed hash of the address is stored.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import UTC, date, datetime
from email.message import EmailMessage
from pathlib import Path

from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlmodel import select

from models.db import Database
from models.tables import Reader

LINK_MAX_AGE = 3600
SESSION_MAX_AGE = 30 * 24 * 3600
_EMAIL = re.compile(r"^[^@\s]+@([a-z0-9-]+(\.[a-z0-9-]+)+)$")


class NotAllowed(ValueError):
    pass


def domain_of(email: str) -> str | None:
    match = _EMAIL.match(email.strip().lower())
    return match.group(1) if match else None


def allowed(domain: str, allowlist: list[str]) -> bool:
    domain = domain.lower()
    return any(domain == d.lower() or domain.endswith("." + d.lower()) for d in allowlist)


class ReaderAccess:
    def __init__(self, db: Database, secret: str, allowlist: list[str], outbox: Path) -> None:
        self.db = db
        self.secret = secret.encode()
        self.allowlist = allowlist
        self.outbox = outbox
        self._links = URLSafeTimedSerializer(secret, salt="archive-reader-link")
        self._sessions = URLSafeTimedSerializer(secret, salt="archive-reader-session")

    def _hash(self, email: str) -> str:
        return hmac.new(self.secret, email.strip().lower().encode(), hashlib.sha256).hexdigest()

    def request_link(self, email: str, base_url: str) -> Path:
        """Register (or sign in) an address: write the confirmation email to the outbox. Returns its path."""
        domain = domain_of(email)
        if domain is None:
            raise NotAllowed("That is not an email address.")
        if not allowed(domain, self.allowlist):
            raise NotAllowed("This archive is open to law-enforcement agency addresses only, and "
                             f"{domain} is not on the list. Ask your agency to be added.")
        email_hash = self._hash(email)
        with self.db.transaction() as session:
            if session.exec(select(Reader).where(Reader.email_hash == email_hash)).first() is None:
                session.add(Reader(email_hash=email_hash, domain=domain))
        token = self._links.dumps(email_hash)
        message = EmailMessage()
        message["To"] = email.strip()
        message["From"] = "LEO Near Miss archive <no-reply@localhost>"
        message["Subject"] = "Your link to the LEO Near Miss archive"
        link = f"{base_url}/archive/confirm?token={token}"
        message.set_content(f"Follow this link within an hour to open the archive:\n\n{link}\n")
        self.outbox.mkdir(parents=True, exist_ok=True)
        path = self.outbox / f"{datetime.now(UTC).strftime('%Y%m%d')}-{email_hash[:12]}.eml"
        path.write_bytes(bytes(message))
        return path

    def confirm(self, token: str) -> str | None:
        """A reader session cookie value for a genuine, fresh link; None otherwise."""
        try:
            email_hash = str(self._links.loads(token, max_age=LINK_MAX_AGE))
        except (BadSignature, SignatureExpired):
            return None
        with self.db.transaction() as session:
            reader = session.exec(select(Reader).where(Reader.email_hash == email_hash)).first()
            if reader is None:
                return None
            reader.confirmed_on = reader.confirmed_on or date.today()
            reader_id = reader.id
        return self._sessions.dumps(reader_id)

    def reader_from(self, cookie: str | None) -> int | None:
        if not cookie:
            return None
        try:
            return int(self._sessions.loads(cookie, max_age=SESSION_MAX_AGE))
        except (BadSignature, SignatureExpired, ValueError):
            return None
