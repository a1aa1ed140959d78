"""Encryption at rest, behind small classes that say whom each ciphertext is for.

Two kinds of recipient:
- the review desk (the research team's workers and console): a Curve25519 key pair created on first run.
  The intake web process holds only `DeskLock` (the public half), so it can seal what a reporter typed but can
  never read it back; the scrub, review and publish processes hold `DeskKey`.
- a reporter: a key pair derived from their receipt codename. The desk seals drafts and questions with
  `seal_for_reporter(public_key)`; only someone who presents the codename can derive `ReporterKey` to open them.
Both use libsodium sealed boxes (PyNaCl): anonymous sender, authenticated encryption.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from nacl.public import PrivateKey, PublicKey, SealedBox

DESK_PUBLIC_FILE = "desk.public"
DESK_PRIVATE_FILE = "desk.private"


class DeskLock:
    """Seals data for the review desk. Holding it does not let you open anything."""

    def __init__(self, public_key: bytes) -> None:
        self._box = SealedBox(PublicKey(public_key))
        self.public_key = public_key

    def seal(self, data: bytes) -> bytes:
        return self._box.encrypt(data)

    def seal_json(self, value: Any) -> bytes:
        return self.seal(json.dumps(value, ensure_ascii=False).encode())

    @classmethod
    def load(cls, key_dir: Path) -> DeskLock:
        return cls((key_dir / DESK_PUBLIC_FILE).read_bytes())


class DeskKey(DeskLock):
    """The review desk's private key: opens what reporters and workers sealed for the desk."""

    def __init__(self, private_key: bytes) -> None:
        key = PrivateKey(private_key)
        super().__init__(bytes(key.public_key))
        self._opener = SealedBox(key)

    def open(self, sealed: bytes) -> bytes:
        return self._opener.decrypt(sealed)

    def open_json(self, sealed: bytes) -> Any:
        return json.loads(self.open(sealed))

    @classmethod
    def load(cls, key_dir: Path) -> DeskKey:
        return cls((key_dir / DESK_PRIVATE_FILE).read_bytes())

    @staticmethod
    def create(key_dir: Path) -> bool:
        """Create the desk's key pair in key_dir unless it exists. Returns True when it made one."""
        private_path = key_dir / DESK_PRIVATE_FILE
        if private_path.exists():
            return False
        key_dir.mkdir(parents=True, exist_ok=True)
        key = PrivateKey.generate()
        fd = os.open(private_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as handle:
            handle.write(bytes(key))
        (key_dir / DESK_PUBLIC_FILE).write_bytes(bytes(key.public_key))
        return True


def seal_for_reporter(reporter_public_key: bytes, value: Any) -> bytes:
    """Seal JSON for the reporter who holds the codename behind reporter_public_key."""
    return SealedBox(PublicKey(reporter_public_key)).encrypt(json.dumps(value, ensure_ascii=False).encode())


class ReporterKey:
    """A reporter's key pair, derived from the codename (slow scrypt, server pepper); exists only in memory
    while a request from that reporter is being answered."""

    def __init__(self, codename: str, pepper: bytes) -> None:
        seed = hashlib.scrypt(
            codename.encode(), salt=b"reporter-key:" + pepper, n=2**14, r=8, p=1, dklen=32
        )
        self._key = PrivateKey(seed)
        self.public_key = bytes(self._key.public_key)

    def open_json(self, sealed: bytes) -> Any:
        return json.loads(SealedBox(self._key).decrypt(sealed))
