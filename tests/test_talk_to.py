"""Talking or speaking "to" a party is a contact (040), as "with" it already was; to the
press, a crowd or the nation it is speech, and to an outlet (no party) no contact at all.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 3, 2)


@pytest.mark.parametrize("text, expected", [
    ("Macron spoke to Putin for two hours.", ("FRAGOV", "RUSGOV", "040")),
    ("The United States is ready to talk to North Korea.", ("USA", "PRK", "036")),
])
def test_talking_to_a_party_is_a_contact(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


@pytest.mark.parametrize("text", [
    "Trump spoke to reporters at the White House.",
    "The minister spoke to Al Jazeera.",
    "The prime minister spoke to the nation on television.",
])
def test_talking_to_an_audience_is_no_contact(coder, text):
    triples = asserted_triples(coder, text, DATE)
    assert not [c for s, t, c in triples if c.startswith("04")], triples
