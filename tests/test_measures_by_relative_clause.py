"""A measure told with a relative clause is its maker's: the clause's subject is the party.

"China condemned the sanctions that the United States imposed": the relative pronoun is the
clause's object, so the clause is active (the tagger often calls its verb VBN), and a judgement
of the measure is aimed at whoever made it.  Verbs that only name, judge or undergo the measure
make nobody its maker.
"""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


@pytest.mark.parametrize("text, expected", [
    ("China condemned the sanctions that the United States imposed on Chinese officials.",
     [("CHN", "USA", "111"), ("USA", "CHNGOV", "163")]),
    ("China condemned the sanctions the United States imposed on Chinese officials.",
     [("CHN", "USA", "111"), ("USA", "CHNGOV", "163")]),
    ("The European Union criticized the law that the Hungarian parliament passed on Tuesday.",
     [("IGOEUREEC", "HUNLEG", "111")]),
    ("Iran rejected the proposal which France made last week.", [("IRN", "FRA", "120")]),
    ("Israel accepted the ceasefire proposal that Egypt made on Monday.", [("ISR", "EGY", "0356")]),
])
def test_the_clause_subject_made_the_measure(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Germany criticized the sanctions Russia faces.",
    "Germany criticized the sanctions that Russia receives.",
])
def test_whoever_undergoes_or_judges_it_did_not_make_it(coder, text):
    got = coded(coder, text)
    assert [(s, c) for s, _, c in got][:1] == [("DEU", "111")]
    assert got[0][1] is None


def test_a_relative_clause_with_an_object_of_its_own_is_no_maker(coder):
    # "the law that gave the police new powers": the clause's subject is the law itself
    got = coded(coder, "Amnesty International condemned the law that gave the Egyptian police new powers.")
    assert got == [("NGOHRIAMN", None, "111")]
