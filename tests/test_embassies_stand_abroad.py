"""An embassy names its state but stands abroad: the people round it are not of its state for
want of another.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 10, 15)


@pytest.mark.parametrize("text, source", [
    ("Police arrested a man suspected of planting a bomb outside the Colombian embassy.", "COP"),
    ("Protesters gathered outside the US embassy.", "OPP"),
    # (where the embassy stands still places them)
    ("Protesters gathered outside the US embassy in Baghdad.", "IRQOPP"),
])
def test_people_round_an_embassy_are_not_of_its_state(coder, text, source):
    triples = asserted_triples(coder, text, DATE)
    assert triples and triples[0][0] == source, triples
