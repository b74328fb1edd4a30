"""Who brokered a truce is no party to it: in "Armenia and Azerbaijan agreed to a
Russian-brokered ceasefire" the parties agree with each other, not with Russia.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 11, 10)


@pytest.mark.parametrize("text, parties, broker", [
    ("Armenia and Azerbaijan agreed to a Russian-brokered ceasefire.", {"ARM", "AZE"}, "RUS"),
    ("Israel and Hamas agreed to an Egyptian-mediated truce.", {"ISR", "PSEREB"}, "EGY"),
])
def test_the_broker_is_no_party(coder, text, parties, broker):
    triples = asserted_triples(coder, text, DATE)
    assert triples and all({s, t} == parties for s, t, c in triples), triples
    assert not any(broker in (s, t) for s, t, c in triples), triples


def test_a_broker_named_as_doer_still_mediates(coder):
    triples = asserted_triples(coder, "Russia brokered a ceasefire between Armenia and Azerbaijan.", DATE)
    assert ("RUS", "ARM", "045") in triples, triples
