"""A state that admits or claims its own forces' act claims responsibility; it does not accuse
them.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 1, 15)


@pytest.mark.parametrize("text, expected", [
    ("Iran admitted on Saturday that its military had unintentionally shot down the Ukrainian passenger jet.",
     ("IRN", "UKRCVL", "015")),
    ("Iran claimed that its forces had shot down an American drone.", ("IRN", "USAMIL", "015")),
])
def test_a_states_own_forces_act_is_its_claim(coder, text, expected):
    triples = asserted_triples(coder, text, DATE)
    assert expected in triples, triples
    assert not any(c.startswith("112") for _, _, c in triples), triples


def test_a_denial_of_ones_own_forces_act_is_still_aimed_at_no_one(coder):
    triples = asserted_triples(coder, "Russia denied that its forces had shelled the hospital.", DATE)
    assert ("RUS", None, "016") in triples, triples
