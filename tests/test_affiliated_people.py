"""People named by no more than a word and tied to a body ("gunmen affiliated with Islamic
State") act as that body (grammar.yaml affiliation_participles); a patron is another party
("militias backed by Iran" are not Iran).  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 4, 1)


@pytest.mark.parametrize("text, expected", [
    ("Gunmen affiliated with Islamic State attacked a church in Mozambique.", ("IMGMUSISI", "MOZ", "180")),
    ("Militias backed by Iran attacked a US base in Syria.", ("UAF", "USA", "180")),
])
def test_people_linked_to_a_body_act_as_it(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)
