"""The series arithmetic: buckets, counts by QuadClass and root, Goldstein sums."""
import datetime as dt

import pytest

from communique import analysis as an
from communique.analysis import DayCount

D = dt.date


def test_bucket_start_week_is_iso_monday_and_month_is_first():
    assert an.bucket_start(D(2025, 4, 10), "week") == D(2025, 4, 7)  # a Thursday
    assert an.bucket_start(D(2025, 4, 7), "week") == D(2025, 4, 7)
    assert an.bucket_start(D(2025, 4, 13), "week") == D(2025, 4, 7)  # Sunday stays in the week
    assert an.bucket_start(D(2025, 4, 10), "month") == D(2025, 4, 1)
    assert an.bucket_start(D(2025, 4, 10), "day") == D(2025, 4, 10)


def test_period_bounds_cross_year_and_month_ends():
    assert an.period_bounds(D(2024, 12, 31), "week") == (D(2024, 12, 30), D(2025, 1, 5))
    assert an.period_bounds(D(2024, 2, 10), "month") == (D(2024, 2, 1), D(2024, 2, 29))
    assert an.period_bounds(D(2025, 12, 10), "month") == (D(2025, 12, 1), D(2025, 12, 31))


def test_aggregate_counts_quads_roots_and_goldstein():
    rows = [
        DayCount(D(2025, 4, 7), 1, "04", 2, 2 * 1.0, 2),
        DayCount(D(2025, 4, 9), 4, "19", 1, -10.0, 1),
        DayCount(D(2025, 4, 21), 3, "11", 3, -6.0, 3),
    ]
    pts = an.aggregate(rows, "week")
    assert [p.period for p in pts] == [D(2025, 4, 7), D(2025, 4, 14), D(2025, 4, 21)]
    first, empty, third = pts
    assert first.events == 3 and first.quad == {1: 2, 2: 0, 3: 0, 4: 1}
    assert first.roots == {"04": 2, "19": 1}
    assert first.goldstein_sum == pytest.approx(-8.0)
    assert first.goldstein_mean == pytest.approx(-8.0 / 3)
    assert first.cooperation == 2 and first.conflict == 1
    assert empty.events == 0 and empty.goldstein_mean is None  # filled gap
    assert third.to_dict()["goldstein_mean"] == pytest.approx(-2.0)


def test_aggregate_fill_respects_since_until_and_caps_open_ranges():
    rows = [DayCount(D(2025, 4, 9), 1, "04", 1, 1.0, 1)]
    pts = an.aggregate(rows, "month", since=D(2025, 1, 15), until=D(2025, 6, 2))
    assert [p.period.month for p in pts] == [1, 2, 3, 4, 5, 6]
    # An absurdly open range is filled only where the data is.
    pts = an.aggregate(rows, "day", since=D(1, 1, 1), until=D(9999, 12, 31))
    assert len(pts) == 1
    assert an.aggregate([], "week") == []


def test_goldstein_mean_skips_events_without_a_value():
    rows = [DayCount(D(2025, 4, 9), 1, "04", 3, 6.0, 2)]
    (p,) = an.aggregate(rows, "day")
    assert p.events == 3 and p.goldstein_mean == pytest.approx(3.0)


def test_day_counts_from_events_keeps_asserted_only_by_default():
    evs = [
        {"mode": "asserted", "date": "2025-04-10", "quad_class": 1, "cameo_root": "04", "goldstein": 1.0},
        {"mode": "negated", "date": "2025-04-10", "quad_class": 1, "cameo_root": "04", "goldstein": 1.0},
        {"mode": "asserted", "date": None, "quad_class": 4, "cameo_root": "19", "goldstein": None},
    ]
    rows = an.day_counts_from_events(evs)
    assert rows == [DayCount(D(2025, 4, 10), 1, "04", 1, 1.0, 1)]
    rows = an.day_counts_from_events(evs, modes=("asserted", "negated"), fallback_date=D(2025, 4, 12))
    assert sum(r.n for r in rows) == 3


@pytest.mark.parametrize("bad", ["", "r", "RUS;DROP", "ru s", "x" * 40])
def test_check_actor_rejects_malformed_codes(bad):
    with pytest.raises(an.AnalysisError):
        an.check_actor(bad)


def test_check_actor_normalises_and_range_covers_children():
    assert an.check_actor(" rusgov ") == "RUSGOV"
    lo, hi = an.code_range("RUS")
    assert lo <= "RUSGOV" < hi and not (lo <= "RUT" < hi) and lo <= "RUS" < hi
    assert an.actor_matches("RUS", "RUSMIL") and not an.actor_matches("RUS", "USA")


def test_parameter_errors_are_clear():
    with pytest.raises(an.AnalysisError, match="interval must be one of day, week, month"):
        an.check_interval("year")
    with pytest.raises(an.AnalysisError, match="mode must be among"):
        an.check_modes(["asserted", "maybe"])
    assert an.check_modes(None) == ("asserted",)
    with pytest.raises(an.AnalysisError, match="YYYY-MM-DD"):
        an.parse_day("10/04/2025")


@pytest.mark.parametrize("suffix", [".png", ".svg"])
def test_plot_series_writes_a_real_chart(tmp_path, suffix):
    rows = [DayCount(D(2025, 4, d), q, r, 2, g, 2) for d, q, r, g in
            [(1, 1, "04", 2.0), (9, 4, "19", -20.0), (20, 2, "07", 14.0)]]
    series = an.Series(a="RUS", b="USA", interval="week", points=an.aggregate(rows, "week"))
    out = an.plot_series(series, tmp_path / f"chart{suffix}")
    data = out.read_bytes()
    if suffix == ".png":
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 10_000
    else:
        assert b"<svg" in data[:500] and b"RUS" in data
    with pytest.raises(an.AnalysisError):
        an.plot_series(series, tmp_path / "chart.gif")
