"""A state's bid for, or membership of, a body is the state's: "Sweden's NATO bid" is aimed at
Sweden, not at NATO.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Turkey threatened to block Sweden's NATO bid.", ("TUR", "SWE", "130")),
    ("Hungary blocked Ukraine's EU membership talks.", ("HUN", "UKR", "129")),
    ("France backed Ukraine's EU accession.", ("FRA", "UKR", "051")),
])
def test_the_possessor_is_the_party(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_a_states_own_company_keeps_its_name(coder):
    # (a state's possessive before a company is still the company: "Russia's Gazprom")
    assert asserted_triples(coder, "Russia's Gazprom cut gas supplies to Poland.", DATE)[0][0] == "RUSBUS"
