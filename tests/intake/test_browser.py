"""One report through the reporter's whole path, in Chromium with JavaScript off, as an officer would."""

from __future__ import annotations

import re

import pytest
from sqlmodel import select

from models.tables import Submission
from reviewer.decisions import request_info

pytestmark = pytest.mark.browser

NARRATIVE = ("Two-car crash on the interstate in heavy fog. I set flares about 200 feet back, which was not enough. "
             "A pickup came through them and hit the wrecker, which slid toward me; Deputy Marlowe pulled me "
             "behind the guardrail. Now the first flare goes at least 1,000 feet back in fog.")


def test_report_follow_up_and_withdraw_without_javascript(page_without_js, live_server, runtime, scrubber):
    page = page_without_js
    page.goto(live_server + "/")
    assert "What not to write" in page.content()
    page.fill("#narrative", NARRATIVE)
    page.fill("#lessons_learned", "Flares far back in fog.")
    page.click("summary:has-text('The incident')")
    page.select_option("#c-call_type", "crash_scene_roadside_work")
    page.check("input[name='c.near_harm'][value='struck_by_a_vehicle']")
    page.fill("#c-incident_month", "2099-01")  # a month that has not happened: the form must keep the rest
    page.click("button:has-text('Send my report')")

    assert "Please fix 1 thing" in page.content()
    assert page.input_value("#narrative") == NARRATIVE
    assert page.input_value("#lessons_learned") == "Flares far back in fog."
    assert page.eval_on_selector("#c-call_type", "e => e.value") == "crash_scene_roadside_work"
    assert page.is_checked("input[name='c.near_harm'][value='struck_by_a_vehicle']")
    assert "That month has not happened yet" in page.inner_text("#f-incident_month")

    page.fill("#c-incident_month", "2025-11")
    page.click("button:has-text('Send my report')")
    codename = page.inner_text("#codename").strip()
    assert re.fullmatch(r"[a-z\-]+( [a-z\-]+){6}", codename)

    page.goto(live_server + "/receipt")
    page.fill("#receipt", codename)
    page.click("button:has-text('Open my report')")
    for _ in range(60):  # the in-process workers scrub it in a moment
        if page.query_selector("#draft-narrative"):
            break
        page.wait_for_timeout(250)
        page.goto(live_server + "/receipt")
        page.fill("#receipt", codename)
        page.click("button:has-text('Open my report')")
    draft = page.inner_text("#draft-narrative")
    assert "Marlowe" not in draft and "1,000 feet" in draft

    with runtime.db.session() as session:
        submission_id = session.exec(select(Submission.id)).one()
    request_info(runtime.db, runtime.desk_key, submission_id, "Was the wrecker's beacon on?", by="ana",
                 claim_minutes=20)
    page.goto(live_server + "/receipt")
    page.fill("#receipt", codename)
    page.click("button:has-text('Open my report')")
    assert "Was the wrecker's beacon on?" in page.content()
    page.fill("#message", "Yes, amber beacons and the arrow board.")
    page.click("button:has-text('Send answer')")
    assert "Your answer was sent" in page.content()
    assert "amber beacons and the arrow board" in page.content()

    page.click("button:has-text('Withdraw my report')")  # without the confirmation box: refused, nothing lost
    assert "Tick the box" in page.content()
    page.check("input[name='confirm']")
    page.click("button:has-text('Withdraw my report')")
    assert page.inner_text("#status") == "withdrawn"
    with runtime.db.session() as session:
        stored = session.get(Submission, submission_id)
    assert stored.sealed_report is None and stored.raw_destroyed


def test_the_form_works_from_the_keyboard_and_fits_a_phone(browser, live_server):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 375, "height": 740})
    page = context.new_page()
    page.goto(live_server + "/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 375
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.id") == "narrative":
            break
    assert page.evaluate("document.activeElement.id") == "narrative"
    # Every visible control has a label a screen reader can announce.
    unlabelled = page.evaluate("""() => [...document.querySelectorAll('textarea, select, input:not([type=hidden])')]
        .filter(e => !e.closest('.hp') && !(e.labels && e.labels.length)).map(e => e.name)""")
    assert unlabelled == []
    context.close()
