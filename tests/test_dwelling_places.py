"""A village, a neighbourhood or a settlement is where civilians live, not the civilians:
the OEDA agents code the words CVL, roles.tsv makes them places (flag ``place``).
Sentences written for these tests."""
from __future__ import annotations

from datetime import date

import pytest

from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, expected", [
    # (a town the gazetteer knows is the place of the act, its country the target)
    ("Russian forces captured a village near Bakhmut.", [("RUSMIL", "UKR", "192")]),
    ("Vietnamese forces retook a strategic village in western Cambodia.", [("VNMMIL", "KHM", "192")]),
    ("Ukraine's military said it had recaptured the village of Robotyne.", [("UKRMIL", None, "192")]),
])
def test_a_village_taken_is_a_place(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected


def test_villagers_are_still_civilians(coder):
    got = asserted_triples(coder, "Gunmen killed 12 villagers in Zamfara state, Nigeria.", D)
    assert got and got[0][1] == "NGACVL", got


def test_a_settlement_reached_names_no_one(coder):
    assert asserted_triples(coder, "The two sides reached a settlement.", D) == []
