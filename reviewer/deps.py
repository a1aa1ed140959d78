"""What the review console app is given by pipeline/."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from models.crypto import DeskKey
from models.db import Database


@dataclass
class ReviewDeps:
    db: Database
    # The desk's private key: reviewers read originals and drafts, and seal questions for reporters.
    desk_key: DeskKey
    # Scans edited or approved text for identifiers, ignoring placeholders and the spans a reviewer kept:
    # recheck(text, kept) -> findings (scrubber.recheck.find_identifiers in production).
    recheck: Callable[[str, Iterable[str]], list[Any]]
    # Sends the publish stage's message (a submission id).
    send_to_publish: Callable[[int], object]
    idle_timeout_minutes: int = 30
    claim_minutes: int = 20
    require_second_approval: bool = False
    # Secure cookies (HTTPS) in production.
    production: bool = False
