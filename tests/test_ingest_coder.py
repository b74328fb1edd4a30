"""Ingest end to end with the real coder (session fixture `coder` of conftest.py), on both databases."""
from __future__ import annotations

from pathlib import Path

from communique.ingest import ingest
from store_fixtures import *  # noqa: F401,F403

FIX = Path(__file__).parent / "fixtures"


def test_real_coder_ingest_dedup_and_query(store, coder):
    bad = []
    rep = ingest([str(FIX / "ingest_coder" / "talks.jsonl"), str(FIX / "ingest" / "page.html")], store,
                 coder=coder, on_bad=lambda w, r: bad.append((w, r)))
    assert rep.bad == 1 and bad[0][0].endswith("talks.jsonl:4")
    assert rep.added == 4 and rep.events >= 3
    talks = store.events(dyad="RUS:USA", root="04", mode="asserted")["items"]
    assert {e["doc_id"] for e in talks} >= {"talks-1", "talks-2", "page"}
    # the same meeting told by three articles of three outlets is one happening
    by_hap: dict[int, set] = {}
    for e in talks:
        by_hap.setdefault(e["happening_id"], set()).add(e["doc_id"])
    shared = [h for h, docs in by_hap.items() if {"talks-1", "talks-2"} <= docs]
    assert shared, by_hap
    full = store.happening(shared[0])
    assert full["num_articles"] >= 2 and full["num_sources"] >= 2
    e = store.event(talks[0]["id"])
    art = store.article(e["article_id"])
    assert art["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert store.events(actor="CHN")["items"][0]["doc_id"] == "china-aid"
    # rerun: nothing added, nothing coded twice
    again = ingest([str(FIX / "ingest_coder" / "talks.jsonl")], store, coder=coder, on_bad=lambda w, r: None)
    assert (again.added, again.skipped) == (0, 3)


def test_seed_article_through_the_store(store, coder, seed_text, tmp_path):
    src = tmp_path / "seed.txt"
    src.write_text(seed_text, encoding="utf-8")
    import datetime as dt

    rep = ingest([str(src)], store, coder=coder, default_date=dt.date(2025, 4, 12))
    assert rep.added == 1
    consult = store.events(dyad="RUS:USA", root="04", mode="asserted")["items"]
    assert any(e["date"] == "2025-04-10" and (e["location"] or {}).get("name") == "Istanbul" for e in consult)
    doc = store.document("seed")
    assert doc.attribution and doc.title.startswith("FM Lavrov")
