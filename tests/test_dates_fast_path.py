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
          "31 March", "Aug. 5", "last week", "5 March 2019", "December 27th", "1 June",
          "last night", "this morning", "tonight", "this week", "next week", "last month", "this month",
          "next month", "last year", "this year", "next year", "the next year", "two days ago", "a week ago",
          "10 days ago", "three weeks ago", "two months ago", "a year ago", "a decade ago", "Last Week",
          "yesterday afternoon", "Yesterday morning", "tomorrow evening", "today morning"]


@pytest.mark.parametrize("text", SHAPES)
def test_the_fast_path_agrees_with_dateparser(text, monkeypatch):
    fast = [dates.resolve.__wrapped__(text, b) for b in BASES]
    monkeypatch.setattr(dates, "_simple", lambda clean, base: None)
    monkeypatch.setattr(dates, "_relative", lambda clean, base: None)
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


BASE = dt.date(2020, 6, 15)


@pytest.mark.parametrize("text, expected", [
    # a part of a month or year is that month or year
    ("late June", (dt.date(2020, 6, 15), "month")),
    ("mid-July", (dt.date(2019, 7, 15), "month")),
    ("the end of August", (dt.date(2019, 8, 15), "month")),
    ("late February 1944", (dt.date(1944, 2, 15), "month")),
    ("the end of 2017", (dt.date(2017, 6, 15), "year")),
    ("late last year", (dt.date(2019, 6, 15), "year")),
    ("earlier this year", (dt.date(2020, 6, 15), "year")),
    ("Earlier this month", (dt.date(2020, 6, 15), "month")),
    # "last December" is the latest December before this month
    ("last December", (dt.date(2019, 12, 15), "month")),
    ("last June", (dt.date(2019, 6, 15), "month")),
    ("last March", (dt.date(2020, 3, 15), "month")),
    ("January of last year", (dt.date(2019, 1, 15), "month")),
    ("March 20 last year", (dt.date(2019, 3, 20), "day")),
    ("September 20 of this year", (dt.date(2020, 9, 20), "day")),
    # a range of days starts on its first (dateparser reads "July 27–28" as 1928)
    ("July 27\u201328", (dt.date(2019, 7, 27), "day")),
    ("May 24 to 26", (dt.date(2020, 5, 24), "day")),
    ("5-7 March 2019", (dt.date(2019, 3, 5), "day")),
    ("Wednesday through Friday", (dt.date(2020, 6, 10), "day")),
])
def test_shapes_dateparser_leaves_or_misreads(text, expected):
    got = dates.resolve.__wrapped__(text, BASE)
    assert (got.date, got.precision) == expected


@pytest.mark.parametrize("text", [
    # lengths of time and decades are no dates (dateparser made days near publication of them)
    "two days", "a year", "just two months", "several weeks", "twenty three years", "the two years",
    "the 1990s", "1950s", "the 90s", "two days later", "A decade later", "this century", "ten",
    # times no date names
    "that week", "the same day", "the weekend", "earlier this week", "every week", "the coming year",
])
def test_no_date_and_no_call_to_dateparser(text, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError(f"dateparser called for {text!r}")

    monkeypatch.setattr(dates.dateparser, "parse", refuse)
    assert dates.resolve.__wrapped__(text, BASE) is None


def test_dateparser_still_reads_what_the_fast_paths_do_not():
    got = dates.resolve.__wrapped__("2019-03-05", BASE)
    assert (got.date, got.precision) == (dt.date(2019, 3, 5), "day")
    got = dates.resolve.__wrapped__("tomorrow a day", BASE)
    assert got.date == dt.date(2020, 6, 16)
