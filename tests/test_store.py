"""The store on a real SQLite file and a real PostgreSQL server: the same tests on both."""
from __future__ import annotations

import datetime as dt

import pytest
import sqlalchemy as sa

from communique.store import Store, StoreError
from store_fixtures import *  # noqa: F401,F403  (fixtures: store, pg, pg_template, db_url)
from store_fixtures import ANKARA, body, make_doc, make_event

D = dt.date


def test_add_and_read_back(store):
    ev = make_event("seed", 0, "RUS", "USA", "044", reciprocal=True, mentions=3)
    doc = make_doc("seed", [ev], url="https://example.org/seed", outlet="Caliber.Az", title="FM Lavrov urges realism")
    res = store.add_documents([doc])
    assert (res.added, res.skipped, res.duplicates, res.events) == (1, 0, 0, 1)

    art = store.article("seed")
    assert art == store.article(res.article_ids[0])
    assert art["title"] == "FM Lavrov urges realism" and art["text"] == doc.text
    assert art["outlet"] == "Caliber.Az" and art["byline"] == "By Someone" and art["pub_date"] == "2025-04-12"
    assert art["attribution"] == ["Caliber.Az", "Russian media"]
    assert len(art["content_hash"]) == 64
    assert [a["code"] for a in art["actors"]] == ["RUS", "USA"]
    assert art["quotes"][0]["speaker"]["code"] == "RUS" and art["quotes"][0]["verb"]["text"] == "said"

    e = art["events"][0]
    assert e["event_id"] == "seed:0" and e["doc_id"] == "seed" and e["cameo"] == "044" and e["cameo_root"] == "04"
    assert e["source"]["code"] == "RUS" and e["target"]["country"] == "USA" and e["reciprocal"] is True
    assert e["trigger"] == {"text": "talks", "start": 10, "end": 15}
    assert e["location"]["geonameid"] == 745044 and e["location"]["country"] == "TUR"
    assert e["reported_by"] == ["Caliber.Az"] and e["mentions"] == 3 and e["date"] == "2025-04-10"
    assert e["num_articles"] == 1 and e["num_mentions"] == 3 and e["num_sources"] == 1

    full = store.event(e["id"])
    assert len(full["mentions_list"]) == 3 and full["article"]["doc_id"] == "seed"
    assert full["happening"]["num_articles"] == 1 and len(full["happening"]["events"]) == 1

    back = store.document("seed")
    orig = ev.to_dict()
    got = back.events[0].to_dict()
    for key in ("event_id", "cameo", "cameo_root", "quad_class", "goldstein", "plover", "mode", "reciprocal",
                "trigger", "location", "sentence", "date", "mentions", "mention_spans", "reported_by", "confidence"):
        assert got[key] == orig[key], key
    assert got["source"]["code"] == "RUS" and back.title == doc.title and back.attribution == doc.attribution


def test_idempotent_by_hash_and_url(store):
    d1 = make_doc("a", [make_event("a")], url="https://x.org/1")
    assert store.add_documents([d1]).added == 1
    assert store.add_documents([d1]).skipped == 1  # same content hash
    changed = make_doc("a2", [make_event("a2")], url="https://x.org/1", text=body(999))
    assert store.add_documents([changed]).skipped == 1  # same URL
    # same doc id, other text: stored under a fresh id, nothing overwritten
    other = make_doc("a", [make_event("a")], url="https://x.org/2", text=body(1234))
    res = store.add_documents([other])
    assert res.added == 1
    assert store.article(res.article_ids[0])["doc_id"] == "a~2"
    assert store.stats()["articles"] == 2 and store.stats()["events"] == 2


def test_wire_copy_counted_not_coded(store):
    text = body(42, 200)
    orig = make_doc("orig", [make_event("orig", mentions=2)], text=text, url="https://a.org/1", outlet="Agency")
    store.add_documents([orig])
    words = text.split()
    copy_text = "Updated: " + " ".join(words[:190])  # a changed head, a cut tail
    copy = make_doc("copy", [make_event("copy"), make_event("copy", 1, "CHN", "UKR", "190")], text=copy_text,
                    url="https://b.org/9", outlet="Daily B")
    chk = store.check(copy)
    assert chk.status == "duplicate" and chk.similarity >= 0.8
    res = store.add_documents([copy])
    assert (res.added, res.duplicates, res.events) == (0, 1, 0)
    stats = store.stats()
    assert stats["articles"] == 2 and stats["duplicates"] == 1 and stats["events"] == 1
    e = store.events()["items"][0]
    assert (e["num_articles"], e["num_sources"], e["num_mentions"]) == (2, 2, 4)
    assert store.article("orig")["duplicates"] == [store.article("copy")["id"]]
    # the copy's page shows the original's coding
    assert store.article("copy")["events"][0]["id"] == e["id"]
    assert store.check(make_doc("z", text=body(7, 200), url="https://c.org/1")).status == "new"


