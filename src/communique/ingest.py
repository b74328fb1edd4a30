"""Ingest: read articles from files, code them, store them -- idempotent and crash-safe.

Readers (:func:`read_sources`):

``.txt``           one article; first line = headline; doc id = file stem
                   (:mod:`communique.reading`).
``.jsonl``         one record a line: ``text`` and optional ``id``, ``date``,
                   ``title``, ``url``, ``source``, ``byline``.
``.html``/``.htm`` a web page: main text, title, date, byline and site name
                   extracted with trafilatura.
``.xml``/``.rss``/``.atom`` (or any file that starts as a feed): RSS/Atom
                   through feedparser; each entry's text, or -- when the
                   entry's link names an HTML file present locally (a
                   ``file:`` URL or a path relative to the feed) -- that page.
directories        every file of those kinds inside, recursively, in name order.
``-``              standard input (JSONL or one text).

:func:`ingest` streams the records through ``Coder.code_many`` and stores
them with :class:`communique.store.Store`:

* **idempotent** -- an article whose content hash or URL is already stored is
  skipped before it is coded, so a rerun or an overlapping batch adds nothing;
* **wire copies** -- a near-duplicate of a stored (or earlier in the run)
  article is stored as a copy and counted, never coded
  (:mod:`communique.dedup`);
* **crash-safe** -- documents are committed in batches, each batch one
  transaction holding its articles with all their events, actors, quotes
  and copies; a process killed at any moment leaves whole batches only, and
  the rerun skips what was committed and codes the rest;
* **bad records** (unreadable lines, empty or binary texts, articles the
  coder cannot code) are reported with their position and skipped; the
  batch goes on.
"""
from __future__ import annotations

import sys
import time
from collections import deque
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Iterable, Iterator
from urllib.parse import unquote, urlparse

from communique import dedup
from communique.reading import BadRecord, read_path
from communique.records import Article, Document

FEED_SUFFIXES = (".xml", ".rss", ".atom")
HTML_SUFFIXES = (".html", ".htm")
TEXT_SUFFIXES = (".txt", ".jsonl")
ALL_SUFFIXES = TEXT_SUFFIXES + HTML_SUFFIXES + FEED_SUFFIXES


# ---------------------------------------------------------------------------- readers


