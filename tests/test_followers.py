"""Followers act as the followed one's compatriots, not as that one (grammar.yaml
follower_nouns). Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 5, 10)


@pytest.mark.parametrize("text, source", [
    ("Supporters of Imran Khan attacked army buildings in Lahore.", "PAKCVL"),
    ("Trump supporters stormed the US Capitol.", "USACVL"),
])
def test_followers_are_the_followed_ones_compatriots(coder, text, source):
    got = asserted_triples(coder, text, DATE)
    assert got and {s for s, t, c in got} == {source}, got


def test_followers_of_no_known_country_are_no_one_known(coder):
    got = asserted_triples(coder, "Supporters of the singer attacked a police station in Lagos.", DATE)
    assert all(s is None or not s.endswith("GOV") for s, t, c in got), got
