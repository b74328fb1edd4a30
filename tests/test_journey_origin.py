"""Where a journey began is no party to it (grammar.yaml journey_verbs): "travelled from
Moscow to Beijing" is a visit to Beijing.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 5, 1)


@pytest.mark.parametrize("text, expected", [
    ("The delegation travelled from Moscow to Beijing.", [("GOV", "CHNGOV", "042")]),
    ("The church group had been travelling 700 miles from Louisiana to Walt Disney World.", []),
    ("Iran demanded compensation from Britain.", [("IRN", "GBR", "105")]),
])
def test_a_journeys_origin_is_no_party(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected


def test_what_is_returned_from_someone_is_no_journey(coder):
    text = "The rebel group announced it will return weapons and equipment seized last year from United Nations peacekeepers."
    assert [t[1] for t in asserted_triples(coder, text, DATE)] == ["IGOUNOMIL"]
