"""Event dates: the date expression tied to an event, resolved against the
article's publication date.

News writes "on Tuesday", "April 10", "yesterday", "last month".  Weekdays
are resolved by the wire convention (the most recent such day on or before
publication); everything else goes through dateparser with the publication
date as the relative base, preferring the past.  The precision says how much
of the date the text gave: an event "last month" is not dated to a day.
"""
from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import lru_cache

import dateparser

WEEKDAYS = {d: i for i, d in enumerate(
    ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"))}
_DAY_WORDS = re.compile(r"\b(\d{1,2}(st|nd|rd|th)?|today|yesterday|tomorrow|tonight|ago|"
                        + "|".join(WEEKDAYS) + r")\b", re.I)
_MONTH_WORDS = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\b|\bmonth\b", re.I)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
# Durations and vague spans are not dates of an event.
_NOT_A_DATE = re.compile(r"^(for |over |about |some |several |the past |the last |recent |\d+ (days|weeks|months|years)$)", re.I)


@dataclass(frozen=True)
class ResolvedDate:
    date: date
    text: str
    precision: str  # day | month | year


def _weekday(text: str, base: date) -> date | None:
    words = re.findall(r"[a-z]+", text.lower())
    days = [w for w in words if w in WEEKDAYS]
    if len(days) != 1 or len(words) > 3:
        return None
    delta = (base.weekday() - WEEKDAYS[days[0]]) % 7
    if "next" in words:
        return base + timedelta(days=(WEEKDAYS[days[0]] - base.weekday()) % 7 or 7)
    if "last" in words and delta == 0:
        delta = 7
    return base - timedelta(days=delta)


# Shapes most news dates take ("2011", "March", "March 5", "March 2019", "March 5, 2019",
# "yesterday"), resolved here the way dateparser resolves them (a part the text does not
# give is filled from the publication date, clamped to the month, and the past is
# preferred), at a hundredth of its cost; anything else goes to dateparser.
_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name} \
    | {abbr.lower(): i for i, abbr in enumerate(calendar.month_abbr) if abbr} | {"sept": 9}
_SIMPLE = re.compile(r"^(?:(?P<month>[a-z]+)(?:\s+(?P<day>\d{1,2}))?(?:,?\s+(?P<year>\d{4}))?|(?P<yonly>\d{4}))$", re.I)
_SHIFTS = {"today": 0, "yesterday": -1, "tomorrow": 1}


def _clamped(year: int, month: int, day: int) -> date:
    return date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _simple(clean: str, base: date) -> date | None:
    """The date of a common shape, or None to leave it to dateparser."""
    if (shift := _SHIFTS.get(clean.lower())) is not None:
        return base + timedelta(days=shift)
    m = _SIMPLE.match(clean)
    if m is None:
        return None
    if m["yonly"]:
        return _clamped(int(m["yonly"]), base.month, base.day)
    month = _MONTHS.get(m["month"].lower())
    if month is None:
        return None
    if m["day"] is None:
        if m["year"]:
            return _clamped(int(m["year"]), month, base.day)
        return _clamped(base.year if month <= base.month else base.year - 1, month, base.day)
    day = int(m["day"])
    if m["year"]:
        year = int(m["year"])
    else:
        year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "February 29" in a common year, "April 31": dateparser's call


@lru_cache(maxsize=4096)
def resolve(text: str, base: date | None) -> ResolvedDate | None:
    """Resolve a date expression; None when it names no date."""
    clean = text.strip().strip(",.")
    if not clean or _NOT_A_DATE.match(clean):
        return None
    if base is not None:
        wd = _weekday(clean, base)
        if wd is not None:
            return ResolvedDate(wd, text, "day")
    settings = {"PREFER_DATES_FROM": "past", "RETURN_AS_TIMEZONE_AWARE": False}
    if base is not None:
        settings["RELATIVE_BASE"] = datetime(base.year, base.month, base.day)
    elif not _YEAR.search(clean):
        # with no publication date, only a date with its year is a date
        return None
    simple = _simple(clean, base) if base is not None else None
    if simple is not None:
        parsed = datetime(simple.year, simple.month, simple.day)
    else:
        try:
            parsed = dateparser.parse(clean, languages=["en"], settings=settings)
        except (ValueError, OverflowError, TypeError):
            return None
        if parsed is None:
            return None
    if _DAY_WORDS.search(clean):
        precision = "day"
    elif _MONTH_WORDS.search(clean):
        precision = "month"
    elif _YEAR.search(clean) or "year" in clean.lower():
        precision = "year"
    else:
        precision = "day"
    return ResolvedDate(parsed.date(), text, precision)
