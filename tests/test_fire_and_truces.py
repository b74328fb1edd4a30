"""Fire owned by a party is its attack, an accident is nobody's; a truce that takes
effect is declared by its parties."""
from __future__ import annotations

from datetime import date

D = date(2023, 8, 1)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


def test_killed_by_a_partys_fire_is_its_attack(coder):
    assert coded(coder, "Three Egyptian soldiers were killed by Israeli fire.") == [("ISR", "EGYMIL", "190")]
    # guards: a fire or a crash with no owner is no attack; nor is a fire brigade a doer
    assert coded(coder, "Three Egyptian soldiers were killed by the fire.") == []
    assert coded(coder, "Rogaland Fire and Rescue requested support and equipment from other fire departments.") == []


def test_a_ceasefire_that_takes_effect_is_its_parties(coder):
    got = coded(coder, "A ceasefire between Israel and Hamas took effect on Sunday.")
    assert len(got) == 1 and got[0][2] == "0871" and {got[0][0], got[0][1]} == {"ISR", "PSEREB"}
    got = coded(coder, "A truce between the Sudanese government and the rebels came into force at midnight.")
    assert len(got) == 1 and got[0][2] == "0871"
