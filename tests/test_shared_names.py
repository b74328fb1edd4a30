"""A name two bodies share is told apart by the states the document names: "RSF" is
Sudan's Rapid Support Forces beside Sudan or Khartoum, and Reporters Without Borders
(a body of no state) elsewhere.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 5, 20)


@pytest.mark.parametrize("text, code", [
    ("Sudan's army and the RSF signed a short-term ceasefire in Jeddah.", "SDNPRM"),
    ("The RSF shelled Khartoum.", "SDNPRM"),
    ("The RSF condemned the arrest of the journalist in Iran.", "NGOHRI"),
])
def test_the_rsf_by_the_states_named(coder, text, code):
    codes = {x for s, t, c in asserted_triples(coder, text, DATE) for x in (s, t)}
    assert code in codes, codes
