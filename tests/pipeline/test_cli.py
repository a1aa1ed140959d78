"""The `nearmiss` command line, run in-process with click's runner on a temporary data folder."""

from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from sqlmodel import func, select

from models.tables import PublishedReport, Reviewer, Submission
from pipeline import runtime as runtime_module
from pipeline.cli import main
from pipeline.settings import get_settings


@pytest.fixture
def cli(tmp_path, monkeypatch, stub_broker):
    monkeypatch.setenv("NEARMISS_DATA_DIR", str(tmp_path / "var"))
    get_settings.cache_clear()
    runtime_module.set_runtime(None)
    runner = CliRunner()
    yield lambda *args, input=None: runner.invoke(main, list(args), input=input, catch_exceptions=False)
    runtime = runtime_module._current
    if runtime is not None:
        runtime.db.dispose()
    runtime_module.set_runtime(None)
    get_settings.cache_clear()


def test_reviewer_add_reads_the_password_from_stdin_and_refuses_a_duplicate(cli):
    assert cli("keys", "create").exit_code == 0
    first = cli("reviewer", "add", "ana", "--password-stdin", input="correct horse battery staple\n")
    assert first.exit_code == 0, first.output
    with runtime_module.get_runtime().db.session() as session:
        reviewer = session.exec(select(Reviewer)).one()
    assert reviewer.username == "ana" and "correct horse" not in reviewer.password_hash

    again = cli("reviewer", "add", "ana", "--password-stdin", input="correct horse battery staple\n")
    assert again.exit_code != 0
    assert again.output.startswith("nearmiss: ") and again.output.count("\n") == 1


def test_errors_are_one_line_and_exit_non_zero(cli):
    result = cli("worker", "--queues", "laundry")
    assert result.exit_code == 1
    assert result.output.strip() == "nearmiss: unknown queue(s) laundry; choose from intake, scrub, publish"


def test_scrub_reads_and_writes_json_lines(cli, scrubber):
    lines = "\n".join(json.dumps(item) for item in [
        {"id": "a", "text": "Sgt. Maria Ortiz called me at 555-201-3344 about the stop on Elm Street."},
        {"id": "b", "text": "We set flares 1,000 feet back in the fog."},
    ])
    result = cli("scrub", input=lines + "\n")
    assert result.exit_code == 0, result.output
    first, second = (json.loads(line) for line in result.output.splitlines())
    assert first["id"] == "a" and "Ortiz" not in first["text"] and "555-201-3344" not in first["text"]
    assert {f["entity_type"] for f in first["findings"]} >= {"PERSON", "CONTACT"}
    assert second == {"id": "b", "text": "We set flares 1,000 feet back in the fog.", "findings": []}


def test_scrub_names_the_line_it_cannot_read(cli, scrubber):
    result = cli("scrub", input='{"id": 1, "text": "fine"}\nnot json\n')
    assert result.exit_code == 1
    assert "nearmiss: line 2:" in result.output


def test_demo_fills_the_queue_and_the_archive(cli, scrubber):
    result = cli("demo", "--count", "3")
    assert result.exit_code == 0, result.output
    assert "3 reports sent: 2 published to the archive, 1 waiting in the review queue." in result.output
    with runtime_module.get_runtime().db.session() as session:
        assert session.exec(select(func.count()).select_from(PublishedReport)).one() == 2
        assert session.exec(select(func.count()).select_from(Submission)
                            .where(Submission.status == "scrubbed")).one() == 1


def test_reconcile_and_purge_report_what_they_did(cli):
    cli("keys", "create")
    assert cli("reconcile").output.strip() == "re-sent 0 submission(s)"
    assert "purged 0 submission(s)" in cli("purge").output


def test_the_scheduler_runs_the_reconciler_and_the_purge_until_stopped(tmp_path):
    """A real process: SIGTERM stops it cleanly."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    env = {**os.environ, "NEARMISS_DATA_DIR": str(tmp_path / "var"), "NEARMISS_RECONCILE_INTERVAL_SECONDS": "0.2"}
    nearmiss = str(Path(sys.executable).parent / "nearmiss")
    subprocess.run([nearmiss, "keys", "create"], env=env, check=True, capture_output=True)
    process = subprocess.Popen([nearmiss, "scheduler"], env=env, stderr=subprocess.PIPE, text=True)
    time.sleep(4)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=30)
    assert process.returncode == 0, stderr
    assert "reconcile every 0s, purge every 3600s" in stderr


def test_serve_runs_the_whole_system_on_a_fresh_data_folder(tmp_path):
    """What the README's first command ends in: keys and database made on first run, the pages served."""
    import os
    import signal
    import subprocess
    import sys
    import time
    from pathlib import Path

    import httpx

    from tests.conftest import free_port

    port = free_port()
    env = {**os.environ, "NEARMISS_DATA_DIR": str(tmp_path / "var")}
    env.pop("NEARMISS_BROKER_URL", None)
    process = subprocess.Popen([str(Path(sys.executable).parent / "nearmiss"), "serve", "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 90
        while True:
            try:
                pages = {path: httpx.get(f"http://127.0.0.1:{port}{path}", timeout=5).status_code
                         for path in ("/", "/receipt", "/review/login", "/archive", "/archive/stats")}
                break
            except httpx.TransportError:
                assert process.poll() is None and time.monotonic() < deadline, "nearmiss serve did not start"
                time.sleep(0.5)
        receipt = httpx.post(f"http://127.0.0.1:{port}/api/v1/reports",
                             json={"narrative": "A pickup came through the flares in fog."}).json()["receipt"]
        for _ in range(120):
            status = httpx.post(f"http://127.0.0.1:{port}/api/v1/receipt/status", json={"receipt": receipt}).json()
            if status["status"] == "scrubbed":
                break
            time.sleep(0.25)
    finally:
        process.send_signal(signal.SIGINT)
        output, _ = process.communicate(timeout=30)
    assert set(pages.values()) == {200}
    assert status["status"] == "scrubbed"  # the in-process workers ran the pipeline
    assert f"report form     http://127.0.0.1:{port}/" in output and "Created keys in" in output
    assert (tmp_path / "var" / "nearmiss.db").exists() and (tmp_path / "var" / "keys" / "desk.private").exists()
