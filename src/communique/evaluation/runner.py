"""``evaluate``: read a gold file, run the coder (or the actor finder) over
it, and score.  The CLI command ``communique eval`` is a shell over this."""
from __future__ import annotations

import inspect
import time
from pathlib import Path
from typing import Any, Callable, Iterable

from . import actor_cases, cameo_manual, pentaclass, petr, plover
from .detect import KINDS, detect_kind
from .gold import GoldSentence, GoldSet, Problem
from .predictions import PredEvent, from_event
from .scoring import SCORERS, EvalReport

READERS = {
    "petr": petr.read,
    "plover": plover.read,
    "cameo-manual": cameo_manual.read,
    "pentaclass": pentaclass.read,
    "actors": actor_cases.read,
}


def read_gold(path: str | Path, kind: str | None = None) -> GoldSet:
    """The gold records of ``path`` (kind detected when not given)."""
    kind = kind or detect_kind(path)
    if kind not in READERS:
        raise ValueError(f"unknown gold kind {kind!r}; one of {', '.join(KINDS)}")
    return READERS[kind](path)


def predict_events(sentences: list[GoldSentence], coder: Any = None, workers: int = 1,
                   problems: list[Problem] | None = None,
                   progress: Callable[[int], None] | None = None) -> list[list[PredEvent]]:
    """Code every gold sentence as its own article; one list of predicted
    events per sentence, in order.  A sentence the coder fails on gets no
    events and a problem line; the others go on."""
    from ..records import Article

    if coder is None:
        from ..coder import Coder

        coder = Coder()
    articles = [Article(text=s.text, id=s.id, date=s.date) for s in sentences]
    out: list[list[PredEvent]] = []

    def keep(doc: Any) -> None:
        out.append([from_event(e) for e in (getattr(doc, "events", None) or [])])
        if progress:
            progress(1)

    try:
        for doc in coder.code_many(iter(articles), workers=workers):
            keep(doc)
    except Exception as exc:  # one bad sentence must not sink the batch: go on one by one
        if problems is not None:
            problems.append(Problem(sentences[len(out)].line,
                                    f"batch coding stopped ({exc}); coding the rest one by one"))
        for article, sentence in zip(articles[len(out):], sentences[len(out):]):
            try:
                keep(coder.code(article))
            except Exception as err:
                if problems is not None:
                    problems.append(Problem(sentence.line, f"coder failed on {sentence.id}: {err}"))
                out.append([])
                if progress:
                    progress(1)
    return out


def _squash(text: str) -> str:
    return " ".join(text.split())


def read_articles(path: str | Path, problems: list[Problem] | None = None) -> dict[str, Any]:
    """Whole articles (JSON lines ``{"id", "text", "date"}``) by id, for coding gold
    sentences in context.  A line that is not such an article is reported in
    ``problems`` (its line, what is wrong) and the others are read."""
    from ..coder import ArticleError, as_article
    from .gold import GoldError, json_lines

    out = {}
    for number, obj in json_lines(path):
        reason = None
        if isinstance(obj, GoldError):
            reason = str(obj)
        elif not isinstance(obj, dict) or not obj.get("id") or not isinstance(obj.get("text"), str) \
                or not obj["text"].strip():
            reason = "an article needs an 'id' and a non-empty 'text'"
        else:
            try:
                out[str(obj["id"])] = as_article(obj)
            except ArticleError as exc:
                reason = str(exc)
        if reason is not None and problems is not None:
            problems.append(Problem(number, f"--in-context {Path(path).name}: {reason}"))
    return out


