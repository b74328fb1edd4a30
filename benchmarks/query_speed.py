"""Benchmark: `communique events --dyad` on 1,000,000 synthetic events, SQLite.

Target (issue #4): under 1 s.  Builds (once, cached in $TMPDIR/communique-bench unless
--db is given) a store of N synthetic events -- 40 countries with skewed
weights, 20 CAMEO roots, 2 years of dates, 10 events an article, one
happening per event -- through the real schema (migrations), then times:

  api      Store.events(dyad="RUS:USA", limit=50): first page, newest first
  api_all  every RUS:USA event, paged through
  series   Store.dyad_series("RUS", "USA", interval="week")
  cli      the whole `communique events --dyad RUS:USA --db DB` process (startup included)

and the queries the covering actor indexes of migration 0004 serve (--no-actor
leaves them out):

  actor_series   analysis.actor_series RUS per month and RUSGOV per month
                 (the actor as source and as target, one seek each)
  code_dyad      analysis.dyad_series RUSGOV-USAGOV per week (code to code)
  actor_page     Store.events(actor="RUS", limit=50) and actor="RUSGOV"

Opening the store upgrades it to the newest migration, as every Store does.

Run: .venv/bin/python benchmarks/query_speed.py [--events 1000000] [--db PATH]
"""
from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

from communique import codebook
from communique.store import Store

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "TUR", "GBR", "FRA", "DEU", "IRN", "ISR", "SYR", "IRQ", "IND", "PAK",
             "JPN", "KOR", "PRK", "SAU", "EGY", "LBY", "AFG", "BRA", "MEX", "CAN", "AUS", "POL", "ITA", "ESP",
             "NGA", "ETH", "SDN", "VEN", "COL", "ZAF", "KEN", "IDN", "PHL", "VNM", "QAT", "ARE"]
SECTORS = ["", "GOV", "MIL", "COP", "OPP", "CVL", "BUS", "MED"]


