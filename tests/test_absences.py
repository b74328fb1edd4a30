"""An act that has not happened for a span of time ("since 2015", "in years") is a state of
things, no refusal (recode._absence); a refusal or a plain "did not" still is one.
Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 10)


@pytest.mark.parametrize("text", [
    "India and Pakistan have not held formal talks since 2015.",
    "The two leaders have not met in years.",
])
def test_a_long_absence_is_no_refusal(coder, text):
    assert asserted_triples(coder, text, DATE) == []


@pytest.mark.parametrize("text, expected", [
    ("India refused to hold talks with Pakistan.", [("IND", "PAK", "125")]),
    ("The rebels did not agree to the ceasefire.", [("REB", None, "120")]),
])
def test_a_refusal_stays_one(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected
