"""What the archive app is given by pipeline/."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from models.db import Database


@dataclass
class ArchiveDeps:
    db: Database
    # "public", or "restricted" to verified law-enforcement readers.
    access: str = "public"
    # Email domains allowed to register when access is restricted.
    email_domains: list[str] = field(default_factory=list)
    # Where the embedded default writes confirmation emails instead of sending them.
    outbox_dir: Path = Path("var/outbox")
    session_secret: str = "development-only-secret-change-me"
    production: bool = False
