from __future__ import annotations

import os
import stat

import pytest
from nacl.exceptions import CryptoError

from models.crypto import DeskKey, DeskLock, ReporterKey, seal_for_reporter


def test_the_intake_side_can_seal_but_not_open(tmp_path):
    DeskKey.create(tmp_path)
    lock = DeskLock.load(tmp_path)
    sealed = lock.seal_json({"narrative": "Ofc. Hunter was nearly struck"})
    assert b"Hunter" not in sealed
    assert not hasattr(lock, "open")
    assert DeskKey.load(tmp_path).open_json(sealed) == {"narrative": "Ofc. Hunter was nearly struck"}


def test_the_private_key_file_is_readable_by_its_owner_only_and_never_overwritten(tmp_path):
    assert DeskKey.create(tmp_path)
    before = (tmp_path / "desk.private").read_bytes()
    assert not DeskKey.create(tmp_path)
    assert (tmp_path / "desk.private").read_bytes() == before
    assert stat.S_IMODE(os.stat(tmp_path / "desk.private").st_mode) == 0o600


def test_only_the_codename_opens_what_was_sealed_for_the_reporter():
    pepper = b"p" * 32
    reporter = ReporterKey("acorn basket candle dolphin ember falcon glacier", pepper)
    sealed = seal_for_reporter(reporter.public_key, {"text": "your draft"})
    assert ReporterKey("acorn basket candle dolphin ember falcon glacier", pepper).open_json(sealed) == {
        "text": "your draft"
    }
    with pytest.raises(CryptoError):
        ReporterKey("acorn basket candle dolphin ember falcon harbor", pepper).open_json(sealed)
    with pytest.raises(CryptoError):
        ReporterKey("acorn basket candle dolphin ember falcon glacier", b"q" * 32).open_json(sealed)
