"""A number counting weapons or craft ("54 of the 81 missiles") is no people hit: only a
count of people is (civilians of no country yet).  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2023, 3, 9)


def test_a_count_of_missiles_is_no_civilians(coder):
    triples = asserted_triples(coder, "Ukraine's air force shot down 54 of the 81 missiles.", DATE)
    assert triples and not any(t == "CVL" for s, t, c in triples), triples


def test_a_count_of_people_still_is(coder):
    assert ("UAF", "CVL", "180") in asserted_triples(coder, "Gunmen killed 12 of the passengers.", DATE)
