"""The stages as dramatiq actors: one queue each, messages carry a submission id and nothing else.

Each actor only calls its stage's own function with what that stage needs; the stages import neither dramatiq
nor this package. Retries back off exponentially; a message that exhausts them marks its submission for an
operator (`mark_for_operator`) instead of vanishing.
"""

from __future__ import annotations

from typing import Any

import dramatiq

from pipeline.broker import broker  # noqa: F401  (the broker is set before any actor is declared)
from pipeline.runtime import get_runtime

OPERATOR_QUEUE = "operator"
STAGE_QUEUES = ("intake", "scrub", "publish")

_retry_policy: dict[str, Any] = {
    "max_retries": 5,
    "min_backoff": 1_000,
    "max_backoff": 5 * 60_000,
    "on_failure": "mark_for_operator",
}


@dramatiq.actor(queue_name="intake", time_limit=60_000, **_retry_policy)
def intake_submission(submission_id: int) -> None:
    from intake.stage import check_submission

    check_submission(get_runtime().db, submission_id, send_to_scrub=scrub_submission.send)


@dramatiq.actor(queue_name="scrub", time_limit=5 * 60_000, **_retry_policy)
def scrub_submission(submission_id: int) -> None:
    from scrubber.stage import scrub_submission as scrub

    runtime = get_runtime()
    scrub(runtime.db, runtime.desk_key, runtime.scrubber, submission_id)


@dramatiq.actor(queue_name="publish", time_limit=5 * 60_000, **_retry_policy)
def publish_submission(submission_id: int) -> None:
    from scrubber.recheck import find_identifiers

    from publisher.stage import PublishPolicy
    from publisher.stage import publish_submission as publish

    runtime = get_runtime()
    publish(runtime.db, submission_id, recheck=find_identifiers,
            policy=PublishPolicy(k_anonymity=runtime.settings.k_anonymity))


@dramatiq.actor(queue_name=OPERATOR_QUEUE, max_retries=20, time_limit=30_000)
def mark_for_operator(message_data: dict[str, Any], exception_data: dict[str, Any]) -> None:
    """A stage gave up on a submission: flag it for a person. Only the exception's type is kept, since a
    message could in principle quote input."""
    from pipeline.operator import flag_for_operator

    args = message_data.get("args") or [None]
    flag_for_operator(
        get_runtime().db,
        submission_id=args[0],
        stage=message_data.get("actor_name", "?"),
        error_type=str(exception_data.get("type", "error")),
    )


STAGE_ACTORS = {"intake": intake_submission, "scrub": scrub_submission, "publish": publish_submission}
