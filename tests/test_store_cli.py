"""The store's commands (ingest, events, stats, export) as thin shells, through typer's runner."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from communique.cli import app
from communique.store import Store
from store_fixtures import *  # noqa: F401,F403
from store_fixtures import make_doc, make_event

runner = CliRunner()


@pytest.fixture
def url(store):
    import datetime as dt

    store.add_documents([
        make_doc("a", [make_event("a", 0, "RUS", "USA", "044", dt.date(2025, 4, 10))], outlet="A"),
        make_doc("b", [make_event("b", 0, "CHN", "UKR", "190", dt.date(2025, 3, 1), place=None)], outlet="B"),
        make_doc("c", [make_event("c", 0, "USA", "RUS", "036", dt.date(2025, 4, 12), mode="future", place=None)],
                 outlet="C"),
    ])
    return store.url


def test_events_filters_and_formats(url):
    res = runner.invoke(app, ["events", "--db", url, "--dyad", "RUS:USA", "--format", "jsonl"])
    assert res.exit_code == 0, res.output
    docs = [json.loads(line)["doc_id"] for line in res.stdout.splitlines()]
    assert docs == ["c", "a"]
    res = runner.invoke(app, ["events", "--db", url, "--actor", "RUS", "--mode", "asserted", "--root", "04",
                              "--since", "2025-04-01", "--until", "2025-04-30", "--format", "csv"])
    rows = list(csv.DictReader(io.StringIO(res.stdout)))
    assert [r["doc_id"] for r in rows] == ["a"] and rows[0]["source_code"] == "RUS"
    res = runner.invoke(app, ["events", "--db", url, "--limit", "0"])
    assert res.exit_code == 0 and "CHN" in res.stdout and "RUS" in res.stdout
    res = runner.invoke(app, ["events", "--db", url, "--dyad", "RUS"])
    assert res.exit_code == 2 and "dyad" in res.output


def test_stats_json(url):
    res = runner.invoke(app, ["stats", "--db", url, "--json"])
    assert res.exit_code == 0
    s = json.loads(res.stdout)
    assert s["articles"] == 3 and s["events"] == 3 and s["by_mode"]["future"] == 1
    res = runner.invoke(app, ["stats", "--db", url])
    assert "3 articles" in res.stdout


def test_export_command(url, tmp_path):
    out = tmp_path / "e.tsv"
    res = runner.invoke(app, ["export", "--db", url, "--format", "gdelt", "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert [len(line.split("\t")) for line in out.read_text().splitlines()] == [61, 61]
    res = runner.invoke(app, ["export", "--db", url, "--format", "parquet", "-o", str(tmp_path / "e.parquet"),
                              "--actor", "CHN"])
    assert res.exit_code == 0 and "1 rows" in res.output


def test_ingest_command_reports_bad_records(tmp_path, monkeypatch):
    src = tmp_path / "in.jsonl"
    src.write_text('{"id": "x", "text": ""}\nnot json\n', encoding="utf-8")
    db = tmp_path / "s.db"
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--json"])
    assert res.exit_code == 1  # nothing at all could be stored
    assert "in.jsonl#1: empty text" in res.output and "in.jsonl:2" in res.output
    res = runner.invoke(app, ["ingest", str(src), "--db", str(db), "--date", "yesterday"])
    assert res.exit_code == 2 and "--date" in res.output


def test_default_db_from_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("COMMUNIQUE_DB", str(tmp_path / "env.db"))
    res = runner.invoke(app, ["stats", "--json"])
    assert res.exit_code == 0 and json.loads(res.stdout)["articles"] == 0
    assert (tmp_path / "env.db").exists()
    monkeypatch.delenv("COMMUNIQUE_DB")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(app, ["stats", "--json"]).exit_code == 0
    assert (tmp_path / "communique.db").exists()
    Store(str(tmp_path / "communique.db")).close()
