"""The active subject of a verb of planning acts; it is not planned."""
from __future__ import annotations

from communique.events.modality import modality
from communique.nlp import load


def mode_of(text, word):
    doc = load()(text)
    return modality(next(t for t in doc if t.text == word)).mode


def test_an_attack_that_set_fire_happened():
    assert mode_of("A Ukrainian drone attack set fire to an oil depot in Russia's Rostov region.", "attack") == "asserted"


def test_what_a_plan_governs_is_still_to_come():
    assert mode_of("Russia is preparing an attack on Kharkiv.", "attack") == "future"
    assert mode_of("The talks are scheduled for next week.", "talks") == "future"
