""""The downing" names the shootdown before it."""
from __future__ import annotations

from datetime import date

from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


def test_condemning_the_downing_is_aimed_at_who_shot(coder):
    got = coded(coder, "Iran shot down a US drone over the Strait of Hormuz. Washington condemned the downing.")
    assert ("USAGOV", "IRN", "111") in got


def test_a_balloon_shot_down_is_force(coder):
    got = coded(coder, "The US military shot down a Chinese balloon off the coast of South Carolina.")
    assert [c for _, _, c in got] == ["190"]
