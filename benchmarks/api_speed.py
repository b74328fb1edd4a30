"""API speed on a large store: a dyad series and a page of 50 events over HTTP on loopback.

    python benchmarks/api_speed.py [--events 1000000] [--db /tmp/communique-bench.db] [--requests 30]

Builds (once; reused while its row count matches) a SQLite store with N
synthetic events through the store's own schema and migrations: 40 countries
with skewed weights so RUS-USA is one of the busiest dyads, sectors on a
third of the actors, dates over five years, every QuadClass and root, a few
non-asserted modes.  Then starts ``communique serve`` in a subprocess on a
free loopback port and times a bounded number of requests for each query.

Targets (issue #5): dyad series < 300 ms, event page of 50 < 100 ms.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import socket
import statistics
import subprocess
import sys
import time
from pathlib import Path

import httpx
import sqlalchemy as sa

from communique.codebook import codebook
from communique.store import Store
from communique.store.schema import articles, events

COUNTRIES = ["USA", "RUS", "CHN", "UKR", "GBR", "FRA", "DEU", "TUR", "IRN", "ISR", "IND", "PAK", "JPN", "KOR",
             "PRK", "SYR", "IRQ", "SAU", "EGY", "BRA", "MEX", "CAN", "AUS", "ITA", "ESP", "POL", "BLR", "AZE",
             "ARM", "GEO", "KAZ", "AFG", "NGA", "ZAF", "ETH", "SDN", "VEN", "COL", "IDN", "VNM"]
SECTORS = [None, None, "GOV", "MIL", "COP", "OPP", "BUS"]
EVENTS_PER_ARTICLE = 10


def build(db: str, n_events: int, seed: int = 5) -> None:
    rng = random.Random(seed)
    codes = [c for c in codebook().values() if len(c.code) == 3]
    weights = [1.0 / (i + 1) ** 0.9 for i in range(len(COUNTRIES))]
    start = dt.date(2021, 1, 1)
    store = Store(db)
    engine = store.engine
    n_articles = n_events // EVENTS_PER_ARTICLE
    t0 = time.perf_counter()
    chunk = 2000  # articles per transaction
    now = dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)
    for first in range(0, n_articles, chunk):
        arts, evs = [], []
        for a in range(first, min(first + chunk, n_articles)):
            day = start + dt.timedelta(days=rng.randrange(5 * 365))
            arts.append({"id": a + 1, "doc_id": f"syn-{a + 1}", "title": f"Synthetic article {a + 1}",
                         "text": "Synthetic text.", "outlet": f"outlet{a % 50}", "pub_date": day,
                         "content_hash": f"{a + 1:064d}", "ingested_at": now, "num_events": EVENTS_PER_ARTICLE})
            for k in range(EVENTS_PER_ARTICLE):
                s, t = rng.choices(COUNTRIES, weights, k=2)
                if s == t:
                    t = rng.choice(COUNTRIES)
                ss, ts = rng.choice(SECTORS), rng.choice(SECTORS)
                c = rng.choice(codes)
                mode = "asserted" if rng.random() < 0.85 else rng.choice(["negated", "future", "hypothetical"])
                evs.append({
                    "article_id": a + 1, "event_id": f"syn-{a + 1}:{k + 1}",
                    "date": day - dt.timedelta(days=rng.choice([0, 0, 0, 1, 2])),
                    "cameo": c.code, "cameo_root": c.root, "quad_class": c.quad_class, "goldstein": c.goldstein,
                    "plover": c.plover, "mode": mode, "reciprocal": False,
                    "source_code": s + (ss or ""), "source_country": s, "source_sector": ss, "source_text": s,
                    "target_code": t + (ts or ""), "target_country": t, "target_sector": ts, "target_text": t,
                    "trigger_text": "met", "trigger_start": 0, "trigger_end": 3,
                    "sentence": f"{s} {c.name.lower()} {t}.", "sentence_index": k, "mentions": 1,
                    "confidence": 0.5, "reported_by": [], "evidence": {},
                })
        with engine.begin() as conn:
            conn.execute(articles.insert(), arts)
            conn.execute(events.insert(), evs)
        done = min(first + chunk, n_articles) * EVENTS_PER_ARTICLE
        if (first // chunk) % 10 == 0:
            print(f"  {done:,} events, {time.perf_counter() - t0:.0f} s", file=sys.stderr)
    with engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")
    store.close()
    print(f"built {n_events:,} events in {time.perf_counter() - t0:.0f} s", file=sys.stderr)


def count(db: str) -> int:
    store = Store(db)
    try:
        with store.engine.connect() as conn:
            return conn.execute(sa.select(sa.func.count()).select_from(events)).scalar_one()
    finally:
        store.close()


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def timed(client: httpx.Client, url: str, n: int) -> dict:
    client.get(url).raise_for_status()  # warm: first touch of the pages, template and code caches
    times = []
    for _ in range(n):
        t = time.perf_counter()
        r = client.get(url)
        times.append((time.perf_counter() - t) * 1000)
        r.raise_for_status()
    body = r.json()
    size = len(body.get("items") or body.get("points") or [])
    return {"url": url, "n": n, "median_ms": round(statistics.median(times), 1),
            "p95_ms": round(sorted(times)[int(0.95 * (n - 1))], 1), "max_ms": round(max(times), 1), "rows": size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--events", type=int, default=1_000_000)
    ap.add_argument("--db", default="/tmp/communique-bench-api.db")
    ap.add_argument("--requests", type=int, default=30, help="timed requests per query (bounded)")
    args = ap.parse_args()

    if not Path(args.db).exists() or count(args.db) != args.events:
        for suffix in ("", "-wal", "-shm"):
            Path(args.db + suffix).unlink(missing_ok=True)
        build(args.db, args.events)

    port = free_port()
    cmd = [sys.executable, "-c", "from communique.cli import app; app()", "serve", "--db", args.db, "--port", str(port)]
    server = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                              env={**os.environ, "PYTHONUNBUFFERED": "1"})
    base = f"http://127.0.0.1:{port}"
    try:
        with httpx.Client(base_url=base, timeout=30) as client:
            deadline = time.monotonic() + 60
            while True:
                try:
                    client.get("/api/health").raise_for_status()
                    break
                except httpx.TransportError:
                    if time.monotonic() > deadline or server.poll() is not None:
                        raise SystemExit("server did not start: " + server.stderr.read().decode()[-2000:])
                    time.sleep(0.2)
            n = args.requests
            results = {
                "dyad series RUS-USA per week": timed(client, "/api/dyads/RUS/USA/series?interval=week", n),
                "dyad series RUS-USA per month": timed(client, "/api/dyads/RUS/USA/series?interval=month", n),
                "dyad series RUSGOV-USA per day": timed(client, "/api/dyads/RUSGOV/USA/series?interval=day", n),
                "dyad series CHN-IND (smaller) per week": timed(client, "/api/dyads/CHN/IND/series?interval=week", n),
                "event page of 50, newest": timed(client, "/api/events?limit=50", n),
                "event page of 50, dyad RUS:USA": timed(client, "/api/events?limit=50&dyad=RUS:USA", n),
                "event page of 50, actor RUS": timed(client, "/api/events?limit=50&actor=RUS", n),
                "event page of 50, root 19 since 2024": timed(client, "/api/events?limit=50&root=19&since=2024-01-01", n),
            }
            # The second page through a cursor costs the same as the first.
            first = client.get("/api/events?limit=50&dyad=RUS:USA").json()
            results["event page of 50, dyad RUS:USA, page 2"] = timed(
                client, f"/api/events?limit=50&dyad=RUS:USA&cursor={first['next']}", n)
            health = client.get("/api/health").json()
    finally:
        server.terminate()
        server.wait(timeout=10)
    print(json.dumps({"events": health["events"], "articles": health["articles"], "results": results}, indent=1))
    print("\nquery                                        median    p95   (ms)")
    for name, r in results.items():
        target = 300 if "series" in name else 100
        flag = "ok" if r["median_ms"] < target else f"OVER {target}"
        print(f"{name:42s} {r['median_ms']:8.1f} {r['p95_ms']:7.1f}   {flag}")


if __name__ == "__main__":
    main()
