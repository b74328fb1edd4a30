"""ConfliBERT five-class sentences: ``cameo_test.merged.jsonl`` or the raw TSV.

JSON lines: ``{"id": "test-0000", "text": "...", "pentaclass": 0}``.
TSV: ``sentence<TAB>label`` per line (CRLF accepted), label 0-4.

Classes (CAMEO roots): 0 = 01-02 statements and appeals, 1 = 03-05 verbal
cooperation, 2 = 06-08 material cooperation, 3 = 09-13 and 16 verbal
conflict, 4 = 14-15 and 17-20 material conflict.
"""
from __future__ import annotations

from pathlib import Path

from .gold import GoldError, GoldSentence, GoldSet, Problem, need_text, parse_date, read_records

KIND = "pentaclass"
CLASS_NAMES = {
    0: "statement/appeal (01-02)",
    1: "verbal coop (03-05)",
    2: "material coop (06-08)",
    3: "verbal conflict (09-13,16)",
    4: "material conflict (14-15,17-20)",
}


def _label(value) -> int:
    try:
        label = int(str(value).strip())
    except ValueError:
        raise GoldError(f"label {value!r} is not a number 0-4") from None
    if label not in CLASS_NAMES:
        raise GoldError(f"label {label} is not in 0-4")
    return label


def parse(obj: dict, line: int) -> GoldSentence:
    text = need_text(obj)
    if "pentaclass" not in obj:
        raise GoldError("no 'pentaclass' label")
    return GoldSentence(
        id=str(obj.get("id") or f"line{line}"), line=line, text=text,
        date=parse_date(obj.get("date")), label=_label(obj["pentaclass"]),
    )


def read_tsv(path: str | Path) -> GoldSet:
    out = GoldSet(kind=KIND, path=str(path))
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        for number, raw in enumerate(fh, start=1):
            raw = raw.rstrip("\r\n")
            if not raw.strip():
                continue
            text, tab, label = raw.rpartition("\t")
            if not tab or not text.strip():
                out.problems.append(Problem(number, "expected 'sentence<TAB>label'"))
                continue
            try:
                value = _label(label)
            except GoldError as exc:
                out.problems.append(Problem(number, str(exc)))
                continue
            out.records.append(GoldSentence(id=f"line{number}", line=number, text=text.strip(), label=value))
    return out


def read(path: str | Path) -> GoldSet:
    if str(path).lower().endswith((".tsv", ".txt")):
        return read_tsv(path)
    return read_records(path, KIND, parse)