def _load(store, docs):
    store.add_documents(docs)
    return store


def test_cross_article_dedup_rule(store):
    docs = [
        make_doc("a1", [make_event("a1", 0, "RUS", "USA", "044", D(2025, 4, 10))], outlet="A"),
        # adjacent day, other code of the same root, reported by another outlet -> same happening
        make_doc("a2", [make_event("a2", 0, "RUS", "USA", "043", D(2025, 4, 11), mentions=2)], outlet="B"),
        # reciprocal with the dyad swapped, country-level place in the same country -> same happening
        make_doc("a3", [make_event("a3", 0, "USA", "RUS", "040", D(2025, 4, 10), reciprocal=True,
                                   place=None)], outlet="B"),
        # two days later -> another happening
        make_doc("b1", [make_event("b1", 0, "RUS", "USA", "044", D(2025, 4, 13))], outlet="C"),
        # another root -> another happening
        make_doc("b2", [make_event("b2", 0, "RUS", "USA", "190", D(2025, 4, 10))], outlet="C"),
        # another city -> another happening
        make_doc("b3", [make_event("b3", 0, "RUS", "USA", "044", D(2025, 4, 10), place=ANKARA)], outlet="C"),
        # swapped dyad, not reciprocal -> another happening
        make_doc("b4", [make_event("b4", 0, "USA", "RUS", "044", D(2025, 4, 10))], outlet="C"),
        # negated -> another happening
        make_doc("b5", [make_event("b5", 0, "RUS", "USA", "044", D(2025, 4, 10), mode="negated")], outlet="C"),
        # the same article twice -> two happenings (the coder kept them apart)
        make_doc("c1", [make_event("c1", 0, "CHN", "UKR", "042", D(2025, 5, 1)),
                        make_event("c1", 1, "CHN", "UKR", "042", D(2025, 5, 1))], outlet="D"),
    ]
    _load(store, docs)
    by_doc = {e["doc_id"]: e for e in store.iter_events() if e["doc_id"] != "c1"}
    h = by_doc["a1"]["happening_id"]
    assert by_doc["a2"]["happening_id"] == h and by_doc["a3"]["happening_id"] == h
    assert len({by_doc[k]["happening_id"] for k in ("a1", "b1", "b2", "b3", "b4", "b5")}) == 6
    c1 = [e for e in store.iter_events(article="c1")]
    assert len({e["happening_id"] for e in c1}) == 2
    hap = store.happening(h)
    assert (hap["num_events"], hap["num_articles"], hap["num_sources"], hap["num_mentions"]) == (3, 3, 2, 4)
    assert hap["location_geonameid"] == 745044
    stats = store.stats()
    assert stats["events"] == 10 and stats["happenings"] == 8 and stats["merged_events"] == 2
    assert store.count_events(unique=True) == 8
    assert store.count_events(dyad="RUS:USA", unique=True) == 6
    # a rebuild from scratch reaches the same grouping
    assert store.rebuild_happenings() == 8


def _corpus(store):
    evs = [
        ("d1", "RUS", "USA", "044", D(2025, 4, 10), "asserted", "Moscow and Washington held talks in Istanbul."),
        ("d2", "USA", "RUS", "163", D(2025, 3, 1), "asserted", "Washington imposed sanctions."),
        ("d3", "RUSGOV", "UKR", "190", D(2025, 2, 20), "asserted", "Russian forces shelled Kharkiv."),
        ("d4", "TUR", "RUS", "036", D(2025, 4, 11), "future", "Ankara will host a third round."),
        ("d5", "CHN", "USA", "111", D(2024, 12, 31), "negated", "Beijing did not criticise Washington."),
        ("d6", "IGOUNO", "UKR", "070", D(2025, 1, 5), "asserted", "The UN sent aid to Ukraine."),
    ]
    docs = []
    for i, (doc_id, s, t, c, d, m, sent) in enumerate(evs):
        docs.append(make_doc(doc_id, [make_event(doc_id, 0, s, t, c, d, m, place=None, sentence=sent)],
                             day=d, outlet=f"O{i % 3}"))
    store.add_documents(docs)
    return store


def ids(page):
    return [e["doc_id"] for e in page["items"]]