def _html_article(data: bytes | str, doc_id: str, url: str | None = None) -> Article:
    import trafilatura

    extracted = trafilatura.bare_extraction(
        data, url=url, with_metadata=True, include_comments=False, include_tables=False,
        # no date guessed from the page's surroundings: unknown stays unknown
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    if extracted is None or not (extracted.text or "").strip():
        raise ValueError("no main text found in the HTML page")
    return Article(text=extracted.text, id=doc_id, title=extracted.title or None,
                   date=_iso_date(extracted.date), url=url or extracted.url or None,
                   source=extracted.sitename or None, byline=extracted.author or None)


def _iso_date(value) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def read_html(path: Path) -> Iterator[tuple[str, Article | BadRecord]]:
    where = str(path)
    try:
        yield where, _html_article(path.read_bytes(), path.stem)
    except (OSError, ValueError) as exc:
        yield where, BadRecord(where, str(exc))


def _local_page(link: str | None, feed_path: Path) -> Path | None:
    if not link:
        return None
    parsed = urlparse(link)
    if parsed.scheme == "file":
        cand = Path(unquote(parsed.path))
    elif parsed.scheme in ("", None):
        cand = (feed_path.parent / unquote(parsed.path)).resolve()
    else:
        # an http link: use a saved copy beside the feed, named as the link's last part
        name = Path(unquote(parsed.path)).name
        cand = feed_path.parent / name if name else None
        if cand is not None and cand.suffix.lower() not in HTML_SUFFIXES:
            cand = None
    return cand if cand is not None and cand.is_file() else None


def _strip_html(html: str) -> str:
    import lxml.html

    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return html
    blocks = [t.strip() for t in root.itertext()]
    return "\n".join(b for b in blocks if b)


def read_feed(path: Path) -> Iterator[tuple[str, Article | BadRecord]]:
    import feedparser

    where = str(path)
    try:
        parsed = feedparser.parse(path.read_bytes())
    except OSError as exc:
        yield where, BadRecord(where, str(exc))
        return
    if not parsed.entries:
        reason = f"not an RSS/Atom feed ({parsed.bozo_exception})" if parsed.get("bozo") else "feed has no entries"
        yield where, BadRecord(where, reason)
        return
    outlet = parsed.feed.get("title") or None
    for n, entry in enumerate(parsed.entries, 1):
        pos = f"{where}#{n}"
        link = entry.get("link")
        doc_id = f"{path.stem}-{n}"
        published = entry.get("published_parsed") or entry.get("updated_parsed")
        when = date(*published[:3]) if published else None
        page = _local_page(link, path)
        try:
            if page is not None:
                art = _html_article(page.read_bytes(), doc_id, url=link)
            else:
                body = ""
                if entry.get("content"):
                    body = entry.content[0].get("value", "")
                body = body or entry.get("summary", "") or ""
                text = _strip_html(body) if "<" in body else body
                if not text.strip():
                    raise ValueError("entry has no text and its linked page is not here")
                art = Article(text=text, id=doc_id, title=entry.get("title"), url=link)
        except (OSError, ValueError) as exc:
            yield pos, BadRecord(pos, str(exc))
            continue
        art.title = art.title or entry.get("title")
        art.date = art.date or when
        art.source = art.source or outlet
        art.byline = art.byline or entry.get("author")
        art.url = art.url or link
        yield pos, art


def _looks_like_feed(path: Path) -> bool:
    try:
        head = path.read_bytes()[:2048].lstrip().lower()
    except OSError:
        return False
    return head.startswith(b"<?xml") and (b"<rss" in head or b"<feed" in head or b"<rdf" in head)


def read_sources(paths: Iterable[str], stdin=None) -> Iterator[tuple[str, Article | BadRecord]]:
    """``(position, Article or BadRecord)`` for every record under ``paths``, in order."""
    for raw in paths:
        if raw == "-":
            for k, rec in enumerate(read_path("-", stdin=stdin), 1):
                yield (rec.where if isinstance(rec, BadRecord) else f"<stdin>#{k}"), rec
            continue
        p = Path(raw)
        if p.is_dir():
            files = sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ALL_SUFFIXES)
            yield from read_sources([str(f) for f in files])
            continue
        if not p.exists():
            yield raw, BadRecord(raw, "no such file or directory")
            continue
        suffix = p.suffix.lower()
        if suffix in HTML_SUFFIXES:
            yield from read_html(p)
        elif suffix in FEED_SUFFIXES or (suffix not in TEXT_SUFFIXES and _looks_like_feed(p)):
            yield from read_feed(p)
        else:
            for k, rec in enumerate(read_path(str(p)), 1):
                yield (rec.where if isinstance(rec, BadRecord) else (f"{p}#{k}" if suffix == ".jsonl" else str(p))), rec


def count_records(paths: Iterable[str]) -> int | None:
    """A cheap upper bound on the number of records (for the progress bar), or None."""
    total = 0
    for raw in paths:
        if raw == "-":
            return None
        p = Path(raw)
        files = [f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in ALL_SUFFIXES] if p.is_dir() else [p]
        for f in files:
            if f.suffix.lower() == ".jsonl":
                try:
                    with f.open("rb") as fh:
                        total += sum(1 for line in fh if line.strip())
                except OSError:
                    pass
            elif f.suffix.lower() in FEED_SUFFIXES:
                return None
            else:
                total += 1
    return total


# ---------------------------------------------------------------------------- ingest


@dataclass
class IngestReport:
    """What :func:`ingest` did."""

    read: int = 0  # records read (good and bad)
    added: int = 0  # new articles coded and stored
    skipped: int = 0  # already stored (content hash or URL), or repeated within the run
    duplicates: int = 0  # wire copies stored as copies, not coded
    bad: int = 0  # records reported and skipped
    events: int = 0  # events stored
    seconds: float = 0.0
    bad_records: list[tuple[str, str]] = field(default_factory=list)

    @property
    def rate(self) -> float:
        return self.added / self.seconds if self.seconds > 0 else 0.0

    def to_dict(self) -> dict:
        return {"read": self.read, "added": self.added, "skipped": self.skipped, "duplicates": self.duplicates,
                "bad": self.bad, "events": self.events, "seconds": round(self.seconds, 2),
                "articles_per_second": round(self.rate, 2), "bad_records": [list(b) for b in self.bad_records]}

    def summary(self) -> str:
        return (f"{self.added} articles added ({self.events} events), {self.skipped} already stored, "
                f"{self.duplicates} wire copies counted, {self.bad} bad records skipped; "
                f"{self.seconds:.1f} s, {self.rate:.1f} articles/s")


def _normalize(art: Article, default_date) -> Article:
    from communique.coder import as_article

    return as_article(art, date=None if art.date else default_date)


