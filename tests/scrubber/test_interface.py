"""The interface the rest of the system codes against."""

from __future__ import annotations

from scrubber import Finding, Scrubber, ScrubResult, normalize, render


def test_scrub_returns_normalized_text_scrubbed_text_and_findings(scrub):
    result = scrub("Officer Kyle Bell stopped a car on Elm Street at 0230 hrs.")
    assert isinstance(result, ScrubResult)
    assert "Bell" not in result.text and "Elm" not in result.text
    assert result.text == render(result.normalized, result.findings)
    for finding in result.findings:
        assert result.normalized[finding.start:finding.end] == finding.text
        assert Finding.from_dict(finding.to_dict()) == finding


def test_scrub_many_matches_scrub_and_shared_is_one_instance(scrub):
    texts = ["Sgt. Rose called it in.", "", "Nothing to hide here."]
    results = Scrubber.shared().scrub_many(texts)
    assert [r.text for r in results] == [scrub(t).text for t in texts]
    assert Scrubber.shared() is Scrubber.shared()


def test_render_skips_disabled_findings():
    text = normalize("Deputy Black saw him.")
    finding = Finding("PERSON", 7, 12, "Black", "[OFFICER 1]", 0.9, "test")
    assert render(text, [finding]) == "Deputy [OFFICER 1] saw him."
    finding.enabled = False
    assert render(text, [finding]) == text
