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


@pytest.mark.parametrize("text, expected", [
    # CAMEO's note to 063: the state a suspect is handed to is the party, not the suspect
    ("Hungary extradited two Russian arms dealers to the United States.", ("HUN", "USA", "063")),
])
def test_whom_a_suspect_is_extradited_to_is_the_target(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]
