"""A reviewer's session in Chromium (JavaScript on): sign in with TOTP, claim, toggle, redact by selecting,
ask the reporter, read the answer, approve, and see the report published."""

from __future__ import annotations

import time

import httpx
import pytest

from tests.reviewer.conftest import PASSWORD, enrol

pytestmark = pytest.mark.browser


def test_a_reviewer_works_a_report_from_the_queue_to_the_archive(page, live_server, runtime, reviewer_account,
                                                                 scrubbed_submission):
    submission_id, codename = scrubbed_submission
    totp = enrol(runtime, reviewer_account.id)

    page.goto(live_server + "/review")
    assert page.url.endswith("/review/login")
    page.fill("#username", "ana")
    page.fill("#password", PASSWORD)
    page.fill("#totp", totp.at(time.time() + 30))  # the next code: the current one was spent on enrolment
    page.click("button:has-text('Sign in')")
    assert "Review queue" in page.inner_text("h1")

    page.click(f"a[href='/review/{submission_id}']")
    page.click("#claim")
    assert page.inner_text("#claimed-by") == "ana"

    scrubbed = page.inner_text("#scrubbed-text")
    assert "Elm Street" not in scrubbed and "Kendrick" not in scrubbed
    row = page.locator("tr", has_text="Elm Street")
    row.locator("button:has-text('Keep the original')").click()
    assert "Elm Street" in page.inner_text("#scrubbed-text")

    # Select a word in the draft and redact it with the button that appears.
    page.evaluate("""() => {
        const pane = document.getElementById('scrubbed-text');
        const node = pane.firstChild;
        const start = node.textContent.indexOf('van');
        const range = document.createRange();
        range.setStart(node, start); range.setEnd(node, start + 3);
        const selection = window.getSelection(); selection.removeAllRanges(); selection.addRange(range);
    }""")
    page.wait_for_selector("#redact-selection:not([hidden])")
    page.click("#redact-selection")
    assert "[REDACTED]" in page.inner_text("#scrubbed-text")

    page.fill("#question", "Was your partner on scene when he reached?")
    page.click("button:has-text('Send question')")
    assert "Your question was sent" in page.content()
    with httpx.Client(base_url=live_server) as reporter:
        answered = reporter.post("/api/v1/receipt/reply", json={"receipt": codename,
                                                                "message": "Yes, on the passenger side."})
        assert answered.status_code == 200
    page.reload()
    assert "Yes, on the passenger side." in page.inner_text(".messages")

    page.fill("#title", "Hands under the seat at a night stop")
    page.fill("#summary", "Watch the hands; step back to the B-pillar.")
    page.click("#approve")
    assert "Approved" in page.content()
    for _ in range(80):
        page.reload()
        if "published as" in page.content():
            break
        page.wait_for_timeout(250)
    public_id = page.inner_text("a[href^='/archive/reports/']")
    report = httpx.get(f"{live_server}/api/v1/archive/reports/{public_id}").json()
    assert report["title"] == "Hands under the seat at a night stop"
    assert "Kendrick" not in report["narrative"] and "[REDACTED]" in report["narrative"]
