"""An act's noun compounded into a noun for who or what holds it names a kind of holder,
no act (grammar.yaml holder_nouns).  Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Ukraine's negotiation team arrived in Istanbul.", [("UKR", "TUR", "042")]),
])
def test_a_holder_of_an_act_is_no_act(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected


def test_a_talk_show_is_no_negotiation(coder):
    text = ("Animal rights activist Doris Day died on Monday. In 1985, Day invited former co-star Hudson "
            "to appear on television together as part of Day's talk show.")
    assert [code for _, _, code in asserted_triples(coder, text, DATE)] == ["020"]


def test_the_act_named_by_what_carries_it_stays(coder):
    assert asserted_triples(coder, "The US approved an aid package for Ukraine.", DATE) == [("USA", "UKR", "070")]
