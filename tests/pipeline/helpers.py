"""Steps of the end-to-end path through the HTTP API, shared by the embedded and the real-services tests."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

import httpx

NARRATIVE = (
    "I stopped a maroon Dodge Charger, Ohio plate HNX-2281, on Sawmill Road at about 11:20 p.m. on "
    "August 9, 2024. The driver, Kendrick Moss, handed me a license but the passenger would not show his "
    "hands. Officer Danielle Fisher of Dublin PD arrived four minutes later. When we got the passenger out, "
    "a Glock 19 with an extended magazine fell from his lap. Lesson: passengers are half the risk; wait for "
    "cover before you commit to the window."
)
IDENTIFIERS = ("HNX-2281", "Sawmill", "Kendrick", "Moss", "Danielle", "Fisher", "Dublin")
REVIEWER = ("ana.reviewer", "correct horse battery staple")


def submit(client: httpx.Client, narrative: str = NARRATIVE, **extra: Any) -> str:
    response = client.post("/api/v1/reports", json={
        "narrative": narrative,
        "lessons_learned": "Wait for cover.",
        "characteristics": {"call_type": "traffic_stop", "time_of_day": "1801_2400", "region": "midwest"},
        **extra,
    })
    assert response.status_code == 201, response.text
    return response.json()["receipt"]


def status(client: httpx.Client, receipt: str) -> dict[str, Any]:
    response = client.post("/api/v1/receipt/status", json={"receipt": receipt})
    assert response.status_code == 200, response.text
    return response.json()


def wait_until(check: Callable[[], Any], timeout: float = 60.0, step: float = 0.25) -> Any:
    deadline = time.monotonic() + timeout
    while True:
        value = check()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout:.0f}s waiting for {check}")
        time.sleep(step)


def login(client: httpx.Client, username: str = REVIEWER[0], password: str = REVIEWER[1]) -> dict[str, str]:
    response = client.post("/api/v1/auth/login", json={"username": username, "password": password})
    assert response.status_code == 200, response.text
    return {"X-CSRF-Token": response.json()["csrf_token"]}


def review_and_approve(client: httpx.Client, csrf: dict[str, str]) -> int:
    queue = client.get("/api/v1/review/queue").json()["items"]
    assert len(queue) == 1, queue
    submission_id = queue[0]["id"]
    detail = client.get(f"/api/v1/review/{submission_id}").json()
    assert detail["original"].startswith("I stopped a maroon Dodge Charger")
    scrubbed = detail["scrubbed"]
    for identifier in IDENTIFIERS:
        assert identifier not in scrubbed, f"{identifier} survived the scrubber: {scrubbed}"
    assert "Glock 19" in scrubbed and "four minutes" in scrubbed
    assert detail["findings"]
    response = client.post(f"/api/v1/review/{submission_id}/approve", headers=csrf,
                           json={"title": "Passenger with a hidden handgun at a night stop",
                                 "summary": "Wait for cover before committing to the driver's window."})
    assert response.status_code == 200, response.text
    return submission_id


def find_in_archive(client: httpx.Client) -> dict[str, Any]:
    def published() -> dict[str, Any] | None:
        items = client.get("/api/v1/archive/reports", params={"q": "passenger"}).json()["items"]
        return items[0] if items else None

    return wait_until(published)


def assert_published_report_is_clean(client: httpx.Client, report: dict[str, Any]) -> None:
    assert report["public_id"].startswith("LEO-")
    full = client.get(f"/api/v1/archive/reports/{report['public_id']}").json()
    text = " ".join(str(value) for value in full.values())
    for identifier in IDENTIFIERS:
        assert identifier not in text
    assert "Glock 19" in full["narrative"]
