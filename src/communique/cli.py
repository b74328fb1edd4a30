"""The ``communique`` command line: each command a thin shell over a Python function.

    communique code PATH... [-] [--date YYYY-MM-DD] [--format jsonl|document|plover|gdelt|table]
                    [--workers N] [-o OUT]
"""
from __future__ import annotations

import csv
import gc
import json
import sys
from enum import Enum
from pathlib import Path
from typing import Iterator, List, Optional

import typer
from rich.console import Console

from typing import TYPE_CHECKING

from .reading import BadRecord, read_path
from .records import Document

app = typer.Typer(help="Political event data from news: who did what to whom, when, where, and who said so.",
                  no_args_is_help=True, add_completion=False)
err = Console(stderr=True)

if TYPE_CHECKING:
    from .coder import Coder


class Format(str, Enum):
    jsonl = "jsonl"
    document = "document"
    plover = "plover"
    gdelt = "gdelt"
    table = "table"


def report_error(where: str, reason: str) -> None:
    """One line on stderr naming the record and the reason."""
    err.print(f"[red]error[/red]: {where}: {reason}", highlight=False, soft_wrap=True)


def _records(paths: list[str], counts: dict) -> Iterator:
    for path in paths:
        for rec in read_path(path):
            if isinstance(rec, BadRecord):
                counts["bad"] += 1
                report_error(rec.where, rec.reason)
                continue
            counts["read"] += 1
            yield rec


def code_paths(paths: list[str], date=None, workers: int = 1, coder: Coder | None = None,
               counts: dict | None = None) -> Iterator[Document]:
    """Code every article found in ``paths``; bad records are reported and skipped.

    ``counts`` (if given) receives ``read``, ``bad`` and ``coded`` totals.
    """
    counts = counts if counts is not None else {}
    counts.setdefault("read", 0)
    counts.setdefault("bad", 0)
    counts.setdefault("coded", 0)
    if coder is None:
        from .coder import Coder  # spaCy loads only for the commands that code

        coder = Coder()
        # this process is ours: the loaded knowledge lives as long as it does,
        # so keep the garbage collector from rescanning it at every collection
        gc.freeze()
    for doc in coder.code_many(_records(paths, counts), workers=workers, date=date):
        if doc.errors:
            counts["bad"] += 1
            report_error(doc.doc_id, "; ".join(doc.errors))
            continue
        counts["coded"] += 1
        yield doc


def write_documents(docs, fmt: Format, out) -> int:
    """Write coded documents in a format; returns the number of events written."""
    from .formats import gdelt_row, plover_record

    n = 0
    if fmt == Format.table:
        return _write_table(docs, out)
    writer = csv.writer(out, delimiter="\t", lineterminator="\n") if fmt == Format.gdelt else None
    for doc in docs:
        if fmt == Format.document:
            out.write(json.dumps(doc.to_dict(), ensure_ascii=False) + "\n")
            n += len(doc.events)
            continue
        for e in doc.events:
            if fmt == Format.jsonl:
                out.write(json.dumps(e.to_dict(), ensure_ascii=False) + "\n")
            elif fmt == Format.plover:
                rec = plover_record(e, doc)
                if rec is None:
                    continue
                out.write(json.dumps(rec, ensure_ascii=False) + "\n")
            elif fmt == Format.gdelt:
                writer.writerow(gdelt_row(e, url=doc.url))
            n += 1
        out.flush()
    return n


def _write_table(docs, out) -> int:
    from rich.table import Table

    console = Console(file=out, width=160) if out is not sys.stdout else Console(width=160)
    n = 0
    for doc in docs:
        t = Table(title=f"{doc.doc_id}: {doc.title or ''}", show_lines=False)
        for col in ("date", "source", "cameo", "target", "mode", "trigger", "place", "n"):
            t.add_column(col)
        for e in doc.events:
            t.add_row(str(e.date or ""), f"{e.source.code if e.source else ''} ({e.source.text if e.source else ''})",
                      f"{e.cameo} {e.plover or ''}", f"{e.target.code if e.target else ''}"
                      + (f" ({e.target.text})" if e.target else ""), e.mode, e.trigger.text,
                      e.location.name if e.location else "", str(e.mentions))
            n += 1
        console.print(t)
    return n


@app.command("code")
def code_command(
    paths: List[str] = typer.Argument(..., help="Files (.txt, .jsonl), directories, or - for stdin."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date for articles without one (YYYY-MM-DD)."),
    fmt: str = typer.Option("jsonl", "--format", "-f", help="jsonl | document | plover | gdelt | table"),
    workers: int = typer.Option(1, "--workers", "-w", min=1, help="Worker processes."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write here instead of stdout."),
    header: bool = typer.Option(False, "--header", help="With --format gdelt: write the column names first."),
    ontology: str = typer.Option("cameo", "--ontology", help="cameo | plover: with plover, events are written as PLOVER records."),
) -> None:
    """Code news articles into events, actors and quotes."""
    if ontology not in ("cameo", "plover"):
        report_error("--ontology", f"unknown ontology {ontology!r} (choose cameo or plover)")
        raise typer.Exit(2)
    if ontology == "plover" and fmt == "jsonl":
        fmt = "plover"
    try:
        fmt_value = Format(fmt)
    except ValueError:
        report_error("--format", f"unknown format {fmt!r} (choose jsonl, document, plover, gdelt, table)")
        raise typer.Exit(2)
    from .coder import ArticleError, _as_date
    from .events.lexicon import LexiconError
    from .events.purpose import PurposeError
    from .formats import GDELT_COLUMNS

    try:
        when = _as_date(date)
    except ArticleError as exc:
        report_error("--date", str(exc))
        raise typer.Exit(2)
    counts: dict = {}
    out = output.open("w", encoding="utf-8") if output else sys.stdout
    try:
        if header and fmt_value == Format.gdelt:
            out.write("\t".join(GDELT_COLUMNS) + "\n")
        docs = code_paths(paths, date=when, workers=workers, counts=counts)
        if sys.stderr.isatty():
            docs = _with_progress(docs)
        write_documents(docs, fmt_value, out)
    except (LexiconError, PurposeError) as exc:
        # a knowledge file of the user's (COMMUNIQUE_TRIGGERS, _PURPOSES, _KINDS, _MEANS)
        # is malformed: the coder cannot start, and the message names the file
        report_error("knowledge", str(exc))
        raise typer.Exit(2)
    finally:
        if output:
            out.close()
    if counts.get("coded", 0) == 0:
        report_error("input", f"nothing could be coded ({counts.get('bad', 0)} bad record(s))")
        raise typer.Exit(1)


def _with_progress(docs):
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    with Progress(SpinnerColumn(), TextColumn("{task.completed} articles"), TimeElapsedColumn(),
                  console=err, transient=True) as progress:
        task = progress.add_task("coding", total=None)
        for doc in docs:
            progress.advance(task)
            yield doc


# Commands of other areas register themselves here.
from communique import web_cli as _web_cli  # noqa: E402
_web_cli.register(app)
from communique import eval_cli as _eval_cli  # noqa: E402
_eval_cli.register(app)
from communique import store_cli as _store_cli  # noqa: E402
_store_cli.register(app)
