"""A corpus written from corpus/SPEC.md without reading the recognizers first, as an outside author would.

It is scored like the dev corpus; its floors, in the FLOORS table of test_fresh_outside.py, sit a little under
the held-out targets where the corpus still shows known weak spots (uncommon names in lower-case or ALL-CAPS
text, small towns and neighbourhoods).
"""

from __future__ import annotations

import pytest

from tests.scrubber.helpers import assert_scrubbed


@pytest.mark.parametrize(
    ("text", "gone", "kept"),
    [
        ("We got there at 8:15 in the morning.", ["8:15", "morning"], []),
        ("it was around 11 pm when he ran", ["11", "around"], []),
        ("This happened last Tuesday the 9th at the door.", ["last", "9th"], []),
        ("On the night of June 30th we went in.", ["night", "June"], []),
        ("He had a 20-gauge shotgun and a 5150-type history.", [], ["20-gauge", "5150-type"]),
        ("She wore a Halloween mask.", [], ["Halloween"]),
        ("R/O OFFICER HUNTER AND OFFICER PRICE CHASED HIM.", ["HUNTER", "PRICE"], []),
        ("We arrested Kenji \"KJ\" Love at the house.", ["Kenji", "KJ", "Love"], []),
        ("DRIVER OF SEMI WALTER GREYEYES NOT INJURED. A BOBBY PIN WAS FOUND.", ["WALTER", "GREYEYES"], ["BOBBY PIN"]),
        ("we were doing 90 on a wet road near the sally port", [], ["wet road", "sally port"]),
        ("He fled south of Chinle toward the 405 overpass.", ["Chinle", "405"], []),
        ("and C-22 (Tpr. Bell) joined us", ["C-22", "Bell"], []),
        ("TPR GREY OF AZ DPS, MPDC AND 75 PCT ASSISTED", ["AZ", "MPDC", "75"], []),
    ],
)
def test_outside_author_shapes(text, gone, kept):
    assert_scrubbed(text, gone, kept)
