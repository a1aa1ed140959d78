"""The archive's API and pages: search, filters with counts, one report, statistics, exports, feed, access."""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from email import message_from_bytes, policy

import pytest
from fastapi.testclient import TestClient

from publisher.deps import ArchiveDeps
from publisher.stage import PublishPolicy, publish_submission
from publisher.web import create_app
from tests.publisher.conftest import no_findings

REPORTS = [
    ("Fog and flares on the interstate", "Flares 200 feet back in fog were not enough.",
     {"call_type": "crash_scene_roadside_work", "weather": "fog", "near_harm": ["struck_by_a_vehicle"],
      "incident_month": "2026-01", "contributing_factors": ["environment_light_weather_terrain"]}),
    ("Hidden handgun at a night stop", "The passenger had a handgun under his thigh.",
     {"call_type": "traffic_stop", "lighting": "dark_unlit", "near_harm": ["shot_or_shot_at"],
      "incident_month": "2026-02", "contributing_factors": ["tactics_positioning"]}),
    ("Hammer behind the bathroom door", "He was hiding in the bathroom with a hammer.",
     {"call_type": "domestic_disturbance", "lighting": "indoors", "near_harm": ["assaulted"],
      "incident_month": "2026-02", "contributing_factors": ["complacency", "tactics_positioning"]}),
]


@pytest.fixture
def archive(runtime, approve):
    for title, narrative, characteristics in REPORTS:
        # k=1: these tests are about the archive, not about generalisation (tests/publisher/test_publish.py).
        publish_submission(runtime.db, approve(narrative, title, **characteristics), recheck=no_findings,
                           policy=PublishPolicy(k_anonymity=1))
    return runtime


def test_search_filters_and_counts(archive, client):
    everything = client.get("/api/v1/archive/reports").json()
    assert everything["total"] == 3
    assert everything["facets"]["call_type"] == {"crash_scene_roadside_work": 1, "traffic_stop": 1,
                                                 "domestic_disturbance": 1}
    found = client.get("/api/v1/archive/reports", params={"q": "flare"}).json()  # stems and prefixes
    assert [item["title"] for item in found["items"]] == ["Fog and flares on the interstate"]
    filtered = client.get("/api/v1/archive/reports", params={"contributing_factors": "tactics_positioning"}).json()
    assert filtered["total"] == 2 and filtered["facets"]["contributing_factors"]["complacency"] == 1
    both = client.get("/api/v1/archive/reports", params=[("call_type", "traffic_stop"),
                                                         ("call_type", "domestic_disturbance"),
                                                         ("near_harm", "assaulted")]).json()
    assert [item["title"] for item in both["items"]] == ["Hammer behind the bathroom door"]
    paged = client.get("/api/v1/archive/reports", params={"per_page": 2, "page": 2}).json()
    assert paged["pages"] == 2 and len(paged["items"]) == 1


def test_one_report_and_a_missing_one(archive, client):
    report = client.get("/api/v1/archive/reports/LEO-2026-0002").json()
    assert report["title"] == "Hidden handgun at a night stop" and report["supplements"] == []
    assert client.get("/api/v1/archive/reports/LEO-1999-0001").status_code == 404
    page = client.get("/archive/reports/LEO-2026-0002")
    assert "Hidden handgun at a night stop" in page.text and "Lessons learned" in page.text
    assert "roll-call briefing" in client.get("/archive/reports/LEO-2026-0002/print").text


def test_statistics_count_what_the_filters_select(archive, client):
    stats = client.get("/api/v1/archive/stats", params={"rows": "call_type", "columns": "lighting"}).json()
    assert stats["total"] == 3 and stats["per_month"] == {"2026-01": 1, "2026-02": 2}
    assert stats["by_contributing_factor"]["tactics_positioning"] == 2
    assert stats["crosstab"]["cells"]["traffic_stop"] == {"dark_unlit": 1}
    for chart in ("per-month", "call-type", "contributing-factors", "crosstab"):
        response = client.get(f"/archive/charts/{chart}.svg", params={"rows": "call_type", "columns": "lighting"})
        assert response.status_code == 200 and response.headers["content-type"] == "image/svg+xml"
        assert b"<svg" in response.content and b"<script" not in response.content


def test_exports_round_trip(archive, client):
    params = {"near_harm": "assaulted"}
    rows = list(csv.DictReader(io.StringIO(client.get("/api/v1/archive/export.csv", params=params).text)))
    assert [row["public_id"] for row in rows] == ["LEO-2026-0003"]
    assert rows[0]["contributing_factors"] == "complacency; tactics_positioning"
    lines = client.get("/api/v1/archive/export.jsonl").text.splitlines()
    exported = [json.loads(line) for line in lines]
    assert [r["public_id"] for r in exported] == ["LEO-2026-0001", "LEO-2026-0002", "LEO-2026-0003"]
    assert exported[1] == {k: v for k, v in client.get("/api/v1/archive/reports/LEO-2026-0002").json().items()
                           if k != "supplements"}


def test_the_feed_parses_with_an_entry_per_report(archive, client):
    response = client.get("/archive/feed.atom")
    assert response.headers["content-type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    entries = root.findall("{http://www.w3.org/2005/Atom}entry")
    assert len(entries) == 3
    assert all(re.search(r"T00:00:00", e.find("{http://www.w3.org/2005/Atom}updated").text) for e in entries)


def test_the_api_is_described_by_openapi_and_pages_send_strict_headers(archive, client):
    schema = client.get("/api/v1/archive/openapi.json").json()
    assert {"/api/v1/archive/reports", "/api/v1/archive/reports/{public_id}", "/api/v1/archive/stats",
            "/api/v1/archive/export.csv", "/api/v1/archive/export.jsonl"} <= set(schema["paths"])
    page = client.get("/archive")
    assert page.headers["content-security-policy"].startswith("default-src 'self'")
    assert page.headers["x-content-type-options"] == "nosniff"
    assert "/api/v1/archive/reports" in client.get("/archive/api").text


def test_a_restricted_archive_admits_verified_agency_readers_only(archive, tmp_path):
    deps = ArchiveDeps(db=archive.db, access="restricted", email_domains=["pd.example.gov"],
                       outbox_dir=tmp_path / "outbox", session_secret="s" * 40)
    with TestClient(create_app(deps)) as client:
        assert client.get("/api/v1/archive/reports").status_code == 401
        assert client.get("/archive", follow_redirects=False).headers["location"] == "/archive/register"
        refused = client.post("/archive/register", data={"email": "someone@gmail.com"})
        assert refused.status_code == 422 and not (tmp_path / "outbox").exists()
        assert client.post("/archive/register", data={"email": "Ofc.Reader@east.pd.example.gov"}).status_code == 200
        email = message_from_bytes(next((tmp_path / "outbox").glob("*.eml")).read_bytes(), policy=policy.default)
        assert email["To"] == "Ofc.Reader@east.pd.example.gov"
        link = re.search(r"http://testserver(/archive/confirm\?token=\S+)", email.get_content()).group(1)
        assert client.get("/archive/confirm?token=forged").status_code == 400
        assert client.get(link, follow_redirects=False).status_code == 303
        assert client.get("/api/v1/archive/reports").json()["total"] == 3
    from sqlmodel import select

    from models.tables import Reader

    with archive.db.session() as session:
        reader = session.exec(select(Reader)).one()
    assert reader.confirmed_on is not None and "reader" not in reader.email_hash.lower()
