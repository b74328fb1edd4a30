"""Weapons sold or bought are military cooperation (062), as the CAMEO codebook counts
weapon sales (its note to 1012); the seller and the buyer are the parties.  Sentences
written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 11, 3)


@pytest.mark.parametrize("text, expected", [
    ("Russia sold S-400 missile systems to Turkey.", ("RUS", "TUR", "062")),
    ("The United States approved the sale of 66 F-16 fighter jets to Taiwan.", ("USA", "TWN", "062")),
    ("India purchased Rafale fighter jets from France.", ("IND", "FRA", "062")),
    ("Egypt acquired submarines from Germany.", ("EGY", "DEU", "062")),
])
def test_weapons_sold_or_bought_are_military_cooperation(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


@pytest.mark.parametrize("text", [
    "Boeing sold 30 aircraft to Air India.",
    "The company sold its stake to a Chinese investor.",
])
def test_other_goods_sold_are_no_military_cooperation(coder, text):
    triples = asserted_triples(coder, text, DATE)
    assert not [c for s, t, c in triples if c == "062"], triples


def test_a_sale_halted_is_still_cut_military_aid(coder):
    assert ("DEU", "SAU", "1622") in asserted_triples(coder, "Germany halted arms sales to Saudi Arabia.", DATE)
