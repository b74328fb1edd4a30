"""kill -9 in the middle of a real ingest (real coder, real database), rerun: every article once, none half-written."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time

import sqlalchemy as sa

from communique.ingest import demo_paths
from communique.store import Store
from store_fixtures import *  # noqa: F401,F403

# enough articles that the ingest is still running when the first batches land,
# however fast the machine (12 were sometimes all stored between two polls)
N = 48


def _count(url: str) -> int:
    engine = Store(url, migrate=False).engine
    try:
        with engine.connect() as conn:
            return conn.execute(sa.text("SELECT count(*) FROM articles")).scalar_one()
    except Exception:
        return 0
    finally:
        engine.dispose()


def _consistent(store: Store) -> None:
    with store.engine.connect() as conn:
        bad = conn.execute(sa.text(
            "SELECT a.doc_id FROM articles a LEFT JOIN events e ON e.article_id = a.id "
            "GROUP BY a.id, a.doc_id, a.num_events HAVING count(e.id) <> a.num_events")).all()
        assert bad == [], f"articles with missing events: {bad}"
        orphans = conn.execute(sa.text(
            "SELECT count(*) FROM events e WHERE e.happening_id IS NULL OR NOT EXISTS "
            "(SELECT 1 FROM event_mentions m WHERE m.event_id = e.id AND NOT m.is_copy)")).scalar_one()
        assert orphans == 0
        wrong = conn.execute(sa.text(
            "SELECT h.id FROM happenings h LEFT JOIN events e ON e.happening_id = h.id "
            "GROUP BY h.id, h.num_events HAVING count(e.id) <> h.num_events")).all()
        assert wrong == []
        dup = conn.execute(sa.text("SELECT doc_id FROM articles GROUP BY doc_id HAVING count(*) > 1")).all()
        assert dup == []


def test_kill_during_ingest_then_rerun(db_url, tmp_path):
    corpus, _seed = demo_paths()
    lines = corpus.read_text(encoding="utf-8").splitlines()
    # short articles first: the test is about storage, not about long texts
    recs = sorted((json.loads(line) for line in lines), key=lambda r: len(r["text"]))[:N]
    src = tmp_path / "in.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in recs), encoding="utf-8")
    Store(db_url).close()  # migrate before timing anything
    cmd = [sys.executable, "-m", "communique", "ingest", str(src), "--db", db_url, "--batch-size", "2"]
    env = dict(os.environ, COMMUNIQUE_DB="")
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)
    deadline = time.monotonic() + 240
    killed_at = None
    while time.monotonic() < deadline:
        n = _count(db_url)
        if n >= 2:
            proc.send_signal(signal.SIGKILL)
            killed_at = n
            break
        if proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.wait(timeout=30)
    assert killed_at is not None, f"ingest ended before it could be killed: {proc.stderr.read().decode()[-2000:]}"
    assert proc.returncode == -signal.SIGKILL

    store = Store(db_url)
    partial = store.stats()["articles"]
    assert 2 <= partial < N
    _consistent(store)

    rerun = subprocess.run(cmd[:-2] + ["--batch-size", "64", "--json"], capture_output=True, text=True, env=env,
                           timeout=600)
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    report = json.loads(rerun.stdout.strip().splitlines()[-1])
    assert report["skipped"] == partial and report["added"] + report["duplicates"] == N - partial
    s = store.stats()
    assert s["articles"] == N
    with store.engine.connect() as conn:
        got = set(conn.execute(sa.text("SELECT doc_id FROM articles")).scalars())
    assert got == {r["id"] for r in recs}
    _consistent(store)
    store.close()
