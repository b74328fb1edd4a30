"""A strike that kills is a military strike, and a state's adjective on a weapon or a thing
says whose it is, not where its victims are.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2024, 3, 10)


@pytest.mark.parametrize("text, expected", [
    ("Two journalists were killed in an Israeli strike on a car in southern Lebanon.", ("ISR", "MED", "190")),
    ("A Russian strike killed 10 people in Odesa.", ("RUS", "UKRCVL", "190")),
    # victims of a state's force are not of that state for want of a place
    ("Three children were killed in a Russian strike.", ("RUS", "CVL", "190")),
    ("Five civilians were killed in a Russian missile attack.", ("RUS", "CVL", "194")),
])
def test_a_strike_that_kills_is_force(coder, text, expected):
    triples = asserted_triples(coder, text, DATE)
    assert expected in triples, triples


@pytest.mark.parametrize("text", [
    "The strike by teachers closed schools across the country.",
    "Workers went on strike in France.",
])
def test_a_walkout_is_no_force(coder, text):
    triples = asserted_triples(coder, text, DATE)
    assert not any(c.startswith(("18", "19", "20")) for _, _, c in triples), triples


def test_a_states_adjective_on_goods_places_no_one(coder):
    triples = asserted_triples(coder, "Farmers blocked roads to protest against cheap Ukrainian grain.", DATE)
    assert triples and all(s == "AGR" for s, _, _ in triples), triples


def test_a_states_adjective_on_a_place_still_places_people(coder):
    triples = asserted_triples(coder, "Up to 100 ethnic Albanians demonstrated on Tuesday in the Yugoslav province "
                                      "of Kosovo.", DATE)
    assert triples and triples[0][0] == "YUGCVL", triples


def test_police_victims_keep_their_state(coder):
    # (the law acts at home: a state that arrests is still the people's)
    assert ("CHN", "CHNOPP", "173") in asserted_triples(coder, "China arrested two activists.", DATE)
