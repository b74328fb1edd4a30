"""A court that finds, rules or holds that someone did wrong finds them liable (CAMEO 116).

The finding is the event: the act the court tells of is what it decided, not a second event,
and a court's words of another's misdeed are its ruling, not an accusation (112).
"""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


@pytest.mark.parametrize("text, expected", [
    ("The Supreme Court of Brazil found that the Brazilian government had violated the constitution.",
     [("BRAJUD", "BRAGOV", "116")]),
    ("A Russian court ruled that the Ukrainian army had attacked civilians in Donetsk.",
     [("RUSJUD", "UKRMIL", "116")]),
    ("The US Supreme Court held that President Trump had abused his power.",
     [("USAJUD", "USAGOV", "116")]),
    ("A US federal judge wrote that the Department of Homeland Security violated the law.",
     [("USAJUD", "USAGOV", "116")]),
])
def test_a_court_finding_of_a_wrong_finds_its_doer_liable(coder, text, expected):
    assert coded(coder, text) == expected


def test_a_finding_not_made_is_no_event(coder):
    assert coded(coder, "The US Supreme Court did not find that President Trump had abused his power.") == []


@pytest.mark.parametrize("text", [
    "Investigators found that the police had violated protocols.",
    "The ministry said that the Russian army had attacked civilians in Donetsk.",
])
def test_only_a_court_finds_liable(coder, text):
    assert all(c != "116" for _, _, c in coded(coder, text))


def test_a_lawyer_telling_of_a_sentence_is_no_court(coder):
    got = coded(coder, "A Tunisian court has jailed a Nigerian student for two years, his lawyer said.")
    assert got == [("TUNJUD", "NGAEDU", "173")]


@pytest.mark.parametrize("text, expected", [
    ("Ukraine filed a complaint with the International Court of Justice against Russia.",
     [("UKR", "RUS", "114")]),
    ("Nicaragua brought a case against Germany at the International Court of Justice.",
     [("NIC", "DEU", "115")]),
])
def test_the_court_a_claim_is_brought_before_is_no_party(coder, text, expected):
    assert coded(coder, text) == expected


def test_a_case_filed_at_a_court_is_not_against_the_court(coder):
    got = coded(coder, "South Africa filed a case at the International Court of Justice.")
    assert got == [("ZAF", None, "115")]
