"""Feelings told of a party about another's act: "appalled", "outraged" denounce (111),
"disappointed" disapproves (110), "concerned" is a pessimistic comment (012) -- whatever the
tagger calls the participle -- aimed at whose act it is, never at its victims."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Australia said it was appalled by the Chinese court's verdict.", [("AUS", "CHNJUD", "111")]),
    ("Canada said it was deeply concerned by India's decision.", [("CAN", "IND", "012")]),
    ("France said it was disappointed by Australia's decision to cancel the submarine deal.",
     [("FRA", "AUS", "110")]),
])
def test_a_feeling_about_an_act_is_aimed_at_its_doer(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected


@pytest.mark.parametrize("text", [
    "Germany was shocked by the killing of its diplomat.",
    "Germany condemned the attack on its embassy in Kabul.",
])
def test_never_at_the_victims_of_an_act_whose_doer_is_unknown(coder, text):
    got = asserted_triples(coder, text, D)
    assert [(s, t) for s, t, c in got if c == "111"] == [("DEU", None)]


def test_a_named_doer_is_the_target(coder):
    got = asserted_triples(coder, "Germany condemned the killing of its diplomat by Russian forces.", D)
    assert ("DEU", "RUSMIL", "111") in got
