"""An adjective role before a place a party holds names the holders: "militant
hideouts", "separatist positions" (not "military aid": a kind of thing)."""
from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 6, 1)


def targets(coder, text):
    return [e.target.code if e.target else None for e in coder.code(text, date=D, doc_id="t").events
            if e.mode == "asserted"]


@pytest.mark.parametrize("text, target", [
    ("Turkish warplanes bombed Kurdish militant positions in northern Iraq.", "IRQREB"),
    ("The army shelled separatist positions in Donetsk.", "UKRREB"),
    ("Russia struck civilian targets in Kharkiv.", "UKRCVL"),
])
def test_the_holders_of_the_place_are_the_target(coder, text, target):
    assert targets(coder, text) == [target]


def test_an_adjective_before_a_thing_is_still_its_kind(coder):
    got = coder.code("The United States sent military aid to Ukraine.", date=D, doc_id="t").events
    assert [(e.source.code, e.target.code) for e in got] == [("USA", "UKR")]