def build(path: Path, n_events: int, seed: int = 7) -> None:
    Store(str(path)).close()  # the real schema, through the migrations
    rnd = random.Random(seed)
    weights = [1 / (i + 1) ** 0.9 for i in range(len(COUNTRIES))]
    codes = [c for c in codebook.codebook() if len(c) == 3]
    start = date(2023, 1, 1)
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=WAL")
    con.execute("PRAGMA synchronous=OFF")
    now = datetime(2025, 1, 1).isoformat(sep=" ")
    per_article = 10
    n_articles = (n_events + per_article - 1) // per_article
    eid = 0
    con.execute("BEGIN")
    for a in range(1, n_articles + 1):
        day = start + timedelta(days=rnd.randrange(730))
        con.execute("INSERT INTO articles (id, doc_id, title, text, url, outlet, pub_date, content_hash, num_events, "
                    "ingested_at, attribution, sentences, errors) VALUES (?,?,?,?,?,?,?,?,?,?, '[]', '[]', '[]')",
                    (a, f"syn-{a}", f"Synthetic {a}", "synthetic text", f"https://syn.example/{a}", f"Outlet {a % 50}",
                     day.isoformat(), f"{a:064x}", per_article, now))
        ev_rows, hap_rows, men_rows = [], [], []
        for _ in range(per_article):
            if eid >= n_events:
                break
            eid += 1
            s, t = rnd.choices(COUNTRIES, weights, k=2)
            while t == s:
                t = rnd.choices(COUNTRIES, weights)[0]
            ss, ts = rnd.choice(SECTORS), rnd.choice(SECTORS)
            code = rnd.choice(codes)
            entry = codebook.lookup(code)
            d = (day - timedelta(days=rnd.randrange(3))).isoformat()
            mode = rnd.choices(["asserted", "negated", "future", "hypothetical"], [85, 5, 6, 4])[0]
            hap_rows.append((eid, d, code, code[:2], entry.quad_class, entry.goldstein, entry.plover, mode, 0,
                             s, t, s + ss, t + ts, eid, 1, 1, 1, 1))
            ev_rows.append((eid, a, f"syn-{a}:{eid}", d, code, code[:2], entry.quad_class, entry.goldstein,
                            entry.plover, mode, 0, s + ss, s, ss or None, s, t + ts, t, ts or None, t,
                            "talks", 0, 5, f"{s} and {t} event {code}.", 0, 1, "[]", 0.5, eid))
            men_rows.append((eid, a, "talks", 0, 5, 0))
        con.executemany("INSERT INTO happenings (id, date, cameo, cameo_root, quad_class, goldstein, plover, mode, "
                        "reciprocal, source_key, target_key, source_code, target_code, first_event_id, num_events, "
                        "num_mentions, num_sources, num_articles) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        hap_rows)
        con.executemany("INSERT INTO events (id, article_id, event_id, date, cameo, cameo_root, quad_class, goldstein, "
                        "plover, mode, reciprocal, source_code, source_country, source_sector, source_name, "
                        "target_code, target_country, target_sector, target_name, trigger_text, trigger_start, "
                        "trigger_end, sentence, sentence_index, mentions, reported_by, confidence, happening_id) "
                        "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", ev_rows)
        con.executemany("INSERT INTO event_mentions (event_id, article_id, text, start, \"end\", is_copy) "
                        "VALUES (?,?,?,?,?,?)", men_rows)
        if a % 10000 == 0:
            con.execute("COMMIT")
            con.execute("BEGIN")
    con.execute("COMMIT")
    con.execute("ANALYZE")
    con.close()


def timed(fn, repeat=5):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t0)
    return statistics.median(times), min(times), result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default=None)
    ap.add_argument("--no-actor", action="store_true", help="skip the actor series, code dyad and actor page")
    args = ap.parse_args()
    path = Path(args.db or Path(tempfile.gettempdir()) / "communique-bench" / f"synthetic-{args.events}.db")
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        t0 = time.perf_counter()
        build(path, args.events)
        print(f"built {path} in {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    store = Store(str(path))
    total = store.count_events()
    api, api_min, page = timed(lambda: store.events(dyad="RUS:USA", limit=50))

    def all_pages():
        n, cursor = 0, None
        while True:
            p = store.events(dyad="RUS:USA", limit=1000, cursor=cursor)
            n += len(p["items"])
            cursor = p["next"]
            if not cursor:
                return n

    api_all, _, n_dyad = timed(all_pages, repeat=1)
    series, _, rows = timed(lambda: store.dyad_series("RUS", "USA", interval="week"), repeat=3)
    cli_cmd = [str(Path(sys.executable).parent / "communique"), "events", "--dyad", "RUS:USA", "--db", str(path),
               "--format", "jsonl"]
    env = dict(os.environ)
    cli, cli_min, proc = timed(lambda: subprocess.run(cli_cmd, capture_output=True, text=True, env=env), repeat=3)
    assert proc.returncode == 0, proc.stderr
    out = {
        "events": total, "dyad_events": n_dyad,
        "api_first_page_ms": round(api * 1000, 1), "api_all_dyad_events_s": round(api_all, 2),
        "dyad_series_week_ms": round(series * 1000, 1), "series_rows": len(rows),
        "cli_events_dyad_s": round(cli, 3), "cli_lines": len(proc.stdout.splitlines()),
        "target": "cli < 1 s",
    }
    if not args.no_actor:
        from communique import analysis

        # targets: a series < 300 ms and a page of 50 < 100 ms (as benchmarks/api_speed.py, issue #5)
        def ms(fn):
            return round(timed(fn)[0] * 1000, 1)

        out.update({
            "actor_series_RUS_month_ms": ms(lambda: analysis.actor_series(store, "RUS", "month")),
            "actor_series_RUSGOV_month_ms": ms(lambda: analysis.actor_series(store, "RUSGOV", "month")),
            "dyad_series_RUSGOV_USAGOV_week_ms": ms(lambda: analysis.dyad_series(store, "RUSGOV", "USAGOV", "week")),
            "actor_page_RUS_ms": ms(lambda: store.events(actor="RUS", limit=50)),
            "actor_page_RUSGOV_ms": ms(lambda: store.events(actor="RUSGOV", limit=50)),
        })
    out["ok"] = cli < 1.0
    print(json.dumps(out, indent=2))
    sys.exit(0 if out["ok"] else 1)


if __name__ == "__main__":
    main()
