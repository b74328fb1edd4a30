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

from .gold import GoldActorCase, GoldError, GoldSet, Problem, parse_date, read_records

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


# The flat assertion file (``ngec_actor_resolution_assertions.jsonl``): one
# checked field per line, ``{"test", "status", "method", "input", "field",
# "op", "expected"}``.  Lines of one test and input become one case.  Methods
# and fields that need what communique deliberately does not use (Wikipedia
# lookups, a transformer matcher) are reported as not scored.
FIELD_OF = {
    ("agent_to_code", "country"): "country", ("agent_to_code", "code_1"): "code_1",
    ("agent_to_code", "code_2"): "code_2", ("agent_to_code", None): "__return__",
    ("search_nat", "return[0]"): "country",
    ("short_text_to_agent", "code_1"): "code_1", ("short_text_to_agent", "country"): "country",
}
NOT_SCORED = {"query_wiki": "a Wikipedia title lookup", "trf_agent_match": "a transformer matcher"}


def _assertion_case(obj: dict, line: int, cases: dict) -> None:
    method, fld = obj.get("method"), obj.get("field")
    if method in NOT_SCORED:
        raise GoldError(f"method {method!r} tests {NOT_SCORED[method]}, which communique does not use: not scored")
    key = FIELD_OF.get((method, fld))
    if key is None:
        raise GoldError(f"field {fld!r} of {method!r} has no communique counterpart: not scored")
    data = obj.get("input") if isinstance(obj.get("input"), dict) else {}
    text = data.get("actor_text") or data.get("text")
    if not isinstance(text, str) or not text.strip():
        raise GoldError("missing or empty 'input.actor_text' / 'input.text'")
    op = obj.get("op") or "Eq"
    if op not in OPS:
        raise GoldError(f"unknown op {op!r}")
    ident = (str(obj.get("test") or f"line{line}"), method, text.strip(), data.get("context") or "")
    case = cases.get(ident)
    if case is None:
        case = cases[ident] = GoldActorCase(
            id=ident[0], line=line, text=text.strip(), context=data.get("context") or None,
            date=parse_date(data.get("query_date")), known_country=data.get("known_country") or None,
            status=str(obj.get("status") or "pass"), expected={}, ops={})
    case.expected[key] = obj.get("expected")
    case.ops[key] = op


def read(path: str | Path) -> GoldSet:
    out = read_records(path, KIND, parse_any)
    cases: dict = {}
    kept = []
    for rec in out.records:
        if isinstance(rec, tuple):  # a flat assertion line: gather by test and input
            obj, line = rec
            try:
                _assertion_case(obj, line, cases)
            except GoldError as exc:
                out.problems.append(Problem(line, str(exc)))
        else:
            kept.append(rec)
    out.records = kept + list(cases.values())
    return out


def parse_any(obj: dict, line: int):
    """A grouped case, or (for the flat assertion format) the raw line to group."""
    if "method" in obj and "field" in obj:
        return _FlatLine(obj, line)
    return parse(obj, line)


class _FlatLine(tuple):
    """A flat assertion line waiting to be grouped (carries an ``id`` for read_records)."""

    def __new__(cls, obj: dict, line: int):
        self = super().__new__(cls, (obj, line))
        self.id = f"line{line}"
        return self
