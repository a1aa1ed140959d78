"""The privacy invariants of DESIGN.md, checked on the running system (embedded default)."""

from __future__ import annotations

import logging
import shutil
from pathlib import Path

import httpx

from intake.deps import IntakeDeps
from models.crypto import DeskKey
from pipeline import keys
from pipeline.apps import build_intake_app
from pipeline.runtime import Runtime
from tests.pipeline.helpers import IDENTIFIERS, NARRATIVE, status, submit, wait_until

PROBE_ADDRESS = "198.51.100.23"
PROBE_AGENT = "NearMissPrivacyProbe/7.7 (reporter phone)"


def database_bytes(runtime: Runtime) -> bytes:
    path = Path(runtime.db.engine.url.database)
    return b"".join(p.read_bytes() for p in path.parent.glob(path.name + "*"))


def test_the_database_never_holds_the_narrative_in_clear(runtime, client, run_pipeline, scrubber):
    receipt = submit(client)
    run_pipeline()
    assert status(client, receipt)["status"] == "scrubbed"
    stored = database_bytes(runtime)
    for fragment in (*IDENTIFIERS, "maroon Dodge Charger", "extended magazine", "passengers are half the risk"):
        assert fragment.encode() not in stored, f"{fragment!r} is stored in clear"
    assert receipt.encode() not in stored  # nor the receipt codename (invariant 6)


def test_no_address_or_user_agent_reaches_a_log_line_or_a_table(runtime, live_server, caplog, scrubber):
    caplog.set_level(logging.DEBUG)
    headers = {"User-Agent": PROBE_AGENT, "X-Forwarded-For": PROBE_ADDRESS, "X-Real-IP": PROBE_ADDRESS,
               "Forwarded": f"for={PROBE_ADDRESS}"}
    with httpx.Client(base_url=live_server, headers=headers, timeout=30) as client:
        receipt = submit(client)
        client.get("/")
        wait_until(lambda: status(client, receipt)["status"] == "scrubbed")
        client.post("/api/v1/reports", json={"narrative": ""})  # an error path logs too
    # The test's own HTTP client (httpx, httpcore) logs where it connects to; everything else is the server's.
    server_records = [r for r in caplog.records if not r.name.startswith(("httpx", "httpcore"))]
    assert server_records, "nothing was logged at all: the check would prove nothing"
    logged = "\n".join(record.getMessage() + " " + str(record.__dict__) for record in server_records)
    stored = database_bytes(runtime)
    for trace in (PROBE_ADDRESS, PROBE_AGENT, "NearMissPrivacyProbe", "127.0.0.1"):
        assert trace not in logged, f"{trace} was logged"
        assert trace.encode() not in stored, f"{trace} was stored"


def test_the_intake_web_works_with_the_public_key_alone(settings, tmp_path):
    """Invariant 2: production gives the intake process a key folder holding only desk.public."""
    keys.ensure_keys(settings)
    public_only = tmp_path / "public-only"
    public_only.mkdir()
    for name in ("desk.public", keys.PEPPER_FILE):
        shutil.copy(settings.resolved_key_dir / name, public_only / name)
    intake_settings = settings.model_copy(update={"key_dir": public_only})
    runtime = Runtime(intake_settings)
    runtime.db.create_all()
    sent: list[int] = []
    app = build_intake_app(runtime)
    app.state.deps.send_to_intake = sent.append  # no broker needed to check the web process alone

    from fastapi.testclient import TestClient

    with TestClient(app) as client:
        assert client.post("/api/v1/reports", json={"narrative": NARRATIVE}).status_code == 201
    deps: IntakeDeps = app.state.deps
    assert not isinstance(deps.desk_lock, DeskKey)
    assert len(sent) == 1
