"""A reprisal threatened with no one named is aimed at whoever last acted against the
threatener's state.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 8, 25)


@pytest.mark.parametrize("text, expected", [
    ("The United States imposed new tariffs on Chinese goods worth 200 billion dollars. Beijing vowed to "
     "retaliate.", ("CHNGOV", "USA", "138")),
    ("Israel killed a senior Iranian general in Damascus. Iran vowed revenge.", ("IRN", "ISR", "138")),
])
def test_a_reprisal_answers_the_last_act_against_its_state(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


@pytest.mark.parametrize("text", [
    "Iran vowed revenge.",
    # (an act against another state is nothing the threatener answers)
    "Israel killed a senior Syrian general in Damascus. Iran vowed revenge.",
])
def test_with_no_act_against_it_a_reprisal_is_aimed_at_no_one(coder, text):
    triples = asserted_triples(coder, text, DATE)
    assert ("IRN", None, "138") in triples, triples