def test_filters(store):
    _corpus(store)
    assert ids(store.events()) == ["d4", "d1", "d2", "d3", "d6", "d5"]  # newest first
    assert set(ids(store.events(actor="RUS"))) == {"d1", "d2", "d3", "d4"}  # country matches RUSGOV too
    assert ids(store.events(actor="RUSGOV")) == ["d3"]
    assert ids(store.events(actor="IGO")) == ["d6"]
    assert set(ids(store.events(dyad="RUS:USA"))) == {"d1", "d2"}
    assert ids(store.events(dyad="USA>RUS")) == ["d2"]
    assert ids(store.events(source="TUR")) == ["d4"]
    assert ids(store.events(target="UKR", root="19")) == ["d3"]
    assert set(ids(store.events(root="04,16"))) == {"d1", "d2"}
    assert set(ids(store.events(root=["04", "16"]))) == {"d1", "d2"}
    assert ids(store.events(code="16")) == ["d2"] and ids(store.events(code="163")) == ["d2"]
    assert set(ids(store.events(quad_class=4))) == {"d2", "d3"}
    assert ids(store.events(mode="future")) == ["d4"]
    assert set(ids(store.events(mode=["asserted"]))) == {"d1", "d2", "d3", "d6"}
    assert ids(store.events(since="2025-04-01")) == ["d4", "d1"]
    assert ids(store.events(until=D(2025, 1, 1))) == ["d5"]
    assert ids(store.events(since="20250101", until="2025-02-28")) == ["d3", "d6"]
    assert ids(store.events(q="SANCTIONS")) == ["d2"]
    assert ids(store.events(article="d3")) == ["d3"]
    assert store.events(article="nope")["items"] == []
    assert store.count_events(actor="USA") == 3


def test_paging_is_complete_and_stable(store):
    docs = [make_doc(f"p{i}", [make_event(f"p{i}", j, "RUS", "USA", "044", D(2025, 1, 1) + dt.timedelta(days=i % 4),
                                          place=None) for j in range(3)], outlet=f"O{i}") for i in range(7)]
    store.add_documents(docs)
    seen, cursor, pages = [], None, 0
    while True:
        page = store.events(dyad="USA:RUS", limit=4, cursor=cursor)
        seen += [e["id"] for e in page["items"]]
        pages += 1
        cursor = page["next"]
        if cursor is None:
            break
    assert len(seen) == 21 and len(set(seen)) == 21 and pages == 6
    dates = [e["date"] for e in store.events(limit=100)["items"]]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("kwargs, word", [
    ({"dyad": "RUS"}, "dyad"), ({"root": "4"}, "root"), ({"root": "xx"}, "root"), ({"code": "04a"}, "code"),
    ({"mode": "maybe"}, "mode"), ({"since": "yesterday"}, "since"), ({"cursor": "!!"}, "cursor"),
    ({"limit": 0}, "limit"), ({"quad_class": "x"}, "quad_class"),
])
def test_bad_parameters_raise_store_error(store, kwargs, word):
    with pytest.raises(StoreError, match=word):
        store.events(**kwargs)


def test_series_actors_quotes_counterparts(store):
    _corpus(store)
    store.add_documents([make_doc("w2", [make_event("w2", 0, "RUS", "USA", "190", D(2025, 4, 13), place=None)])])
    rows = store.dyad_series("RUS", "USA", interval="week")
    # 2025-04-10 (Thu) and 2025-04-13 (Sun) are in the week starting Monday 2025-04-07
    assert {(r["period"], r["key"], r["count"]) for r in rows} == {("2025-02-24", 4, 1), ("2025-04-07", 1, 1),
                                                                   ("2025-04-07", 4, 1)}
    month = store.dyad_series("RUS", "USA", interval="month", by=None)
    assert [(r["period"], r["count"]) for r in month] == [("2025-03-01", 1), ("2025-04-01", 2)]
    assert store.series(interval="day", by="mode", dyad="CHN:USA")[0] == {
        "period": "2024-12-31", "key": "negated", "count": 1, "goldstein_sum": -2.0, "goldstein_mean": -2.0}
    with pytest.raises(StoreError):
        store.series(interval="fortnight")
    acts = {a["code"]: a for a in store.actors()}
    assert acts["RUS"]["mentions"] >= 2 and acts["RUS"]["name"] == "Russia"
    assert [a["code"] for a in store.actors(q="rusg")] == ["RUSGOV"]
    assert {a["code"] for a in store.actors(q="Russia")} >= {"RUS", "RUSGOV"}
    assert store.quotes(speaker="TUR")["items"][0]["speaker"]["code"] == "TUR"
    assert store.quotes(speaker="Türkiye")["items"][0]["doc_id"] == "d4"
    q1 = store.quotes(limit=4)
    q2 = store.quotes(limit=4, cursor=q1["next"])
    assert len(q1["items"]) + len(q2["items"]) == 7 and q2["next"] is None
    cp = store.counterparts("RUS")
    assert cp[0]["actor"] == "USA" and cp[0]["events"] == 3 and {c["actor"] for c in cp} == {"USA", "UKR"}
    top = store.top_dyads()
    assert top[0] == {"source": "RUS", "target": "USA", "events": 2}


