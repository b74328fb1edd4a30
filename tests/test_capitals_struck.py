"""Force on a capital falls on the city, of its country: the capital stands for its
government only when it speaks or acts.  Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 11, 10)


@pytest.mark.parametrize("text, expected", [
    ("The Houthis fired a missile at Riyadh.", ("YEMREB", "SAU", "194")),
    ("Rebels attacked Kabul.", ("REB", "AFG", "180")),
])
def test_a_capital_struck_is_the_city(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]


def test_a_capital_speaking_is_still_its_government(coder):
    assert asserted_triples(coder, "Riyadh condemned the attack.", DATE)[0][0] == "SAUGOV"
