"""Battling a fire, a disease or a crisis is no combat (as fighting one is not)."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text", [
    "Greek firefighters battled wildfires near Athens for a third day.",
    "Doctors in Gaza are battling an outbreak of polio.",
])
def test_no_combat(coder, text):
    assert all(c[:2] != "19" for _, _, c in asserted_triples(coder, text, D))


def test_troops_battling_rebels_still_fight(coder):
    got = asserted_triples(coder, "Sudanese troops battled rebels in Darfur.", D)
    assert [c for _, _, c in got] == ["190"]


@pytest.mark.parametrize("text, expected", [
    ("The Russian defence ministry said its air defences had shot down 20 Ukrainian drones.",
     [("RUSMIL", "UKRMIL", "190")]),
    ("The US State Department approved the sale of F-16 fighter jets to Turkey.",
     [("USAGOV", "TUR", "062")]),
])
def test_air_defences_and_arms_sold(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected


def test_air_defence_systems_are_no_party(coder):
    got = asserted_triples(coder, "President Zelensky called on Western allies to send more air defence systems.", D)
    assert all(t != "MIL" for _, t, _ in got)


def test_a_coordinated_attack_noun_of_the_verbs_kind_is_the_same_act(coder):
    got = asserted_triples(coder, "Russia launched a massive missile and drone attack on Ukraine's energy "
                                  "infrastructure overnight.", D)
    assert got == [("RUS", "UKR", "194")]


def test_airstrikes_misparsed_as_the_root_still_tell_the_means(coder):
    got = asserted_triples(coder, "Israeli airstrikes killed at least 30 people in Gaza on Tuesday, "
                                  "health officials said.", D)
    assert [c for _, _, c in got] == ["195"]
