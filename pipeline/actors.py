"""The stages as dramatiq actors: one queue each, messages carry a submission id and nothing else.

Each actor only calls its stage's own function with what that stage needs; the stages import neither dramatiq
nor this package. Retries back off exponentially; a message that exhausts them marks its submission for an
operator (pipeline/middleware.py) instead of vanishing.
"""

from __future__ import annotations

from typing import Any

import dramatiq

from pipeline.broker import broker  # noqa: F401  (the broker is set before any actor is declared)
from pipeline.runtime import get_runtime

STAGE_QUEUES = ("intake", "scrub", "publish")

_retry_policy: dict[str, Any] = {
    "max_retries": 5,
    "min_backoff": 1_000,
    "max_backoff": 5 * 60_000,
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
    from publisher.stage import PublishPolicy
    from publisher.stage import publish_submission as publish
    from scrubber.recheck import find_identifiers

    runtime = get_runtime()
    publish(runtime.db, submission_id, recheck=find_identifiers,
            policy=PublishPolicy(k_anonymity=runtime.settings.k_anonymity, schedule=runtime.settings.publish_schedule))


STAGE_ACTORS = {"intake": intake_submission, "scrub": scrub_submission, "publish": publish_submission}
