"""Vows of revenge: aimed at whom the revenge is against, never at the victims it avenges;
a promise or pledge of retaliation is a threat; an organisation's own people ("its leader")
are of the organisation."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 8, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


def test_revenge_is_against_its_enemy_not_the_avenged(coder):
    got = coded(coder, "Iran's supreme leader vowed revenge against Israel for the killing of "
                       "Hamas leader Ismail Haniyeh in Tehran.")
    assert ("IRNGOV", "ISR", "138") in got
    assert all(t != "PSEREB" for s, t, c in got if c == "138")


def test_revenge_with_no_enemy_named_is_aimed_at_no_one(coder):
    got = coded(coder, "Iran vowed harsh revenge for the killing of Hamas leader Ismail Haniyeh.")
    assert ("IRN", None, "138") in got


@pytest.mark.parametrize("text, expected", [
    ("Hezbollah promised retaliation against Israel.", ("LBNREB", "ISR", "138")),
    ("Iran threatened retaliation against the United States.", ("IRN", "USA", "138")),
    ("Hamas pledged revenge against Israel.", ("PSEREB", "ISR", "138")),
])
def test_a_promise_of_retaliation_is_a_threat(coder, text, expected):
    assert coded(coder, text) == [expected]


@pytest.mark.parametrize("text, victim", [
    ("Hamas pledged revenge for the killing of its leader.", "PSEREB"),
    ("Hezbollah vowed revenge for the assassination of its commander.", "LBNREB"),
])
def test_an_organisations_own_people_are_of_it(coder, text, victim):
    assert victim in [t for _, t, c in coded(coder, text) if c != "138"]
