"""The production shape: PostgreSQL, RabbitMQ, a uvicorn web process and `nearmiss worker` processes, each a
separate OS process. Each test gets a fresh database and a fresh RabbitMQ virtual host. With CI=true these
fail, rather than skip, when PostgreSQL or RabbitMQ is missing."""

from __future__ import annotations

import json
import secrets
import subprocess
import time
from collections.abc import Iterator
from urllib.parse import quote

import httpx
import pika
import psycopg
import pytest

from tests.conftest import free_port
from tests.pipeline.helpers import (
    NARRATIVE,
    REVIEWER,
    assert_published_report_is_clean,
    find_in_archive,
    login,
    review_and_approve,
    status,
    submit,
    wait_until,
)
from tests.pipeline.processes import Processes

pytestmark = [pytest.mark.postgres, pytest.mark.rabbitmq, pytest.mark.slow]


@pytest.fixture
def pg_database(postgres_url: str) -> Iterator[str]:
    name = "nearmiss_test_" + secrets.token_hex(4)
    admin = postgres_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    yield postgres_url.rsplit("/", 1)[0] + "/" + name
    with psycopg.connect(admin, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def rabbitmqctl(*args: str) -> None:
    subprocess.run(["rabbitmqctl", *args], check=True, capture_output=True, timeout=120)


@pytest.fixture
def amqp_vhost(rabbitmq_url: str) -> Iterator[str]:
    vhost = "nearmiss_test_" + secrets.token_hex(4)
    rabbitmqctl("add_vhost", vhost)
    rabbitmqctl("set_permissions", "-p", vhost, "guest", ".*", ".*", ".*")
    yield rabbitmq_url.rsplit("/", 1)[0] + "/" + quote(vhost, safe="")
    subprocess.run(["rabbitmqctl", "delete_vhost", vhost], capture_output=True, timeout=120)


@pytest.fixture
def system(pg_database: str, amqp_vhost: str, tmp_path) -> Iterator[Processes]:
    processes = Processes({
        "NEARMISS_DATABASE_URL": pg_database,
        "NEARMISS_BROKER_URL": amqp_vhost,
        "NEARMISS_DATA_DIR": str(tmp_path / "var"),
        "NEARMISS_RECONCILE_STALL_SWEEPS": "1",
        "CI": "",
    }, tmp_path)
    processes.run("nearmiss", "keys", "create")
    processes.run("nearmiss", "migrate")
    processes.run("nearmiss", "reviewer", "add", REVIEWER[0], "--password-stdin", stdin=REVIEWER[1] + "\n")
    yield processes
    processes.stop_all()


def peek_count(system: Processes) -> int:
    """Messages waiting on the scrub queue (all submissions have passed intake once this equals the count)."""
    return len(peek(system.env["NEARMISS_BROKER_URL"], "scrub"))


def peek(amqp_url: str, queue: str) -> list[bytes]:
    """The bodies of the messages waiting on a queue, left in place (no ack)."""
    connection = pika.BlockingConnection(pika.URLParameters(amqp_url))
    bodies = []
    try:
        channel = connection.channel()
        while True:
            method, _properties, body = channel.basic_get(queue, auto_ack=False)
            if method is None:
                break
            bodies.append(body)
    finally:
        connection.close()  # unacked messages return to the queue
    return bodies


def test_a_report_goes_from_the_form_to_the_archive_on_postgres_and_rabbitmq(system, amqp_vhost):
    with httpx.Client(base_url=system.start_web(free_port()), timeout=30) as client:
        receipt = submit(client)
        # The message waiting in RabbitMQ carries the submission id and nothing of the narrative.
        bodies = wait_until(lambda: peek(amqp_vhost, "intake"))
        assert len(bodies) == 1
        message = json.loads(bodies[0])
        assert message["args"] == [message["args"][0]] and isinstance(message["args"][0], int)
        assert "Kendrick" not in bodies[0].decode() and "Charger" not in bodies[0].decode()

        for queue in ("intake", "scrub", "publish"):
            system.start_worker(queue, queue)
        wait_until(lambda: status(client, receipt)["status"] == "scrubbed", timeout=120)
        csrf = login(client)
        review_and_approve(client, csrf)
        report = find_in_archive(client)
        assert_published_report_is_clean(client, report)
        assert status(client, receipt)["status"] == "published"


def count_in_state(database_url: str, state: str) -> int:
    with psycopg.connect(database_url.replace("postgresql+psycopg://", "postgresql://")) as connection:
        return int(connection.execute("SELECT count(*) FROM submission WHERE status = %s", (state,)).fetchone()[0])


def test_a_worker_killed_while_it_holds_messages_loses_nothing(system, pg_database):
    count = 30
    with httpx.Client(base_url=system.start_web(free_port()), timeout=30) as client:
        system.start_worker("intake", "intake")
        for n in range(count):
            submit(client, narrative=f"Report {n}. " + NARRATIVE)
        wait_until(lambda: peek_count(system) == count, timeout=60)
        scrubbed = lambda: count_in_state(pg_database, "scrubbed")  # noqa: E731

        system.start_worker("scrub-1", "scrub", threads=1)
        wait_until(lambda: scrubbed() >= 1, timeout=120, step=0.02)
        system.kill("scrub-1")  # kill -9: its prefetched and in-flight messages are unacknowledged
        done_before_kill = scrubbed()
        assert done_before_kill < count, "the worker finished everything before it was killed: nothing tested"

        system.start_worker("scrub-2", "scrub", threads=2)
        wait_until(lambda: scrubbed() == count, timeout=180)

    with psycopg.connect(pg_database.replace("postgresql+psycopg://", "postgresql://")) as connection:
        per_submission = connection.execute(
            "SELECT submission_id, count(*) FROM auditevent WHERE to_status = 'scrubbed' GROUP BY submission_id"
        ).fetchall()
    assert len(per_submission) == count
    assert all(times == 1 for _, times in per_submission), "a submission was scrubbed twice"


def test_a_report_sent_while_rabbitmq_is_down_moves_on_once_it_is_back(system):
    with httpx.Client(base_url=system.start_web(free_port()), timeout=120) as client:
        for queue in ("intake", "scrub"):
            system.start_worker(queue, queue)
        rabbitmqctl("stop_app")
        try:
            receipt = submit(client)  # stored even though the broker cannot take the message
            assert status(client, receipt)["status"] == "received"
        finally:
            rabbitmqctl("start_app")
            rabbitmqctl("await_startup")
        time.sleep(1)
        assert status(client, receipt)["status"] == "received"  # the message was never sent
        system.run("nearmiss", "reconcile", "--now")
        wait_until(lambda: status(client, receipt)["status"] == "scrubbed", timeout=180)
