"""A database made by the first schema revision is upgraded in place, its data kept."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from communique.store import Store
from communique.store.engine import current_revision, head_revision, make_engine, upgrade
from store_fixtures import *  # noqa: F401,F403
from store_fixtures import make_doc, make_event


def _fill_revision_0001(engine):
    """Rows as a 0001-era store wrote them (no happenings, no fingerprints)."""
    now = dt.datetime(2025, 4, 12, 8, 0)
    with engine.begin() as conn:
        for i in (1, 2):
            conn.execute(sa.text(
                "INSERT INTO articles (id, doc_id, title, text, url, outlet, byline, pub_date, content_hash, "
                "attribution, sentences, errors, num_events, ingested_at) VALUES (:id, :doc, :title, :text, :url, "
                ":outlet, NULL, :d, :h, '[]', '[]', '[]', 1, :now)"),
                {"id": i, "doc": f"old{i}", "title": f"Old {i}", "text": f"Old article {i} text.",
                 "url": f"https://old.org/{i}", "outlet": "Old Outlet", "d": dt.date(2025, 4, 10 + i),
                 "h": f"{i:064d}", "now": now})
            conn.execute(sa.text(
                "INSERT INTO events (id, article_id, event_id, date, cameo, cameo_root, quad_class, goldstein, plover, "
                "mode, reciprocal, source_code, source_country, target_code, target_country, trigger_text, "
                "trigger_start, trigger_end, sentence, sentence_index, mentions, reported_by) VALUES (:id, :id, :eid, "
                ":d, '044', '04', 1, 7.0, 'CONSULT', 'asserted', :t, 'RUS', 'RUS', 'USA', 'USA', 'talks', 0, 5, "
                "'RUS and USA held talks.', 0, 2, '[\"Caliber.Az\"]')"),
                {"id": i, "eid": f"old{i}:0", "d": dt.date(2025, 4, 10 + i), "t": True})
            conn.execute(sa.text("INSERT INTO event_mentions (event_id, article_id, text, start, \"end\") "
                                 "VALUES (:id, :id, 'talks', 0, 5)"), {"id": i})
            conn.execute(sa.text("INSERT INTO actor_mentions (article_id, text, start, \"end\", code, country) "
                                 "VALUES (:id, 'Russia', 0, 6, 'RUS', 'RUS')"), {"id": i})
            conn.execute(sa.text("INSERT INTO quotes (article_id, text, start, \"end\", speaker_code) "
                                 "VALUES (:id, 'we talk', 7, 14, 'RUS')"), {"id": i})
        if engine.dialect.name == "postgresql":  # explicit ids above: move the sequences past them
            for table in ("articles", "events"):
                conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 2)"))


def test_upgrade_from_first_revision_keeps_data(db_url):
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    assert current_revision(engine) == "0001"
    _fill_revision_0001(engine)
    engine.dispose()

    store = Store(db_url)  # opening upgrades in place
    assert current_revision(store.engine) == head_revision() == "0003"
    s = store.stats()
    assert (s["articles"], s["events"], s["actor_mentions"], s["quotes"], s["happenings"]) == (2, 2, 2, 2, 2)
    art = store.article("old1")
    assert art["title"] == "Old 1" and art["events"][0]["reported_by"] == ["Caliber.Az"]
    assert art["actors"][0]["code"] == "RUS" and art["quotes"][0]["text"] == "we talk"
    ev = store.event(art["events"][0]["id"])
    assert ev["num_mentions"] == 2 and ev["happening"]["num_articles"] == 1 and len(ev["mentions_list"]) == 1

    # the old events merge under the dedup rule once asked (adjacent days, same dyad and root)
    assert store.rebuild_happenings() == 1
    assert store.events()["items"][0]["num_articles"] == 2

    # and the upgraded store takes new data, its ids past the old ones
    res = store.add_documents([make_doc("new", [make_event("new", day=dt.date(2025, 4, 12), place=None)])])
    assert res.added == 1 and res.article_ids[0] > 2
    assert store.stats()["happenings"] == 1  # joins the old happening (adjacent day, same dyad and root)
    assert store.events(dyad="RUS:USA")["items"][0]["num_articles"] == 3
    store.close()


def test_upgrade_is_a_no_op_at_head(db_url):
    store = Store(db_url)
    store.add_documents([make_doc("a", [make_event("a")])])
    store.close()
    again = Store(db_url)
    assert again.stats()["articles"] == 1 and current_revision(again.engine) == "0003"
    again.close()


def test_head_constant_matches_the_migrations():
    from communique.store.engine import HEAD

    assert HEAD == head_revision()
