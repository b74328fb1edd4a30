"""Event dates: the date expression tied to an event, resolved against the
article's publication date.

News writes "on Tuesday", "April 10", "yesterday", "last month".  Weekdays
are resolved by the wire convention (the most recent such day on or before
publication).  The common shapes are resolved here exactly as dateparser
resolves them, and a few it leaves or misreads ("late June", "last December",
"July 27-28") as their month or first day; lengths of time ("two days") and
decades are no dates.  Everything else goes through dateparser with the
publication date as the relative base, preferring the past.  The precision
says how much of the date the text gave: an event "last month" is not dated
to a day.
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
    if len(words) == 3 and words[0] in WEEKDAYS and words[2] in WEEKDAYS \
            and words[1] in ("through", "to", "and", "until", "till"):
        days = days[:1]  # "Wednesday through Friday": from its first day
    elif len(days) != 1 or len(words) > 3:
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
_SIMPLE = re.compile(r"^(?:(?P<month>[a-z]+)\.?(?:\s+(?P<day>\d{1,2})(?:st|nd|rd|th)?)?(?:,?\s+(?P<year>\d{4}))?"
                     r"|(?P<dfirst>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mlast>[a-z]+)\.?(?:,?\s+(?P<ylast>\d{4}))?"
                     r"|(?P<yonly>\d{4}))$", re.I)
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
    month = _MONTHS.get((m["month"] or m["mlast"]).lower())
    if month is None:
        return None
    given_day, given_year = m["day"] or m["dfirst"], m["year"] or m["ylast"]
    if given_day is None:
        if given_year:
            return _clamped(int(given_year), month, base.day)
        return _clamped(base.year if month <= base.month else base.year - 1, month, base.day)
    day = int(given_day)
    if given_year:
        year = int(given_year)
    else:
        year = base.year if (month, day) <= (base.month, base.day) else base.year - 1
    try:
        return date(year, month, day)
    except ValueError:
        return None  # "February 29" in a common year, "April 31": dateparser's call


_COUNTS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
           "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12}
_UNIT = r"(?P<unit>day|week|month|year|decade)s?"
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(_COUNTS) + ")"
_SHIFT = {"last": -1, "this": 0, "next": 1, "the next": 1}
# Relative shapes, resolved as dateparser resolves them: "last week", "next year",
# "two days ago", "this morning", "last night".
_AGO = re.compile(rf"^{_COUNT}\s+{_UNIT}\s+ago$", re.I)
_NEAR = re.compile(r"^(?P<rel>last|this|next|the next)\s+(?P<unit>week|month|year)$", re.I)
_DAY_PART = re.compile(r"^(?P<day>yesterday|today|tomorrow)\s+(?:morning|afternoon|evening|night)$", re.I)
_TODAY = re.compile(r"^(?:this\s+(?:morning|afternoon|evening)|tonight|now|midnight)$", re.I)
# Shapes dateparser leaves unresolved though they name a time: "earlier this year",
# "late June", "mid-July", "last December", "January of last year", "March 20 last year",
# "July 27-28" (its reading of that one is the year 1928).
# ("earlier this week": some day of the week before publication, which no day names)
_WITHIN = re.compile(r"^(?:earlier|later)\s+(?:in\s+)?(?:this|the)\s+(?P<unit>week|month|year)$", re.I)
_PART = re.compile(r"^(?:early|mid|late|the\s+(?:end|beginning|start|middle)\s+of)[\s-]+(?P<rest>.+)$", re.I)
_LAST_MONTH = re.compile(r"^last\s+(?P<month>[a-z]+)$", re.I)
_OF_YEAR = re.compile(r"^(?P<rest>.+?),?\s+(?:of\s+)?(?P<rel>last|this|next)\s+year$", re.I)
_RANGE = re.compile(r"^(?P<first>[a-z]+\.?\s+\d{1,2})\s*(?:-|\u2013|\u2014|to|and)\s*\d{1,2}(?P<year>,?\s+\d{4})?$"
                    r"|^(?P<dfirst>\d{1,2})\s*(?:-|\u2013|\u2014|to|and)\s*\d{1,2}(?P<rest>\s+[a-z]+\.?(?:,?\s+\d{4})?)$", re.I)
# A length of time is no date ("two days", "a few weeks", "the past year" above), nor is a
# decade ("the 1930s"): dateparser reads both as a day near the publication date.
_SPAN = re.compile(rf"^(?:(?:just|only|nearly|almost|about|around|roughly|another|over)\s+)?"
                   rf"(?:{_COUNT}|a\s+few|few|several|many)\s+(?:more\s+)?(?:day|week|month|year|decade|hour|minute)s?$", re.I)
_DECADE = re.compile(r"^(?:the\s+)?(?:\d\d)?\d0'?s$|^the\s+'\d0s$", re.I)
# What dateparser can make a date of holds a number, a month or weekday name, a word of
# its own ("ago", "tonight") or a near unit ("last week"); anything else ("that week",
# "the same day", "the weekend") it leaves unresolved, after compiling its time-zone
# patterns on the first call, a tenth of a second of every run.
_CALENDAR = re.compile(r"\d|\b(?:" + "|".join(sorted(_MONTHS)) + "|" + "|".join(WEEKDAYS)
                       + r"|ago|today|yesterday|tomorrow|tonight|now|noon|midnight"
                       + r"|(?:last|this|next)\s+(?:week|month|year|morning|afternoon|evening|night))\b", re.I)


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _COUNTS[word.lower()]


def _shifted(base: date, unit: str, n: int) -> date:
    unit = unit.lower()
    if unit == "day":
        return base + timedelta(days=n)
    if unit == "week":
        return base + timedelta(weeks=n)
    if unit == "month":
        years, month0 = divmod(base.month - 1 + n, 12)
        return _clamped(base.year + years, month0 + 1, base.day)
    return _clamped(base.year + n * (10 if unit == "decade" else 1), base.month, base.day)


def _relative(clean: str, base: date) -> date | None:
    """The date of a relative shape or of a part of a date ("late June"), or None."""
    if m := _AGO.match(clean):
        return _shifted(base, m["unit"], -_count(m["n"]))
    if m := _NEAR.match(clean):
        return _shifted(base, m["unit"], _SHIFT[m["rel"].lower()])
    if _TODAY.match(clean):
        return base
    if clean.lower() == "last night":
        return base - timedelta(days=1)
    if m := _DAY_PART.match(clean):
        return base + timedelta(days=_SHIFTS[m["day"].lower()])
    if _WITHIN.match(clean):
        return base
    if m := _PART.match(clean):
        rest = m["rest"].strip()
        return _simple(rest, base) or _relative(rest, base)
    if (m := _LAST_MONTH.match(clean)) and (month := _MONTHS.get(m["month"].lower())):
        return _clamped(base.year if month < base.month else base.year - 1, month, base.day)
    if (m := _OF_YEAR.match(clean)) and _SIMPLE.match(m["rest"]):
        year = base.year + _SHIFT[m["rel"].lower()]
        return _simple(f"{m['rest']} {year}", base)
    if m := _RANGE.match(clean):
        first = m["first"] + (m["year"] or "") if m["first"] else m["dfirst"] + m["rest"]
        return _simple(first, base)
    return None


def in_another_period(resolved: ResolvedDate, published: date) -> bool:
    """The text puts the date in another month or year than publication, without its day
    ("last October" in a November story, "in 2006" in a 2019 one); a day given is never."""
    if resolved.precision == "day":
        return False
    return not (resolved.date.year == published.year
                and (resolved.precision == "year" or resolved.date.month == published.month))


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
    if _SPAN.match(clean) or _DECADE.match(clean) or ((w := _WITHIN.match(clean)) and w["unit"].lower() == "week"):
        return None
    simple = (_simple(clean, base) or _relative(clean, base)) if base is not None else None
    if simple is not None:
        parsed = datetime(simple.year, simple.month, simple.day)
    elif not _CALENDAR.search(clean):
        return None
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
