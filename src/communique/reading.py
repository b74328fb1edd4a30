"""Reading article records from files and streams for the coder.

``.txt``: one article; the first line is the headline; the id is the file
stem.  ``.jsonl``: one record a line with ``text`` and optional ``id``,
``date``, ``title``, ``url``, ``source``.  ``-``: standard input, read as
JSONL when its first non-blank character is ``{``, else as one text article.

A record that cannot be read becomes a ``BadRecord`` naming where it came
from and why, so a batch goes on past it.
"""
from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator, TextIO

from .records import Article


@dataclass
class BadRecord:
    where: str  # "file.jsonl:12"
    reason: str


def _decode(data: bytes, where: str) -> str:
    if b"\x00" in data[:8192]:
        raise ValueError("binary file (NUL bytes)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ValueError(f"not UTF-8 text (byte {exc.start})") from None


def article_from_text(text: str, doc_id: str) -> Article:
    first = text.strip().splitlines()[0].strip() if text.strip() else None
    return Article(text=text, id=doc_id, title=first)


def _jsonl(lines, name: str) -> Iterator[Article | BadRecord]:
    for n, line in enumerate(lines, 1):
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError:
                yield BadRecord(f"{name}:{n}", "not UTF-8 text")
                continue
        if not line.strip():
            continue
        try:
            rec = json.loads(line)
        except json.JSONDecodeError as exc:
            yield BadRecord(f"{name}:{n}", f"malformed JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(rec, dict):
            yield BadRecord(f"{name}:{n}", "a record must be a JSON object")
            continue
        text = rec.get("text")
        if not isinstance(text, str):
            yield BadRecord(f"{name}:{n}", "record has no 'text' string")
            continue
        yield Article(text=text, id=str(rec.get("id") or f"{Path(name).stem}-{n}"), title=rec.get("title"),
                      date=rec.get("date"), url=rec.get("url"), source=rec.get("source"),
                      byline=rec.get("byline"))


def read_path(path: str, stdin: TextIO | None = None) -> Iterator[Article | BadRecord]:
    """Article records from one path (a .txt, .jsonl, directory, or '-')."""
    if path == "-":
        stream = stdin or sys.stdin
        head = stream.read(1)
        while head and head.isspace():
            head = stream.read(1)
        if head == "{":
            import itertools

            yield from _jsonl(itertools.chain([head + stream.readline()], stream), "<stdin>")
        else:
            text = head + stream.read()
            yield article_from_text(text, "stdin")
        return
    p = Path(path)
    if p.is_dir():
        for child in sorted(p.iterdir()):
            if child.suffix.lower() in (".txt", ".jsonl"):
                yield from read_path(str(child))
        return
    if not p.exists():
        yield BadRecord(path, "no such file")
        return
    if p.suffix.lower() == ".jsonl":
        with p.open("rb") as fh:
            yield from _jsonl(fh, str(p))
        return
    try:
        text = _decode(p.read_bytes(), path)
    except (ValueError, OSError) as exc:
        yield BadRecord(path, str(exc))
        return
    yield article_from_text(text, p.stem)
