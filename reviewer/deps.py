"""What the review console app is given by pipeline/."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from models.crypto import DeskKey
from models.db import Database

if TYPE_CHECKING:
    from scrubber import Scrubber


@dataclass
class ReviewDeps:
    db: Database
    # The desk's private key: reviewers read originals and drafts, and seal questions for reporters.
    desk_key: DeskKey
    # Returns the process's scrubber (loaded on first use), for re-scrubbing a reviewer's edits.
    scrubber: Callable[[], Scrubber]
    # Sends the publish stage's message (a submission id).
    send_to_publish: Callable[[int], object]
    idle_timeout_minutes: int = 30
    claim_minutes: int = 20
    require_second_approval: bool = False
    # Secure cookies (HTTPS) in production.
    production: bool = False
