"""Weapons tests and alerts show force (150); crowds are parties; a crowd dispersed is
repressed, a crowd dispersing goes home.  Sentences written
for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 6, 1)


@pytest.mark.parametrize("text", [
    "North Korea test-fired two ballistic missiles into the sea on Thursday.",
    "Pakistan put its air force on high alert.",
    "Russia placed its strategic forces on high alert on Sunday.",
])
def test_tests_and_alerts_show_force(coder, text):
    codes = [c for _, _, c in asserted_triples(coder, text, DATE)]
    assert "150" in codes and not any(c[:2] == "19" for c in codes), codes


def test_crowds_dispersed_by_police_are_repressed_and_placed(coder):
    events = asserted_triples(coder, "Police used water cannon to disperse crowds in Tbilisi.", DATE)
    assert ("GEOCOP", "GEOCVL", "175") in events, events


def test_a_crowd_dispersing_is_no_event(coder):
    events = asserted_triples(coder, "The rally ended peacefully and the crowds dispersed.", DATE)
    assert not any(c == "175" for _, _, c in events), events
