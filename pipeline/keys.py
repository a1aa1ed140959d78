"""The key holder: creates the desk key pair and the receipt pepper on first run, and hands each process only
the keys its role needs (the intake web gets the public lock alone)."""

from __future__ import annotations

import os
import secrets
from pathlib import Path

from models.crypto import DESK_PRIVATE_FILE, DeskKey, DeskLock
from pipeline.settings import Settings

PEPPER_FILE = "receipt.pepper"


class MissingKeys(RuntimeError):
    pass


def ensure_keys(settings: Settings) -> bool:
    """Create whatever keys are missing (development and `nearmiss keys create`). True when any were made."""
    key_dir = settings.resolved_key_dir
    made = DeskKey.create(key_dir)
    pepper = key_dir / PEPPER_FILE
    if not pepper.exists():
        fd = os.open(pepper, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(secrets.token_bytes(32))
        made = True
    return made


def _require(path: Path) -> Path:
    if not path.exists():
        raise MissingKeys(f"missing key file {path}: run `nearmiss keys create` (or `nearmiss serve` once)")
    return path


def load_desk_lock(settings: Settings) -> DeskLock:
    _require(settings.resolved_key_dir / "desk.public")
    return DeskLock.load(settings.resolved_key_dir)


def load_desk_key(settings: Settings) -> DeskKey:
    _require(settings.resolved_key_dir / DESK_PRIVATE_FILE)
    return DeskKey.load(settings.resolved_key_dir)


def load_pepper(settings: Settings) -> bytes:
    return _require(settings.resolved_key_dir / PEPPER_FILE).read_bytes()
