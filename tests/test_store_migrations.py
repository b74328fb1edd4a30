"""Older databases are upgraded in place, their data kept; the newest revision also downgrades cleanly."""
from __future__ import annotations

import datetime as dt

import sqlalchemy as sa

from communique.store import Store
from communique.store.engine import alembic_config, current_revision, head_revision, make_engine, upgrade
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
    assert current_revision(store.engine) == head_revision() == "0004"
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
    assert again.stats()["articles"] == 1 and current_revision(again.engine) == "0004"
    again.close()


def test_head_constant_matches_the_migrations():
    from communique.store.engine import HEAD

    assert HEAD == head_revision()


# --- 0004: covering actor indexes ------------------------------------------------------

INDEXES_0003 = {
    "ix_events_target_country": ["target_country", "date"],
    "ix_events_target_code": ["target_code", "date"],
    "ix_events_dyad_code": ["source_code", "target_code", "date"],
}
SERIES = ["date", "mode", "cameo_root", "quad_class", "goldstein"]
INDEXES_0004 = {
    "ix_events_target_country_cover": ["target_country", *SERIES, "source_country"],
    "ix_events_target_code_cover": ["target_code", *SERIES, "source_code", "source_country", "target_country"],
    "ix_events_dyad_code": ["source_code", "target_code", *SERIES, "source_country", "target_country"],
}


def _downgrade(engine, revision):
    from alembic import command

    cfg = alembic_config(engine)
    with engine.connect() as conn, conn.begin():
        cfg.attributes["connection"] = conn
        command.downgrade(cfg, revision)


def _event_indexes(engine) -> dict[str, list[str]]:
    return {ix["name"]: ix["column_names"] for ix in sa.inspect(engine).get_indexes("events")}


def _snapshot(engine) -> dict[str, list]:
    """Every row of every table, in id order (the data a migration must keep)."""
    out = {}
    with engine.connect() as conn:
        for name in ("articles", "article_buckets", "actor_mentions", "happenings", "events", "event_mentions",
                     "quotes"):
            table = sa.Table(name, sa.MetaData(), autoload_with=conn)
            order = [table.c.id] if "id" in table.c else list(table.c)
            out[name] = [tuple(r) for r in conn.execute(sa.select(table).order_by(*order))]
    return out


def _schema_diff(engine) -> list:
    from alembic.autogenerate import compare_metadata
    from alembic.runtime.migration import MigrationContext

    from communique.store.schema import metadata

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), metadata)
    return [d for d in diff if not (isinstance(d, list) and d and d[0][0] == "modify_default")]


def _database_at_0003(db_url):
    """A 0003 database holding data: the 0001-era rows carried through 0002 and 0003, and events
    added by the store with its 0003 code (sectors, codes without a country)."""
    engine = make_engine(db_url)
    upgrade(engine, "0001")
    _fill_revision_0001(engine)
    upgrade(engine, "0003")
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO articles (id, doc_id, title, text, pub_date, content_hash, num_events, ingested_at) "
            "VALUES (3, 'gov', 'Gov', 'RUSGOV and NATO.', :d, :h, 2, :now)"),
            {"d": dt.date(2025, 4, 13), "h": "f" * 64, "now": dt.datetime(2025, 4, 13)})
        for i, (src, scty, tgt, tcty, root, g) in enumerate(
                [("RUSGOV", "RUS", "USAGOV", "USA", "19", -10.0), ("NATO", None, "RUSMIL", "RUS", "11", None)], 3):
            conn.execute(sa.text(
                "INSERT INTO happenings (id, date, cameo, cameo_root, quad_class, goldstein, mode, reciprocal, "
                "source_key, target_key, first_event_id, num_events, num_mentions, num_sources, num_articles) "
                "VALUES (:i, :d, :c, :r, 4, :g, 'asserted', false, :s, :t, :i, 1, 1, 1, 1)"),
                {"i": i, "d": dt.date(2025, 4, 13), "c": root + "0", "r": root, "g": g, "s": scty or src,
                 "t": tcty or tgt})
            conn.execute(sa.text(
                "INSERT INTO events (id, article_id, event_id, date, cameo, cameo_root, quad_class, goldstein, mode, "
                "reciprocal, source_code, source_country, target_code, target_country, trigger_text, trigger_start, "
                "trigger_end, mentions, happening_id) VALUES (:i, 3, :eid, :d, :c, :r, 4, :g, 'asserted', false, "
                ":s, :sc, :t, :tc, 'x', 0, 1, 1, :i)"),
                {"i": i, "eid": f"gov:{i}", "d": dt.date(2025, 4, 13), "c": root + "0", "r": root, "g": g,
                 "s": src, "sc": scty, "t": tgt, "tc": tcty})
        if engine.dialect.name == "postgresql":
            for table in ("articles", "events", "happenings"):
                conn.execute(sa.text(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), 4)"))
    assert current_revision(engine) == "0003"
    return engine


