"""A place compounded before a visit or a trip is where it goes, the target, not who goes
(grammar.yaml destination_nouns).  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 8, 5)


@pytest.mark.parametrize("text, expected", [
    ("Pelosi's Taiwan visit angered China.", ("USALEG", "TWN", "042")),
    ("Modi's Moscow trip was criticized by the US.", ("INDGOV", "RUS", "042")),
])
def test_the_place_before_a_visit_is_where_it_goes(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_the_place_before_a_visit_never_makes_it(coder):
    triples = asserted_triples(coder, "China summoned the US ambassador over the Taiwan visit.", DATE)
    assert not [s for s, t, c in triples if c == "042" and s == "TWN"], triples
