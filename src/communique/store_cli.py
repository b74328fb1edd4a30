"""CLI commands of the store area: ``ingest``, ``events``, ``stats``, ``export``, ``demo``.

Thin shells over :func:`communique.ingest.ingest`, :class:`communique.store.Store`,
:func:`communique.export.export` and :func:`communique.ingest.run_demo`.
Heavy modules (spaCy, pyarrow) are imported inside the commands, so a query
answers without loading the coder.
"""
from __future__ import annotations

import json
import sys
from enum import Enum
from typing import List, Optional

import typer

DB_HELP = "database: a SQLite path or a SQLAlchemy URL (default $COMMUNIQUE_DB, else ./communique.db)"


class EventFormat(str, Enum):
    table = "table"
    jsonl = "jsonl"
    csv = "csv"


class ExportFormat(str, Enum):
    gdelt = "gdelt"
    plover = "plover"
    parquet = "parquet"
    csv = "csv"


def _fail(message: str, code: int = 2) -> None:
    typer.echo(f"communique: {message}", err=True)
    raise typer.Exit(code)


def _open(db: Optional[str]):
    from communique.store import Store

    try:
        return Store(db)
    except Exception as exc:  # an unreachable server, a file that is not a database...
        _fail(f"cannot open the store {db or ''}: {exc.__class__.__name__}: {str(exc).splitlines()[0]}")


def _bad_line(where: str, reason: str) -> None:
    typer.echo(f"communique ingest: {where}: {reason} (skipped)", err=True)


def ingest_cmd(
    paths: List[str] = typer.Argument(..., help=".txt, .jsonl, .html, RSS/Atom files, directories of them, or -"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    date: Optional[str] = typer.Option(None, "--date", help="publication date (YYYY-MM-DD) for records without one"),
    workers: int = typer.Option(1, "--workers", min=1, help="coding processes"),
    batch_size: int = typer.Option(64, "--batch-size", min=1, help="articles per committed transaction"),
    as_json: bool = typer.Option(False, "--json", help="print the summary as JSON"),
) -> None:
    """Code and store articles; already stored ones are skipped, wire copies counted."""
    from communique.ingest import ingest
    from communique.store import StoreError, _parse_date

    try:
        default_date = _parse_date(date, "--date")
    except StoreError as exc:
        _fail(str(exc))
    store = _open(db)
    report = ingest(paths, store, workers=workers, default_date=default_date, batch_size=batch_size,
                    on_bad=_bad_line)
    if as_json:
        typer.echo(json.dumps(report.to_dict()))
    else:
        typer.echo(f"communique ingest: {report.summary()}", err=True)
    if report.added + report.skipped + report.duplicates == 0 and report.bad:
        raise typer.Exit(1)


def events_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    actor: Optional[str] = typer.Option(None, "--actor", help="an actor on either side: RUS, RUSGOV, NATO"),
    source: Optional[str] = typer.Option(None, "--source"),
    target: Optional[str] = typer.Option(None, "--target"),
    dyad: Optional[str] = typer.Option(None, "--dyad", help="RUS:USA (either direction) or RUS>USA"),
    root: Optional[str] = typer.Option(None, "--root", help="CAMEO root(s): 04 or 04,05"),
    code: Optional[str] = typer.Option(None, "--code", help="CAMEO code prefix: 042"),
    since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD"),
    mode: Optional[str] = typer.Option(None, "--mode", help="asserted, negated, future, hypothetical (comma list)"),
    q: Optional[str] = typer.Option(None, "--q", help="words in the sentence"),
    unique: bool = typer.Option(False, "--unique", help="one event per deduplicated happening"),
    limit: int = typer.Option(50, "--limit", min=0, help="how many, newest first (0: all)"),
    fmt: EventFormat = typer.Option(EventFormat.table, "--format"),
) -> None:
    """Query stored events."""
    from communique.store import StoreError

    store = _open(db)
    filters = dict(actor=actor, source=source, target=target, dyad=dyad, root=root, code=code, since=since,
                   until=until, mode=mode, q=q, unique=unique)
    try:
        if limit == 0:
            items = store.iter_events(**filters)
        else:
            items = store.events(limit=min(limit, 10000), **filters)["items"]
        if fmt == EventFormat.jsonl:
            out = sys.stdout
            for e in items:
                out.write(json.dumps(e, ensure_ascii=False) + "\n")
        elif fmt == EventFormat.csv:
            import csv

            from communique.export import COLUMNS, flat

            w = csv.DictWriter(sys.stdout, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            for e in items:
                row = flat(e)
                row["reported_by"] = "; ".join(row["reported_by"])
                w.writerow({k: ("" if v is None else v) for k, v in row.items()})
        else:
            _table(list(items))
    except StoreError as exc:
        _fail(str(exc))


def _actor_label(a: dict | None) -> str:
    if not a:
        return "-"
    return a.get("code") or a.get("text") or "?"


def _table(items: list[dict]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(show_lines=False, pad_edge=False)
    for col in ("id", "date", "source", "code", "target", "mode", "plover", "arts", "sentence"):
        table.add_column(col, overflow="ellipsis", no_wrap=True, max_width=60 if col == "sentence" else 14)
    for e in items:
        sent = (e.get("sentence") or "").replace("\n", " ")
        table.add_row(str(e["id"]), e.get("date") or "", _actor_label(e.get("source")), e["cameo"],
                      _actor_label(e.get("target")), e["mode"], e.get("plover") or "",
                      str(e.get("num_articles") or 1), sent[:160])
    # piped output keeps whole rows instead of folding them at 80 columns
    Console(width=None if sys.stdout.isatty() else 160).print(table)
    if not items:
        typer.echo("no events match", err=True)


def stats_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help='JSON: {"articles": N, "events": N, ...}'),
) -> None:
    """What the store holds."""
    store = _open(db)
    s = store.stats()
    if as_json:
        typer.echo(json.dumps(s, ensure_ascii=False))
        return
    _print_stats(s)


