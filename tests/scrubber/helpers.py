"""Shared checks for the scrubber's shape tests."""

from __future__ import annotations

from scrubber import Scrubber


def assert_scrubbed(text: str, gone: list[str], kept: list[str]) -> None:
    """Every string in `gone` is removed from the scrubbed text and every phrase in `kept` is still there."""
    out = Scrubber.shared().scrub(text).text
    for word in gone:
        assert word not in out, out
    for phrase in kept:
        assert phrase in out, out
