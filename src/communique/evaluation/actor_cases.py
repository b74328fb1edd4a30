"""NGEC actor-resolution cases (``ngec_agent_to_code_cases.jsonl``).

One case per line: an actor phrase, optional context and date, and the
values the resolver must give::

    {"test": "test_kassym", "status": "pass",
     "input": {"actor_text": "President Kassym-Jomart Tokayev", "query_date": "Today"},
     "expected": {"code_1": "GOV", "country": "KAZ"},
     "expected_ops": {"code_1": "Eq", "country": "Eq"}}

``country`` is ISO alpha-3, ``IGO``, or "" for none; ``code_1``/``code_2``
are the first and second agent (sector) codes; ``__return__`` with op ``Is``
(or Eq) None means the phrase is not an actor at all.  ``expected_ops``
defaults to Eq for every expected field.
"""
from __future__ import annotations

from pathlib import Path

from .gold import GoldActorCase, GoldError, GoldSet, parse_date, read_records

KIND = "actors"
OPS = {"Eq", "NotEq", "In", "Is"}


def parse(obj: dict, line: int) -> GoldActorCase:
    data = obj.get("input")
    if not isinstance(data, dict):
        raise GoldError("no 'input' object")
    text = data.get("actor_text")
    if not isinstance(text, str) or not text.strip():
        raise GoldError("missing or empty 'input.actor_text'")
    expected = obj.get("expected")
    if not isinstance(expected, dict) or not expected:
        raise GoldError("no 'expected' values")
    ops = dict(obj.get("expected_ops") or {})
    for key in expected:
        ops.setdefault(key, "Eq")
        if ops[key] not in OPS:
            raise GoldError(f"unknown op {ops[key]!r} for {key!r}")
    return GoldActorCase(
        id=str(obj.get("test") or obj.get("id") or f"line{line}"), line=line, text=text.strip(),
        context=data.get("context") or None, date=parse_date(data.get("query_date")),
        known_country=data.get("known_country") or None, status=str(obj.get("status") or "pass"),
        expected=expected, ops=ops,
    )


def read(path: str | Path) -> GoldSet:
    return read_records(path, KIND, parse)
