"""An allegation that people were harmed accuses whoever harmed them (by ...), or no one
named: never the victims.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 8, 25)


@pytest.mark.parametrize("text, expected", [
    ("Activists alleged that protesters were tortured in custody.", ("OPP", None, "112")),
    ("Activists alleged that protesters were tortured by police.", ("OPP", "COP", "112")),
])
def test_the_harmed_are_not_the_accused(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]


def test_a_passive_clause_of_misconduct_still_names_the_accused(coder):
    # (being involved in a plot is the accused's own doing)
    assert ("OPP", "GOV", "112") in asserted_triples(
        coder, "The opposition alleged that the official was involved in the plot.", DATE)
