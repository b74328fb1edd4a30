"""The series counted in SQL (buckets, directions, modes) equal a plain Python count of the same events.

A few hundred seeded random events over five months (every weekday, the year
end inside an ISO week) are stored in a real SQLite file and a real
PostgreSQL database; each series and each "events behind a point" is then
recomputed here from the records themselves, with no code of the module.
"""
from __future__ import annotations

import datetime as dt
import random
from collections import Counter

import pytest

from communique import analysis as an
from communique.codebook import codebook
from store_fixtures import *  # noqa: F401,F403  (pg, pg_template, store)
from store_fixtures import make_doc, make_event

D = dt.date
ACTORS = ["RUS", "RUSGOV", "RUSMIL", "USA", "USAGOV", "UKR", "TUR", "CHN", "NATO", "IGOUNO", None]
MODES = ["asserted"] * 6 + ["negated", "future", "hypothetical"]
FIRST = D(2024, 11, 20)


def _records(seed: int = 7) -> tuple[list, list[tuple]]:
    """Documents to store, and (event, stored day or None) in storage order."""
    rng = random.Random(seed)
    codes = sorted(c.code for c in codebook().values() if len(c.code) == 3)
    docs, flat = [], []
    for k in range(90):
        # a few articles without a date: their undated events are never counted
        art_day = None if k % 15 == 0 else FIRST + dt.timedelta(days=rng.randrange(130))
        evs = []
        for n in range(rng.randint(1, 6)):
            src = rng.choice(ACTORS[:4] * 3 + ACTORS)
            tgt = rng.choice(ACTORS[3:5] * 3 + ACTORS)
            day = rng.choice([None, None, FIRST + dt.timedelta(days=rng.randrange(130)), D(2024, 12, 29),
                              D(2024, 12, 30), D(2025, 1, 5), D(2025, 1, 6)])
            evs.append(make_event(f"d{k}", n, src=src, tgt=tgt, cameo=rng.choice(codes), day=day,
                                  mode=rng.choice(MODES)))
        day = art_day
        docs.append(make_doc(f"d{k}", evs, day=day, seed=k))
        flat += [(ev, ev.date or day) for ev in evs]
    return docs, flat


DOCS, EVENTS = _records()


def _matches(query: str, actor) -> bool:
    if actor is None:
        return False
    if an.is_country(query):
        return actor.country == query
    return (actor.code or "").startswith(query)


def _start(day: dt.date, interval: str) -> dt.date:
    if interval == "week":
        year, week, _ = day.isocalendar()
        return dt.date.fromisocalendar(year, week, 1)
    if interval == "month":
        return dt.date(day.year, day.month, 1)
    return day


def _selected(a, b, *, modes=("asserted",), directed=False, since=None, until=None):
    """(event, day) pairs the query should count, in storage order."""
    out = []
    for ev, day in EVENTS:
        if day is None or ev.mode not in modes or (since and day < since) or (until and day > until):
            continue
        if b is None:
            hit = _matches(a, ev.source) or _matches(a, ev.target)
        else:
            fwd = _matches(a, ev.source) and _matches(b, ev.target)
            rev = _matches(b, ev.source) and _matches(a, ev.target)
            hit = fwd or (rev and not directed)
        if hit:
            out.append((ev, day))
    return out


def _python_series(interval: str, selected) -> dict:
    buckets: dict = {}
    for ev, day in selected:
        p = buckets.setdefault(_start(day, interval), {"events": 0, "quad": Counter(), "roots": Counter(),
                                                       "gsum": 0.0, "gn": 0})
        p["events"] += 1
        p["quad"][ev.quad_class] += 1
        p["roots"][ev.cameo_root] += 1
        if ev.goldstein is not None:
            p["gsum"] += ev.goldstein
            p["gn"] += 1
    return buckets


def _assert_same(series: an.Series, expected: dict) -> None:
    got = {p.period: p for p in series.points if p.events}
    assert sorted(got) == sorted(expected)
    for period, want in expected.items():
        p = got[period]
        assert p.end == an.next_bucket(period, series.interval) - dt.timedelta(days=1)
        assert p.events == want["events"], period
        assert {q: n for q, n in p.quad.items() if n} == dict(want["quad"]), period
        assert p.roots == dict(want["roots"]), period
        assert p.goldstein_sum == pytest.approx(want["gsum"], abs=1e-9), period
        assert p.goldstein_n == want["gn"], period
    # the axis is true: consecutive buckets, the empty ones zero
    periods = [p.period for p in series.points]
    assert periods == sorted(periods)
    for x, y in zip(periods, periods[1:]):
        assert an.next_bucket(x, series.interval) == y
    assert all(p.events == 0 and p.goldstein_n == 0 for p in series.points if p.period not in expected)


