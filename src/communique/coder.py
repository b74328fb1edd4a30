"""The coder: an article in, a coded document out.

``Coder`` loads the spaCy pipeline and the knowledge (actors, triggers,
places) once; ``code`` is a pure function of the article, ``code_many``
streams any iterable of articles through ``nlp.pipe`` (or a pool of worker
processes) and yields documents in input order, so a file of a million
articles never sits in memory.

A bad article never stops a batch: it comes out as a ``Document`` whose
``errors`` say what was wrong, with no events.
"""
from __future__ import annotations

import gc
import itertools
import multiprocessing
from datetime import date
from typing import Iterable, Iterator

from . import codebook, nlp as nlp_module
from .dates import in_another_period
from .datelines import DATELINE_STATE, find_dateline, parse_text
from .events.extractor import Candidate, EventExtractor
from .events.lexicon import Lexicon
from .events.merge import merge
from .events.placed_people import place_people
from .quotes import QuoteFinder, attribution_chain, find_byline
from .records import Article, Document, Event, Span, parse_date

MAX_CHARS = 1_000_000  # spaCy's own limit; longer texts must be split by the caller


class ArticleError(ValueError):
    """An article that cannot be coded, with the reason."""


def _as_date(value) -> date | None:
    try:
        return parse_date(value)
    except ValueError as exc:
        raise ArticleError(str(exc)) from None


def _event_date(c: Candidate, published: date | None) -> date | None:
    """The day an event happened: its own date when the text gives the day; the
    publication date when the text gives none, or only the month or year the article
    appeared in; unknown (None) when the text puts it in another month or year ("In
    2006, Abqaiq was the target of an attack" in a 2019 story is no 2019 event, and
    no day of 2006 is known).  ``date_text`` keeps what the text said."""
    own = c.date
    if own is None:
        return published
    if own.precision == "day":
        return own.date
    if published is None:
        return None
    return None if in_another_period(own, published) else published


def as_article(item, date=None, doc_id=None, title=None) -> Article:
    """An ``Article`` from an Article, a dict record or a plain string."""
    if isinstance(item, Article):
        art = item
    elif isinstance(item, str):
        art = Article(text=item)
    elif isinstance(item, dict):
        known = {k: item.get(k) for k in ("text", "id", "title", "date", "url", "source", "byline")}
        if known["text"] is None:
            raise ArticleError("record has no 'text'")
        art = Article(**known)
    else:
        raise ArticleError(f"cannot code a {type(item).__name__}")
    if date is not None and not art.date:
        art.date = date  # a default for articles that carry no date of their own
    if doc_id is not None:
        art.id = doc_id
    if title is not None:
        art.title = title
    art.date = _as_date(art.date)
    return art


def check_text(text) -> None:
    if not isinstance(text, str):
        raise ArticleError(f"text is a {type(text).__name__}, not a string")
    if not text.strip():
        raise ArticleError("empty text")
    if "\x00" in text or "\ufffd" in text[:2000] and text[:2000].count("\ufffd") > 20:
        raise ArticleError("binary or mis-encoded text")
    if len(text) > MAX_CHARS:
        raise ArticleError(f"text too long ({len(text):,} characters; the limit is {MAX_CHARS:,}): split it")


