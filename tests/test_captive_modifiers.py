"""People held, named before an event noun, are what it is done to, never its doer
(grammar.yaml captive_nouns): "a prisoner swap with France" is no act by prisoners.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 5, 1)


@pytest.mark.parametrize("text, expected", [
    ("Iran released two French nationals in a prisoner swap with France.", [("IRN", "FRA", "0841")]),
    ("Russia and the United States carried out a prisoner swap.", [("RUS", "USA", "0841")]),
])
def test_captives_are_no_doers(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected
