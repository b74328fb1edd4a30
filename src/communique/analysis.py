"""Relations over time: dyad and actor series, counterparts, the events behind a point.

Two layers.  The arithmetic (bucketing days into weeks and months, counting by
QuadClass and CAMEO root, summing Goldstein values) works on plain
``DayCount`` rows, so it is the same whether the rows come from SQLite,
PostgreSQL or a list of coded documents.  The store layer lets the database
do the counting: one statement per series, each direction of a dyad its own
index seek (UNION ALL, not one OR), grouped by the bucket's first day
(``period_start``, compiled per dialect) with QuadClass and root, so a weekly
series of five years comes back as at most 260 x 20 rows whatever the number
of events.  Those rows are ``DayCount`` rows dated on their bucket's first
day, and the same Python arithmetic fills the gaps.

Only asserted events count unless the caller passes other ``modes``
(DESIGN.md: negated, future and hypothetical events are not happenings).

Actor matching: a query code matches an actor whose code starts with it
(``RUS`` matches ``RUS``, ``RUSGOV``, ``RUSMIL``; ``RUSGOV`` matches
``RUSGOVxxx``) -- CAMEO codes are hierarchical left to right.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Literal, Sequence

Interval = Literal["day", "week", "month"]
INTERVALS: tuple[str, ...] = ("day", "week", "month")
MODES: tuple[str, ...] = ("asserted", "negated", "future", "hypothetical")
DEFAULT_MODES: tuple[str, ...] = ("asserted",)
ROOTS: tuple[str, ...] = tuple(f"{i:02d}" for i in range(1, 21))
QUAD_NAMES = {
    1: "verbal cooperation",
    2: "material cooperation",
    3: "verbal conflict",
    4: "material conflict",
}
# Letters, digits; CAMEO actor codes are upper case and at most a few triples.
_ACTOR_RE = re.compile(r"^[A-Z0-9]{2,30}$")


class AnalysisError(ValueError):
    """A bad analysis parameter (unknown interval, malformed actor code...)."""


# ---------------------------------------------------------------- parameters

def check_interval(interval: str) -> str:
    if interval not in INTERVALS:
        raise AnalysisError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")
    return interval


def check_modes(modes: Iterable[str] | None) -> tuple[str, ...]:
    if modes is None:
        return DEFAULT_MODES
    out = tuple(dict.fromkeys(m.strip().lower() for m in modes if m and m.strip()))
    bad = [m for m in out if m not in MODES]
    if bad:
        raise AnalysisError(f"mode must be among {', '.join(MODES)}, not {bad[0]!r}")
    return out or DEFAULT_MODES


def check_actor(code: str) -> str:
    """Normalise an actor code (upper case) or raise AnalysisError."""
    norm = (code or "").strip().upper()
    if not _ACTOR_RE.match(norm):
        raise AnalysisError(
            f"actor code must be 2-30 letters or digits (a CAMEO code such as RUS or RUSGOV), not {code!r}"
        )
    return norm


def actor_matches(query: str, code: str | None) -> bool:
    """True when the actor ``code`` falls under the query code (prefix match)."""
    return bool(code) and code.startswith(query)


def code_range(query: str) -> tuple[str, str]:
    """Half-open string range [lo, hi) holding every code that starts with query.

    A range predicate uses a B-tree index on the code column where LIKE 'X%'
    would not (SQLite's LIKE is case-insensitive and skips the index).
    """
    return query, query[:-1] + chr(ord(query[-1]) + 1)


# ---------------------------------------------------------------- periods

def bucket_start(day: _dt.date, interval: str) -> _dt.date:
    """First day of the bucket holding ``day``: itself, its ISO week's Monday, its month's 1st."""
    if interval == "day":
        return day
    if interval == "week":
        return day - _dt.timedelta(days=day.weekday())
    if interval == "month":
        return day.replace(day=1)
    raise AnalysisError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")


def next_bucket(start: _dt.date, interval: str) -> _dt.date:
    if interval == "day":
        return start + _dt.timedelta(days=1)
    if interval == "week":
        return start + _dt.timedelta(days=7)
    if interval == "month":
        return (start.replace(day=28) + _dt.timedelta(days=4)).replace(day=1)
    raise AnalysisError(f"interval must be one of {', '.join(INTERVALS)}, not {interval!r}")


def period_bounds(day: _dt.date, interval: str) -> tuple[_dt.date, _dt.date]:
    """[first, last] days of the bucket holding ``day`` (both inclusive)."""
    start = bucket_start(day, interval)
    return start, next_bucket(start, interval) - _dt.timedelta(days=1)


def parse_day(value: str | _dt.date | None, name: str = "date") -> _dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    text = str(value).strip()
    for fmt in ("%Y-%m-%d", "%Y%m%d", "%Y-%m"):
        try:
            return _dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise AnalysisError(f"{name} must be YYYY-MM-DD, not {value!r}")


# ---------------------------------------------------------------- arithmetic

@dataclass(frozen=True)
class DayCount:
    """Events of one day with one QuadClass and root: what the database returns."""

    day: _dt.date
    quad_class: int
    root: str
    n: int
    goldstein_sum: float = 0.0
    goldstein_n: int = 0  # events of the n that carry a Goldstein value


@dataclass
class SeriesPoint:
    """One bucket of a series."""

    period: _dt.date  # first day of the bucket
    end: _dt.date  # last day of the bucket
    events: int = 0
    quad: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})
    roots: dict[str, int] = field(default_factory=dict)
    goldstein_sum: float = 0.0
    goldstein_n: int = 0

    @property
    def goldstein_mean(self) -> float | None:
        # The sum is rounded first: scores have one decimal, but a float sum's
        # last bits depend on the order the database added the rows in, and
        # that noise would flip the 4th decimal of a mean sitting on a tie.
        return round(self.goldstein_sum, 6) / self.goldstein_n if self.goldstein_n else None

    @property
    def cooperation(self) -> int:
        return self.quad[1] + self.quad[2]

    @property
    def conflict(self) -> int:
        return self.quad[3] + self.quad[4]

    def to_dict(self) -> dict:
        return {
            "period": self.period.isoformat(),
            "end": self.end.isoformat(),
            "events": self.events,
            "quad": {str(k): v for k, v in sorted(self.quad.items())},
            "roots": dict(sorted(self.roots.items())),
            "cooperation": self.cooperation,
            "conflict": self.conflict,
            "goldstein_sum": round(self.goldstein_sum, 4),
            "goldstein_mean": None if self.goldstein_mean is None else round(self.goldstein_mean, 4),
        }


@dataclass
class Series:
    """A dyad's (``b`` set) or an actor's (``b`` None) events per bucket."""

    a: str
    b: str | None
    interval: str
    modes: tuple[str, ...] = DEFAULT_MODES
    directed: bool = False
    since: _dt.date | None = None
    until: _dt.date | None = None
    points: list[SeriesPoint] = field(default_factory=list)

    @property
    def total(self) -> SeriesPoint:
        first = self.points[0].period if self.points else (self.since or _dt.date(1970, 1, 1))
        last = self.points[-1].end if self.points else first
        tot = SeriesPoint(period=first, end=last)
        for p in self.points:
            _merge(tot, p)
        return tot

    def to_dict(self) -> dict:
        return {
            "a": self.a,
            "b": self.b,
            "interval": self.interval,
            "modes": list(self.modes),
            "directed": self.directed,
            "since": self.since.isoformat() if self.since else None,
            "until": self.until.isoformat() if self.until else None,
            "points": [p.to_dict() for p in self.points],
            "total": self.total.to_dict(),
        }


def _merge(into: SeriesPoint, other: SeriesPoint) -> None:
    into.events += other.events
    for q, n in other.quad.items():
        into.quad[q] = into.quad.get(q, 0) + n
    for r, n in other.roots.items():
        into.roots[r] = into.roots.get(r, 0) + n
    into.goldstein_sum += other.goldstein_sum
    into.goldstein_n += other.goldstein_n


def aggregate(
    rows: Iterable[DayCount],
    interval: str,
    *,
    since: _dt.date | None = None,
    until: _dt.date | None = None,
    fill: bool = True,
) -> list[SeriesPoint]:
    """Bucket per-day counts into points, oldest first.

    With ``fill`` every bucket between the first and the last (or ``since`` and
    ``until`` when given) is present, empty ones with zero counts, so a chart's
    x axis is true to time.
    """
    check_interval(interval)
    buckets: dict[_dt.date, SeriesPoint] = {}
    for row in rows:
        start = bucket_start(row.day, interval)
        point = buckets.get(start)
        if point is None:
            point = buckets[start] = SeriesPoint(period=start, end=next_bucket(start, interval) - _dt.timedelta(days=1))
        point.events += row.n
        q = int(row.quad_class)
        point.quad[q] = point.quad.get(q, 0) + row.n
        point.roots[row.root] = point.roots.get(row.root, 0) + row.n
        point.goldstein_sum += float(row.goldstein_sum or 0.0)
        point.goldstein_n += int(row.goldstein_n or 0)
    if fill and (buckets or (since and until)):
        first = bucket_start(since, interval) if since else min(buckets)
        last = bucket_start(until, interval) if until else max(buckets)
        if _span(first, last, interval) > MAX_FILL and buckets:
            # An open-ended range (since=0001-01-01) fills only where the data is.
            first, last = max(first, min(buckets)), min(last, max(buckets))
        if _span(first, last, interval) <= MAX_FILL:
            cursor = first
            while cursor <= last:
                if cursor not in buckets:
                    buckets[cursor] = SeriesPoint(period=cursor, end=next_bucket(cursor, interval) - _dt.timedelta(days=1))
                cursor = next_bucket(cursor, interval)
    return [buckets[k] for k in sorted(buckets)]


MAX_FILL = 5000  # buckets: beyond this a filled axis is noise, not information


def _span(first: _dt.date, last: _dt.date, interval: str) -> float:
    return (last - first).days / {"day": 1, "week": 7, "month": 30.4}[interval]


def day_counts_from_events(
    events: Iterable, modes: Sequence[str] = DEFAULT_MODES, fallback_date: _dt.date | None = None
) -> list[DayCount]:
    """Per-day counts from event records (``records.Event`` or their dicts).

    Events without a date take ``fallback_date``; without either they are
    left out (unknown stays unknown: no guessed day).
    """
    acc: dict[tuple, list] = defaultdict(lambda: [0, 0.0, 0])
    for ev in events:
        get = ev.get if isinstance(ev, dict) else (lambda k, _e=ev: getattr(_e, k, None))
        if get("mode") not in modes:
            continue
        day = parse_day(get("date")) or fallback_date
        if day is None:
            continue
        g = get("goldstein")
        slot = acc[(day, int(get("quad_class")), get("cameo_root"))]
        slot[0] += 1
        if g is not None:
            slot[1] += float(g)
            slot[2] += 1
    return [DayCount(day=k[0], quad_class=k[1], root=k[2], n=v[0], goldstein_sum=v[1], goldstein_n=v[2])
            for k, v in sorted(acc.items())]


# ---------------------------------------------------------------- charts

QUAD_COLOURS = {1: "#7fc97f", 2: "#1b7837", 3: "#fdae61", 4: "#d7301f"}


def plot_series(series: Series, path: str | Path, *, title: str | None = None) -> Path:
    """Write the series as a chart file; the format follows the suffix (.png, .svg, .pdf).

    Top: events per bucket stacked by QuadClass (cooperation up in greens,
    conflict in oranges and reds).  Bottom: summed Goldstein score per bucket
    and its mean on a second axis.
    """
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt
    from matplotlib.ticker import MaxNLocator

    path = Path(path)
    if path.suffix.lower() not in (".png", ".svg", ".pdf"):
        raise AnalysisError(f"chart file must end in .png, .svg or .pdf, not {path.name!r}")
    points = series.points
    xs = [p.period for p in points]
    width = {"day": 0.8, "week": 5.5, "month": 24}[series.interval]
    fig, (ax1, ax2) = plt.subplots(
        2, 1, figsize=(10, 6.2), sharex=True, gridspec_kw={"height_ratios": [3, 2]}, constrained_layout=True
    )
    bottom = [0] * len(points)
    for q in (1, 2, 3, 4):
        ys = [p.quad.get(q, 0) for p in points]
        ax1.bar(xs, ys, width=width, bottom=bottom, color=QUAD_COLOURS[q], label=QUAD_NAMES[q], align="edge")
        bottom = [b + y for b, y in zip(bottom, ys)]
    ax1.set_ylabel(f"events per {series.interval}")
    # Above the axes, so no bar ever hides a swatch.
    ax1.legend(loc="lower left", bbox_to_anchor=(0, 1.0), fontsize=8, frameon=False, ncol=4)
    ax1.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax1.grid(axis="y", alpha=0.3)
    ax1.spines[["top", "right"]].set_visible(False)

    gsum = [p.goldstein_sum for p in points]
    ax2.bar(xs, gsum, width=width, align="edge",
            color=["#1b7837" if g >= 0 else "#d7301f" for g in gsum], alpha=0.75, label="Goldstein sum")
    ax2.axhline(0, color="#555", linewidth=0.8)
    ax2.set_ylabel("Goldstein sum")
    ax2.grid(axis="y", alpha=0.3)
    ax2.spines[["top"]].set_visible(False)
    means = [(p.period + _dt.timedelta(days=width / 2), p.goldstein_mean) for p in points if p.goldstein_mean is not None]
    if means:
        ax3 = ax2.twinx()
        ax3.plot([m[0] for m in means], [m[1] for m in means], color="#2c3e50", marker="o", markersize=3,
                 linewidth=1.2, label="Goldstein mean")
        ax3.set_ylim(-10.5, 10.5)
        ax3.set_ylabel("Goldstein mean")
        ax3.spines[["top"]].set_visible(False)
    ax2.xaxis.set_major_formatter(mdates.ConciseDateFormatter(mdates.AutoDateLocator()))
    who = f"{series.a} – {series.b}" if series.b else series.a
    modes = ", ".join(series.modes)
    total = series.total
    fig.suptitle(title or f"{who}: {total.events} events ({modes}), "
                 f"{total.cooperation} cooperative, {total.conflict} conflictual", fontsize=11)
    if not points:
        ax1.text(0.5, 0.5, "no events", transform=ax1.transAxes, ha="center", va="center", color="#888")
    path.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(path, dpi=120)
    plt.close(fig)
    return path


# ---------------------------------------------------------------- the store

UNITS: tuple[str, ...] = ("events", "happenings")


def check_unit(unit: str) -> str:
    if unit not in UNITS:
        raise AnalysisError(f"unit must be one of {', '.join(UNITS)}, not {unit!r}")
    return unit


def _engine(store):
    """An Engine from an Engine, a Connection-less Store (``.engine``) or a URL/path."""
    import sqlalchemy as sa

    if isinstance(store, sa.engine.Engine):
        return store
    engine = getattr(store, "engine", None)
    if isinstance(engine, sa.engine.Engine):
        return engine
    from communique.store.engine import make_engine

    return make_engine(store)


def _table(unit: str):
    """Both units read the events table; ``happenings`` keeps one event per happening."""
    from communique.store import schema

    check_unit(unit)
    return schema.events


def _from(unit: str):
    """The FROM clause: events, or events joined to the happenings they first reported."""
    from communique.store import schema

    if unit == "happenings":
        return schema.events.join(schema.happenings, schema.happenings.c.first_event_id == schema.events.c.id)
    return schema.events


def is_country(code: str) -> bool:
    """True for an ISO 3166-1 alpha-3 code: those match the indexed country column."""
    if len(code) != 3 or not code.isalpha():
        return False
    import pycountry

    return pycountry.countries.get(alpha_3=code) is not None


def _side(table, role: str, query: str, seek: bool = True):
    """SQL predicate: the ``role`` actor (source/target) falls under ``query``.

    ``seek=False`` keeps a country equality off the indexes (SQLite only):
    beside a code range (``RUSGOV``) the range is the narrow seek, and
    SQLite's planner would otherwise walk every event of the country.
    """
    if is_country(query):
        col = table.c[f"{role}_country"]
        return (col if seek else _constructs()["filter_only"](col)) == query
    lo, hi = code_range(query)
    col = table.c[f"{role}_code"]
    return (col >= lo) & (col < hi)


def _common(table, modes, since, until):
    conds = [table.c.mode.in_(list(modes))]
    if since:
        conds.append(table.c.date >= since)
    if until:
        conds.append(table.c.date <= until)
    return conds


def _branches(table, a: str, b: str | None, directed: bool):
    """The WHERE predicates, one per direction; their results are disjoint.

    Separate statements joined by UNION ALL (not one OR) so each direction is
    an index seek on (source_*, target_*, date) or (target_*, date).
    """
    if b is None:
        as_source = _side(table, "source", a)
        # An actor acting on itself is counted once: as source.
        as_target = _side(table, "target", a) & ~_coalesced(table, "source", a)
        return [as_source, as_target]
    # A country beside a code range is a filter, the range the seek (_side).
    seek_a = seek_b = True
    if is_country(a) != is_country(b):
        seek_a, seek_b = not is_country(a), not is_country(b)
    first = _side(table, "source", a, seek_a) & _side(table, "target", b, seek_b)
    if directed or a == b:
        return [first]
    second = _side(table, "source", b, seek_b) & _side(table, "target", a, seek_a) & ~(
        _coalesced(table, "source", a) & _coalesced(table, "target", b)
    )
    return [first, second]


def _coalesced(table, role: str, query: str):
    """Like _side, but NULL columns give False (so ``~`` of it is safe under SQL's 3-valued logic)."""
    import sqlalchemy as sa

    if is_country(query):
        return sa.func.coalesce(table.c[f"{role}_country"], "") == query
    lo, hi = code_range(query)
    col = sa.func.coalesce(table.c[f"{role}_code"], "")
    return (col >= lo) & (col < hi)


def _constructs() -> dict:
    """Define the dialect-aware expressions on first use (sqlalchemy is imported lazily)."""
    global _CONSTRUCTS
    if _CONSTRUCTS is not None:
        return _CONSTRUCTS
    import sqlalchemy as sa
    from sqlalchemy.ext.compiler import compiles
    from sqlalchemy.sql.expression import FunctionElement

    class period_start(FunctionElement):
        type = sa.Date()
        name = "period_start"
        inherit_cache = True

    class week_start(period_start):
        inherit_cache = True

    class month_start(period_start):
        inherit_cache = True

    @compiles(week_start, "sqlite")
    def _week_sqlite(element, compiler, **kw):
        return f"date({compiler.process(element.clauses, **kw)}, 'weekday 0', '-6 days')"

    @compiles(month_start, "sqlite")
    def _month_sqlite(element, compiler, **kw):
        return f"strftime('%Y-%m-01', {compiler.process(element.clauses, **kw)})"

    @compiles(week_start)
    def _week_trunc(element, compiler, **kw):
        return f"CAST(date_trunc('week', CAST({compiler.process(element.clauses, **kw)} AS TIMESTAMP)) AS DATE)"

    @compiles(month_start)
    def _month_trunc(element, compiler, **kw):
        return f"CAST(date_trunc('month', CAST({compiler.process(element.clauses, **kw)} AS TIMESTAMP)) AS DATE)"

    def make(col, interval: str):
        check_interval(interval)
        if interval == "day":
            return col
        return (week_start if interval == "week" else month_start)(col)

    class filter_only(FunctionElement):
        type = sa.String()  # only ever wraps the country columns
        inherit_cache = True

    @compiles(filter_only, "sqlite")
    def _plus_sqlite(element, compiler, **kw):
        # SQLite's documented way to keep a term off the indexes: unary plus.
        return f"+{compiler.process(element.clauses, **kw)}"

    @compiles(filter_only)
    def _plain(element, compiler, **kw):
        return compiler.process(element.clauses, **kw)

    def keep_off_index(col):
        return filter_only(col)

    _CONSTRUCTS = {"period_start": make, "filter_only": keep_off_index}
    return _CONSTRUCTS


_CONSTRUCTS = None


def period_start(col, interval: str):
    """The SQL expression for the first day of the day/week/month bucket holding the DATE column ``col``.

    SQLite keeps dates as ISO text: ``date(d, 'weekday 0', '-6 days')`` is the
    Monday on or before ``d`` ('weekday 0' moves forward to a Sunday, or stays
    on one) and ``strftime('%Y-%m-01', d)`` the month's first day.  PostgreSQL
    truncates: ``date_trunc('week', d::timestamp)::date`` (ISO weeks start on
    Monday).  The interval is rendered as a literal, never a bound parameter,
    so the SELECT and GROUP BY expressions are the same text (PostgreSQL
    refuses a GROUP BY whose parameters merely have equal values).
    """
    return _constructs()["period_start"](col, interval)


def _bucket_counts(engine, table, branches, conds, interval: str, unit: str = "events") -> list[DayCount]:
    """Counts per (bucket, QuadClass, root) of the events matching any branch, summed in SQL.

    Each branch is its own SELECT (an index seek on its direction) grouped by
    bucket; UNION ALL and an outer GROUP BY add the directions up, so one
    round trip brings back only aggregated rows.  Rows are dated on their
    bucket's first day.
    """
    import sqlalchemy as sa

    period = period_start(table.c.date, interval)
    parts = [
        sa.select(
            period.label("period"),
            table.c.quad_class.label("quad_class"),
            table.c.cameo_root.label("root"),
            sa.func.count().label("n"),
            sa.func.sum(table.c.goldstein).label("gsum"),
            sa.func.count(table.c.goldstein).label("gn"),
        )
        .select_from(_from(unit))
        .where(branch, table.c.date.is_not(None), *conds)
        .group_by(period, table.c.quad_class, table.c.cameo_root)
        for branch in branches
    ]
    if len(parts) == 1:
        stmt = parts[0]
    else:
        u = sa.union_all(*parts).subquery("per_direction")
        stmt = (sa.select(u.c.period, u.c.quad_class, u.c.root, sa.func.sum(u.c.n).label("n"),
                          sa.func.sum(u.c.gsum).label("gsum"), sa.func.sum(u.c.gn).label("gn"))
                .group_by(u.c.period, u.c.quad_class, u.c.root))
    out: list[DayCount] = []
    with engine.connect() as conn:
        for period_day, quad, root, n, gsum, gn in conn.execute(stmt):
            if quad is None:
                continue
            out.append(DayCount(day=parse_day(period_day), quad_class=int(quad), root=root, n=int(n),
                                goldstein_sum=float(gsum or 0.0), goldstein_n=int(gn or 0)))
    return out


def dyad_series(
    store,
    a: str,
    b: str,
    interval: str = "week",
    *,
    since: _dt.date | str | None = None,
    until: _dt.date | str | None = None,
    modes: Iterable[str] | None = None,
    directed: bool = False,
    unit: str = "events",
    fill: bool = True,
) -> Series:
    """Events between ``a`` and ``b`` per day/week/month.

    Undirected unless ``directed`` (then only ``a`` acting on ``b``).  ``unit``
    is ``events`` (every coded event of every article) or ``happenings``
    (events deduplicated across articles, see :mod:`communique.dedup`: each
    happening counted once, with the codes of its first report).
    ``store`` is a ``Store``, an Engine, or a ``--db`` path/URL.
    """
    a, b = check_actor(a), check_actor(b)
    interval, modes = check_interval(interval), check_modes(modes)
    since, until = parse_day(since, "since"), parse_day(until, "until")
    table = _table(unit)
    rows = _bucket_counts(_engine(store), table, _branches(table, a, b, directed),
                          _common(table, modes, since, until), interval, unit)
    return Series(a=a, b=b, interval=interval, modes=modes, directed=directed, since=since, until=until,
                  points=aggregate(rows, interval, since=since, until=until, fill=fill))


def actor_series(
    store,
    actor: str,
    interval: str = "week",
    *,
    since: _dt.date | str | None = None,
    until: _dt.date | str | None = None,
    modes: Iterable[str] | None = None,
    unit: str = "events",
    fill: bool = True,
) -> Series:
    """Every event the actor takes part in (as source or target) per bucket."""
    actor = check_actor(actor)
    interval, modes = check_interval(interval), check_modes(modes)
    since, until = parse_day(since, "since"), parse_day(until, "until")
    table = _table(unit)
    rows = _bucket_counts(_engine(store), table, _branches(table, actor, None, False),
                          _common(table, modes, since, until), interval, unit)
    return Series(a=actor, b=None, interval=interval, modes=modes, since=since, until=until,
                  points=aggregate(rows, interval, since=since, until=until, fill=fill))


@dataclass
class Counterpart:
    """Another actor the queried one dealt with, and how."""

    code: str
    name: str | None = None
    events: int = 0
    as_source: int = 0  # the queried actor acted on this one
    as_target: int = 0  # this one acted on the queried actor
    quad: dict[int, int] = field(default_factory=lambda: {1: 0, 2: 0, 3: 0, 4: 0})
    goldstein_sum: float = 0.0
    goldstein_n: int = 0

    @property
    def goldstein_mean(self) -> float | None:
        return self.goldstein_sum / self.goldstein_n if self.goldstein_n else None

    def to_dict(self) -> dict:
        return {
            "code": self.code,
            "name": self.name,
            "events": self.events,
            "as_source": self.as_source,
            "as_target": self.as_target,
            "quad": {str(k): v for k, v in sorted(self.quad.items())},
            "cooperation": self.quad[1] + self.quad[2],
            "conflict": self.quad[3] + self.quad[4],
            "goldstein_mean": None if self.goldstein_mean is None else round(self.goldstein_mean, 4),
        }


def top_counterparts(
    store,
    actor: str,
    *,
    limit: int = 10,
    since: _dt.date | str | None = None,
    until: _dt.date | str | None = None,
    modes: Iterable[str] | None = None,
    unit: str = "events",
) -> list[Counterpart]:
    """The actors that ``actor`` deals with most, by number of events, either direction.

    A counterpart is named by its country when it has one (``USA`` for
    ``USAGOV`` and ``USAMIL`` alike), else by its code (``NATO``, ``IGOUNO``).
    Events with no other side (no target) and the actor's dealings with
    itself are left out.
    """
    import sqlalchemy as sa

    actor = check_actor(actor)
    modes = check_modes(modes)
    since, until = parse_day(since, "since"), parse_day(until, "until")
    if limit < 1:
        raise AnalysisError("limit must be at least 1")
    table = _table(unit)
    conds = _common(table, modes, since, until)
    out: dict[str, Counterpart] = {}
    with _engine(store).connect() as conn:
        for mine, other in (("source", "target"), ("target", "source")):
            key = sa.func.coalesce(table.c[f"{other}_country"], table.c[f"{other}_code"]).label("who")
            name_col = table.c.get(f"{other}_name")
            stmt = (
                sa.select(
                    key,
                    table.c.quad_class,
                    sa.func.count().label("n"),
                    sa.func.sum(table.c.goldstein).label("gsum"),
                    sa.func.count(table.c.goldstein).label("gn"),
                    (sa.func.max(name_col) if name_col is not None else sa.null()).label("name"),
                )
                .select_from(_from(unit))
                .where(_side(table, mine, actor), key.is_not(None), *conds)
                .group_by(key, table.c.quad_class)
            )
            for row in conn.execute(stmt):
                who = row.who
                if actor_matches(actor, who) or (is_country(actor) and who == actor):
                    continue
                cp = out.setdefault(who, Counterpart(code=who))
                n = int(row.n)
                cp.events += n
                if mine == "source":
                    cp.as_source += n
                else:
                    cp.as_target += n
                if row.quad_class is not None:
                    cp.quad[int(row.quad_class)] = cp.quad.get(int(row.quad_class), 0) + n
                cp.goldstein_sum += float(row.gsum or 0.0)
                cp.goldstein_n += int(row.gn)
                if row.name and not cp.name and who != row.name:
                    cp.name = row.name
    for cp in out.values():
        if is_country(cp.code):
            import pycountry

            country = pycountry.countries.get(alpha_3=cp.code)
            cp.name = getattr(country, "common_name", None) or country.name
    return sorted(out.values(), key=lambda c: (-c.events, c.code))[:limit]


def events_at(
    store,
    a: str,
    b: str | None,
    day: _dt.date | str,
    interval: str = "week",
    *,
    modes: Iterable[str] | None = None,
    directed: bool = False,
    unit: str = "events",
    limit: int = 200,
) -> list[dict]:
    """The events behind one point of a series, as rows of the events table.

    ``day`` is any day inside the bucket.  Ordered by date then id; each row is
    a dict of the events columns plus the article's ``article_doc_id`` and
    ``article_title``.  With ``unit="happenings"``, one event (the first
    report) per happening.
    """
    import sqlalchemy as sa

    a = check_actor(a)
    b = check_actor(b) if b else None
    interval, modes = check_interval(interval), check_modes(modes)
    day = parse_day(day, "period")
    if day is None:
        raise AnalysisError("period is required (a day inside the bucket, YYYY-MM-DD)")
    first, last = period_bounds(day, interval)
    table = _table(unit)
    conds = _common(table, modes, first, last)
    from communique.store.schema import articles

    # Ids first, one index seek per direction (their results are disjoint),
    # each already ordered and limited; then the wide rows for those ids only.
    order = (table.c.date, table.c.id)
    with _engine(store).connect() as conn:
        keys: list[tuple] = []
        for branch in _branches(table, a, b, directed):
            ids = (sa.select(table.c.date, table.c.id).select_from(_from(unit))
                   .where(branch, *conds).order_by(*order).limit(limit))
            keys += [(parse_day(d), i) for d, i in conn.execute(ids)]
        page = [i for _, i in sorted(keys)[:limit]]
        if not page:
            return []
        stmt = (sa.select(table, articles.c.doc_id.label("article_doc_id"), articles.c.title.label("article_title"))
                .select_from(table.join(articles, articles.c.id == table.c.article_id))
                .where(table.c.id.in_(page)).order_by(*order))
        return [dict(row._mapping) for row in conn.execute(stmt)]
