"""A protest told as what something caused ("the bill has sparked protests") is aimed at
that thing's maker or doer (grammar.yaml causing_verbs; extractor._cause_of)."""
from __future__ import annotations

import pytest


def _protests(coder, text):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder.code(text, date="2019-05-16").events if e.cameo.startswith("14")]


@pytest.mark.parametrize("text, expected", [
    ("The bill has sparked protests in Hong Kong.", ("141", "HKGOPP", "HKGGOV")),
    ("The killing of George Floyd by police sparked protests across the United States.", ("141", "USAOPP", "USACOP")),
])
def test_a_caused_protest_is_aimed_at_the_cause(coder, text, expected):
    assert expected in _protests(coder, text)


def test_in_a_one_state_story_the_protesters_are_its_own(coder):
    text = ("On Wednesday in the US state of Alabama, Governor Kay Ivey signed a bill that bans abortion. "
            "The United States Supreme Court legalised abortion in 1973. Many US states have passed such laws. "
            "Officials said the law takes effect in November. The bill has sparked controversy and protests.")
    assert ("141", "USAOPP", "USAGOV") in _protests(coder, text)


def test_protests_named_in_passing_are_no_event(coder):
    assert not _protests(coder, "Weeks of protests have left the city's shops closed.")
