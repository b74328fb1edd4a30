"""Military posture (CAMEO 15) is a state's or an armed group's: a company's rocket test is
none (grammar.yaml force_posture_roots, private_sectors).  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 2, 1)


@pytest.mark.parametrize("text, expected", [
    ("Last year, SpaceX tested its Falcon Heavy rocket by launching a car into space.", []),
    ("Boeing tested a new missile for the Pentagon.", []),
    ("North Korea tested a ballistic missile.", [("PRK", None, "150")]),
    ("Russia deployed troops to the border.", [("RUS", None, "154")]),
])
def test_force_posture_needs_a_state_or_armed_group(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected
