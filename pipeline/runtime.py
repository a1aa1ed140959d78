"""What a process needs to run the stages: settings, the database, and (lazily) keys and the scrubber.

A web process that never touches the desk's private key never loads it; in production the intake web's key
directory holds only the public file.
"""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

from models.crypto import DeskKey, DeskLock
from models.db import Database
from pipeline import keys
from pipeline.settings import Settings, get_settings

if TYPE_CHECKING:
    from scrubber import Scrubber


class Runtime:
    def __init__(self, settings: Settings, database: Database | None = None) -> None:
        self.settings = settings
        self.db = database or Database(settings.resolved_database_url)

    @cached_property
    def desk_lock(self) -> DeskLock:
        return keys.load_desk_lock(self.settings)

    @cached_property
    def desk_key(self) -> DeskKey:
        return keys.load_desk_key(self.settings)

    @cached_property
    def pepper(self) -> bytes:
        return keys.load_pepper(self.settings)

    @cached_property
    def scrubber(self) -> Scrubber:
        from scrubber import Scrubber

        return Scrubber.shared()


_current: Runtime | None = None


def get_runtime() -> Runtime:
    global _current
    if _current is None:
        _current = Runtime(get_settings())
    return _current


def set_runtime(runtime: Runtime | None) -> None:
    """Install the runtime the actors use (the runner and tests build their own)."""
    global _current
    _current = runtime
