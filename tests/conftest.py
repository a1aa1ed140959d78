"""Fixtures shared by every test folder.

The tests run on the embedded default: a SQLite file in a temporary folder, keys made for the test, and
dramatiq's StubBroker drained by an in-process worker. Tests that need PostgreSQL or RabbitMQ use the
`postgres_url` / `rabbitmq_url` fixtures, which skip when the server is missing, and fail instead under CI=true.
"""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

# The broker is chosen when pipeline.broker is first imported: tests always start on the stub broker.
os.environ["NEARMISS_BROKER_URL"] = "stub://"
os.environ.pop("NEARMISS_DATABASE_URL", None)
os.environ.setdefault("NEARMISS_ENV", "development")

import dramatiq  # noqa: E402
import pytest  # noqa: E402
from dramatiq.brokers.stub import StubBroker  # noqa: E402

from pipeline import keys  # noqa: E402
from pipeline.broker import broker as stub_broker_instance  # noqa: E402
from pipeline.runtime import Runtime, set_runtime  # noqa: E402
from pipeline.settings import Settings  # noqa: E402

IN_CI = os.environ.get("CI", "").lower() == "true"
POSTGRES_URL = os.environ.get("NEARMISS_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
RABBITMQ_URL = os.environ.get("NEARMISS_TEST_RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:5672/%2F")


def service_missing(what: str) -> None:
    """Skip locally, fail in CI: a CI run that silently skips the real-service tests proves nothing."""
    if IN_CI:
        pytest.fail(f"{what} is not reachable and CI=true: the real-service tests must run", pytrace=False)
    pytest.skip(f"{what} is not reachable")


def port_open(host: str, port: int) -> bool:
    try:
        with socket.create_connection((host, port), timeout=1):
            return True
    except OSError:
        return False


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path / "var", broker_url="stub://", reconcile_stall_sweeps=1)


@pytest.fixture
def runtime(settings: Settings) -> Iterator[Runtime]:
    """A fresh database and keys for one test, installed as the runtime the actors use."""
    keys.ensure_keys(settings)
    rt = Runtime(settings)
    rt.db.create_all()
    set_runtime(rt)
    yield rt
    set_runtime(None)
    rt.db.dispose()


@pytest.fixture
def stub_broker() -> Iterator[StubBroker]:
    assert isinstance(stub_broker_instance, StubBroker)
    stub_broker_instance.flush_all()
    yield stub_broker_instance
    stub_broker_instance.flush_all()


@pytest.fixture
def stub_worker(stub_broker: StubBroker, runtime: Runtime) -> Iterator[dramatiq.Worker]:
    worker = dramatiq.Worker(stub_broker, worker_threads=2, worker_timeout=50)
    worker.start()
    yield worker
    worker.stop()
    # A stopped worker leaves its middleware on the broker; the next test's worker brings its own.
    stub_broker.middleware[:] = [m for m in stub_broker.middleware if type(m).__name__ != "_WorkerMiddleware"]


def drain(broker: StubBroker, worker: dramatiq.Worker, timeout: float = 60.0) -> None:
    """Wait until every stage queue is empty and the worker is idle (messages chain from stage to stage)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        for queue in list(broker.queues):
            broker.join(queue, timeout=max(1, int((deadline - time.monotonic()) * 1000)), fail_fast=False)
        worker.join()
        if all(broker.queues[q].unfinished_tasks == 0 for q in broker.queues):
            return
    raise TimeoutError("the stub broker did not drain")


@pytest.fixture
def run_pipeline(stub_broker: StubBroker, stub_worker: dramatiq.Worker):  # type: ignore[no-untyped-def]
    """Call run_pipeline() to process every queued message to the end."""
    return lambda timeout=60.0: drain(stub_broker, stub_worker, timeout)


@pytest.fixture(scope="session")
def scrubber():  # type: ignore[no-untyped-def]
    from scrubber import Scrubber

    return Scrubber.shared()


@pytest.fixture
def app(runtime: Runtime):  # type: ignore[no-untyped-def]
    from pipeline.apps import build_all_in_one

    return build_all_in_one(runtime)


@pytest.fixture
def client(app):  # type: ignore[no-untyped-def]
    from fastapi.testclient import TestClient

    with TestClient(app, base_url="http://127.0.0.1") as test_client:
        yield test_client


@pytest.fixture
def live_server(app, stub_worker) -> Iterator[str]:  # type: ignore[no-untyped-def]
    """The all-in-one app served by uvicorn on a free port, with in-process workers; yields the base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning",
                                          access_log=False, lifespan="off"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 15
    while not port_open("127.0.0.1", port):
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(timeout=10)


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="session")
def browser():  # type: ignore[no-untyped-def]
    """Debian's chromium driven by Playwright (never a downloaded browser)."""
    if not Path(CHROMIUM).exists():
        if IN_CI:
            pytest.fail("/usr/bin/chromium is missing: .ci/run installs Debian's chromium", pytrace=False)
        pytest.skip("Debian's chromium is not installed")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context()
    yield context.new_page()
    context.close()


@pytest.fixture
def page_without_js(browser):  # type: ignore[no-untyped-def]
    context = browser.new_context(java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture
def postgres_url() -> str:
    if not port_open("127.0.0.1", 5432):
        service_missing("PostgreSQL on 127.0.0.1:5432")
    return POSTGRES_URL


@pytest.fixture
def rabbitmq_url() -> str:
    if not port_open("127.0.0.1", 5672):
        service_missing("RabbitMQ on 127.0.0.1:5672")
    return RABBITMQ_URL
