"""Benchmark: `ingest` against bare coding of the same articles, in the same run.

Target (issue #4): ingest of the 291 Wikinews articles at no less than 0.8x the
speed of `communique code` on them -- storing must be cheap next to coding.

Both sides use one loaded Coder (pipeline load is not what is compared):
  code   = consume Coder.code_many over the articles, as `communique code` does;
  ingest = communique.ingest.ingest of the same file into a fresh SQLite store
           (hashing, near-duplicate fingerprints, coding, inserts, dedup, commits).
Run: .venv/bin/python benchmarks/ingest_speed.py [--limit N] [--db URL] [--workers N]
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

from communique.coder import Coder
from communique.ingest import demo_paths, ingest, read_sources
from communique.reading import BadRecord
from communique.store import Store


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--limit", type=int, default=0, help="first N articles only")
    ap.add_argument("--db", default=None, help="store URL (default: a temp SQLite file)")
    ap.add_argument("--workers", type=int, default=1)
    args = ap.parse_args()

    corpus, _ = demo_paths()
    src = corpus
    tmp = Path(tempfile.mkdtemp(prefix="communique-bench-"))
    if args.limit:
        src = tmp / "subset.jsonl"
        src.write_text("".join(corpus.read_text(encoding="utf-8").splitlines(keepends=True)[: args.limit]))
    arts = [a for _w, a in read_sources([str(src)]) if not isinstance(a, BadRecord)]

    coder = Coder()
    list(coder.code_many(arts[:3]))  # warm up: lazy loads, first-call costs

    t0 = time.perf_counter()
    n_events = sum(len(d.events) for d in coder.code_many(arts, workers=args.workers))
    t_code = time.perf_counter() - t0

    store = Store(args.db or str(tmp / "bench.db"))
    t0 = time.perf_counter()
    rep = ingest([str(src)], store, coder=coder, workers=args.workers, progress=False)
    t_ingest = time.perf_counter() - t0

    out = {
        "articles": len(arts), "events_coded": n_events, "stored": rep.added, "copies": rep.duplicates,
        "events_stored": rep.events, "code_seconds": round(t_code, 2), "ingest_seconds": round(t_ingest, 2),
        "code_articles_per_s": round(len(arts) / t_code, 2), "ingest_articles_per_s": round(len(arts) / t_ingest, 2),
        "speed_ratio": round(t_code / t_ingest, 3), "target": ">= 0.8", "database": store.dialect,
    }
    out["ok"] = out["speed_ratio"] >= 0.8
    print(json.dumps(out, indent=2))
    sys.exit(0 if out["ok"] else 1)


if __name__ == "__main__":
    main()