def _print_stats(s: dict) -> None:
    from rich.console import Console

    c = Console()
    c.print(f"[bold]{s['articles']}[/] articles ({s['duplicates']} wire copies), [bold]{s['events']}[/] events "
            f"in {s['happenings']} happenings, {s['actor_mentions']} actor mentions, {s['quotes']} quotes")
    if s["first_date"]:
        c.print(f"events from {s['first_date']} to {s['last_date']}; by mode: "
                + ", ".join(f"{k} {v}" for k, v in sorted(s["by_mode"].items())))
    if s["top_dyads"]:
        c.print("top dyads (asserted happenings): "
                + ", ".join(f"{d['source']}->{d['target']} {d['events']}" for d in s["top_dyads"]))


def export_cmd(
    fmt: ExportFormat = typer.Option(..., "--format", help="gdelt, plover, parquet or csv"),
    out: str = typer.Option(..., "-o", "--output", help="output file (- for stdout, except parquet)"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    actor: Optional[str] = typer.Option(None, "--actor"),
    dyad: Optional[str] = typer.Option(None, "--dyad"),
    root: Optional[str] = typer.Option(None, "--root"),
    since: Optional[str] = typer.Option(None, "--since"),
    until: Optional[str] = typer.Option(None, "--until"),
    mode: Optional[str] = typer.Option(None, "--mode", help="default: asserted for gdelt, every mode otherwise"),
) -> None:
    """Export stored events: GDELT 2.0 TSV, PLOVER JSONL, Parquet or CSV."""
    from communique.export import export
    from communique.store import StoreError

    store = _open(db)
    filters = {k: v for k, v in dict(actor=actor, dyad=dyad, root=root, since=since, until=until).items() if v}
    if mode:
        filters["mode"] = mode
    try:
        n = export(store, fmt.value, out, **filters)
    except (StoreError, ValueError) as exc:
        _fail(str(exc))
    typer.echo(f"communique export: {n} rows written to {out}", err=True)


def demo_cmd(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    workers: int = typer.Option(1, "--workers", min=1),
    as_json: bool = typer.Option(False, "--json"),
) -> None:
    """Ingest the bundled Wikinews corpus and the seed article, then show what was found."""
    from communique.ingest import run_demo

    store = _open(db)
    typer.echo(f"communique demo: coding the bundled corpus (291 Wikinews articles, CC BY 2.5) and the seed "
               f"article into {store.engine.url.render_as_string(hide_password=True)}", err=True)
    found = run_demo(store, workers=workers, on_bad=_bad_line)
    if as_json:
        typer.echo(json.dumps(found, ensure_ascii=False, default=str))
        return
    from rich.console import Console

    r = found["report"]
    c = Console()
    c.print(f"ingest: {r['added']} articles added, {r['skipped']} already stored, {r['duplicates']} wire copies, "
            f"{r['bad']} bad; {r['events']} events; {r['seconds']} s")
    _print_stats(found["stats"])
    c.print("\n[bold]The seed article[/] (seed_000_308a02dbfd3bc44d, dated 2025-04-12):")
    _table(found["seed_events"])
    c.print("\n[bold]Happenings reported by the most articles[/]:")
    _table(found["examples"])
    c.print("\nNext: communique events --dyad RUS:USA | communique stats --json | "
            "communique export --format gdelt -o events.tsv | communique serve")


def register(app: typer.Typer) -> None:
    app.command("ingest")(ingest_cmd)
    app.command("events")(events_cmd)
    app.command("stats")(stats_cmd)
    app.command("export")(export_cmd)
    app.command("demo")(demo_cmd)
