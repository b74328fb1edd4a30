"""Killings by private people are assaults (CAMEO 18), not military force (19):
extractor.CIVILIAN_ASSAILANTS and people of no sector."""
from __future__ import annotations

import pytest


def _roots(coder, text):
    return {e.cameo[:2] for e in coder.code(text, date="2019-10-03").events if e.mode == "asserted"}


@pytest.mark.parametrize("text", [
    "An IT worker went on a stabbing spree at the police headquarters in Paris, killing four.",
    "A farmer shot dead two police officers in Lyon on Monday.",
    "A gunman shot shoppers at a Walmart store in El Paso, Texas on Saturday.",
])
def test_a_private_killer_assaults(coder, text):
    assert _roots(coder, text) == {"18"}


def test_troops_killing_is_still_force(coder):
    assert "19" in _roots(coder, "Israeli troops killed two Palestinians in Gaza on Monday.")


def test_a_band_of_gunmen_fights_with_small_arms(coder):
    assert "19" in _roots(coder, "Gunmen shot two soldiers at a checkpoint in Mali on Monday.")


def test_the_shooting_named_later_is_the_assault(coder):
    # the assault (180) and "the shooting" (193) are one act; "another" shooting is not the gunman's
    text = ("A gunman shot shoppers at a Walmart store in El Paso, Texas on Saturday. "
            "The shooting followed four deadly mass shootings in the United States that week, including one "
            "in California, and another in Wisconsin where five died.")
    events = [e for e in coder.code(text, date="2019-08-05").events if e.mode == "asserted"]
    assert [e.cameo[:2] for e in events] == ["18"]