def test_upgrade_from_0003_makes_actor_indexes_covering(db_url):
    engine = _database_at_0003(db_url)
    before = _snapshot(engine)
    assert sum(map(len, before.values())) > 0 and len(before["events"]) == 4
    indexes = _event_indexes(engine)
    assert all(indexes[name] == cols for name, cols in INDEXES_0003.items())

    upgrade(engine)  # to head, in place
    assert current_revision(engine) == "0004"
    assert _snapshot(engine) == before  # no row touched
    indexes = _event_indexes(engine)
    assert all(indexes[name] == cols for name, cols in INDEXES_0004.items())
    assert not {"ix_events_target_country", "ix_events_target_code"} & set(indexes)
    assert _schema_diff(engine) == []  # the upgraded database is the schema module's
    engine.dispose()

    # the upgraded store answers the queries the new indexes serve, with the old rows
    from communique import analysis as an

    store = Store(db_url)
    rus = an.actor_series(store, "RUS", "month")
    assert rus.total.events == 4 and rus.total.quad == {1: 2, 2: 0, 3: 0, 4: 2}
    assert an.dyad_series(store, "RUSGOV", "USAGOV", "week").total.events == 1
    assert an.actor_series(store, "RUSMIL", "day").total.events == 1
    assert [e["id"] for e in store.events(actor="RUS")["items"]] == [4, 3, 2, 1]
    assert [e["id"] for e in store.events(dyad="USAGOV:RUSGOV")["items"]] == [3]
    store.close()


def test_downgrade_from_0004_restores_0003_indexes(db_url):
    engine = _database_at_0003(db_url)
    before = _snapshot(engine)
    upgrade(engine)
    _downgrade(engine, "0003")
    assert current_revision(engine) == "0003"
    assert _snapshot(engine) == before
    indexes = _event_indexes(engine)
    assert all(indexes[name] == cols for name, cols in INDEXES_0003.items())
    assert not {"ix_events_target_country_cover", "ix_events_target_code_cover"} & set(indexes)
    upgrade(engine)  # and up again
    assert current_revision(engine) == "0004" and _snapshot(engine) == before
    assert _schema_diff(engine) == []
    engine.dispose()


def test_actor_series_reads_the_covering_indexes_alone(tmp_path):
    """On an analyzed SQLite store, each half of an actor's, a code dyad's and a mixed dyad's series
    is a covering-index seek; the migration gives the new indexes their statistics."""
    import random

    from communique import analysis as an
    from communique.store.schema import events

    engine = _database_at_0003(str(tmp_path / "plan.db"))
    rnd = random.Random(4)
    countries = ["RUS", "USA", "CHN", "UKR", "TUR", "GBR", "FRA", "DEU", "IRN", "ISR", "IND", "PAK"]
    rows = []
    for i in range(10, 1210):  # enough spread for measured statistics to favour the seeks
        s, t = rnd.sample(countries, 2)
        ss, ts = rnd.choice(["", "GOV", "MIL", "BUS"]), rnd.choice(["", "GOV", "MIL", "BUS"])
        root = f"{rnd.randint(1, 20):02d}"
        rows.append({"i": i, "eid": f"syn:{i}", "d": dt.date(2024, 1, 1) + dt.timedelta(days=rnd.randrange(700)),
                     "c": root + "0", "r": root, "q": rnd.randint(1, 4), "g": rnd.uniform(-10, 10),
                     "m": rnd.choice(["asserted"] * 8 + ["negated", "future"]), "s": s + ss, "sc": s,
                     "t": t + ts, "tc": t})
    with engine.begin() as conn:
        conn.execute(sa.text(
            "INSERT INTO events (id, article_id, event_id, date, cameo, cameo_root, quad_class, goldstein, mode, "
            "reciprocal, source_code, source_country, target_code, target_country, trigger_text, trigger_start, "
            "trigger_end, mentions) VALUES (:i, 3, :eid, :d, :c, :r, :q, :g, :m, false, :s, :sc, :t, :tc, 'x', "
            "0, 1, 1)"), rows)
        conn.exec_driver_sql("ANALYZE")
    upgrade(engine)
    with engine.connect() as conn:
        stats = {r[0] for r in conn.exec_driver_sql("SELECT idx FROM sqlite_stat1 WHERE tbl = 'events'")}
        assert set(INDEXES_0004) <= stats and not (set(INDEXES_0003) - set(INDEXES_0004)) & stats
        for a, b, expected in (("RUS", None, {"ix_events_dyad_country", "ix_events_target_country_cover"}),
                               ("RUSGOV", None, {"ix_events_dyad_code", "ix_events_target_code_cover"}),
                               ("RUSGOV", "USAGOV", {"ix_events_dyad_code"}),
                               ("RUSGOV", "USA", {"ix_events_dyad_code", "ix_events_target_code_cover"}),
                               ("USA", "RUSGOV", {"ix_events_dyad_code", "ix_events_target_code_cover"})):
            used = set()
            for branch in an._branches(events, a, b, False):
                stmt = sa.select(events.c.date, events.c.quad_class, events.c.cameo_root, events.c.goldstein).where(
                    branch, events.c.date.is_not(None), *an._common(events, ("asserted",), None, None))
                sql = str(stmt.compile(engine, compile_kwargs={"literal_binds": True}))
                plan = " ".join(r[3] for r in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
                assert "USING COVERING INDEX" in plan, (a, b, plan)
                used.add(plan.split("COVERING INDEX ")[1].split()[0])
            assert used == expected, (a, b, used)
    engine.dispose()
