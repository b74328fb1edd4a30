"""Talks or a meeting held "with" someone, set as the time of another act ("After talks with
his French counterpart, Blinken said ..."), were held by that act's doer.  Sentences written
for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Speaking after talks with his French counterpart, Blinken said Washington would provide "
     "military aid to Ukraine.", ("USAGOV", "FRA", "046")),
    ("After talks with Iran, the United States imposed new sanctions.", ("USA", "IRN", "046")),
    ("During talks with Biden, Erdogan raised the issue of F-16 sales.", ("TURGOV", "USAGOV", "046")),
])
def test_talks_set_as_a_time_are_the_doers(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)
