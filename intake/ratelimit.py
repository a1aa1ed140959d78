"""Rate limits that identify no one: counters live in this process's memory only, keyed by a global bucket or
by the form's own short-lived token, never by an address."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from limits import RateLimitItem, parse
from limits.storage import MemoryStorage
from limits.strategies import MovingWindowRateLimiter


@dataclass(frozen=True)
class Limits:
    submissions_global: str = "60/minute"
    submissions_per_form: str = "3/hour"
    lookups_global: str = "120/minute"


class RateLimited(Exception):
    def __init__(self, retry_after: int) -> None:
        super().__init__(f"retry after {retry_after}s")
        self.retry_after = retry_after


class RateLimiter:
    def __init__(self, limits: Limits | None = None) -> None:
        self.limits = limits or Limits()
        self._limiter = MovingWindowRateLimiter(MemoryStorage())

    def _hit(self, item: RateLimitItem, *keys: str) -> None:
        if not self._limiter.hit(item, *keys):
            reset = self._limiter.get_window_stats(item, *keys).reset_time
            raise RateLimited(max(1, math.ceil(reset - time.time())))

    def submission(self, form_token_id: str | None = None) -> None:
        self._hit(parse(self.limits.submissions_global), "submit")
        if form_token_id:
            self._hit(parse(self.limits.submissions_per_form), "submit-form", form_token_id)

    def lookup(self) -> None:
        self._hit(parse(self.limits.lookups_global), "lookup")