@pytest.fixture
def filled(store):
    store.add_documents(DOCS)
    return store


QUERIES = [
    # (a, b, keyword arguments)
    ("RUS", "USA", {}),
    ("USA", "RUS", {"directed": True}),
    ("RUSGOV", "USA", {}),
    ("RUS", "NATO", {"modes": ["asserted", "negated", "future", "hypothetical"]}),
    ("RUS", "USA", {"since": D(2024, 12, 25), "until": D(2025, 2, 10), "modes": ["asserted", "future"]}),
    ("RUS", None, {}),
    ("USAGOV", None, {"modes": ["negated", "asserted"]}),
    ("IGO", None, {}),
]


def test_sql_series_equal_a_python_count(filled):
    assert sum(1 for _, d in EVENTS if d is None) > 0  # undated events exist and must be left out
    for interval in ("day", "week", "month"):
        for a, b, kw in QUERIES:
            selected = _selected(a, b, **kw)
            if b is None:
                s = an.actor_series(filled, a, interval, **kw)
            else:
                s = an.dyad_series(filled, a, b, interval, **kw)
            assert s.total.events == len(selected), (a, b, kw, interval)
            _assert_same(s, _python_series(interval, selected))
    assert an.dyad_series(filled, "RUS", "USA", "week").total.events > 20  # the data is not trivially small


def test_weeks_cross_the_year_end_on_monday(filled):
    s = an.dyad_series(filled, "RUS", "USA", "week", since="2024-12-23", until="2025-01-12",
                       modes=list(an.MODES))
    assert [p.period for p in s.points] == [D(2024, 12, 23), D(2024, 12, 30), D(2025, 1, 6)]
    want = _python_series("week", _selected("RUS", "USA", modes=an.MODES, since=D(2024, 12, 23),
                                            until=D(2025, 1, 12)))
    assert {p.period: p.events for p in s.points} == {k: want.get(k, {"events": 0})["events"] for k in
                                                      (D(2024, 12, 23), D(2024, 12, 30), D(2025, 1, 6))}


def test_events_at_equal_a_python_filter(filled):
    ids = {ev.event_id: i for i, (ev, _) in enumerate(EVENTS)}  # storage order = row id order
    for a, b, kw in QUERIES:
        modes = kw.get("modes", ["asserted"])
        directed = kw.get("directed", False)
        for interval, day in (("week", D(2024, 12, 31)), ("month", D(2025, 1, 15)), ("day", D(2025, 1, 5))):
            first, last = an.period_bounds(day, interval)
            want = sorted(_selected(a, b, modes=modes, directed=directed, since=first, until=last),
                          key=lambda e: (e[1], ids[e[0].event_id]))
            rows = an.events_at(filled, a, b, day, interval, modes=modes, directed=directed)
            assert [r["event_id"] for r in rows] == [ev.event_id for ev, _ in want], (a, b, interval)
            if len(want) > 2:  # the limit keeps the first rows of the merged directions
                rows = an.events_at(filled, a, b, day, interval, modes=modes, directed=directed, limit=2)
                assert [r["event_id"] for r in rows] == [ev.event_id for ev, _ in want[:2]]


def test_period_start_in_sql_is_the_bucket_start(filled):
    """The SQL buckets themselves (not only the series, which Python re-buckets) start where Python's do."""
    import sqlalchemy as sa
    from communique.store.schema import events

    cols = [an.period_start(events.c.date, iv).label(iv) for iv in an.INTERVALS]
    stmt = sa.select(events.c.date, *cols).where(events.c.date.is_not(None)).distinct()
    with filled.engine.connect() as conn:
        rows = conn.execute(stmt).all()
    assert len(rows) > 50 and {r.date.weekday() for r in rows} == set(range(7))
    for r in rows:
        for iv in an.INTERVALS:
            assert getattr(r, iv) == an.bucket_start(r.date, iv), (r.date, iv)
