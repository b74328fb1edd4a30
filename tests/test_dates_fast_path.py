"""The common date shapes are resolved without dateparser, and exactly as dateparser
resolves them (the part the text does not give filled from the publication date,
clamped to the month; the past preferred)."""
import datetime as dt

import pytest

from communique import dates

BASES = [dt.date(2019, 1, 5), dt.date(2020, 6, 30), dt.date(2019, 12, 31), dt.date(2020, 2, 29), dt.date(2021, 3, 31)]
SHAPES = ["2011", "2020", "2021", "March", "December", "January", "May", "Sept", "Dec", "yesterday", "Today",
          "tomorrow", "March 5", "December 31", "January 1", "June 30", "February 29", "March 2019",
          "February 2019", "June 2021", "March 5, 2019", "February 29, 2020", "April 31", "Sept 5", "Dec 25",
          "31 March", "Aug. 5", "last week", "early March"]


@pytest.mark.parametrize("text", SHAPES)
def test_the_fast_path_agrees_with_dateparser(text, monkeypatch):
    fast = [dates.resolve.__wrapped__(text, b) for b in BASES]
    monkeypatch.setattr(dates, "_simple", lambda clean, base: None)
    assert fast == [dates.resolve.__wrapped__(text, b) for b in BASES]


def test_common_shapes_take_the_fast_path():
    base = dt.date(2020, 6, 30)
    assert dates._simple("March 5, 2019", base) == dt.date(2019, 3, 5)
    assert dates._simple("December 31", base) == dt.date(2019, 12, 31)
    assert dates._simple("2011", base) == dt.date(2011, 6, 30)
    assert dates._simple("yesterday", base) == dt.date(2020, 6, 29)
    # what it cannot tell is dateparser's
    assert dates._simple("February 29", dt.date(2019, 6, 1)) is None
    assert dates._simple("last week", base) is None
