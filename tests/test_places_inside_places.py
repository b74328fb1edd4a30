"""Where an act happened when its place phrase names a common noun first ("at a checkpoint in
northern Burkina Faso", "in a village in Zamfara state, Nigeria", "in the Mopti region"), and
an operation that kills.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2024, 3, 10)


def _located(coder, text):
    return [(e.cameo, e.location.country if e.location else None) for e in coder.code(text, date=DATE).events]


@pytest.mark.parametrize("text, country", [
    ("A suicide bomber killed 12 soldiers at a checkpoint in northern Burkina Faso.", "BFA"),
    ("Gunmen killed five men in a village in Zamfara state, Nigeria.", "NGA"),
    ("Gunmen killed five men in the Zamfara region.", "NGA"),
])
def test_a_place_inside_a_place_phrase_is_where(coder, text, country):
    got = _located(coder, text)
    assert got and got[0][1] == country, got


def test_unnamed_victims_take_that_place(coder):
    assert ("UAF", "NGACVL", "180") in asserted_triples(coder, "Gunmen killed five men in a village in Zamfara "
                                                               "state, Nigeria.", DATE)


@pytest.mark.parametrize("text", [
    # a name before a noun that is no place says whose it is, not where
    "Hamza bin Laden was killed in a United States counterterrorism operation.",
    # an embassy of a state stands elsewhere
    "Protesters gathered at the embassy of Sweden in Baghdad.",
])
def test_a_name_on_a_thing_is_not_where(coder, text):
    got = _located(coder, text)
    assert got and all(c not in ("USA", "SWE") for _, c in got), got


def test_an_operation_that_kills_is_force(coder):
    triples = asserted_triples(coder, "Hamza bin Laden was killed in a United States counterterrorism operation.", DATE)
    assert ("USA", "IMGMUSALQ", "190") in triples, triples
