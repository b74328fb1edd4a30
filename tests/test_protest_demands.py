"""A protest that demands a leader's going is aimed at that leader ("marched demanding the
resignation of X").  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2011, 2, 2)


@pytest.mark.parametrize("text, triple", [
    ("Thousands marched in Cairo demanding the resignation of President Hosni Mubarak.",
     ("EGYOPP", "EGYGOV", "1411")),
    ("Protesters gathered in Minsk calling for the resignation of Lukashenko.", ("BLROPP", "BLRGOV", "1411")),
])
def test_a_protest_demanding_a_leaders_going_is_aimed_at_him(coder, text, triple):
    assert triple in asserted_triples(coder, text, DATE)


def test_a_demand_for_something_else_names_no_aim(coder):
    triples = asserted_triples(coder, "Thousands marched in Cairo demanding the release of bread.", DATE)
    assert all(t is None for s, t, c in triples if c.startswith("14")), triples
