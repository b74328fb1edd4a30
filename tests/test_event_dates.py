"""An event's date: its own day when the text gives one, the publication date when the text gives
none or only the article's own month or year, and unknown when the text puts it in another month or
year (no day of that period is known, and the publication date would be a confident wrong guess)."""
import datetime as dt

import pytest

PUBLISHED = dt.date(2019, 9, 15)


@pytest.mark.parametrize("text, expected", [
    ("In 2006, Abqaiq was the target of an Al-Qaeda attack in Saudi Arabia.", None),
    ("In September, Russia attacked Ukraine.", PUBLISHED),
    ("In 2019, Russia attacked Ukraine.", PUBLISHED),
    ("Russia attacked Ukraine.", PUBLISHED),
    ("Russia attacked Ukraine on Monday.", dt.date(2019, 9, 9)),
    # the parser hangs the time phrase on "back": still the event's time
    ("Back in March 2018, Russia attacked Ukraine.", None),
    ("Later in September, Russia attacked Ukraine.", PUBLISHED),
    # a part of a day dated by its "of" phrase is that day, not the publication date
    ("Russia attacked Ukraine on the night of September 7.", dt.date(2019, 9, 7)),
    ("Russia attacked Ukraine on the morning of 3 August.", dt.date(2019, 8, 3)),
])
def test_event_date(coder, text, expected):
    events = coder.code(text, date=PUBLISHED).events
    assert events and {e.date for e in events} == {expected}, [(e.cameo, e.date, e.date_text) for e in events]


def test_the_text_of_an_earlier_year_is_kept(coder):
    events = coder.code("In 2006, Abqaiq was the target of an Al-Qaeda attack in Saudi Arabia.", date=PUBLISHED).events
    assert [e.date_text for e in events] == ["2006"]


def test_a_time_hung_on_back_is_read(coder):
    events = coder.code("Back in March 2018, Russia attacked Ukraine.", date=PUBLISHED).events
    assert [e.date_text for e in events] == ["March 2018"]
