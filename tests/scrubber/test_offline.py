"""The worker has no network: building the scrubber and scrubbing an email must not open a socket."""

from __future__ import annotations

import socket

import pytest


def test_no_network_when_building_and_scrubbing(monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"network access attempted: {args}")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    from presidio_analyzer.predefined_recognizers import EmailRecognizer

    from scrubber import Scrubber

    result = Scrubber().scrub("Email me at r.okafor@example.org or see www.example.net/training.")
    assert "okafor" not in result.text and "example.net" not in result.text
    # Presidio's own email recognizer validates with tldextract: it must use the bundled suffix list.
    assert EmailRecognizer().validate_result("someone@example.co.uk") in (True, None)


@pytest.fixture(autouse=True)
def _fresh_tldextract_cache(tmp_path, monkeypatch):
    monkeypatch.setenv("TLDEXTRACT_CACHE", str(tmp_path))
