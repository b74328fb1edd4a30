"""A state of emergency, a curfew or a restriction at home over a disaster or an
epidemic is public safety, not repression (CAMEO 172): none is coded in a story about
one, or in a sentence naming one.  Over unrest, or as martial law, it stays
(grammar.yaml disaster_measure_codes, unrest_words).  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 3, 20)


@pytest.mark.parametrize("text", [
    "The governor of Louisiana declared a state of emergency on Thursday, with Tropical Storm Barry approaching.",
    "On Friday, President Donald Trump declared a national emergency in response to the coronavirus outbreak.",
    "A strong earthquake struck Puerto Rico on Tuesday. The governor of Puerto Rico declared a state of emergency.",
    "The coronavirus outbreak has spread to Portugal. The parliament of Portugal voted to extend the national "
    "state of emergency by 15 days.",
    "A measles epidemic has killed 53 people in Samoa. The Samoan government banned children from public gatherings.",
])
def test_measures_over_a_disaster_are_no_repression(coder, text):
    assert [t for t in asserted_triples(coder, text, DATE) if t[2].startswith("172")] == []


@pytest.mark.parametrize("text, code", [
    ("The army declared martial law and imposed a curfew in Bangkok.", "1723"),
    ("The government imposed a curfew after riots over the coronavirus lockdown.", "1723"),
    ("Wisconsin Governor Tony Evers declared a state of emergency and deployed the national guard.", "1724"),
])
def test_measures_over_unrest_stay(coder, text, code):
    assert code in [t[2] for t in asserted_triples(coder, text, DATE)]
