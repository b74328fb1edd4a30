"""An attack by armed men the text neither names nor places is its claimer's."""
from __future__ import annotations

from datetime import date

from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


def test_gunmen_claimed_are_the_claimers(coder):
    got = coded(coder, "Gunmen stormed a concert hall near Moscow, killing more than 130 people. "
                       "The Islamic State claimed responsibility.")
    assert ("IMGMUSISI", "RUSCVL", "180") in got
    assert ("IMGMUSISI", "RUSCVL", "015") in got


def test_unclaimed_gunmen_stay_unnamed(coder):
    got = coded(coder, "Gunmen stormed a concert hall near Moscow, killing more than 130 people.")
    assert [s for s, _, _ in got] == ["UAF"]


def test_a_named_doer_keeps_its_attack(coder):
    got = coded(coder, "Hamas gunmen attacked an Israeli army post. The Islamic State claimed responsibility.")
    assert not any(s == "IMGMUSISI" and c.startswith(("18", "19")) for s, _, c in got)


def test_the_participle_of_one_attack_is_that_attack(coder):
    got = coded(coder, "Militants attacked a police station in Quetta, killing five officers.")
    assert [c[:2] for _, _, c in got] == ["18"]
