"""What force strikes, hits or targets: installations and buildings as well as places,
never what a vehicle runs into; and the bomb a victim's clause of time says was met."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


@pytest.mark.parametrize("text, source, target", [
    ("Ukraine struck a Russian oil refinery with drones overnight.", "UKR", "RUS"),
    ("Israel struck the Iranian consulate in Damascus.", "ISR", "IRNGOV"),
    ("Russia targeted Ukraine's energy infrastructure with missiles and drones.", "RUS", "UKR"),
    ("The Houthis struck a Greek-owned tanker in the Red Sea.", "YEMREB", "GRCBUS"),
])
def test_force_on_an_installation_is_an_attack(coder, text, source, target):
    got = coded(coder, text)
    assert [(s, t) for s, t, c in got if c[:2] in ("18", "19")] == [(source, target)]


@pytest.mark.parametrize("text", [
    "A train struck a building in Texas.",
    "A bus hit a school in Lagos.",
    "Chinese cars hit European markets last year.",
    "The new sanctions target Russian banks and the energy sector.",
])
def test_no_attack_where_nobody_used_force(coder, text):
    assert [c for _, _, c in coded(coder, text) if c[:2] in ("18", "19")] == []


@pytest.mark.parametrize("text, target", [
    ("Three soldiers were killed when their vehicle hit a roadside bomb in Kandahar.", "MIL"),
    ("Two US soldiers were killed when their vehicle struck an improvised explosive device in Iraq.", "USAMIL"),
])
def test_the_bomb_a_vehicle_hit_is_the_attack(coder, text, target):
    got = coded(coder, text)
    assert [(t, c[:3]) for _, t, c in got] == [(target, "183")]


@pytest.mark.parametrize("text, source, target", [
    ("Iran launched hundreds of drones at Israel.", "IRN", "ISR"),
    ("Russia fired dozens of missiles at Kyiv.", "RUS", "UKR"),
])
def test_counted_arms_are_the_means_not_the_party(coder, text, source, target):
    assert [(s, t) for s, t, c in coded(coder, text) if c[:2] == "19"] == [(source, target)]


def test_counted_people_are_still_the_party(coder):
    assert [(s, t) for s, t, c in coded(coder, "Poland expelled dozens of Russian diplomats.")] == [("POL", "RUSGOV")]


def test_a_barrage_fired_is_the_firing_itself(coder):
    got = coded(coder, "Hamas fired a barrage of rockets at Israel.")
    assert [(s, t) for s, t, c in got] == [("PSEREB", "ISR")]
