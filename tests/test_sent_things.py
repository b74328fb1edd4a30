"""What an act's complement sends or gives is no party when whom it goes to is named:
threatening "to send millions of refugees to Greece" is aimed at Greece, not at the
refugees.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 2, 28)


@pytest.mark.parametrize("text, expected", [
    ("Erdogan threatened to send millions of refugees to Greece.", ("TURGOV", "GRC", "130")),
    ("Russia threatened to send troops to Ukraine.", ("RUS", "UKR", "138")),
    ("China agreed to give Pakistan a loan.", ("CHN", "PAK", "0331")),
])
def test_the_recipient_is_the_target(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)
