"""A legislature's committee is lawmakers, whatever it oversees (roles.tsv): the "House
Judiciary Committee" is no court, the "Homeland Security Committee" no ministry."""
from __future__ import annotations

import datetime as dt

import pytest


@pytest.mark.parametrize("phrase", [
    "the House Judiciary Committee", "the Senate Judiciary Committee", "the House Oversight Committee",
    "the House Homeland Security Committee", "a parliamentary committee", "the Justice Committee",
])
def test_a_committee_is_lawmakers(finder, phrase):
    assert finder.resolve(phrase, date=dt.date(2019, 10, 1)).sector == "LEG"


def test_the_judiciary_alone_is_still_the_courts(finder):
    assert finder.resolve("the judiciary", date=dt.date(2019, 10, 1)).sector == "JUD"


@pytest.mark.parametrize("phrase", [
    "Senate Majority Leader Mitch McConnell", "the Senate Minority Leader, Chuck Schumer", "the House Majority Whip",
])
def test_a_legislatures_party_leaders_are_lawmakers(finder, phrase):
    assert finder.resolve(phrase, date=dt.date(2019, 1, 10)).sector == "LEG"
