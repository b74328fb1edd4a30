"""Hostages are civilians (roles.tsv); "held X hostage" and "hostage-takers" name no hostages."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Hamas released four Israeli hostages in exchange for 200 Palestinian prisoners.",
     [("PSEREB", "ISRCVL", "0841")]),
    ("Gunmen took 20 hostages at a hotel in Mali.", [("UAF", "MLICVL", "181")]),
])
def test_hostages_are_civilians(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected


def test_hostage_takers_are_no_hostages(coder):
    got = asserted_triples(coder, "The U.S. said it would not meet the hostage-takers' demands.", D)
    assert all(t != "CVL" for _, t, _ in got)
