"""A reflexive pronoun is the subject of its own clause ("Russia said Ukraine had shelled
itself" is Ukraine's act on itself), never the one reporting it.  Sentences written for
these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Iraq attacked itself.", [("IRQ", None, "190")]),
    ("Ukraine said its forces had shelled themselves by mistake.", [("UKRMIL", None, "194")]),
])
def test_a_reflexive_is_its_own_clauses_doer(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected


@pytest.mark.parametrize("text, expected", [
    ("Russia said Ukraine had shelled itself.", [("RUS", "UKR", "112"), ("UKR", None, "194")]),
    ("The US said that Iraq had attacked themselves.", [("USA", "IRQ", "112"), ("IRQ", None, "190")]),
])
def test_saying_another_state_struck_itself_accuses_it(coder, text, expected):
    # (a false flag alleged: not the reporter struck, but an accusation of the doer)
    assert sorted(asserted_triples(coder, text, DATE)) == sorted(expected)


def test_a_pronoun_still_names_the_reporter(coder):
    # (not reflexive: "it" of the reported clause is the one reporting)
    got = asserted_triples(coder, "Israel said a mortar bomb was fired at it from the Gaza Strip.", DATE)
    assert ("ISR", "PSEGZA", "112") in got
