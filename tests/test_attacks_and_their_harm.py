"""An attack that is the subject of a verb of harm is one happening with what it did."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("An Israeli airstrike destroyed a hospital in Gaza.", [("ISR", "PSEHLH", "195")]),
    ("A Ukrainian drone attack set fire to an oil depot in Russia's Rostov region.", [("UKRMIL", None, "1952")]),
])
def test_the_attack_and_what_it_did_are_one(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected


def test_harm_done_by_a_doer_stays_its_own(coder):
    # (the doer is no attack noun: its destruction is an act of its own)
    got = asserted_triples(coder, "Israeli jets destroyed a hospital in Gaza.", D)
    assert [c for _, _, c in got] == ["1712"]
