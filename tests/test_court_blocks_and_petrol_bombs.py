"""A court blocking or overturning a measure decides against its maker (116), but overturning
a conviction is in the convict's favour; throwing petrol bombs is a riot, not also a bombing."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2019, 11, 15)


@pytest.mark.parametrize("text, expected", [
    ("A US federal judge blocked the Trump administration from ending the DACA program.",
     [("USAJUD", "USAGOV", "116")]),
    ("Protesters in Hong Kong threw petrol bombs at police.", [("HKGOPP", "HKGCOP", "145")]),
    ("Militants threw bombs at a police station in Kashmir.", [("REB", "COP", "183")]),
])
def test_codes(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected


def test_a_conviction_overturned_is_no_ruling_against_the_convict(coder):
    got = asserted_triples(coder, "The Supreme Court overturned the conviction of the former president.", D)
    assert all(c != "116" for _, _, c in got)
