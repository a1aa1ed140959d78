"""The all-in-one runner behind `nearmiss serve`: the three web apps, in-process workers on every queue, and
the periodic jobs (reconciler, retention purge), in one process. Scheduled release needs no job: a report's
release day is set when it is published, and the archive shows what is due.

Production runs the same pieces as separate processes from the Procfile instead.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass

import dramatiq

from pipeline.actors import STAGE_QUEUES
from pipeline.broker import broker
from pipeline.runtime import Runtime

log = logging.getLogger(__name__)


@dataclass
class PeriodicJob:
    name: str
    every_seconds: float
    run: Callable[[], object]


class PeriodicJobs:
    """Runs each job on its own interval in one daemon thread; a failing job is logged and tried next time."""

    def __init__(self, jobs: list[PeriodicJob]) -> None:
        self.jobs = jobs
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._loop, name="nearmiss-periodic", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(timeout=10)

    def _loop(self) -> None:
        import time

        next_run = {job.name: time.monotonic() + job.every_seconds for job in self.jobs}
        while not self._stop.is_set():
            now = time.monotonic()
            for job in self.jobs:
                if now >= next_run[job.name]:
                    try:
                        job.run()
                    except Exception:  # noqa: BLE001  (a periodic job must not kill the loop)
                        log.exception("periodic job %s failed", job.name)
                    next_run[job.name] = now + job.every_seconds
            self._stop.wait(min(1.0, min(next_run.values()) - time.monotonic()) if next_run else 1.0)


def periodic_jobs(runtime: Runtime) -> list[PeriodicJob]:
    from pipeline.jobs import purge_expired, reconcile_once

    settings = runtime.settings
    return [
        PeriodicJob("reconcile", settings.reconcile_interval_seconds, lambda: reconcile_once(runtime)),
        PeriodicJob("purge", 3600.0, lambda: purge_expired(runtime)),
    ]


def start_workers(threads: int, queues: set[str] | None = None) -> dramatiq.Worker:
    worker = dramatiq.Worker(broker, queues=queues or set(STAGE_QUEUES), worker_threads=threads)
    worker.start()
    return worker