def predict_in_context(sentences: list[GoldSentence], articles: dict[str, Any], coder: Any = None,
                       problems: list[Problem] | None = None,
                       progress: Callable[[int], None] | None = None) -> list[list[PredEvent]]:
    """Code each gold sentence inside its whole article: the sentence id is
    ``<article id>:<n>``; the events kept for it are those of the coded article
    whose sentence is the gold sentence (whitespace aside).  A sentence whose
    article is not given is coded alone."""
    if coder is None:
        from ..coder import Coder

        coder = Coder()
    coded: dict[str, Any] = {}
    out: list[list[PredEvent]] = []
    for s in sentences:
        art_id = s.id.rsplit(":", 1)[0]
        art = articles.get(art_id)
        if art is None:
            out.extend(predict_events([s], coder, problems=problems))
        else:
            if art_id not in coded:
                try:
                    coded[art_id] = coder.code(art)
                except Exception as exc:
                    if problems is not None:
                        problems.append(Problem(s.line, f"coder failed on article {art_id}: {exc}"))
                    coded[art_id] = None
            doc, gold = coded[art_id], _squash(s.text)
            events = getattr(doc, "events", None) or []
            out.append([from_event(e) for e in events
                        if gold in _squash(e.sentence) or _squash(e.sentence) in gold])
        if progress:
            progress(1)
    return out


def _finder(finder: Any) -> Any:
    if finder is not None:
        return finder
    try:
        from ..actors import ActorFinder
    except ImportError as exc:
        raise RuntimeError("communique.actors.ActorFinder is not available yet; "
                           "the actors kind needs it") from exc
    return ActorFinder()


def resolve_cases(cases: list, finder: Any = None, problems: list[Problem] | None = None,
                  progress: Callable[[int], None] | None = None) -> list[Any]:
    """Resolve every NGEC case phrase with ``ActorFinder().resolve``."""
    finder = _finder(finder)
    params = inspect.signature(finder.resolve).parameters
    out = []
    for case in cases:
        kwargs: dict[str, Any] = {}
        context = case.context
        if case.known_country:
            if "known_country" in params:
                kwargs["known_country"] = case.known_country
            else:  # the country the caller knows is context too
                context = " ".join(x for x in (context, case.known_country) if x)
        if "date" in params:
            kwargs["date"] = case.date
        if "context" in params:
            kwargs["context"] = context
        try:
            out.append(finder.resolve(case.text, **kwargs))
        except Exception as exc:
            if problems is not None:
                problems.append(Problem(case.line, f"resolver failed on {case.id}: {exc}"))
            out.append(None)
        if progress:
            progress(1)
    return out


def evaluate(path: str | Path, kind: str | None = None, coder: Any = None, *, limit: int | None = None,
             workers: int = 1, errors: int = 10, finder: Any = None,
             progress: Callable[[int], None] | None = None,
             on_total: Callable[[int], None] | None = None,
             in_context: str | Path | None = None) -> EvalReport:
    """Score communique against the gold file at ``path``.

    ``kind`` is one of petr, plover, cameo-manual, pentaclass, actors
    (detected from the file when None); ``coder`` a ``communique.Coder``
    (one is built when None; the actors kind uses ``finder``, an
    ``ActorFinder``, instead); ``limit`` scores only the first N records;
    ``errors`` is how many worst misses the report keeps.  ``in_context``:
    a JSON-lines file of whole articles; gold sentences whose id is
    ``<article id>:<n>`` are then coded inside their article (what the
    article says elsewhere counts, as it does for a user).
    """
    started = time.perf_counter()
    gold = read_gold(path, kind)
    records = gold.records[:limit] if limit else gold.records
    if on_total:
        on_total(len(records))
    problems = list(gold.problems)
    if gold.kind == "actors":
        if finder is None and coder is not None and hasattr(getattr(coder, "actors", None), "resolve"):
            finder = coder.actors  # the coder's own finder: same knowledge, no second load
        predictions: Iterable = resolve_cases(records, finder, problems, progress)
    elif in_context is not None:
        predictions = predict_in_context(records, read_articles(in_context, problems), coder, problems, progress)
    else:
        predictions = predict_events(records, coder, workers, problems, progress)
    report = SCORERS[gold.kind](list(zip(records, predictions)), errors=errors)
    report.path = str(path)
    report.problems = [str(p) for p in sorted(problems, key=lambda p: p.line)]
    report.seconds = time.perf_counter() - started
    return report
