""""The country", "his country": the one state the text has in view, or unknown.

"The country's president accused the United States" after a sentence about Venezuela is
Venezuela's president, not the United States' (a state named only after it is no referent);
with two states in view the text does not say which, and the actor stays unknown.
"""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


@pytest.mark.parametrize("text, expected", [
    ("Tension is rising in Venezuela. The country's president accused the United States of plotting a coup.",
     [("VENGOV", "USA", "112")]),
    ("Iranian state media reported that the country's navy seized an oil tanker.",
     [("IRNMIL", "BUS", "1711")]),
    ("North Korean leader Kim Jong Un warned that his country would use nuclear weapons.",
     [("PRK", None, "1385")]),
    ("Ukraine said Russia had launched 40 missiles at the country overnight.",
     [("UKR", "RUS", "112"), ("RUS", "UKR", "194")]),
])
def test_the_country_is_the_state_in_view(coder, text, expected):
    assert coded(coder, text) == expected


def test_two_states_in_view_leave_it_unknown(coder):
    got = coded(coder, "Biden visited Vietnam on Sunday. Washington has pledged to help the country.")
    assert ("USAGOV", None, "033") in got
    assert all(t != "USA" for _, t, _ in got)


def test_the_clause_subject_is_not_the_country_it_acts_on(coder):
    got = coded(coder, "Russia launched a massive missile attack against the country on Sunday.")
    assert got == [("RUS", None, "194")]
