"""An object \"it\" in a clause hung on the main one stands for a body, never for a person the
main clause acted on; a state taken out of an accord leaves its other party.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 12, 1)


@pytest.mark.parametrize("text, expected", [
    ("Israel recalled its ambassador to Turkey after Ankara accused it of genocide.", ("TURGOV", "ISR", "1124")),
    ("France summoned the Iranian ambassador after Tehran accused it of meddling.", ("IRNGOV", "FRA", "112")),
    # ("him" is the person acted on)
    ("Russia expelled the German ambassador, accusing him of meddling.", ("RUS", "DEUGOV", "112")),
])
def test_it_stands_for_a_body(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


@pytest.mark.parametrize("text, expected", [
    ("Trump withdrew the United States from the nuclear deal with Iran.", ("USAGOV", "IRN", "160")),
    # (an accord named alone, "the Paris agreement", names no party)
    ("Trump pulled the United States out of the Paris agreement.", ("USAGOV", None, "160")),
])
def test_a_state_taken_out_of_an_accord_leaves_its_other_party(coder, text, expected):
    assert asserted_triples(coder, text, dt.date(2019, 1, 15)) == [expected]