def ingest(paths: Iterable[str], store, *, coder=None, workers: int = 1, default_date=None,
           batch_size: int = 64, commit_seconds: float = 5.0, progress: bool | None = None,
           on_bad: Callable[[str, str], None] | None = None, stdin=None) -> IngestReport:
    """Read, code and store every article under ``paths``; returns an :class:`IngestReport`.

    ``store`` is a :class:`communique.store.Store`; ``coder`` a ``Coder``
    (one is made when None).  A batch is committed every ``batch_size``
    documents or ``commit_seconds``, whichever comes first.  ``progress``:
    a rich progress bar on stderr (default: when stderr is a terminal).
    ``on_bad(position, reason)`` is called for each bad record (default:
    a line on stderr).
    """
    if coder is None:
        from communique.coder import Coder

        coder = Coder()
    paths = list(paths)
    report = IngestReport()
    started = time.monotonic()
    if on_bad is None:
        def on_bad(where: str, reason: str) -> None:
            print(f"communique ingest: {where}: {reason} (skipped)", file=sys.stderr)

    def bad(where: str, reason: str) -> None:
        report.bad += 1
        if len(report.bad_records) < 10000:
            report.bad_records.append((where, reason))
        on_bad(where, reason)

    # articles handed to the coder and not yet committed, for in-run duplicate checks
    run_hashes: dict[str, int] = {}
    run_urls: dict[str, int] = {}
    run_buckets: dict[int, list[int]] = {}
    sent: deque[tuple[int, str, Article, object]] = deque()  # (key, position, article, check), coder order
    signatures: dict[int, tuple] = {}
    key_to_id: dict[int, int] = {}  # in-run key -> stored article id
    waiting_copies: list[tuple[str, Article, object, int]] = []  # copies of in-run originals
    ready_copies: list[tuple[str, Article, object, int | None]] = []
    keys = iter(range(1, 1 << 62))

    def forget(key: int, chk) -> None:
        run_hashes.pop(chk.content_hash, None)
        for b in signatures.pop(key, (None, None, []))[2]:
            lst = run_buckets.get(b)
            if lst and key in lst:
                lst.remove(key)
                if not lst:
                    del run_buckets[b]

    def to_code() -> Iterator[Article]:
        for where, rec in read_sources(paths, stdin=stdin):
            report.read += 1
            if isinstance(rec, BadRecord):
                bad(rec.where, rec.reason)
                continue
            try:
                art = _normalize(rec, default_date)
            except ValueError as exc:
                bad(where, str(exc))
                continue
            if not art.text or not art.text.strip():
                bad(where, "empty text")
                continue
            chk = store.check(art)
            if chk.status == "exists" or chk.content_hash in run_hashes or (art.url and art.url in run_urls):
                report.skipped += 1
                continue
            if chk.status == "duplicate":
                ready_copies.append((where, art, chk, chk.original_id))
                continue
            sig = dedup.signature_from_bytes(chk.signature)
            bks = dedup.buckets(sig[0])
            original = None
            for b in bks:
                for other in run_buckets.get(b, ()):
                    ok, sim = dedup.is_near_duplicate(sig, signatures[other][:2])
                    if ok:
                        original = (other, sim)
                        break
                if original:
                    break
            if original is not None:
                chk.status, chk.similarity = "duplicate", original[1]
                waiting_copies.append((where, art, chk, original[0]))
                continue
            key = next(keys)
            run_hashes[chk.content_hash] = key
            if art.url:
                run_urls[art.url] = key
            signatures[key] = (sig[0], sig[1], bks)
            for b in bks:
                run_buckets.setdefault(b, []).append(key)
            sent.append((key, where, art, chk))
            yield art

    batch: list[tuple[int, Document, object]] = []
    last_commit = time.monotonic()

    def flush() -> None:
        nonlocal last_commit
        copies = [(a, c, orig) for _w, a, c, orig in ready_copies]
        done_keys = {k for k, _d, _c in batch}
        still = []
        for w, a, c, okey in waiting_copies:
            if okey in done_keys:
                copies.append((a, c, ("key", okey)))
            elif okey in key_to_id:
                copies.append((a, c, key_to_id[okey]))
            else:
                still.append((w, a, c, okey))
        if not batch and not copies:
            return
        ids = store.add_batch([(d, c, k) for k, d, c in batch], copies)
        for (k, d, c) in batch:
            if ids.get(k) is not None:
                key_to_id[k] = ids.get(k)
            forget(k, c)
        report.added += ids.added
        report.skipped += ids.skipped
        report.duplicates += ids.duplicates
        report.events += ids.events
        batch.clear()
        ready_copies.clear()
        waiting_copies[:] = still
        # keep only the ids a waiting copy may still need: memory stays flat on long runs
        needed = {okey for _w, _a, _c, okey in still}
        for k in [k for k in key_to_id if k not in needed]:
            del key_to_id[k]
        last_commit = time.monotonic()

    show = sys.stderr.isatty() if progress is None else progress
    bar = None
    if show:
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

        total = count_records(paths)
        bar = Progress(SpinnerColumn(), TextColumn("ingest"), BarColumn(), MofNCompleteColumn(),
                       TextColumn("{task.fields[rate]:.1f} articles/s  {task.fields[events]} events  "
                                  "{task.fields[skipped]} skipped  {task.fields[dups]} copies  {task.fields[bad]} bad"),
                       TimeElapsedColumn(), console=Console(stderr=True), transient=False)
        task = bar.add_task("ingest", total=total, rate=0.0, events=0, skipped=0, dups=0, bad=0)
        bar.start()

    try:
        for doc in coder.code_many(to_code(), workers=workers):
            key, where, art, chk = sent.popleft()
            if doc.errors and not doc.text:
                bad(where, "; ".join(doc.errors))
                forget(key, chk)
                continue
            if doc.date is None and art.date is not None:
                doc.date = art.date
            batch.append((key, doc, chk))
            if len(batch) >= batch_size or time.monotonic() - last_commit >= commit_seconds:
                flush()
            if bar is not None:
                el = time.monotonic() - started
                bar.update(task, completed=report.read, rate=(report.added + len(batch)) / el if el else 0.0,
                           events=report.events, skipped=report.skipped, dups=report.duplicates, bad=report.bad)
        # copies whose original never got stored (it was bad) are coded as themselves next run
        flush()
        for w, a, c, _k in waiting_copies:
            bad(w, "copy of an article that could not be coded; rerun to code it on its own")
        if report.added and hasattr(store, "optimize"):
            store.optimize()  # planner statistics for the indexes the new rows filled
    finally:
        report.seconds = time.monotonic() - started
        if bar is not None:
            bar.update(task, completed=report.read, rate=report.rate, events=report.events,
                       skipped=report.skipped, dups=report.duplicates, bad=report.bad)
            bar.stop()
    return report


