"""A weapon of no country that a state's military reports striking another state's people
is that military's own ("a drone strike killed an al-Shabaab commander in Somalia, the US
military said"); not one that struck the speaker's side.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 2, 1)


@pytest.mark.parametrize("text, source", [
    ("A drone strike killed a senior al-Shabaab commander in Somalia, the US military said.", "USAMIL"),
    ("The Israeli military said a drone strike killed a Hezbollah commander in southern Lebanon.", "ISRMIL"),
    ("The Ukrainian military said a drone strike killed three civilians in Kharkiv.", "MIL"),
])
def test_a_militarys_own_strike(coder, text, source):
    assert [t[0] for t in asserted_triples(coder, text, DATE)] == [source]
