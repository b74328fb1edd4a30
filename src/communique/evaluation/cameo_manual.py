"""CAMEO manual example sentences (``cameo_manual_examples.jsonl``).

One JSON object per line with one CAMEO code per sentence::

    {"cameo_code": "0211", "root_code": "02", "name": "...", "text": "..."}

``id`` is optional (the code and line number stand in for it).
"""
from __future__ import annotations

from pathlib import Path

from .gold import GoldError, GoldEvent, GoldSentence, GoldSet, is_cameo_code, need_text, parse_date, read_records

KIND = "cameo-manual"


def parse(obj: dict, line: int) -> GoldSentence:
    text = need_text(obj)
    code = str(obj.get("cameo_code", "")).strip()
    if not is_cameo_code(code):
        raise GoldError(f"no valid 'cameo_code' ({obj.get('cameo_code')!r})")
    return GoldSentence(
        id=str(obj.get("id") or f"{code}:{line}"), line=line, text=text,
        date=parse_date(obj.get("date")), events=[GoldEvent(code=code)], label=code,
    )


def read(path: str | Path) -> GoldSet:
    return read_records(path, KIND, parse)