# ---------------------------------------------------------------------------- the demo

SEED_DATE = date(2025, 4, 12)


def demo_paths() -> tuple[Path, Path]:
    """The bundled corpus: (Wikinews JSONL, seed article), inside the installed package."""
    from importlib import resources

    root = Path(str(resources.files("communique.data").joinpath("corpus")))
    return root / "wikinews_en_2019_2020.jsonl", root / "seed_000_308a02dbfd3bc44d.txt"


def run_demo(store, *, coder=None, workers: int = 1, progress: bool | None = None, on_bad=None) -> dict:
    """Ingest the bundled Wikinews corpus and the seed article into ``store``; what it found.

    Idempotent: a second run adds nothing and reports the same findings.
    Returns ``{"report": IngestReport.to_dict(), "stats": Store.stats(),
    "seed_events": [...], "examples": [...]}`` where ``examples`` are the
    happenings reported by the most articles, then the most mentioned.
    """
    if coder is None:
        from communique.coder import Coder

        coder = Coder()
    corpus, seed = demo_paths()
    rep = ingest([str(corpus)], store, coder=coder, workers=workers, progress=progress, on_bad=on_bad)
    rep_seed = ingest([str(seed)], store, coder=coder, workers=1, default_date=SEED_DATE, progress=False,
                      on_bad=on_bad)
    for name in ("read", "added", "skipped", "duplicates", "bad", "events"):
        setattr(rep, name, getattr(rep, name) + getattr(rep_seed, name))
    rep.seconds += rep_seed.seconds
    rep.bad_records += rep_seed.bad_records
    seed_id = seed.stem
    seed_events = store.events(article=seed_id, limit=50)["items"]
    examples = [e for e in store.events(mode="asserted", unique=True, limit=2000)["items"]
                if e["source"] and e["target"]]
    examples.sort(key=lambda e: (-(e.get("num_articles") or 1), -(e.get("num_mentions") or 1), e["id"]))
    return {"report": rep.to_dict(), "stats": store.stats(), "seed_events": seed_events, "examples": examples[:8]}
