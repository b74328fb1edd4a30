"""Breaching or infiltrating computers is a cyberattack (176), not a broken truce; adding
companies to a blacklist or a sanctions list sanctions them (163)."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Microsoft said Chinese state-backed hackers had breached the email accounts of US government officials.",
     [("CHN", "USAGOV", "176")]),
    ("Iranian hackers infiltrated the computer network of an Israeli hospital.", [("IRN", "ISRHLH", "176")]),
    ("The US Commerce Department added 30 Chinese companies to its trade blacklist.",
     [("USAGOV", "CHNBUS", "163")]),
])
def test_codes(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected


def test_a_ceasefire_breached_is_no_cyberattack(coder):
    got = asserted_triples(coder, "Russian forces breached the ceasefire line.", D)
    assert all(c != "176" for _, _, c in got)
