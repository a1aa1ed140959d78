"""The publisher's pre-release re-check."""

from __future__ import annotations

from scrubber.recheck import find_identifiers


def test_placeholders_are_not_flagged(scrub):
    approved = ("[OFFICER 1] and I stopped a car on [LOCATION 1] at [0001-0600] on [202403]. "
                "[OFFICER 1]'s badge [BADGE] was scratched. [SUSPECT 1] ran toward [LOCATION 2].")
    assert find_identifiers(approved) == []


def test_a_title_before_a_placeholder_is_not_taken_for_a_name(scrub):
    """The identifier model never saw placeholders in training; its guesses on them are dropped, so that the
    title before one ("Officer [OFFICER 1]") is not carried to other mentions as a name."""
    approved = ("The driver, [PERSON 1], handed me a license but the passenger would not show his hands. "
                "Officer [OFFICER 1] of [AGENCY 1] arrived four minutes later.")
    assert find_identifiers(approved) == []


def test_a_missed_name_is_flagged(scrub):
    findings = find_identifiers("[OFFICER 1] and Sgt. Maria Ortiz cleared the house at [0601-1200].")
    assert [f.text for f in findings] == ["Maria Ortiz"]


def test_text_a_reviewer_kept_is_not_flagged(scrub):
    approved = "The suspect hid behind the Dollar General dumpster at [1201-1800]."
    assert any(f.text == "Dollar General" for f in find_identifiers(approved))
    assert find_identifiers(approved, kept=["Dollar General"]) == []
