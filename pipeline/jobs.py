"""The periodic jobs, each a plain function of the runtime so the CLI and the runner share them."""

from __future__ import annotations

import logging

from pipeline.reconciler import default_senders, reconcile
from pipeline.runtime import Runtime

log = logging.getLogger(__name__)


def reconcile_once(runtime: Runtime, *, stall_sweeps: int | None = None) -> list[int]:
    sweeps = runtime.settings.reconcile_stall_sweeps if stall_sweeps is None else stall_sweeps
    return reconcile(runtime.db, default_senders(), stall_sweeps=sweeps)


def purge_expired(runtime: Runtime) -> int:
    from publisher.retention import purge

    purged = purge(runtime.db, runtime.settings.retention_days)
    if purged:
        log.info("retention: destroyed the raw material of %d submission(s)", purged)
    return purged
