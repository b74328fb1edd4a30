"""Weapons tests (150) and alerts (152) show force; crowds are parties; a crowd dispersed is
repressed, a crowd dispersing goes home.  Sentences written
for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 6, 1)


@pytest.mark.parametrize("text, code", [
    ("North Korea test-fired two ballistic missiles into the sea on Thursday.", "150"),
    ("Pakistan put its air force on high alert.", "152"),
    ("Serbia put its troops on the highest level of combat readiness.", "152"),
])
def test_tests_and_alerts_show_force(coder, text, code):
    codes = [c for _, _, c in asserted_triples(coder, text, DATE)]
    assert code in codes and not any(c[:2] == "19" for c in codes), codes


def test_crowds_dispersed_by_police_are_repressed_and_placed(coder):
    events = asserted_triples(coder, "Police used water cannon to disperse crowds in Tbilisi.", DATE)
    assert ("GEOCOP", "GEOCVL", "175") in events, events


def test_a_crowd_dispersing_is_no_event(coder):
    events = asserted_triples(coder, "The rally ended peacefully and the crowds dispersed.", DATE)
    assert not any(c == "175" for _, _, c in events), events
