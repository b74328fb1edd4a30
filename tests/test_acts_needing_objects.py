"""An act asked for that names the act only with its own object (grammar.yaml
object_needing_acts): evacuating people is aid; people urged to evacuate are asked to
flee.  Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2019, 9, 1)


def test_people_urged_to_evacuate_are_asked_to_flee(coder):
    got = asserted_triples(coder, "Prime Minister Hubert Minnis urged residents to evacuate ahead of the hurricane.", DATE)
    assert got == [("BHSGOV", "BHSCVL", "020")]


def test_urging_an_evacuation_of_people_asks_for_aid(coder):
    got = asserted_triples(coder, "Ukraine urged the UN to evacuate civilians from Mariupol.", DATE)
    assert got == [("UKR", "IGOUNO", "0233")]
