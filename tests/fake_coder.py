"""A stand-in coder for fast ingest tests: real records, no spaCy.

It codes one CONSULT event RUS->USA per occurrence of the word "talks" and
refuses texts containing "UNCODABLE", the way the real coder returns an
error document.  End-to-end tests with the real ``Coder`` live in
tests/test_ingest_coder.py.
"""
from __future__ import annotations

import re

from communique.coder import as_article
from communique.records import Document
from store_fixtures import make_event


class FakeCoder:
    def __init__(self):
        self.coded: list[str] = []

    def code_many(self, items, workers=1):
        for pos, item in enumerate(items):
            art = as_article(item)
            if "UNCODABLE" in art.text:
                yield Document(doc_id=art.id or f"#{pos}", text="", errors=["cannot code this text"])
                continue
            self.coded.append(art.id)
            evs = [make_event(art.id, i, day=art.date, place=None) for i, _m in enumerate(re.finditer(r"\btalks\b", art.text))]
            for e in evs:
                e.date = art.date
            yield Document(doc_id=art.id, text=art.text, title=art.title, date=art.date, url=art.url,
                           source=art.source, byline=art.byline, events=evs,
                           actors=[a for e in evs for a in (e.source, e.target)])
