"""Senses of trigger verbs that are no event between actors: killing or shooting animals,
killing a bill, pressing ahead with one's own plan.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 3, 20)


@pytest.mark.parametrize("text", [
    "The ministers killed animals in public.",
    "The Senate killed the bill.",
    "Hunters shot a bear near the village.",
    "Trump dropped his bid, before reversing course the next day and pressing forward.",
    "The council voted on the plan before pressing ahead with the election.",
])
def test_no_event_from_another_sense(coder, text):
    assert asserted_triples(coder, text, DATE) == []


@pytest.mark.parametrize("text, expected", [
    ("The soldiers killed two civilians.", ("MIL", "CVL", "190")),
    ("Merkel pressed Putin on Ukraine.", ("DEUGOV", "RUSGOV", "020")),
])
def test_the_political_sense_still_codes(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)
