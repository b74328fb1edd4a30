"""PLOVER gold standard records (``PLOVER_GSR_CAMEO.joined.jsonl``, or the
upstream ``PLOVER_GSR_CAMEO.json`` array).

One record per sentence, one event per record::

    {"id": "...", "text": "...", "plover_event": "AGREE",
     "source": [{"actorText": "Hungarian", "code": "HUN", "sector": "GOV"}],
     "target": [{"actorText": "Tokyo", "code": "JAP"}],
     "markup": "... (SRC/TAR: Hungarian) ..."}

Types are PLOVER 0.5b1 (AGREE ... DEMAND, DISAPPROVE, INVESTIGATE, FIGHT,
ASSAULT ...).  ``event``/``mode`` (upstream names) are read like
``plover_event``/``plover_mode``.  ``(SRC/TAR: ...)`` in the markup marks the
actors as reciprocal.
"""
from __future__ import annotations

import json
from pathlib import Path

from .codes import ActorKey, norm_sector
from .gold import GoldError, GoldEvent, GoldSentence, GoldSet, Problem, need_text, read_records

KIND = "plover"


def _actors(obj: dict, key: str) -> list[ActorKey]:
    value = obj.get(key) or []
    if isinstance(value, dict):
        value = [value]
    if not isinstance(value, list):
        raise GoldError(f"{key!r} is not a list of actors")
    out = []
    for actor in value:
        if not isinstance(actor, dict):
            raise GoldError(f"{key!r} holds a non-object")
        key_ = ActorKey.from_code(actor.get("code"), actor.get("actorText"))
        sector = actor.get("sector")
        if sector:
            folded = norm_sector(sector, vocabulary="plover")
            key_ = ActorKey(key_.country, (folded,) if folded else (), key_.text)
        out.append(key_)
    return out


def parse(obj: dict, line: int) -> GoldSentence | None:
    event = obj.get("plover_event", obj.get("event"))
    if event == "DOCUMENT":
        return None  # the upstream file's header record
    text = need_text(obj)
    if not isinstance(event, str) or not event.strip():
        raise GoldError("no 'plover_event' type")
    event = event.strip().upper()
    sources, targets = _actors(obj, "source"), _actors(obj, "target")
    markup = obj.get("markup") or (obj.get("textInfo") or {}).get("markup") or ""
    return GoldSentence(
        id=str(obj.get("id") or f"line{line}"), line=line, text=text,
        date=None,  # the GSR dates are all a placeholder (2000-01-01)
        events=[GoldEvent(
            code=obj.get("cameo_code_from_manual"), plover=event,
            source=sources[0] if sources else None, target=targets[0] if targets else None,
        )],
        label=event, sources=sources, targets=targets, reciprocal="SRC/TAR" in markup,
    )


def read(path: str | Path) -> GoldSet:
    with open(path, encoding="utf-8-sig", errors="replace") as fh:
        head = fh.read(64).lstrip()
    if not head.startswith("["):
        return read_records(path, KIND, parse)
    # upstream form: one JSON array; positions stand in for line numbers
    out = GoldSet(kind=KIND, path=str(path))
    try:
        items = json.loads(Path(path).read_text(encoding="utf-8-sig", errors="replace"))
    except json.JSONDecodeError as exc:
        out.problems.append(Problem(exc.lineno, f"not JSON ({exc.msg})"))
        return out
    for number, obj in enumerate(items, start=1):
        try:
            if not isinstance(obj, dict):
                raise GoldError("not a JSON object")
            record = parse(obj, number)
        except GoldError as exc:
            out.problems.append(Problem(number, f"(array item) {exc}"))
            continue
        if record is not None:
            out.records.append(record)
    return out