class Coder:
    """Loads the pipeline once; codes articles.

    >>> coder = Coder()
    >>> doc = coder.code("Russia and the United States held talks in Istanbul.", date="2025-04-12")
    """

    def __init__(self, model: str | None = None, lexicon: Lexicon | None = None, actor_finder=None,
                 batch_size: int = 32):
        self.model = model
        self.nlp = nlp_module.load(model)
        if actor_finder is None:
            from .actors import ActorFinder

            actor_finder = ActorFinder(self.nlp)
        self.actors = actor_finder
        self.extractor = EventExtractor(lexicon)
        self.quotes = QuoteFinder(self.extractor.speech_lemmas)
        self.batch_size = batch_size

    # -- single article -----------------------------------------------------------------
    def code(self, article, date=None, doc_id=None, title=None) -> Document:
        """Code one article (an ``Article``, a record dict or a string)."""
        art = as_article(article, date=date, doc_id=doc_id, title=title)
        check_text(art.text)
        return self._code_parsed(art, self.nlp(parse_text(art.text)))

    def _code_parsed(self, art: Article, doc) -> Document:
        doc_id = art.id or "doc"
        doc.user_data["communique_text"] = art.text  # the text as given: no need to rebuild it
        sents = nlp_module.sentences(doc)
        sent_index = {s.start: i for i, s in enumerate(sents)}
        byline = find_byline(art.text)
        exclude: list[tuple[int, int]] = []
        if byline:
            exclude.append((byline[1], byline[2]))
        dateline = find_dateline(art.text)
        if dateline is not None:
            exclude.append((dateline.start, dateline.end))  # where it was filed: no actor
        doc.user_data[DATELINE_STATE] = dateline.country if dateline is not None else None
        actors = self.actors.find(doc, date=art.date, exclude=exclude)
        chain, chain_spans = attribution_chain(doc, actors)
        if chain_spans:
            # outlets and the media they cite are attribution, never actors
            actors = [a for a in actors if not any(s <= a.start < e for s, e in chain_spans)]
        sent_start = nlp_module.sentence_starts(doc)
        for a in actors:
            tok = doc.char_span(a.start, a.end, alignment_mode="expand")
            if tok is not None and len(tok):
                a.sentence_index = sent_index.get(sent_start[tok.start])
        quotes = self.quotes.find(doc, actors, sent_index)
        cands = self.extractor.extract(doc, actors, art.date, quotes=quotes)
        # (placed first: one unnamed man arrested, told twice, is one happening)
        place_people(cands, doc)
        events = [self._event(c, doc_id, i, art, chain) for i, c in enumerate(merge(cands, art.date))]
        return Document(
            doc_id=doc_id, text=art.text, title=art.title, byline=(byline[0] if byline else art.byline),
            date=art.date, url=art.url, source=art.source, attribution=chain,
            actors=[a for a in actors if a.kind != "outlet"], events=events, quotes=quotes,
            # (a slice of the text as given: Span.text joins the tokens anew)
            sentences=[Span(art.text[s.start_char:s.end_char], s.start_char, s.end_char) for s in sents],
        )

    @staticmethod
    def _event(c: Candidate, doc_id: str, n: int, art: Article, chain: list[str]) -> Event:
        entry = codebook.lookup(c.code)
        trig = c.trigger
        evidence = {"trigger": Span(trig.text, trig.idx, trig.idx + len(trig.text))}
        for role, actor in (("source", c.source), ("target", c.target)):
            if actor is not None:
                evidence[role] = Span(actor.text, actor.start, actor.end)
        if c.date_span is not None:
            evidence["date"] = c.date_span
        if c.place is not None and c.place.start is not None:
            evidence["location"] = Span(c.place.text or c.place.name, c.place.start, c.place.end)
        if c.mode.cue is not None:
            cue = c.mode.cue
            evidence["mode"] = Span(cue.text, cue.idx, cue.idx + len(cue.text))
        event_date = _event_date(c, art.date)
        return Event(
            event_id=f"{doc_id}:{n}", doc_id=doc_id, cameo=c.code, cameo_root=c.code[:2],
            quad_class=entry.quad_class, goldstein=entry.goldstein, plover=entry.plover,
            plover_mode=entry.plover_mode, plover_context=entry.plover_context,
            mode=c.mode.mode, source=c.source, target=c.target,
            trigger=evidence["trigger"], sentence=c.sentence.text.strip(), sentence_index=c.sentence_index,
            date=event_date, date_text=c.date.text if c.date is not None else None,
            reciprocal=c.reciprocal, location=c.place, mentions=len(c.mentions) or 1,
            mention_spans=c.mentions, reported_by=list(chain), speaker=c.speaker,
            confidence=c.confidence, evidence=evidence,
        )

    # -- streams ------------------------------------------------------------------------
    def _error_doc(self, art_or_item, exc: Exception, position: int) -> Document:
        doc_id = getattr(art_or_item, "id", None) or (art_or_item.get("id") if isinstance(art_or_item, dict) else None)
        return Document(doc_id=doc_id or f"#{position}", text="", errors=[str(exc)])

    def code_many(self, items: Iterable, workers: int = 1, date=None) -> Iterator[Document]:
        """Code a stream of articles; yields one ``Document`` per item, in order.

        An item that cannot be coded yields a ``Document`` with ``errors``.
        ``workers > 1`` codes in that many processes, each loading the
        pipeline once; input is read in bounded windows either way.
        """
        if workers > 1:
            yield from self._code_parallel(items, workers, date)
            return
        yield from self._ordered(self._checked(items, date))

    def _checked(self, items: Iterable, date) -> Iterator[tuple[int, object, Exception | None]]:
        for pos, item in enumerate(items):
            try:
                art = as_article(item, date=date)
                if art.id is None:
                    art.id = f"doc{pos + 1}"
                check_text(art.text)
                yield pos, art, None
            except ArticleError as exc:
                yield pos, item, exc

    def _ordered(self, checked) -> Iterator[Document]:
        window = max(self.batch_size, 1)
        while True:
            chunk = list(itertools.islice(checked, window))
            if not chunk:
                return
            good = [(parse_text(art.text), (pos, art)) for pos, art, err in chunk if err is None]
            parsed = {}
            for spacy_doc, (pos, art) in self.nlp.pipe(good, as_tuples=True, batch_size=self.batch_size):
                try:
                    parsed[pos] = self._code_parsed(art, spacy_doc)
                except Exception as exc:  # one bad document never stops the batch
                    parsed[pos] = self._error_doc(art, exc, pos)
            for pos, art, err in chunk:
                yield parsed[pos] if err is None else self._error_doc(art, err, pos)

    def _code_parallel(self, items, workers: int, date) -> Iterator[Document]:
        ctx = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn")
        checked = self._checked(items, date)
        window = workers * self.batch_size * 2
        with ctx.Pool(workers, initializer=_init_worker, initargs=(self.model,)) as pool:
            while True:
                chunk = list(itertools.islice(checked, window))
                if not chunk:
                    return
                size = max(1, len(chunk) // (workers * 4))
                yield from pool.imap(_work, chunk, chunksize=size)


_WORKER: Coder | None = None


def _init_worker(model):
    global _WORKER
    _WORKER = Coder(model=model)
    gc.freeze()  # a worker process of ours: its knowledge lives as long as it; keep the collector off it


def _work(task) -> Document:
    pos, art, err = task
    if err is not None:
        return _WORKER._error_doc(art, err, pos)
    try:
        return _WORKER.code(art)
    except Exception as exc:
        return _WORKER._error_doc(art, exc, pos)


_DEFAULT: Coder | None = None


def code(text: str, date=None, doc_id=None, title=None) -> Document:
    """Code one text with a process-wide default ``Coder``."""
    global _DEFAULT
    if _DEFAULT is None:
        _DEFAULT = Coder()
    return _DEFAULT.code(text, date=date, doc_id=doc_id, title=title)
