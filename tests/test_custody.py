"""Putting someone in custody, and letting them out of it."""
from __future__ import annotations

from datetime import date

D = date(2021, 3, 1)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


def test_placed_under_house_arrest_is_an_arrest_of_the_object(coder):
    assert coded(coder, "Myanmar's junta placed Aung San Suu Kyi under house arrest.") == [("MMRGOV", "MMRELI", "173")]
    assert coded(coder, "Police took the French journalist into custody.") == [("FRACOP", "FRAMED", "173")]


def test_the_state_someone_is_put_in_is_no_act_of_its_own(coder):
    # one arrest, not a second one done by the detained to the city
    got = coded(coder, "The Russian opposition leader was held under house arrest in Moscow.")
    assert [c for s, t, c in got] == ["173"] and got[0][1] == "RUSOPP"


def test_released_from_someones_custody_is_released_by_them(coder):
    assert coded(coder, "The journalist was released after 300 days in Iranian custody.") == [("IRN", "MED", "0841")]
    # guard: a place of custody with no owner names no one
    assert coded(coder, "Sirhan's initial death sentence was commuted to life in prison.") == []