def test_stats(store):
    _corpus(store)
    s = store.stats()
    assert s["articles"] == 6 and s["events"] == 6 and s["happenings"] == 6 and s["quotes"] == 6
    assert s["by_mode"] == {"asserted": 4, "future": 1, "negated": 1}
    assert s["first_date"] == "2024-12-31" and s["last_date"] == "2025-04-11"
    assert s["schema"] == "0004" and s["outlets"] == 3


def test_schema_module_matches_migrations(store):
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from communique.store.schema import metadata

    with store.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    # SQLite cannot report some server defaults the same way; none of the rest may differ
    diff = [d for d in diff if not (isinstance(d, list) and d and d[0][0] == "modify_default")]
    assert diff == []


def test_concurrent_reader_during_write(store):
    # SQLite gets there through WAL mode, PostgreSQL through MVCC: the same promise
    if store.dialect == "sqlite":
        with store.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
    store.add_documents([make_doc("x", [make_event("x")])])
    reader = Store(store.url)
    with store.engine.begin() as conn:  # a write transaction open ...
        conn.execute(sa.text("UPDATE articles SET title = 'changed'"))
        assert reader.article("x")["title"] == "Title x"  # ... does not block or leak to a reader
    reader.close()


def test_text_search_treats_wildcards_literally(store):
    store.add_documents([
        make_doc("pct", [make_event("pct", sentence="Support fell to 40% in the poll.")]),
        make_doc("plain", [make_event("plain", sentence="Support fell to 40 in the poll.")]),
    ])
    assert ids(store.events(q="40%")) == ["pct"]
    assert len(store.events(q="_")["items"]) == 0
    with pytest.raises(StoreError, match="happening"):
        store.events(happening="x")


def test_optimize_after_a_load(store):
    store.add_documents([make_doc("opt", [make_event("opt")])])
    store.optimize()  # SQLite: PRAGMA optimize; PostgreSQL: nothing to do, must not fail
    assert store.stats()["articles"] == 1


def test_actor_pages_merge_both_directions_in_order(store):
    """Actor pages pick each direction separately: the merged order must equal one sorted list."""
    days = [dt.date(2025, 1, d) for d in (5, 3, 9, 1, 7, 3)]
    docs = []
    for i, day in enumerate(days):
        src, tgt = ("RUS", "USA") if i % 2 else ("CHN", "RUS")
        docs.append(make_doc(f"p{i}", [make_event(f"p{i}", src=src, tgt=tgt, day=day)], day=day))
    docs.append(make_doc("other", [make_event("other", src="CHN", tgt="USA", day=dt.date(2025, 1, 8))]))
    store.add_documents(docs)
    seen, cursor = [], None
    while True:
        page = store.events(actor="RUS", limit=2, cursor=cursor)
        seen += [(e["date"], e["doc_id"]) for e in page["items"]]
        cursor = page["next"]
        if not cursor:
            break
    assert [d for d, _ in seen] == sorted((d for d, _ in seen), reverse=True)
    assert sorted(doc for _, doc in seen) == [f"p{i}" for i in range(6)]


def test_an_article_id_that_is_no_row_number_is_looked_up_as_a_doc_id(store):
    doc = make_doc("¹", [make_event("¹", 0, "RUS", "USA", "044")])
    store.add_documents([doc])
    # '¹' passes str.isdigit() but is no integer; a 30-digit id overflows a row id
    assert store.article("¹")["doc_id"] == "¹"
    assert store.article("9" * 30) is None


def test_a_blank_speaker_or_actor_query_is_no_filter(store):
    # "\x85" (NEL) arrives from a URL as %C2%85 and strips to nothing; it used to
    # index an empty prefix and raise IndexError (a 500 from the API)
    ev = make_event("seed", 0, "RUS", "USA", "044", reciprocal=True, mentions=3)
    store.add_documents([make_doc("seed", [ev])])
    assert len(store.quotes(speaker="\x85")["items"]) == len(store.quotes()["items"]) == 1
    assert store.actors(q=" \x85") == store.actors()
