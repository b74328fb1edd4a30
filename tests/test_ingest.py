"""Ingest: readers, idempotence, wire copies, bad records -- through the real coder."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from communique.ingest import ingest, read_sources
from communique.reading import BadRecord
from store_fixtures import *  # noqa: F401,F403
from store_fixtures import body

FIX = Path(__file__).parent / "fixtures" / "ingest"


class Recording:
    """The real coder, with a record of the articles it coded (errors are not coded)."""

    def __init__(self, coder):
        self.coder = coder
        self.coded: list[str] = []

    def code_many(self, items, **kw):
        for doc in self.coder.code_many(items, **kw):
            if not doc.errors:
                self.coded.append(doc.doc_id)
            yield doc


def _jsonl(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def test_readers_txt_jsonl_html_feed_directory():
    recs = list(read_sources([str(FIX)]))
    arts = {r.id: (w, r) for w, r in recs if not isinstance(r, BadRecord)}
    bads = [r for _w, r in recs if isinstance(r, BadRecord)]
    # .txt: first line is the headline, id is the stem
    assert arts["lavrov"][1].title == "Lavrov urges realism in talks"
    # .html through trafilatura: main text, title, date, byline, site name
    page = arts["page"][1]
    assert "held talks in Istanbul" in page.text and "Subscribe" not in page.text
    assert page.title == "Russia and US hold talks in Istanbul" and page.byline == "Jane Doe"
    assert page.date == dt.date(2025, 4, 11) and page.source == "Daily Courier"
    # RSS: one entry with its own text, one read from the linked local page
    e1, e2 = arts["feed-1"][1], arts["feed-2"][1]
    assert e1.source == "Wire Feed" and e1.date == dt.date(2025, 4, 10) and "Ankara" in e1.text
    assert e2.url == "page.html" and "held talks in Istanbul" in e2.text and e2.byline == "Jane Doe"
    assert arts["feed-1"][0].endswith("feed.xml#1")
    # Atom
    atom = arts["atom-1"][1]
    assert atom.title == "Ukraine talks" and atom.source == "Atom News" and "Kyiv" in atom.text
    # JSONL positions, and bad lines named by file and line
    assert arts["j1"][0].endswith("records.jsonl#1")
    assert any(b.where.endswith("records.jsonl:3") and "malformed JSON" in b.reason for b in bads)


def test_ingest_idempotent_with_bad_records(store, tmp_path, coder):
    src = _jsonl(tmp_path / "a.jsonl", [
        {"id": "a1", "text": "Russia and the US held talks. " + body(1), "date": "2025-04-10", "source": "A"},
        {"id": "a2", "text": "binary \x00 bytes " + body(2), "date": "2025-04-10"},
        {"id": "a3", "text": "", "date": "2025-04-10"},
        {"id": "a4", "text": "China criticized Japan on Monday. " + body(4), "date": "2025-04-11", "url": "https://b/4"},
    ])
    (tmp_path / "a.jsonl").open("a").write("{broken\n")
    seen = []
    rep = ingest([str(src)], store, coder=coder, batch_size=1, on_bad=lambda w, r: seen.append((w, r)))
    assert (rep.read, rep.added, rep.skipped, rep.duplicates, rep.bad) == (5, 2, 0, 0, 3)
    assert rep.events >= 2  # the talks and the criticism
    reasons = {w.rsplit("/", 1)[1]: r for w, r in seen}  # reported as found: reading, then coding
    assert set(reasons) == {"a.jsonl#2", "a.jsonl#3", "a.jsonl:5"}
    assert "binary" in reasons["a.jsonl#2"] and "empty" in reasons["a.jsonl#3"] and "malformed" in reasons["a.jsonl:5"]
    events_before = store.stats()["events"]
    again = ingest([str(src)], store, coder=(c := Recording(coder)), batch_size=1, on_bad=lambda w, r: None)
    assert (again.added, again.skipped, again.events) == (0, 2, 0) and c.coded == []
    assert store.stats()["articles"] == 2 and store.stats()["events"] == events_before == rep.events


def test_ingest_wire_copies_in_run_and_across_runs(store, tmp_path, coder):
    story = "Russia and the United States held talks in Istanbul. " + body(77, 200)
    words = story.split()
    first = _jsonl(tmp_path / "one.jsonl", [
        {"id": "orig", "text": story, "date": "2025-04-10", "source": "Agency", "url": "https://ag/1"},
        # a copy in the same run, before the original is committed
        {"id": "copy1", "text": " ".join(words[:195]) + " (Agency)", "date": "2025-04-10", "source": "Paper 1"},
        {"id": "other", "text": "China praised Pakistan. " + body(78, 200), "date": "2025-04-20", "source": "Paper 1"},
    ])
    rec = Recording(coder)
    rep = ingest([str(first)], store, coder=rec, batch_size=10)
    assert (rep.added, rep.duplicates) == (2, 1) and rec.coded == ["orig", "other"]
    events_after_first = store.stats()["events"]
    second = _jsonl(tmp_path / "two.jsonl", [
        {"id": "copy2", "text": "UPDATE " + " ".join(words[3:]), "date": "2025-04-11", "source": "Paper 2"},
        {"id": "orig-again", "text": story, "date": "2025-04-10", "source": "Agency", "url": "https://ag/1"},
    ])
    rec2 = Recording(coder)
    rep2 = ingest([str(second)], store, coder=rec2)
    assert (rep2.added, rep2.duplicates, rep2.skipped) == (0, 1, 1) and rec2.coded == []
    talks = [e for e in store.events(article="orig")["items"] if str(e["cameo"]).startswith("04")]
    assert talks and (talks[0]["num_articles"], talks[0]["num_sources"]) == (3, 3)
    s = store.stats()
    assert s["articles"] == 4 and s["duplicates"] == 2 and s["events"] == events_after_first


def test_ingest_default_date_and_txt(store, tmp_path, coder):
    (tmp_path / "seed.txt").write_text("Headline about talks\nRussia and the US held talks.\n", encoding="utf-8")
    rep = ingest([str(tmp_path)], store, coder=coder, default_date=dt.date(2025, 4, 12))
    assert rep.added == 1
    art = store.article("seed")
    assert art["pub_date"] == "2025-04-12" and art["title"] == "Headline about talks"
    assert store.events()["items"][0]["date"] == "2025-04-12"
