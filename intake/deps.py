"""What the intake web app is given by pipeline/ (it builds nothing itself)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from intake.ratelimit import Limits
from models.crypto import DeskLock
from models.db import Database


@dataclass
class IntakeDeps:
    db: Database
    # The public half only: this process seals what reporters type and can never open it again.
    desk_lock: DeskLock
    # Server secret for receipt hashes and reporter keys (never leaves the server).
    pepper: bytes
    # Sends the intake stage's message (a submission id) to the broker; may raise when the broker is down.
    send_to_intake: Callable[[int], object]
    # Signs the form's short-lived anti-forgery token.
    session_secret: str
    narrative_max_chars: int = 20_000
    max_body_bytes: int = 64 * 1024
    rate_limits: Limits = field(default_factory=Limits)
    production: bool = False
