"""Aid whose purpose is to help a party is aid to that party ("pledged aid to help
Ukraine rebuild").  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


@pytest.mark.parametrize("text, triple", [
    ("Japan pledged $1 billion in aid to help Ukraine rebuild.", ("JPN", "UKR", "033")),
    ("China offered loans to help Pakistan.", ("CHN", "PAK", "0331")),
])
def test_the_party_helped_is_the_recipient(coder, text, triple):
    assert triple in asserted_triples(coder, text, DATE)


def test_a_purpose_of_no_help_names_no_recipient(coder):
    # "to rebuild" says what for, not for whom
    triples = asserted_triples(coder, "Japan pledged $1 billion in aid to rebuild roads.", DATE)
    assert [t for t in triples if t[2].startswith("03")] and all(t[1] is None for t in triples)


def test_help_promised_is_the_promised_aid(coder):
    # the help is what the weapons are for: one intent to give military aid, to Ukraine, and
    # "defend itself" is armed self-defence, no verbal support (052)
    triples = asserted_triples(coder, "Germany promised to send weapons to help Ukraine defend itself.", DATE)
    assert triples == [("DEU", "UKR", "0332")], triples


@pytest.mark.parametrize("text, code", [
    ("The minister defended the decision to raise taxes.", "052"),
    ("The army vowed to defend its borders.", None),
])
def test_defending_a_decision_is_verbal_and_a_border_is_not(coder, text, code):
    codes = [c for _, _, c in asserted_triples(coder, text, DATE)]
    assert (code in codes) if code else "052" not in codes, codes
