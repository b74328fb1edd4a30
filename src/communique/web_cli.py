"""CLI commands of the web area: ``communique serve`` and ``communique dyad``.

Thin shells over :func:`communique.api.create_app` and
:func:`communique.analysis.dyad_series` / :func:`communique.analysis.plot_series`.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

DB_HELP = "database: a SQLite path or a SQLAlchemy URL (default $COMMUNIQUE_DB, else ./communique.db)"


def serve(
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    host: str = typer.Option("127.0.0.1", "--host", help="address to bind; loopback unless you mean otherwise"),
    port: int = typer.Option(8000, "--port", min=0, max=65535),
    token: Optional[str] = typer.Option(None, "--token", envvar="COMMUNIQUE_TOKEN",
                                        help="bearer token that enables POST /api/articles (off without it)"),
) -> None:
    """Serve the REST API (OpenAPI at /docs) and the dashboard."""
    import uvicorn

    from communique.api import create_app

    app = create_app(db, token=token)
    typer.echo(f"communique: serving {app.state.store.url.split('///')[-1]} on http://{host}:{port}/", err=True)
    uvicorn.run(app, host=host, port=port, log_level="warning")


def dyad(
    a: str = typer.Argument(..., help="actor code, e.g. RUS or RUSGOV"),
    b: str = typer.Argument(..., help="the other actor code, e.g. USA"),
    db: Optional[str] = typer.Option(None, "--db", help=DB_HELP),
    interval: str = typer.Option("week", "--interval", help="day, week or month"),
    since: Optional[str] = typer.Option(None, "--since", help="YYYY-MM-DD"),
    until: Optional[str] = typer.Option(None, "--until", help="YYYY-MM-DD"),
    mode: list[str] = typer.Option(["asserted"], "--mode", help="asserted (default), negated, future, hypothetical; repeatable"),
    directed: bool = typer.Option(False, "--directed", help="only A acting on B"),
    unit: str = typer.Option("events", "--unit", help="events (every report) or happenings (deduplicated)"),
    plot: Optional[Path] = typer.Option(None, "--plot", help="write a chart: out.png, out.svg or out.pdf"),
    as_json: bool = typer.Option(False, "--json", help="print the series as JSON"),
) -> None:
    """Relations between two actors over time: events by QuadClass and Goldstein score per period."""
    from communique import analysis as an
    from communique.store import Store, StoreError

    try:
        store = Store(db)
        series = an.dyad_series(store, a, b, interval, since=since, until=until, modes=mode, directed=directed,
                                unit=unit)
        if plot is not None:
            an.plot_series(series, plot)
    except (an.AnalysisError, StoreError) as exc:
        typer.echo(f"communique dyad: {exc}", err=True)
        raise typer.Exit(2) from None
    if as_json:
        json.dump(series.to_dict(), sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        _print_table(series)
    if plot is not None:
        typer.echo(f"chart written to {plot}", err=True)


def _print_table(series) -> None:
    from rich.console import Console
    from rich.table import Table

    who = f"{series.a} – {series.b}" + (" (directed)" if series.directed else "")
    table = Table(title=f"{who}, {', '.join(series.modes)} events per {series.interval}")
    table.add_column("period", no_wrap=True)
    for col in ("events", "v.coop", "m.coop", "v.confl", "m.confl", "G sum", "G mean"):
        table.add_column(col, justify="right", no_wrap=True)
    table.caption = "v/m: verbal/material (QuadClass 1-4); G: Goldstein score"
    for p in series.points:
        if not p.events:
            continue
        mean = "" if p.goldstein_mean is None else f"{p.goldstein_mean:+.2f}"
        table.add_row(p.period.isoformat(), str(p.events), *(str(p.quad[q]) for q in (1, 2, 3, 4)),
                      f"{p.goldstein_sum:+.1f}", mean)
    tot = series.total
    mean = "" if tot.goldstein_mean is None else f"{tot.goldstein_mean:+.2f}"
    table.add_row("total", str(tot.events), *(str(tot.quad[q]) for q in (1, 2, 3, 4)), f"{tot.goldstein_sum:+.1f}",
                  mean, style="bold")
    Console().print(table)


def register(app: typer.Typer) -> None:
    """Add ``serve`` and ``dyad`` to the communique CLI."""
    app.command("serve")(serve)
    app.command("dyad")(dyad)
