"""PETRARCH2 validation records (``PETR2_GSR_validation.normalized.jsonl``).

One JSON object per line::

    {"id": "GOLD_2", "date": "20150609", "text": "...",
     "events": [{"source": "IRQGOVMIL", "target": "SYRGOV", "eventcode": "040"}],
     "noevents": false}

Actor codes are CAMEO/Phoenix codes: country (``---`` for none) then agent
codes.  A sentence with an empty ``events`` list (``noevents: true``) should
yield no event at all.
"""
from __future__ import annotations

from pathlib import Path

from .codes import ActorKey
from .gold import GoldError, GoldEvent, GoldSentence, GoldSet, is_cameo_code, need_text, parse_date, read_records

KIND = "petr"


def parse(obj: dict, line: int) -> GoldSentence:
    text = need_text(obj)
    events = obj.get("events")
    if events is None:
        events = []
    if not isinstance(events, list):
        raise GoldError("'events' is not a list")
    gold = []
    for i, ev in enumerate(events):
        if not isinstance(ev, dict):
            raise GoldError(f"event {i} is not an object")
        code = str(ev.get("eventcode", "")).strip()
        if not is_cameo_code(code):
            raise GoldError(f"event {i} has no valid CAMEO 'eventcode' ({ev.get('eventcode')!r})")
        gold.append(GoldEvent(
            code=code,
            source=ActorKey.from_code(ev.get("source")) if ev.get("source") else None,
            target=ActorKey.from_code(ev.get("target")) if ev.get("target") else None,
        ))
    return GoldSentence(
        id=str(obj.get("id") or f"line{line}"), line=line, text=text,
        date=parse_date(obj.get("date")), events=gold,
    )


def read(path: str | Path) -> GoldSet:
    return read_records(path, KIND, parse)
