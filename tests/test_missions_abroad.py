"""A state's embassy or consulate is its own: opening, reopening or closing one is toward
the state it stands in, and two states reopening "their embassies" do it toward each other
(grammar.yaml mission_nouns).  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 3, 10)


@pytest.mark.parametrize("text, expected", [
    ("The UAE reopened its embassy in Damascus.", ("ARE", "SYRGOV", "050")),
    ("The US closed its embassy in Kabul.", ("USA", "AFGGOV", "161")),
])
def test_the_mission_is_toward_the_state_it_stands_in(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_two_states_reopening_their_embassies_do_it_toward_each_other(coder):
    events = [e for e in coder.code("Saudi Arabia and Iran reopened their embassies.", date=DATE).events
              if e.mode == "asserted"]
    got = [(e.source.code, e.target.code if e.target else None, e.cameo, e.reciprocal) for e in events]
    assert got == [("SAU", "IRN", "050", True)], got
