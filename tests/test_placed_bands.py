"""Rebels no file places are of the state whose government, police or courts deal with them,
or of where their act of force happens; not of a state that only backs or names them, and a
band the files know keeps its own code.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2004, 11, 8)


@pytest.mark.parametrize("text, triple", [
    ("The Mozambique government on Thursday accepted demands from Shona rebels that it initiate political "
     "reforms.", ("MOZGOV", "MOZREB", "083")),
    ("The government of Sudan accused rebels of attacking a convoy.", ("SDNGOV", "SDNREB", "112")),
])
def test_rebels_are_of_the_state_that_deals_with_them(coder, text, triple):
    assert triple in asserted_triples(coder, text, DATE)


@pytest.mark.parametrize("text, band", [
    ("US forces killed 12 insurgents.", "REB"),  # soldiers fight abroad: no place, no state
    ("Iran backed the rebels.", "REB"),  # a state backing rebels is seldom their own
])
def test_rebels_stay_unplaced_beside_soldiers_or_a_backer(coder, text, band):
    triples = asserted_triples(coder, text, DATE)
    assert triples and all(band in (s, t) for s, t, _ in triples), triples
