"""Exports from a real store: GDELT 2.0 (61 columns, in order), PLOVER JSONL, CSV, Parquet."""
from __future__ import annotations

import csv
import datetime as dt
import json

import pytest

from communique.export import COLUMNS, export
from communique.formats import GDELT_COLUMNS
from store_fixtures import *  # noqa: F401,F403
from store_fixtures import body, make_doc, make_event


@pytest.fixture
def loaded(store):
    text = body(5, 200)
    store.add_documents([
        make_doc("a", [make_event("a", 0, "RUSGOV", "USA", "044", dt.date(2025, 4, 10), reciprocal=True, mentions=2),
                       make_event("a", 1, "TUR", "RUS", "036", dt.date(2025, 4, 11), mode="future", place=None)],
                 text=text, url="https://a.example/1", outlet="A"),
        make_doc("b", [make_event("b", 0, "RUS", "USA", "043", dt.date(2025, 4, 11))],
                 url="https://b.example/1", outlet="B"),
        make_doc("c", [make_event("c", 0, "USA", "CHN", "010", dt.date(2025, 4, 1), place=None)], outlet="C"),
    ])
    store.add_documents([make_doc("a-copy", [], text="AP " + text, url="https://d.example/1", outlet="D")])
    return store


def test_gdelt_one_row_per_asserted_happening(loaded, tmp_path):
    out = tmp_path / "events.tsv"
    assert export(loaded, "gdelt", out) == 2  # a:0 + b:0 merged; c:0; the future event left out
    lines = out.read_text().splitlines()
    rows = [line.split("\t") for line in lines]
    assert all(len(r) == 61 for r in rows)
    col = {name: i for i, name in enumerate(GDELT_COLUMNS)}
    talks = next(r for r in rows if r[col["EventRootCode"]] == "04")
    assert talks[col["SQLDATE"]] == "20250410" and talks[col["MonthYear"]] == "202504" and talks[col["Year"]] == "2025"
    assert talks[col["Actor1Code"]] == "RUSGOV" and talks[col["Actor1CountryCode"]] == "RUS"
    assert talks[col["Actor1Type1Code"]] == "GOV" and talks[col["Actor2Code"]] == "USA"
    assert talks[col["EventCode"]] == "044" and talks[col["QuadClass"]] == "1"
    # a (2 mentions) + its wire copy (2) + b (1); articles a, copy, b; outlets A, D, B
    assert (talks[col["NumMentions"]], talks[col["NumSources"]], talks[col["NumArticles"]]) == ("5", "3", "3")
    assert talks[col["ActionGeo_FullName"]] == "Istanbul" and talks[col["ActionGeo_CountryCode"]] == "TU"
    assert talks[col["ActionGeo_FeatureID"]] == "745044" and talks[col["SOURCEURL"]] == "https://a.example/1"
    assert talks[col["AvgTone"]] == ""
    assert export(loaded, "gdelt", tmp_path / "all.tsv", mode=None) == 3


def test_plover_jsonl(loaded, tmp_path):
    out = tmp_path / "events.jsonl"
    n = export(loaded, "plover", out)
    recs = [json.loads(line) for line in out.read_text().splitlines()]
    assert n == len(recs) >= 3
    consult = next(r for r in recs if r["id"] == "a:0")
    assert consult["event"] == "CONSULT" and consult["date"] == "2025-04-10"
    assert consult["num_articles"] == 3 and consult["url"] == "https://a.example/1"
    assert consult["source"][0]["cameo"] == "RUSGOV"


def test_csv_and_parquet_same_rows(loaded, tmp_path):
    import pyarrow.parquet as pq

    n_csv = export(loaded, "csv", tmp_path / "e.csv")
    n_pq = export(loaded, "parquet", tmp_path / "e.parquet", dyad="RUS:USA")
    with open(tmp_path / "e.csv", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert n_csv == len(rows) == 4 and list(rows[0]) == COLUMNS
    table = pq.read_table(tmp_path / "e.parquet")
    assert n_pq == table.num_rows == 2 and table.column_names == COLUMNS
    assert str(table.schema.field("date").type) == "date32[day]"
    assert str(table.schema.field("reported_by").type).startswith("list<") and "string" in str(table.schema.field("reported_by").type)
    got = table.to_pylist()
    assert {r["doc_id"] for r in got} == {"a", "b"} and got[0]["reported_by"] == ["Caliber.Az"]
    assert export(loaded, "parquet", tmp_path / "none.parquet", actor="ZZZ") == 0
    assert pq.read_table(tmp_path / "none.parquet").num_rows == 0


def test_unknown_format(store, tmp_path):
    with pytest.raises(ValueError, match="unknown export format"):
        export(store, "xml", tmp_path / "x")
