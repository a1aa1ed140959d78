"""One Scrubber for the whole test session: loading spaCy is the slow part."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def scrub():  # type: ignore[no-untyped-def]
    from scrubber import Scrubber

    engine = Scrubber.shared()
    return engine.scrub
