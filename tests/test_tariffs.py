"""Tariffs raised or answered with are levies imposed (CAMEO 163, as "imposed tariffs" and
"slapped tariffs" were); raising a concern about tariffs imposes none.  Sentences written
for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("The United States raised tariffs on Chinese goods to 25 percent.", ("USA", "CHN", "163")),
    ("China retaliated with tariffs on American products.", ("CHN", "USA", "163")),
    ("The US increased tariffs on steel from Turkey.", ("USA", "TUR", "163")),
])
def test_tariffs_raised_are_imposed(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]


def test_a_concern_raised_about_tariffs_is_no_levy(coder):
    got = asserted_triples(coder, "Chinese farmers raised concerns about the tariffs on Chinese goods.", DATE)
    assert all(c != "163" for s, t, c in got)
