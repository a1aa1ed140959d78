"""The archive in Chromium, as a trainer would use it: search, filter, read, print, look at the charts."""

from __future__ import annotations

import pytest

from publisher.stage import PublishPolicy, publish_submission
from tests.publisher.conftest import no_findings

pytestmark = pytest.mark.browser


@pytest.fixture
def published(runtime, approve):
    reports = [
        ("Fog and flares on the interstate", "Flares 200 feet back in fog were not enough; a pickup hit the wrecker.",
         {"call_type": "crash_scene_roadside_work", "weather": "fog", "incident_month": "2026-01"}),
        ("Hidden handgun at a night stop", "The passenger had a handgun under his thigh at a night stop.",
         {"call_type": "traffic_stop", "lighting": "dark_unlit", "incident_month": "2026-02"}),
        ("Second night stop with a knife", "At a night stop the driver had a knife in the door pocket.",
         {"call_type": "traffic_stop", "lighting": "dark_lit", "incident_month": "2026-03"}),
    ]
    for title, narrative, characteristics in reports:
        publish_submission(runtime.db, approve(narrative, title, **characteristics), recheck=no_findings,
                           policy=PublishPolicy(k_anonymity=1))


def test_search_filter_read_print_and_chart(page, live_server, published):
    page.goto(live_server + "/archive")
    assert page.inner_text("#total").startswith("3 reports")

    page.fill("#q", "night stop")
    page.click("button:has-text('Search')")
    assert page.inner_text("#total").startswith("2 reports")

    page.click("summary:has-text('Lighting')")
    page.click("a.facet:has-text('dark, unlit')")
    assert page.inner_text("#total").startswith("1 report")
    page.click("text=Hidden handgun at a night stop")

    assert page.inner_text("h1") == "Hidden handgun at a night stop"
    assert "Lessons learned" in page.content() and "handgun under his thigh" in page.inner_text(".narrative")
    assert "dark, unlit" in page.inner_text("dl.characteristics")
    page.click("text=Printable version for roll call")
    assert "roll-call briefing" in page.content()

    page.goto(live_server + "/archive/stats?rows=call_type&columns=lighting")
    for chart in ("#chart-per-month", "#chart-call-type", "#chart-factors", "#chart-crosstab"):
        page.wait_for_function(f"document.querySelector('{chart}').complete")
        assert page.eval_on_selector(chart, "img => img.naturalWidth") > 0, f"{chart} did not load"
    assert "traffic stop" in page.inner_text("#crosstab")
