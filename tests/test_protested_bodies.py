"""A crowd protests its own state's bodies when no word places them: "the government", "the
police" of protesters placed in a state are that state's (placed_people._unplaced_body).
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 10)


@pytest.mark.parametrize("text, expected", [
    ("Students at Tehran University chanted slogans against the government.", ("IRNEDU", "IRNGOV", "141")),
    ("Thousands of Israelis protested against the government in Tel Aviv.", ("ISROPP", "ISRGOV", "140")),
])
def test_the_government_protested_is_the_crowds_own(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_a_foreign_body_named_stays_foreign(coder):
    got = asserted_triples(coder, "Iraqi protesters demonstrated outside the US embassy in Baghdad.", DATE)
    assert got == [("IRQOPP", "USAGOV", "141")]
