"""Whom an act concerns when the parser hangs the phrase naming them away from the trigger: "mediated
between A and B" (on the verb), "halted arms exports to Saudi Arabia" (on the noun the matched "arms"
qualifies), "soldiers died in an ambush" (the subject of the death), "killed in an Israeli airstrike"."""
import pytest


def coded(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text, expected", [
    ("Egypt mediated between Israel and Hamas.", [("EGY", "ISR", "045"), ("EGY", "PSEREB", "045")]),
    ("Germany halted arms exports to Saudi Arabia.", [("DEU", "SAU", "1622")]),
])
def test_the_concerned_party(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    # who died in a named attack is its victim
    ("Twelve Nigerian soldiers died in an attack by Boko Haram.", [("NGAREB", "NGAMIL", "180")]),
    ("Two Malian soldiers died in an ambush.", [(None, "MLIMIL", "190")]),
    # the attack names its doer: the place is no stand-in for one, and the killing is the attack's
    ("At least 20 people were killed in an Israeli airstrike on Gaza.", [("ISR", "PSEGZA", "195")]),
])
def test_deaths_in_a_named_attack(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text", ["The singer died in a car crash.", "Three people died in the fire in Kenya."])
def test_a_death_alone_is_no_event(coder, text):
    assert coded(coder, text) == []
