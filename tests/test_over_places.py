"""A place named with "over" is where an aircraft was downed or what a clash was about, no
party, when the act's object or its mutual parties name one: "Turkey shot down a Russian
jet over Syria" is aimed at Russia.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 10, 10)


@pytest.mark.parametrize("text, expected", [
    ("Ukrainian forces shot down a Russian drone over Kyiv.", ("UKRMIL", "RUSMIL", "190")),
    ("Turkey shot down a Russian jet over Syria.", ("TUR", "RUS", "190")),
    ("China and the US clashed over Taiwan.", ("CHN", "USA", "190")),
])
def test_the_place_over_which_is_no_party(coder, text, expected):
    triples = asserted_triples(coder, text, DATE)
    assert expected in triples, triples
