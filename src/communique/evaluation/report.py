"""The evaluation report as rich tables (``communique eval``)."""
from __future__ import annotations

from rich import box
from rich.console import Console
from rich.table import Table

from .scoring import EvalReport


def _pct(x: float) -> str:
    return f"{x:.3f}"


def render(report: EvalReport, console: Console | None = None) -> None:
    if console is None:
        console = Console()
        if not console.is_terminal:
            console = Console(width=140)  # files and pipes: do not squeeze the confusion matrix
    target = ""
    if report.target is not None:
        verdict = "[green]meets[/]" if report.headline >= report.target else "[red]below[/]"
        target = f"  (target {report.target:.2f}: {verdict})"
    console.print(f"[bold]{report.kind}[/] gold: {report.path}  "
                  f"{report.records} records scored, {len(report.problems)} skipped, {report.seconds:.1f}s")
    console.print(f"[bold]{report.headline_name}: {_pct(report.headline)}[/]{target}")
    if report.coverage:
        c = report.coverage
        console.print(f"{c.name}: {_pct(c.value)} ({c.correct}/{c.total})")

    if report.events:
        t = Table(title="events (asserted only; reciprocal = both directions)", title_justify="left")
        for col in ("view", "P", "R", "F1", "tp", "fp", "fn"):
            t.add_column(col, justify="left" if col == "view" else "right")
        for r in report.events:
            t.add_row(r.name, _pct(r.precision), _pct(r.recall), _pct(r.f1), str(r.tp), str(r.fp), str(r.fn))
        console.print(t)

    if report.accuracy:
        t = Table(title="accuracy", title_justify="left")
        for col in ("measure", "value", "correct", "total"):
            t.add_column(col, justify="left" if col == "measure" else "right")
        for r in report.accuracy:
            t.add_row(r.name, _pct(r.value) if r.total else "n/a", str(r.correct), str(r.total))
        console.print(t)

    if report.classes:
        t = Table(title="per class", title_justify="left")
        for col in ("class", "name", "P", "R", "F1", "support"):
            t.add_column(col, justify="left" if col in ("class", "name") else "right")
        for r in report.classes:
            p = r.prf()
            t.add_row(r.label, r.name, _pct(p.precision), _pct(p.recall), _pct(p.f1), str(r.support))
        console.print(t)

    if report.confusion and report.confusion.counts:
        conf = report.confusion
        labels = conf.labels()
        rows = [g for g in labels if any(conf.counts.get((g, p)) for p in labels)]
        cols = [p for p in labels if any(conf.counts.get((g, p)) for g in labels)]
        t = Table(title=f"confusion: {conf.title}", title_justify="left", box=box.SIMPLE_HEAD,
                  padding=(0, 1), pad_edge=False)
        t.add_column("", justify="left", no_wrap=True)
        for c in cols:
            # PLOVER type names are long: their first four letters are unique
            t.add_column(c[:4], justify="right", no_wrap=True)
        for g in rows:
            cells = []
            for p in cols:
                n = conf.counts.get((g, p), 0)
                cell = str(n) if n else "."
                cells.append(f"[green]{cell}[/]" if g == p and n else cell)
            t.add_row(g, *cells)
        console.print(t)

    if report.misses:
        t = Table(title=f"worst misses ({len(report.misses)})", title_justify="left", show_lines=True)
        for col in ("id", "text", "gold", "predicted"):
            t.add_column(col, overflow="fold")
        for m in report.misses:
            t.add_row(f"{m.id}\n(line {m.line})", m.text, "\n".join(m.gold), "\n".join(m.predicted))
        console.print(t)

    for note in report.notes:
        console.print(f"[dim]note: {note}[/]")
    # each line skipped for its own reason is listed; a reason shared by many
    # lines (a whole method of the NGEC assertions) is counted once
    by_reason: dict[str, list[str]] = {}
    for problem in map(str, report.problems):  # "line N: reason"
        where, _, reason = problem.partition(": ")
        by_reason.setdefault(reason, []).append(where)
    for reason, wheres in by_reason.items():
        if len(wheres) <= 3:
            for where in wheres:
                console.print(f"[yellow]skipped {where}: {reason}[/]")
        else:
            console.print(f"[yellow]skipped {len(wheres)} lines ({', '.join(wheres[:3])}, ...): {reason}[/]")
