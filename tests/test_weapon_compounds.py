"""Who is said to be behind or responsible for a weapon's attack ("the drone attack")
did it: the weapon before the noun is its means."""
from __future__ import annotations

from datetime import date

from asserted_events import asserted_triples

D = date(2024, 6, 1)


def test_who_was_behind_the_drone_attack_is_accused(coder):
    got = asserted_triples(coder, "The Kremlin said Ukraine was behind the drone attack on Moscow.", D)
    assert ("RUSGOV", "UKR", "112") in got
    assert not any(s == "MIL" or t == "MIL" for s, t, _ in got)


def test_a_placed_weapon_still_names_its_side(coder):
    got = asserted_triples(coder, "A Ukrainian drone attack set fire to an oil depot in Russia's Rostov region.", D)
    assert got[0][0] == "UKRMIL"


def test_a_weapon_before_the_attack_noun_is_no_doer(coder):
    # (the OEDA agents code drones and missiles as military: not who attacked)
    got = asserted_triples(coder, "The Houthis claimed responsibility for a drone attack on a commercial ship.", D)
    assert got == [("YEMREB", None, "015")]
    got = asserted_triples(coder, "In 2019 he survived a drone attack that left six soldiers dead.", D)
    assert got and all(s is None for s, _, _ in got), got


def test_a_weapon_with_a_side_still_names_it(coder):
    got = asserted_triples(coder, "A Russian drone attack killed three people in Odesa.", D)
    assert got and got[0][0] == "RUSMIL", got
