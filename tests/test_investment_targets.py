"""Investing "in" a state is aimed at that state, not done in a place: "pledged to invest
$20 billion in Pakistan".  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 2, 18)


@pytest.mark.parametrize("text, expected", [
    ("The Saudi crown prince pledged to invest $20 billion in Pakistan.", ("SAUGOV", "PAK", "0311")),
    ("China invested heavily in Kenya.", ("CHN", "KEN", "061")),
])
def test_whom_one_invests_in_is_the_target(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_other_verbs_in_a_place_are_not_aimed_at_it(coder):
    # "in Kenya" of a meeting says where it was held
    triples = asserted_triples(coder, "China and Japan held talks in Kenya.", DATE)
    assert not any(t == "KEN" for s, t, c in triples), triples
