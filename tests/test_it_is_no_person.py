"""An object "it" in a clause hung on the main one stands for a body, never for a person the
main clause acted on.  Sentences written for these tests."""
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
