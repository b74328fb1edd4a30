"""Trade stopped as a measure is an embargo (163), aimed at whose goods are stopped:
"Beijing suspended imports of Taiwanese pineapples".  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 1)


@pytest.mark.parametrize("text, expected", [
    ("Beijing suspended imports of Taiwanese pineapples.", ("CHNGOV", "TWN", "163")),
    ("China halted imports of Australian coal.", ("CHN", "AUS", "163")),
    ("The US restricted exports of chips to China.", ("USA", "CHN", "163")),
])
def test_stopping_trade_is_an_embargo(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_suspending_aid_is_still_a_cut_in_aid(coder):
    assert ("IGOBUSWBK", "AFG", "162") in asserted_triples(coder, "The World Bank suspended aid to Afghanistan.", DATE)
