"""Gold records shared by the format readers.

Every reader turns its file into a :class:`GoldSet`: the records it could
read, and one :class:`Problem` (line number and reason) for every line it had
to skip, so a malformed line never ends an evaluation.
"""
from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator

from .codes import ActorKey


class GoldError(ValueError):
    """A gold line that cannot be used; the message says why."""


@dataclass(frozen=True)
class Problem:
    line: int
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.reason}"


@dataclass
class GoldEvent:
    """One expected event.  ``code`` is a CAMEO code when the gold has one;
    ``plover`` a PLOVER 0.5b1 type when it has that instead."""

    code: str | None = None
    source: ActorKey | None = None
    target: ActorKey | None = None
    plover: str | None = None


@dataclass
class GoldSentence:
    """One gold sentence with what it should yield.

    ``events`` holds the expected events (empty for a sentence that reports
    none); ``label`` is the single sentence label of single-label sets (a
    pentaclass number, or None).  ``sources``/``targets`` are the actors a
    PLOVER record names, possibly several (compound actors).
    """

    id: str
    line: int
    text: str
    date: dt.date | None = None
    events: list[GoldEvent] = field(default_factory=list)
    label: Any = None
    sources: list[ActorKey] = field(default_factory=list)
    targets: list[ActorKey] = field(default_factory=list)
    reciprocal: bool = False


@dataclass
class GoldActorCase:
    """One NGEC-style actor case: a phrase and the assertions it must satisfy.

    ``expected`` maps a field (country, code_1, code_2, __return__, ...) to
    the expected value; ``ops`` maps the same field to Eq, NotEq, In or Is.
    """

    id: str
    line: int
    text: str
    context: str | None = None
    date: dt.date | None = None
    known_country: str | None = None
    status: str = "pass"
    expected: dict[str, Any] = field(default_factory=dict)
    ops: dict[str, str] = field(default_factory=dict)


@dataclass
class GoldSet:
    kind: str
    path: str
    records: list = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def json_lines(path: str | Path) -> Iterator[tuple[int, Any]]:
    """(line number, parsed object) for each non-blank line; a line that is
    not JSON yields a :class:`GoldError` in place of the object."""
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        for number, raw in enumerate(fh, start=1):
            raw = raw.strip()
            if not raw:
                continue
            try:
                yield number, json.loads(raw)
            except json.JSONDecodeError as exc:
                yield number, GoldError(f"not JSON ({exc.msg} at column {exc.colno})")


def read_records(path: str | Path, kind: str, parse) -> GoldSet:
    """Run ``parse(obj, line)`` over every JSON line; collect problems."""
    out = GoldSet(kind=kind, path=str(path))
    seen: set[str] = set()
    for number, obj in json_lines(path):
        if isinstance(obj, GoldError):
            out.problems.append(Problem(number, str(obj)))
            continue
        if not isinstance(obj, dict):
            out.problems.append(Problem(number, "not a JSON object"))
            continue
        try:
            record = parse(obj, number)
        except GoldError as exc:
            out.problems.append(Problem(number, str(exc)))
            continue
        if record is None:
            continue
        if record.id in seen:
            # ids must be unique so that predictions can be joined back
            record.id = f"{record.id}@{number}"
        seen.add(record.id)
        out.records.append(record)
    return out


def need_text(obj: dict, key: str = "text") -> str:
    text = obj.get(key)
    if not isinstance(text, str) or not text.strip():
        raise GoldError(f"missing or empty {key!r}")
    return text


def parse_date(value: Any) -> dt.date | None:
    """YYYY-MM-DD or YYYYMMDD; other spellings ("10 May 2015") via dateparser.
    "today", "" and None give None (the coder then uses today), and so does
    a date that cannot be read: the date only steers date resolution, so a
    bad one does not cost the record."""
    if value in (None, "") or (isinstance(value, str) and value.strip().lower() == "today"):
        return None
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d"):
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            pass
    if text.isdigit():
        return None  # e.g. "121108": six digits are ambiguous
    import dateparser  # slow to import; only for unusual spellings

    parsed = dateparser.parse(text, settings={"PREFER_DAY_OF_MONTH": "first"})
    return parsed.date() if parsed else None


def is_cameo_code(code: Any) -> bool:
    return isinstance(code, str) and code.isdigit() and 2 <= len(code) <= 4
