"""Intake throughput and latency, measured through HTTP on the embedded default and on PostgreSQL + RabbitMQ.

    .venv/bin/python benchmarks/intake.py [--reports 60] [--latency-samples 15] [--backend embedded|real|both]

Prints submissions per second through `POST /api/v1/reports` (4 concurrent clients), and the time from
submission to "awaiting review" (scrubbed) for single reports sent one at a time into an idle pipeline
(p50 / p95). The abuse rate limits are lifted for the run, to measure capacity. "real" runs the web app
under uvicorn and `nearmiss worker` processes on a fresh PostgreSQL database and a fresh RabbitMQ virtual
host, as production would.
"""

from __future__ import annotations

import argparse
import os
import secrets
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
from sqlalchemy import create_engine, text

BIN = Path(sys.executable).parent
# This folder holds benchmarks named after the packages they measure: import the packages, not the scripts.
sys.path[:] = [p for p in sys.path if Path(p or ".").resolve() != Path(__file__).resolve().parent]
NARRATIVE = (
    "Working a crash on the interstate in fog, I set flares about 200 feet back. A pickup came through them at "
    "about 60 mph and clipped the wrecker, which slid toward me. Officer Dana Whitfield had pulled me behind the "
    "guardrail a moment before. We now set the first flare at least 1,000 feet back in fog."
)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wait_http(base: str, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            httpx.get(base + "/", timeout=2)
            return
        except httpx.TransportError:
            time.sleep(0.2)
    raise RuntimeError(f"{base} did not start")


def throughput(base: str, reports: int, clients: int = 4) -> float:
    def one(n: int) -> None:
        with httpx.Client(base_url=base, timeout=60) as client:
            body = {"narrative": f"Report {n}. {NARRATIVE}", "characteristics": {"call_type": "traffic_stop"}}
            response = client.post("/api/v1/reports", json=body)
            response.raise_for_status()

    started = time.perf_counter()
    with ThreadPoolExecutor(clients) as pool:
        list(pool.map(one, range(reports)))
    return reports / (time.perf_counter() - started)


def latency(base: str, database_url: str, samples: int) -> list[float]:
    """Seconds from the POST to the row reaching `scrubbed`, one report at a time."""
    engine = create_engine(database_url)
    times = []
    with httpx.Client(base_url=base, timeout=60) as client:
        for n in range(samples):
            with engine.connect() as connection:
                before = connection.execute(text("SELECT coalesce(max(id), 0) FROM submission")).scalar_one()
            started = time.perf_counter()
            client.post("/api/v1/reports", json={"narrative": f"Latency {n}. {NARRATIVE}"}).raise_for_status()
            while True:
                with engine.connect() as connection:
                    state = connection.execute(text("SELECT status FROM submission WHERE id > :id ORDER BY id LIMIT 1"),
                                               {"id": before}).scalar_one_or_none()
                if state == "scrubbed":
                    break
                if time.perf_counter() - started > 60:
                    raise RuntimeError("a report did not reach review within 60 s")
                time.sleep(0.005)
            times.append(time.perf_counter() - started)
    engine.dispose()
    return times


def report(name: str, rate: float, times: list[float]) -> None:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
    print(f"{name:<22} {rate:7.1f} submissions/s   submission → awaiting review: "
          f"p50 {statistics.median(times) * 1000:6.0f} ms, p95 {p95 * 1000:6.0f} ms  (n={len(times)})")


def embedded(reports: int, samples: int) -> None:
    data_dir = Path(tempfile.mkdtemp(prefix="nearmiss-bench-"))
    os.environ.update({"NEARMISS_DATA_DIR": str(data_dir), "NEARMISS_BROKER_URL": "stub://"})
    import uvicorn

    from pipeline import keys
    from pipeline.apps import build_all_in_one
    from pipeline.runner import start_workers
    from pipeline.runtime import get_runtime
    from pipeline.settings import get_settings

    keys.ensure_keys(get_settings())
    runtime = get_runtime()
    runtime.db.migrate()
    _ = runtime.scrubber
    worker = start_workers(2)
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(build_all_in_one(runtime), host="127.0.0.1", port=port,
                                           log_level="warning", access_log=False, lifespan="off"))
    threading.Thread(target=server.run, daemon=True).start()
    base = f"http://127.0.0.1:{port}"
    wait_http(base)
    try:
        rate = throughput(base, reports)
        time.sleep(2)
        report("embedded (SQLite)", rate, latency(base, runtime.settings.resolved_database_url, samples))
    finally:
        server.should_exit = True
        worker.stop()


def real(reports: int, samples: int) -> None:
    name = "nearmiss_bench_" + secrets.token_hex(4)
    admin = "postgresql://postgres@127.0.0.1:5432/postgres"
    import psycopg

    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    subprocess.run(["rabbitmqctl", "add_vhost", name], check=True, capture_output=True)
    subprocess.run(["rabbitmqctl", "set_permissions", "-p", name, "guest", ".*", ".*", ".*"], check=True,
                   capture_output=True)
    database_url = f"postgresql+psycopg://postgres@127.0.0.1:5432/{name}"
    env = {**os.environ, "NEARMISS_DATABASE_URL": database_url,
           "NEARMISS_BROKER_URL": f"amqp://guest:guest@127.0.0.1:5672/{name}",
           "NEARMISS_DATA_DIR": tempfile.mkdtemp(prefix="nearmiss-bench-")}
    subprocess.run([str(BIN / "nearmiss"), "keys", "create"], env=env, check=True, capture_output=True)
    subprocess.run([str(BIN / "nearmiss"), "migrate"], env=env, check=True, capture_output=True)
    port = free_port()
    processes = [
        subprocess.Popen([str(BIN / "uvicorn"), "--factory", "pipeline.apps:all_in_one_app", "--port", str(port),
                          "--no-access-log", "--lifespan", "off", "--log-level", "warning"], env=env,
                         start_new_session=True),
        *[subprocess.Popen([str(BIN / "nearmiss"), "worker", "--queues", queue], env=env, start_new_session=True,
                           stderr=subprocess.DEVNULL) for queue in ("intake", "scrub", "publish")],
    ]
    try:
        base = f"http://127.0.0.1:{port}"
        wait_http(base)
        time.sleep(5)  # the scrub worker loads its model before it consumes
        rate = throughput(base, reports)
        time.sleep(5)
        report("PostgreSQL + RabbitMQ", rate, latency(base, database_url, samples))
    finally:
        for process in processes:
            os.killpg(process.pid, signal.SIGTERM)
            process.wait(timeout=30)
        subprocess.run(["rabbitmqctl", "delete_vhost", name], capture_output=True)
        with psycopg.connect(admin, autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def main() -> None:
    os.environ["NEARMISS_INTAKE_SUBMISSIONS_RATE"] = "1000000/minute"
    os.environ["NEARMISS_INTAKE_LOOKUPS_RATE"] = "1000000/minute"
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reports", type=int, default=60)
    parser.add_argument("--latency-samples", type=int, default=15)
    parser.add_argument("--backend", choices=("embedded", "real", "both"), default="both")
    args = parser.parse_args()
    print(f"{os.cpu_count()} CPUs; {args.reports} reports through HTTP with 4 clients; "
          f"{args.latency_samples} single reports for latency")
    if args.backend in ("real", "both"):
        real(args.reports, args.latency_samples)
    if args.backend in ("embedded", "both"):
        embedded(args.reports, args.latency_samples)


if __name__ == "__main__":
    main()
