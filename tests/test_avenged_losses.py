"""A threat over a deed done to the threatener's own people is aimed at the deed's doer,
never at the victims: "Iran vowed revenge for the killing of its top general by the United
States" is IRN -> USA.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 1, 4)


@pytest.mark.parametrize("text, doer", [
    ("Iran vowed revenge for the killing of its top general by the United States.", "USA"),
    ("China threatened to retaliate against the arrest of its citizens by Canada.", "CAN"),
])
def test_a_threat_over_a_loss_is_aimed_at_its_doer(coder, text, doer):
    triples = asserted_triples(coder, text, DATE)
    threats = [(s, t) for s, t, c in triples if c.startswith("13")]
    assert threats and all(t == doer for s, t in threats), triples


def test_a_threat_over_a_loss_with_no_doer_has_no_target(coder):
    triples = asserted_triples(coder, "Iran vowed revenge for the killing of its top general.", DATE)
    assert ("IRN", None, "138") in triples, triples
