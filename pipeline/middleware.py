"""Broker middleware that every process installs: the privacy guard on messages and the operator flag."""

from __future__ import annotations

import logging
from typing import Any

import dramatiq
from dramatiq.middleware import Middleware, MiddlewareError

log = logging.getLogger(__name__)


class NarrativeOnTheBroker(MiddlewareError, ValueError):
    """Raised instead of sending a message that carries anything but a submission id (invariant 3)."""


class IdsOnlyMessages(Middleware):
    """Privacy invariant 3, enforced on every send: a message's only argument is a submission id.

    dramatiq's Retries middleware stores the traceback in the message it re-enqueues, and a traceback quotes
    exception messages (a database error can quote parameters): it is dropped here, before the message goes
    back to the broker. The traceback is still in the worker's own log.
    """

    def before_enqueue(self, broker: dramatiq.Broker, message: dramatiq.Message, delay: int | None) -> None:
        message.options.pop("traceback", None)
        args = message.args
        if message.kwargs or len(args) != 1 or type(args[0]) is not int:
            raise NarrativeOnTheBroker(
                f"refusing to send {message.actor_name}: stage messages carry one integer submission id"
            )


class FlagForOperatorWhenRetriesExhausted(Middleware):
    """When a stage's message has failed for the last time, mark the submission for an operator (shown in the
    console, retried with `nearmiss retry ID`) so that nothing is dropped silently. It must be installed before
    Retries in the middleware list: `after_` hooks run in reverse order, and Retries decides that a message has
    failed for good."""

    def after_process_message(self, broker: dramatiq.Broker, message: Any, *, result: Any = None,
                              exception: BaseException | None = None) -> None:
        if exception is None or not message.failed:
            return
        from models.operator import flag_for_operator
        from pipeline.runtime import get_runtime

        try:
            flag_for_operator(get_runtime().db, submission_id=message.args[0] if message.args else None,
                              stage=message.actor_name, error_type=type(exception).__name__)
        except Exception:  # noqa: BLE001  (the database may be what failed; the message is in the dead letters)
            log.exception("could not flag submission for an operator")
