"""communique.analysis against a real SQLite store, and the `communique dyad` command."""
import datetime as dt
import json

import pytest
from typer.testing import CliRunner

import web_data
from communique import analysis as an
from communique.store import Store

D = dt.date


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    path = tmp_path_factory.mktemp("an") / "an.db"
    s = Store(path)
    s.add_documents(web_data.documents())
    yield s
    s.close()


def test_dyad_series_is_undirected_and_asserted_only_by_default(store):
    s = an.dyad_series(store, "RUS", "USA", "month")
    assert [(p.period, p.events) for p in s.points] == [(D(2025, 4, 1), 2), (D(2025, 5, 1), 1)]
    assert s.total.quad == {1: 1, 2: 0, 3: 1, 4: 1}
    assert s.total.roots == {"04": 1, "16": 1, "11": 1}
    assert s.total.goldstein_sum == pytest.approx(-9.0)
    assert an.dyad_series(store, "USA", "RUS", "month").total.events == 3  # same either way round
    assert an.dyad_series(store, "RUS", "USA", "month", directed=True).total.events == 2
    assert an.dyad_series(store, "RUS", "USA", "month", modes=["negated"]).total.events == 1


def test_sector_codes_match_by_prefix_and_countries_by_country(store):
    assert an.dyad_series(store, "RUSMIL", "UKR", "day").total.events == 1
    assert an.dyad_series(store, "RUSGOV", "USA", "day").total.events == 0
    assert an.dyad_series(store, "USAGOV", "RUS", "day", modes=["negated"]).total.events == 1


def test_since_until_bound_and_fill_the_axis(store):
    s = an.dyad_series(store, "RUS", "USA", "week", since="2025-04-14", until="2025-05-31")
    assert s.points[0].period == D(2025, 4, 14) and s.points[-1].period == D(2025, 5, 26)
    assert s.total.events == 2


def test_happenings_unit_counts_deduplicated_happenings(store):
    assert an.dyad_series(store, "RUS", "USA", "month", unit="happenings").total.events == 3
    with pytest.raises(an.AnalysisError, match="unit"):
        an.dyad_series(store, "RUS", "USA", "month", unit="articles")


def test_actor_series_counts_each_event_once(store):
    s = an.actor_series(store, "RUS", "month")
    assert s.total.events == 5  # 3 with USA, 1 with UKR, 1 from TUR


def test_top_counterparts(store):
    cps = an.top_counterparts(store, "RUS")
    assert [c.code for c in cps] == ["USA", "TUR", "UKR"]
    assert cps[0].name == "United States" and cps[0].goldstein_mean == pytest.approx(-3.0)
    assert [c.code for c in an.top_counterparts(store, "RUS", limit=1)] == ["USA"]


def test_events_at_a_point(store):
    rows = an.events_at(store, "RUS", "USA", "2025-04-22", "week")
    assert [r["event_id"] for r in rows] == ["markup:1"] and rows[0]["article_doc_id"] == "markup"
    assert an.events_at(store, "RUS", None, "2025-05-04", "month", limit=2).__len__() == 2
    with pytest.raises(an.AnalysisError):
        an.events_at(store, "RUS", "USA", None, "week")


def test_dyad_command_prints_a_table_json_and_writes_charts(store, tmp_path):
    from communique.cli import app

    runner = CliRunner()
    db = store.url.split("///", 1)[1]
    r = runner.invoke(app, ["dyad", "RUS", "USA", "--db", db, "--interval", "month"])
    assert r.exit_code == 0, r.output
    assert "2025-04-01" in r.output and "total" in r.output
    r = runner.invoke(app, ["dyad", "RUS", "USA", "--db", db, "--json"])
    assert json.loads(r.stdout)["total"]["events"] == 3
    for name in ("c.png", "c.svg"):
        r = runner.invoke(app, ["dyad", "rus", "usa", "--db", db, "--plot", str(tmp_path / name)])
        assert r.exit_code == 0 and (tmp_path / name).stat().st_size > 5000
    r = runner.invoke(app, ["dyad", "RUS", "USA", "--db", db, "--interval", "year"])
    assert r.exit_code == 2 and "interval must be one of day, week, month" in r.output
