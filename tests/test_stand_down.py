"""Forces withdrawn are the doer's own, not a party it acts on; an accord to do a coded act is
that act of each party, aimed at the other.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 6, 20)


@pytest.mark.parametrize("text, triple", [
    ("India pulled back troops from the border.", ("IND", None, "0874")),
    ("India withdrew troops from the border.", ("IND", None, "0874")),
    ("Russia pulled its troops out of Syria.", ("RUS", "SYR", "0874")),  # the state left is the other party
])
def test_withdrawn_forces_are_the_doers_own(coder, text, triple):
    assert asserted_triples(coder, text, DATE) == [triple]


def test_an_accord_to_stand_down_is_each_partys_intent_toward_the_other(coder):
    triples = asserted_triples(coder, "India and China agreed to pull back troops from the border.", DATE)
    assert sorted(triples) == [("CHN", "IND", "0356"), ("IND", "CHN", "0356")], triples
