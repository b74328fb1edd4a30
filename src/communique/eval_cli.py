"""``communique eval``: score the coder against a gold file.

A thin shell over :func:`communique.evaluation.evaluate`; the report
layout is in ``evaluation/report.py``, the conventions in docs/evaluation.md.
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_command(
        gold: Path = typer.Argument(..., help="gold file (petr, plover, cameo-manual, pentaclass or actors format)"),
        kind: Optional[str] = typer.Option(None, "--kind", help="petr|plover|cameo-manual|pentaclass|actors (detected when omitted)"),
        errors: int = typer.Option(10, "--errors", help="how many worst misses to list"),
        as_json: bool = typer.Option(False, "--json", help="print the report as one JSON object"),
        limit: Optional[int] = typer.Option(None, "--limit", help="score only the first N records"),
        workers: int = typer.Option(1, "--workers", help="coder worker processes"),
        model: Optional[str] = typer.Option(None, "--model", help="spaCy pipeline to code with"),
        in_context: Optional[Path] = typer.Option(
            None, "--in-context", help="JSON lines of whole articles {id, text, date}: code each gold sentence "
                                       "(id '<article id>:<n>') inside its article"),
    ) -> None:
        """Score communique against a gold file and print P/R/F1, accuracy, confusion and misses."""
        from rich.console import Console

        from .evaluation import KINDS, UnknownKind, evaluate
        from .evaluation.report import render

        err = Console(stderr=True)
        if gold.is_dir():
            # (the dev sets ship as folders with ABOUT.md beside the data: name the files it holds)
            files = sorted(p.name for p in gold.iterdir() if p.suffix in (".jsonl", ".tsv"))
            err.print(f"communique eval: {gold}: is a directory; give one gold file"
                      + (f" ({', '.join(files)})" if files else " (it holds no .jsonl or .tsv file)"))
            raise typer.Exit(2)
        if not gold.is_file():
            err.print(f"communique eval: {gold}: no such file")
            raise typer.Exit(2)
        if in_context is not None and not in_context.is_file():
            err.print(f"communique eval: --in-context {in_context}: no such file")
            raise typer.Exit(2)
        if kind is not None and kind not in KINDS:
            err.print(f"communique eval: unknown --kind {kind!r}; one of {', '.join(KINDS)}")
            raise typer.Exit(2)
        coder = None
        if model:
            from .coder import Coder

            coder = Coder(model=model)
        try:
            if sys.stderr.isatty() and not as_json:
                from rich.progress import Progress

                with Progress(console=err, transient=True) as bar:
                    task = bar.add_task("coding", total=None)
                    report = evaluate(gold, kind, coder, limit=limit, workers=workers, errors=errors,
                                      progress=lambda n: bar.advance(task, n),
                                      on_total=lambda n: bar.update(task, total=n), in_context=in_context)
            else:
                report = evaluate(gold, kind, coder, limit=limit, workers=workers, errors=errors,
                                  in_context=in_context)
        except (UnknownKind, RuntimeError, ValueError) as exc:
            err.print(f"communique eval: {exc}")
            raise typer.Exit(2)
        if as_json:
            typer.echo(json.dumps(report.to_dict(), ensure_ascii=False))
        else:
            render(report)
        if report.records == 0:
            raise typer.Exit(1)
