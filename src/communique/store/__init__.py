"""The event store: coded articles in a SQL database (SQLite by default, PostgreSQL for teams).

Python API
==========

>>> from communique.store import Store
>>> store = Store()                       # $COMMUNIQUE_DB, else ./communique.db
>>> store = Store("data/news.db")         # a SQLite file (WAL mode)
>>> store = Store("postgresql://user@host/dbname")   # psycopg 3
>>> result = store.add_documents(docs)   # coded communique.records.Document objects, one transaction
>>> page = store.events(dyad="RUS:USA", root="04", since="2025-01-01", limit=50)
>>> page["items"][0]["source"]["code"], page["next"]          # next: cursor for the following page
>>> store.events(dyad="RUS:USA", cursor=page["next"])

Opening a store creates the tables, or upgrades an older database in place
through the Alembic migrations shipped in ``communique/store/migrations``.

Filters (``events``, ``iter_events``, ``count_events``, ``series``)
-------------------------------------------------------------------
``actor``   an actor on either side.  A 3-letter country code (``RUS``) matches
            the actor's country; anything else is a prefix of the CAMEO actor
            code (``RUSGOV``, ``NATO``, ``IGOUNO``).
``source``, ``target``  the same, on one side only.
``dyad``    ``"RUS:USA"``: events between the two, in either direction;
            ``"RUS>USA"``: RUS as source and USA as target only.
``root``    CAMEO root(s): ``"04"`` or ``["04", "05"]`` or ``"04,05"``.
``code``    CAMEO code prefix: ``"04"``, ``"042"``, ``"0421"``.
``quad_class``  1-4, or a list.
``mode``    ``asserted``/``negated``/``future``/``hypothetical`` or a list
            (default: every mode).
``since``, ``until``  event dates, inclusive (``date`` or ``"YYYY-MM-DD"``).
``q``       words in the event's sentence (case-insensitive substring).
``article`` the article's integer id or doc id.
``happening`` a happening id (every report of one deduplicated happening).
``unique``  True: one event per happening (the first report), as GDELT counts.

Shapes
------
An event is a dict in the DESIGN.md event-record shape (``event_id``,
``doc_id``, ``date``, ``cameo``, ``cameo_root``, ``quad_class``,
``goldstein``, ``plover``, ``mode``, ``reciprocal``, ``source``, ``target``,
``trigger``, ``location``, ``sentence``, ``sentence_index``, ``mentions``,
``reported_by``, ``confidence``...) plus the store's keys: ``id`` (integer,
stable), ``article_id``, ``happening_id``, ``num_mentions``,
``num_sources``, ``num_articles`` (of the happening, across articles),
``title``, ``url``, ``outlet``, ``pub_date`` (of the article).

Pages are ``{"items": [...], "next": cursor-or-None}``, newest event first
(date descending, then id descending); pass ``next`` back as ``cursor``.

Methods
-------
``add_documents(docs)``        store coded documents; returns an :class:`AddResult`.
``check(article)``             would this article be new, already stored, or a wire copy?
``add_duplicate(article, of)`` store a wire copy without coding it.
``events(**filters, limit=50, cursor=None)``  one page of events.
``iter_events(**filters)``     every matching event, streamed (exports).
``count_events(**filters)``    how many.
``event(id)``                  one event with ``mentions_list`` (every mention in
                               every article, copies included), ``happening`` and
                               ``article`` (summary); None when unknown.
``happening(id)``              a deduplicated happening and its events.
``article(id)``                an article (integer id or doc id) with ``text``,
                               ``actors``, ``events``, ``quotes``, ``sentences``,
                               ``duplicates`` (ids of its wire copies).
``document(id)``               the same as a records.Document.
``actors(q=None, limit=50)``   actor codes with names, country, sector and
                               number of mentions; ``q`` matches a code prefix or
                               a name/text substring.
``quotes(speaker=None, q=None, article=None, limit=50, cursor=None)``
                               a page of quotes; ``speaker`` is an actor spec
                               (as ``actor`` above) or a name substring.
``series(interval="week", by="quad_class", **filters)``
                               rows ``{"period", "key", "count", "goldstein_sum",
                               "goldstein_mean"}`` per ``day|week|month|year``
                               (weeks start on Monday; ``period`` is the first
                               day, ISO); ``by`` is ``quad_class``, ``cameo_root``,
                               ``plover``, ``mode`` or None.
``dyad_series(a, b, interval="week", mode="asserted", unique=True, ...)``
                               ``series`` for the dyad a:b.
``counterparts(actor, limit=20, mode="asserted", ...)``
                               the actors an actor deals with, by number of events.
``top_dyads(limit=10, mode="asserted")``  the most frequent pairs of two different countries.
``stats()``                    ``{"articles", "duplicates", "events", "happenings",
                               "actor_mentions", "quotes", "first_date",
                               "last_date", "by_mode", "by_quad_class", "top_dyads",
                               "schema"}``.
``rebuild_happenings()``       recompute the cross-article dedup from scratch.
"""
from __future__ import annotations

import base64
import json
import os
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta, timezone
from functools import lru_cache
from typing import Any, Iterable, Iterator, Sequence

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from communique import dedup
from communique.records import Article, Document, Span, parse_date
from communique.store import rows as R
from communique.store.engine import DEFAULT_DB, ENV_VAR, make_engine, resolve_url, upgrade
from communique.store.schema import (
    actor_mentions,
    article_buckets,
    articles,
    event_mentions,
    events,
    happenings,
    metadata,
    quotes,
)

__all__ = ["Store", "AddResult", "Check", "StoreError", "resolve_url", "DEFAULT_DB", "ENV_VAR", "metadata"]

_CHUNK = 500  # ids per IN (...) list


class StoreError(ValueError):
    """A bad query parameter (unknown interval, malformed cursor or date...)."""


@dataclass
class Check:
    """What the store knows of an article before it is coded."""

    status: str  # "new" | "exists" | "duplicate"
    content_hash: str
    signature: bytes | None = None
    original_id: int | None = None  # for "exists": the stored article; for "duplicate": the original
    similarity: float | None = None


@dataclass
class AddResult:
    """What one call to :meth:`Store.add_documents` did."""

    added: int = 0
    skipped: int = 0  # already stored (same content hash or URL)
    duplicates: int = 0  # wire copies stored as copies, not coded
    events: int = 0
    article_ids: list[int] = field(default_factory=list)
    ids: dict = field(default_factory=dict)  # add_batch: caller's key -> stored article id

    def get(self, key, default=None):
        return self.ids.get(key, default)

    def __iadd__(self, other: "AddResult") -> "AddResult":
        self.added += other.added
        self.skipped += other.skipped
        self.duplicates += other.duplicates
        self.events += other.events
        self.article_ids += other.article_ids
        return self


@lru_cache(maxsize=1)
def _countries() -> frozenset[str]:
    import pycountry

    return frozenset(c.alpha_3 for c in pycountry.countries) | {"KSV", "EUR", "WST"}


def _neg_date(value) -> int:
    """A sort key that orders dates newest first (None sorts by the caller)."""
    if value is None:
        return 0
    if isinstance(value, str):
        value = date.fromisoformat(value[:10])
    return -value.toordinal()


def _parse_date(value: Any, name: str) -> date | None:
    try:
        return parse_date(value)
    except ValueError:
        raise StoreError(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def _as_list(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, (list, tuple, set)):
        items = list(value)
    else:
        items = str(value).split(",")
    return [str(v).strip() for v in items if str(v).strip()]


def _prefix_range(col, prefix: str):
    # an index-friendly prefix test (LIKE would skip the index on SQLite)
    if not prefix:
        return col.is_not(None)  # every value is prefixed by ""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return sa.and_(col >= prefix, col < upper)


def _side(role: str, spec: str, table=events):
    spec = spec.strip().upper()
    if not spec:
        raise StoreError("empty actor code")
    if len(spec) == 3 and spec in _countries():
        return table.c[f"{role}_country"] == spec
    return _prefix_range(table.c[f"{role}_code"], spec)


def _encode_cursor(d: date | None, ident: int) -> str:
    raw = json.dumps([d.isoformat() if d else None, ident]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_cursor(cursor: str) -> tuple[date | None, int]:
    try:
        raw = base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4))
        d, ident = json.loads(raw)
        return (date.fromisoformat(d) if d else None), int(ident)
    except Exception:
        raise StoreError(f"cursor: {cursor!r} is not a cursor this store gave out") from None


# Statements built once: the dedup runs once per stored event, and a prebuilt
# statement skips SQLAlchemy's expression building on every call.
@lru_cache(maxsize=4)
def _candidates_stmt(sk_none: bool, tk_none: bool):
    def side(col, param, none):
        return col.is_(None) if none else col == sa.bindparam(param)

    fwd = sa.and_(side(happenings.c.source_key, "sk", sk_none), side(happenings.c.target_key, "tk", tk_none))
    rev = sa.and_(side(happenings.c.source_key, "tk", tk_none), side(happenings.c.target_key, "sk", sk_none))
    return (sa.select(happenings)
            .where(sa.or_(fwd, rev), happenings.c.cameo_root == sa.bindparam("root"),
                   happenings.c.mode == sa.bindparam("mode"),
                   happenings.c.date.between(sa.bindparam("d0"), sa.bindparam("d1")))
            .order_by(happenings.c.id).limit(20))


_SAME_ARTICLE = (sa.select(events.c.id)
                 .where(events.c.happening_id == sa.bindparam("hid"), events.c.article_id == sa.bindparam("aid"),
                        events.c.id != sa.bindparam("eid")).limit(1))
_SET_HAPPENING = events.update().where(events.c.id == sa.bindparam("eid")).values(happening_id=sa.bindparam("hid"))


class Store:
    """A communique event store on SQLite or PostgreSQL (see the module docstring)."""

    def __init__(self, db: str | os.PathLike | None = None, *, migrate: bool = True, engine: Engine | None = None):
        self.url = resolve_url(db) if engine is None else engine.url.render_as_string(hide_password=False)
        self.engine = engine or make_engine(db)
        if migrate:
            upgrade(self.engine)

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    def optimize(self) -> None:
        """Refresh the query planner's statistics after a load (SQLite ``PRAGMA
        optimize``; PostgreSQL's autovacuum does this on its own).  Without them
        SQLite may pick a poor index for actor series on a large store."""
        if self.dialect == "sqlite":
            with self.engine.begin() as conn:
                conn.exec_driver_sql("PRAGMA optimize")

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> "Store":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.engine.url.render_as_string(hide_password=True)!r})"

    # ------------------------------------------------------------------ writing

    def check(self, article: Article | Document, conn: Connection | None = None) -> Check:
        """Is this article new, already stored (hash or URL), or a wire copy of a stored one?"""
        if conn is None:
            with self.engine.connect() as c:
                return self.check(article, c)
        url, outlet = article.url, getattr(article, "source", None)
        h = dedup.content_hash(article.text, url, outlet)
        cond = articles.c.content_hash == h
        if url:
            cond = sa.or_(cond, articles.c.url == url)
        found = conn.execute(sa.select(articles.c.id).where(cond).limit(1)).scalar()
        if found is not None:
            return Check("exists", h, original_id=found)
        sig, n = dedup.minhash(article.text)
        raw = dedup.signature_bytes(sig, n)
        orig, sim = self._near_duplicate(conn, sig, n)
        if orig is not None:
            return Check("duplicate", h, raw, orig, sim)
        return Check("new", h, raw)

    def _near_duplicate(self, conn: Connection, sig, n: int) -> tuple[int | None, float | None]:
        bks = dedup.buckets(sig)
        cands = conn.execute(
            sa.select(articles.c.id, articles.c.minhash)
            .where(articles.c.id.in_(sa.select(article_buckets.c.article_id).where(article_buckets.c.bucket.in_(bks))))
            .where(articles.c.duplicate_of.is_(None))
            .order_by(articles.c.id)
            .limit(50)
        ).all()
        best: tuple[int | None, float | None] = (None, None)
        for cid, raw in cands:
            if raw is None:
                continue
            ok, sim = dedup.is_near_duplicate((sig, n), dedup.signature_from_bytes(raw))
            if ok and (best[1] is None or sim > best[1]):
                best = (cid, sim)
        return best

    def add_documents(self, docs: Iterable[Document], checks: Sequence[Check | None] | None = None) -> AddResult:
        """Store coded documents in one transaction (all or nothing).

        An article already stored (same content hash or URL) is skipped; a wire
        copy of a stored article is stored as a copy (``duplicate_of``) and its
        events are counted as mentions of the original's, not stored again.
        Every event is assigned to a happening (see :mod:`communique.dedup`).
        """
        docs = list(docs)
        return self.add_batch([(d, checks[i] if checks is not None and i < len(checks) else None, i)
                               for i, d in enumerate(docs)])

    def add_batch(self, docs: Sequence[tuple[Document, Check | None, Any]],
                  copies: Sequence[tuple[Article | Document, Check | None, Any]] = ()) -> AddResult:
        """Store coded documents and uncoded wire copies in one transaction.

        ``docs``: ``(document, check or None, key)``; ``result.ids[key]`` is the
        stored article id (absent when skipped).  ``copies``: ``(article,
        check, original)`` where ``original`` is a stored article id or
        ``("key", key)`` naming a document of this batch.  Used by
        :func:`communique.ingest.ingest`, which commits one batch at a time.
        """
        result = AddResult()
        with self.engine.begin() as conn:
            touched: set[int] = set()
            for doc, chk, key in docs:
                r = self._insert(conn, doc, chk, touched)
                if r.article_ids:
                    result.ids[key] = r.article_ids[0]
                result += r
            for art, chk, original in copies:
                if isinstance(original, tuple):
                    original = result.ids.get(original[1])
                if chk is not None:
                    chk = Check("duplicate" if original is not None else "unknown", chk.content_hash, chk.signature,
                                original, chk.similarity)
                result += self._insert(conn, art, chk, touched)
            self._refresh_happenings(conn, touched)
        return result

    def add_duplicate(self, article: Article | Document, original_id: int, similarity: float | None = None,
                      content_hash: str | None = None, signature: bytes | None = None) -> AddResult:
        """Store a wire copy of article ``original_id`` without coding it."""
        with self.engine.begin() as conn:
            touched: set[int] = set()
            chk = Check("duplicate", content_hash or dedup.content_hash(article.text, article.url, getattr(article, "source", None)),
                        signature, original_id, similarity)
            res = self._insert(conn, article, chk, touched)
            self._refresh_happenings(conn, touched)
        return res

    def _unique_doc_id(self, conn: Connection, doc_id: str | None, h: str) -> str:
        base = (doc_id or f"doc-{h[:12]}")[:240]
        candidate, n = base, 1
        while conn.execute(sa.select(articles.c.id).where(articles.c.doc_id == candidate)).first() is not None:
            n += 1
            candidate = f"{base}~{n}"
        return candidate

    def _insert(self, conn: Connection, doc: Article | Document, chk: Check | None, touched: set[int]) -> AddResult:
        res = AddResult()
        outlet = getattr(doc, "source", None)
        h = chk.content_hash if chk else dedup.content_hash(doc.text, doc.url, outlet)
        # re-check inside the transaction: the check may be older than another batch
        cond = articles.c.content_hash == h
        if doc.url:
            cond = sa.or_(cond, articles.c.url == doc.url)
        if conn.execute(sa.select(articles.c.id).where(cond).limit(1)).first() is not None:
            res.skipped = 1
            return res
        if chk is not None and chk.signature is not None:
            raw = chk.signature
            sig, n = dedup.signature_from_bytes(raw)
        else:
            sig, n = dedup.minhash(doc.text)
            raw = dedup.signature_bytes(sig, n)
        if chk is not None and chk.status == "duplicate":
            original, sim = chk.original_id, chk.similarity
        elif chk is not None and chk.status == "new":
            original, sim = None, None
        else:
            original, sim = self._near_duplicate(conn, sig, n)
        doc_id = doc.doc_id if isinstance(doc, Document) else doc.id
        is_doc = isinstance(doc, Document)
        row = {
            "doc_id": self._unique_doc_id(conn, doc_id, h),
            "title": doc.title,
            "text": doc.text,
            "url": doc.url,
            "outlet": outlet,
            "byline": doc.byline,
            "pub_date": doc.date,
            "content_hash": h,
            "attribution": list(doc.attribution) if is_doc else [],
            "sentences": [[s.start, s.end] for s in doc.sentences] if is_doc else [],
            "errors": list(doc.errors) if is_doc else [],
            "num_events": 0 if original is not None or not is_doc else len(doc.events),
            "ingested_at": datetime.now(timezone.utc).replace(tzinfo=None),
            "minhash": raw,
            "duplicate_of": original,
            "similarity": sim,
        }
        article_id = conn.execute(articles.insert().returning(articles.c.id), row).scalar_one()
        res.article_ids.append(article_id)
        if original is not None:
            res.duplicates = 1
            orig_events = conn.execute(
                sa.select(events.c.id, events.c.happening_id, events.c.trigger_text).where(events.c.article_id == original)
            ).all()
            if orig_events:
                conn.execute(event_mentions.insert(), [
                    {"event_id": eid, "article_id": article_id, "text": trig, "start": None, "end": None, "is_copy": True}
                    for eid, _hid, trig in orig_events
                ])
                touched.update(hid for _eid, hid, _t in orig_events if hid is not None)
            return res
        res.added = 1
        conn.execute(article_buckets.insert(), [{"bucket": b, "article_id": article_id} for b in dedup.buckets(sig)])
        if not is_doc:
            return res
        if doc.actors:
            conn.execute(actor_mentions.insert(), [R.actor_row(a, article_id) for a in doc.actors])
        if doc.quotes:
            conn.execute(quotes.insert(), [R.quote_row(q, article_id) for q in doc.quotes])
        if doc.events:
            erows = [R.event_row(e, article_id, doc.date) for e in doc.events]
            ids = conn.execute(events.insert().returning(events.c.id, sort_by_parameter_order=True), erows).scalars().all()
            mentions = []
            for eid, ev in zip(ids, doc.events):
                spans = ev.mention_spans or [ev.trigger]
                mentions += [{"event_id": eid, "article_id": article_id, "text": s.text, "start": s.start,
                              "end": s.end, "is_copy": False} for s in spans]
            conn.execute(event_mentions.insert(), mentions)
            for eid, erow in zip(ids, erows):
                erow["id"] = eid
                touched.add(self._assign_happening(conn, erow))
            res.events = len(ids)
        return res

    def _assign_happening(self, conn: Connection, ev: dict) -> int:
        """Attach one stored event to a happening under the rule of :mod:`communique.dedup`."""
        sk = dedup.dyad_key(ev["source_code"], ev["source_country"])
        tk = dedup.dyad_key(ev["target_code"], ev["target_country"])
        d = ev["date"]
        best = None
        if d is not None and (sk is not None or tk is not None):
            cands = conn.execute(_candidates_stmt(sk is None, tk is None), {
                "sk": sk, "tk": tk, "root": ev["cameo_root"], "mode": ev["mode"],
                "d0": d - timedelta(days=1), "d1": d + timedelta(days=1),
            }).mappings().all()
            scored = []
            for h in cands:
                hv = {"mode": h["mode"], "cameo_root": h["cameo_root"], "date": h["date"],
                      "source_code": h["source_key"], "source_country": None,
                      "target_code": h["target_key"], "target_country": None,
                      "reciprocal": h["reciprocal"], "location_country": h["location_country"],
                      "location_geonameid": h["location_geonameid"], "location_feature": None}
                evk = dict(ev, source_code=sk, source_country=None, target_code=tk, target_country=None, article_id=None)
                if not dedup.same_happening(evk, hv):
                    continue
                same_article = conn.execute(_SAME_ARTICLE, {"hid": h["id"], "aid": ev["article_id"],
                                                            "eid": ev["id"]}).first()
                if same_article is not None:
                    continue
                scored.append((abs((h["date"] - d).days), h["cameo"] != ev["cameo"], h["id"]))
            if scored:
                best = min(scored)[2]
        if best is None:
            best = conn.execute(happenings.insert().returning(happenings.c.id), {
                "date": d, "cameo": ev["cameo"], "cameo_root": ev["cameo_root"], "quad_class": ev["quad_class"],
                "goldstein": ev["goldstein"], "plover": ev["plover"], "mode": ev["mode"],
                "reciprocal": ev["reciprocal"], "source_key": sk, "target_key": tk,
                "source_code": ev["source_code"], "target_code": ev["target_code"],
                "location_country": ev["location_country"], "location_geonameid": ev["location_geonameid"],
                "first_event_id": ev["id"], "num_events": 1, "num_mentions": ev["mentions"], "num_sources": 1,
                "num_articles": 1,
            }).scalar_one()
        else:
            # a happening first known only by its country learns its city
            if ev["location_geonameid"] is not None:
                conn.execute(happenings.update().where(happenings.c.id == best, happenings.c.location_geonameid.is_(None))
                             .values(location_geonameid=ev["location_geonameid"], location_country=ev["location_country"]))
        conn.execute(_SET_HAPPENING, {"eid": ev["id"], "hid": best})
        return best

    def _refresh_happenings(self, conn: Connection, ids: Iterable[int]) -> None:
        ids = sorted(set(i for i in ids if i is not None))
        for k in range(0, len(ids), _CHUNK):
            chunk = ids[k : k + _CHUNK]
            n_events: dict[int, int] = defaultdict(int)
            n_mentions: dict[int, int] = defaultdict(int)
            arts: dict[int, set] = defaultdict(set)
            srcs: dict[int, set] = defaultdict(set)
            for hid, mentions, aid, outlet in conn.execute(
                sa.select(events.c.happening_id, events.c.mentions, events.c.article_id, articles.c.outlet)
                .join(articles, articles.c.id == events.c.article_id).where(events.c.happening_id.in_(chunk))
            ):
                n_events[hid] += 1
                n_mentions[hid] += mentions or 1
                arts[hid].add(aid)
                srcs[hid].add(outlet or f"article:{aid}")
            for hid, mentions, aid, outlet in conn.execute(
                sa.select(events.c.happening_id, events.c.mentions, event_mentions.c.article_id, articles.c.outlet)
                .join(events, events.c.id == event_mentions.c.event_id)
                .join(articles, articles.c.id == event_mentions.c.article_id)
                .where(event_mentions.c.is_copy.is_(True), events.c.happening_id.in_(chunk))
            ):
                n_mentions[hid] += mentions or 1
                arts[hid].add(aid)
                srcs[hid].add(outlet or f"article:{aid}")
            conn.execute(
                happenings.update().where(happenings.c.id == sa.bindparam("hid")).values(
                    num_events=sa.bindparam("ne"), num_mentions=sa.bindparam("nm"),
                    num_articles=sa.bindparam("na"), num_sources=sa.bindparam("ns")),
                [{"hid": h, "ne": n_events[h], "nm": n_mentions[h], "na": len(arts[h]), "ns": len(srcs[h])}
                 for h in chunk],
            )

    def rebuild_happenings(self) -> int:
        """Recompute the cross-article dedup from scratch; returns the number of happenings."""
        with self.engine.begin() as conn:
            conn.execute(events.update().values(happening_id=None))
            conn.execute(happenings.delete())
            touched: set[int] = set()
            cols = [c for c in events.c]
            last = 0
            while True:
                batch = conn.execute(sa.select(*cols).where(events.c.id > last).order_by(events.c.id).limit(5000)).mappings().all()
                if not batch:
                    break
                for ev in batch:
                    touched.add(self._assign_happening(conn, dict(ev)))
                last = batch[-1]["id"]
            self._refresh_happenings(conn, touched)
            return conn.execute(sa.select(sa.func.count()).select_from(happenings)).scalar_one()

    # ------------------------------------------------------------------ reading

    def _filters(self, actor=None, source=None, target=None, dyad=None, root=None, code=None, quad_class=None,
                 mode=None, since=None, until=None, q=None, article=None, happening=None, unique=False) -> list:
        conds = []
        if actor:
            conds.append(sa.or_(_side("source", actor), _side("target", actor)))
        if source:
            conds.append(_side("source", source))
        if target:
            conds.append(_side("target", target))
        if dyad:
            text = str(dyad).strip()
            directed = ">" in text
            parts = text.split(">" if directed else ":")
            if len(parts) != 2 or not all(p.strip() for p in parts):
                raise StoreError(f"dyad: {dyad!r} is not A:B (either direction) or A>B (A as source)")
            a, b = parts
            fwd = sa.and_(_side("source", a), _side("target", b))
            conds.append(fwd if directed else sa.or_(fwd, sa.and_(_side("source", b), _side("target", a))))
        roots = _as_list(root)
        if roots:
            bad = [r for r in roots if not (r.isdigit() and len(r) == 2)]
            if bad:
                raise StoreError(f"root: {bad[0]!r} is not a 2-digit CAMEO root (01-20)")
            conds.append(events.c.cameo_root.in_(roots))
        codes = _as_list(code)
        if codes:
            bad = [c for c in codes if not (c.isdigit() and 2 <= len(c) <= 4)]
            if bad:
                raise StoreError(f"code: {bad[0]!r} is not a CAMEO code (2-4 digits)")
            conds.append(sa.or_(*[events.c.cameo == c if len(c) == 4 else _prefix_range(events.c.cameo, c) for c in codes]))
        qcs = _as_list(quad_class)
        if qcs:
            try:
                qci = [int(x) for x in qcs]
            except ValueError:
                raise StoreError(f"quad_class: {quad_class!r} is not 1-4") from None
            conds.append(events.c.quad_class.in_(qci))
        modes = _as_list(mode)
        if modes:
            bad = [m for m in modes if m not in ("asserted", "negated", "future", "hypothetical")]
            if bad:
                raise StoreError(f"mode: {bad[0]!r} is not asserted, negated, future or hypothetical")
            conds.append(events.c.mode.in_(modes))
        s, u = _parse_date(since, "since"), _parse_date(until, "until")
        if s:
            conds.append(events.c.date >= s)
        if u:
            conds.append(events.c.date <= u)
        if q:
            conds.append(events.c.sentence.icontains(str(q), autoescape=True))
        if article is not None:
            aid = self._article_id(article)
            conds.append(events.c.article_id == (aid if aid is not None else -1))
        if happening is not None:
            try:
                conds.append(events.c.happening_id == int(happening))
            except (TypeError, ValueError):
                raise StoreError(f"happening: {happening!r} is not a happening id") from None
        if unique:
            conds.append(events.c.id == happenings.c.first_event_id)
        return conds

    def _event_select(self, conds: list):
        return (
            sa.select(events, articles.c.doc_id, articles.c.title, articles.c.url, articles.c.outlet,
                      articles.c.pub_date, happenings.c.num_mentions, happenings.c.num_sources,
                      happenings.c.num_articles)
            .select_from(events.join(articles, articles.c.id == events.c.article_id)
                         .outerjoin(happenings, happenings.c.id == events.c.happening_id))
            .where(*conds)
        )

    def events(self, *, limit: int = 50, cursor: str | None = None, **filters) -> dict:
        """One page of events, newest first: ``{"items": [...], "next": cursor or None}``."""
        try:
            limit = int(limit)
        except (TypeError, ValueError):
            raise StoreError(f"limit: {limit!r} is not a number") from None
        if limit < 1 or limit > 10000:
            raise StoreError("limit: must be between 1 and 10000")
        conds = self._filters(**filters)
        after: list = []  # the cursor's place in the order
        if cursor:
            d, ident = _decode_cursor(cursor)
            if d is None:
                after.append(sa.and_(events.c.date.is_(None), events.c.id < ident))
            else:
                after.append(sa.or_(events.c.date < d, sa.and_(events.c.date == d, events.c.id < ident),
                                    events.c.date.is_(None)))
        order = (events.c.date.desc().nulls_last(), events.c.id.desc())
        # Pick the page's ids first from the indexes alone, then fetch the
        # wide rows and their joins for those ids only: on a million events a
        # dyad of 50,000 sorts 50,000 (date, id) pairs, not 50,000 joined rows.
        def pick(conditions):
            stmt = sa.select(events.c.id, events.c.date).select_from(events)
            if filters.get("unique"):
                stmt = stmt.join(happenings, happenings.c.id == events.c.happening_id)
            return stmt.where(*conditions).order_by(*order).limit(limit + 1)

        if filters.get("actor"):
            # one ordered, limited pick per direction, merged: an OR over both
            # sides makes the database collect and sort every event of the actor
            actor = filters["actor"]
            rest = self._filters(**{**filters, "actor": None}) + after
            branches = [pick([_side("source", actor), *rest]), pick([_side("target", actor), *rest])]
        else:
            branches = [pick(conds + after)]
        with self.engine.connect() as conn:
            rows = {r.id: r.date for b in branches for r in conn.execute(b)}
            # newest first, undated last, then by id: the order of the page query
            page_ids = sorted(rows, key=lambda i: (rows[i] is None, _neg_date(rows[i]), -i))[:limit + 1]
            found = []
            if page_ids:
                found = conn.execute(self._event_select([events.c.id.in_(page_ids)]).order_by(*order)).mappings().all()
        items = [R.event_dict(r) for r in found[:limit]]
        nxt = None
        if len(found) > limit:
            last = found[limit - 1]
            nxt = _encode_cursor(last["date"], last["id"])
        return {"items": items, "next": nxt}

    def iter_events(self, *, batch: int = 5000, order: str = "id", **filters) -> Iterator[dict]:
        """Every matching event, streamed in id order (for exports)."""
        conds = self._filters(**filters)
        last = 0
        while True:
            stmt = self._event_select(conds + [events.c.id > last]).order_by(events.c.id).limit(batch)
            with self.engine.connect() as conn:
                found = conn.execute(stmt).mappings().all()
            if not found:
                return
            for r in found:
                yield R.event_dict(r)
            last = found[-1]["id"]

    def count_events(self, **filters) -> int:
        conds = self._filters(**filters)
        stmt = sa.select(sa.func.count()).select_from(events)
        if filters.get("unique"):
            stmt = stmt.join(happenings, happenings.c.id == events.c.happening_id)
        with self.engine.connect() as conn:
            return conn.execute(stmt.where(*conds)).scalar_one()

    def _article_id(self, ident: int | str, conn: Connection | None = None) -> int | None:
        if conn is None:
            with self.engine.connect() as c:
                return self._article_id(ident, c)
        # '¹' passes isdigit() but not int(); a row id fits in 64 bits
        if isinstance(ident, int) or (isinstance(ident, str) and ident.isascii() and ident.isdigit() and len(ident) < 19):
            found = conn.execute(sa.select(articles.c.id).where(articles.c.id == int(ident))).scalar()
            if found is not None:
                return found
        return conn.execute(sa.select(articles.c.id).where(articles.c.doc_id == str(ident))).scalar()

    def event(self, ident: int | str) -> dict | None:
        """One event with its mentions across articles, its happening and its article's summary."""
        try:
            ident = int(ident)
        except (TypeError, ValueError):
            return None
        with self.engine.connect() as conn:
            row = conn.execute(self._event_select([events.c.id == ident])).mappings().first()
            if row is None:
                return None
            out = R.event_dict(row)
            ms = conn.execute(
                sa.select(event_mentions, articles.c.doc_id, articles.c.title, articles.c.outlet, articles.c.url,
                          articles.c.pub_date)
                .join(articles, articles.c.id == event_mentions.c.article_id)
                .where(event_mentions.c.event_id == ident).order_by(event_mentions.c.id)
            ).mappings().all()
            out["mentions_list"] = [
                {"article_id": m["article_id"], "doc_id": m["doc_id"], "title": m["title"], "outlet": m["outlet"],
                 "url": m["url"], "pub_date": R._iso(m["pub_date"]), "text": m["text"], "start": m["start"],
                 "end": m["end"], "is_copy": bool(m["is_copy"])}
                for m in ms
            ]
            out["article"] = {"id": row["article_id"], "doc_id": row["doc_id"], "title": row["title"],
                              "url": row["url"], "outlet": row["outlet"], "pub_date": R._iso(row["pub_date"])}
            out["happening"] = self._happening(conn, row["happening_id"], with_events=True) if row["happening_id"] else None
        return out

    def _happening(self, conn: Connection, hid: int, with_events: bool) -> dict | None:
        h = conn.execute(sa.select(happenings).where(happenings.c.id == hid)).mappings().first()
        if h is None:
            return None
        out = {k: R._iso(v) for k, v in h.items()}
        out["reciprocal"] = bool(h["reciprocal"])
        if with_events:
            evs = conn.execute(self._event_select([events.c.happening_id == hid]).order_by(events.c.id)).mappings().all()
            out["events"] = [{"id": e["id"], "article_id": e["article_id"], "doc_id": e["doc_id"], "title": e["title"],
                              "outlet": e["outlet"], "date": R._iso(e["date"]), "cameo": e["cameo"],
                              "sentence": e["sentence"], "mentions": e["mentions"]} for e in evs]
        return out

    def happening(self, ident: int) -> dict | None:
        with self.engine.connect() as conn:
            return self._happening(conn, int(ident), with_events=True)

    def article(self, ident: int | str) -> dict | None:
        """An article with its text, actors, events, quotes and sentence offsets; None when unknown."""
        with self.engine.connect() as conn:
            aid = self._article_id(ident, conn)
            if aid is None:
                return None
            a = conn.execute(sa.select(articles).where(articles.c.id == aid)).mappings().first()
            out = {k: R._iso(v) for k, v in a.items() if k not in ("minhash",)}
            out["attribution"] = list(a["attribution"] or [])
            out["sentences"] = [list(s) for s in (a["sentences"] or [])]
            out["errors"] = list(a["errors"] or [])
            src = a["duplicate_of"] or aid  # a wire copy shows its original's coding
            out["coded_from"] = src
            out["actors"] = [R.actor_dict(r) for r in conn.execute(
                sa.select(actor_mentions).where(actor_mentions.c.article_id == src).order_by(actor_mentions.c.start))
                .mappings()]
            out["events"] = [R.event_dict(r) for r in conn.execute(
                self._event_select([events.c.article_id == src]).order_by(events.c.trigger_start)).mappings()]
            out["quotes"] = [R.quote_dict(r) for r in conn.execute(
                sa.select(quotes).where(quotes.c.article_id == src).order_by(quotes.c.start)).mappings()]
            out["duplicates"] = list(conn.execute(
                sa.select(articles.c.id).where(articles.c.duplicate_of == aid).order_by(articles.c.id)).scalars())
        return out

    def document(self, ident: int | str) -> Document | None:
        """The stored article as a records.Document (events, actors, quotes restored)."""
        a = self.article(ident)
        if a is None:
            return None
        with self.engine.connect() as conn:
            spans: dict[int, list[Span]] = defaultdict(list)
            ids = [e["id"] for e in a["events"]]
            for k in range(0, len(ids), _CHUNK):
                for m in conn.execute(sa.select(event_mentions).where(
                        event_mentions.c.event_id.in_(ids[k:k + _CHUNK]), event_mentions.c.is_copy.is_(False))
                        .order_by(event_mentions.c.id)).mappings():
                    spans[m["event_id"]].append(Span(m["text"] or "", m["start"] or 0, m["end"] or 0))
        art = dict(a, pub_date=_parse_date(a["pub_date"], "pub_date"))
        evs = [R.event_record(e, spans.get(e["id"])) for e in a["events"]]
        return R.document_record(art, evs, a["actors"], a["quotes"])

    def actors(self, q: str | None = None, limit: int = 50) -> list[dict]:
        """Actor codes seen in the articles, most mentioned first."""
        name = sa.func.max(actor_mentions.c.name)
        stmt = (sa.select(actor_mentions.c.code, name.label("name"), sa.func.max(actor_mentions.c.country).label("country"),
                          sa.func.max(actor_mentions.c.sector).label("sector"), sa.func.count().label("mentions"))
                .where(actor_mentions.c.code.is_not(None)).group_by(actor_mentions.c.code))
        qq = (q or "").strip()
        if qq:
            stmt = stmt.where(sa.or_(_prefix_range(actor_mentions.c.code, qq.upper()),
                                     actor_mentions.c.name.icontains(qq, autoescape=True),
                                     actor_mentions.c.text.icontains(qq, autoescape=True)))
        stmt = stmt.order_by(sa.desc("mentions"), actor_mentions.c.code).limit(max(1, min(int(limit), 1000)))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def quotes(self, speaker: str | None = None, q: str | None = None, article: int | str | None = None,
               limit: int = 50, cursor: str | None = None) -> dict:
        """A page of quotes, newest article first: ``{"items", "next"}``."""
        conds = []
        sp = (speaker or "").strip()  # whitespace alone ("\x85" from a URL) is no filter
        if sp:
            by_code = [_prefix_range(quotes.c.speaker_code, sp.upper())]
            if len(sp) == 3 and sp.upper() in _countries():
                by_code.append(quotes.c.speaker_country == sp.upper())
            conds.append(sa.or_(*by_code, quotes.c.speaker_name.icontains(sp, autoescape=True),
                                quotes.c.speaker_text.icontains(sp, autoescape=True)))
        if q:
            conds.append(quotes.c.text.icontains(str(q), autoescape=True))
        if article is not None:
            aid = self._article_id(article)
            conds.append(quotes.c.article_id == (aid if aid is not None else -1))
        if cursor:
            _d, ident = _decode_cursor(cursor)
            conds.append(quotes.c.id < ident)
        limit = max(1, min(int(limit), 10000))
        stmt = (sa.select(quotes, articles.c.doc_id, articles.c.title, articles.c.pub_date)
                .join(articles, articles.c.id == quotes.c.article_id).where(*conds)
                .order_by(quotes.c.id.desc()).limit(limit + 1))
        with self.engine.connect() as conn:
            found = conn.execute(stmt).mappings().all()
        nxt = _encode_cursor(None, found[limit - 1]["id"]) if len(found) > limit else None
        return {"items": [R.quote_dict(r) for r in found[:limit]], "next": nxt}

    # ------------------------------------------------------------------ aggregates

    def _period(self, interval: str):
        col = events.c.date
        if interval not in ("day", "week", "month", "year"):
            raise StoreError(f"interval: {interval!r} is not day, week, month or year")
        if self.dialect == "sqlite":
            return {
                "day": sa.func.date(col),
                # the Monday on or before the date: 'weekday 0' moves to the next Sunday
                "week": sa.func.date(col, "weekday 0", "-6 days"),
                "month": sa.func.strftime("%Y-%m-01", col),
                "year": sa.func.strftime("%Y-01-01", col),
            }[interval]
        return sa.cast(sa.func.date_trunc(interval, col), sa.Date)

    def series(self, interval: str = "week", by: str | None = "quad_class", **filters) -> list[dict]:
        """Counts and Goldstein sums per period (and per ``by`` value), oldest first."""
        if by not in (None, "quad_class", "cameo_root", "plover", "mode"):
            raise StoreError(f"by: {by!r} is not quad_class, cameo_root, plover, mode or None")
        period = self._period(interval).label("period")
        cols = [period]
        if by:
            cols.append(events.c[by].label("key"))
        stmt = sa.select(*cols, sa.func.count().label("count"), sa.func.sum(events.c.goldstein).label("goldstein_sum"),
                         sa.func.avg(events.c.goldstein).label("goldstein_mean")).select_from(events)
        if filters.get("unique"):
            stmt = stmt.join(happenings, happenings.c.id == events.c.happening_id)
        stmt = stmt.where(events.c.date.is_not(None), *self._filters(**filters)).group_by(*cols).order_by(*cols)
        out = []
        with self.engine.connect() as conn:
            for r in conn.execute(stmt).mappings():
                p = r["period"]
                out.append({"period": p.isoformat() if isinstance(p, date) else str(p)[:10],
                            "key": r["key"] if by else None, "count": r["count"],
                            "goldstein_sum": float(r["goldstein_sum"]) if r["goldstein_sum"] is not None else None,
                            "goldstein_mean": float(r["goldstein_mean"]) if r["goldstein_mean"] is not None else None})
        return out

    def dyad_series(self, a: str, b: str, interval: str = "week", mode: str | list | None = "asserted",
                    unique: bool = True, directed: bool = False, by: str | None = "quad_class", **filters) -> list[dict]:
        """:meth:`series` for the events between ``a`` and ``b`` (asserted, one per happening, by default)."""
        dyad = f"{a}>{b}" if directed else f"{a}:{b}"
        return self.series(interval=interval, by=by, dyad=dyad, mode=mode, unique=unique, **filters)

    def counterparts(self, actor: str, limit: int = 20, mode: str | list | None = "asserted", **filters) -> list[dict]:
        """The actors ``actor`` deals with: ``{"actor", "events", "as_source", "as_target", "goldstein_mean"}``."""
        counts: dict[str, dict] = {}
        with self.engine.connect() as conn:
            for role, other in (("source", "target"), ("target", "source")):
                key = sa.func.coalesce(events.c[f"{other}_country"], events.c[f"{other}_code"]).label("other")
                stmt = (sa.select(key, sa.func.count().label("n"), sa.func.sum(events.c.goldstein).label("g"))
                        .where(_side(role, actor), key.is_not(None), *self._filters(mode=mode, **filters))
                        .group_by(key))
                for r in conn.execute(stmt).mappings():
                    c = counts.setdefault(r["other"], {"actor": r["other"], "events": 0, "as_source": 0,
                                                       "as_target": 0, "_g": 0.0})
                    c["events"] += r["n"]
                    c["as_source" if role == "source" else "as_target"] += r["n"]
                    c["_g"] += float(r["g"] or 0.0)
        spec = actor.strip().upper()
        out = sorted((c for k, c in counts.items() if k != spec), key=lambda c: (-c["events"], c["actor"]))[:limit]
        for c in out:
            c["goldstein_mean"] = c.pop("_g") / c["events"] if c["events"] else None
        return out

    def top_dyads(self, limit: int = 10, mode: str | list | None = "asserted", unique: bool = True) -> list[dict]:
        """Most frequent (source country, target country) pairs of two different countries."""
        s = events.c.source_country.label("source")
        t = events.c.target_country.label("target")
        stmt = sa.select(s, t, sa.func.count().label("events")).select_from(events)
        if unique:
            stmt = stmt.join(happenings, happenings.c.id == events.c.happening_id)
        stmt = (stmt.where(s.is_not(None), t.is_not(None), s != t, *self._filters(mode=mode, unique=unique))
                .group_by(s, t).order_by(sa.desc("events"), s, t).limit(limit))
        with self.engine.connect() as conn:
            return [dict(r) for r in conn.execute(stmt).mappings()]

    def stats(self) -> dict:
        """Counts of what the store holds (cheap enough for a dashboard header)."""
        from communique.store.engine import current_revision

        with self.engine.connect() as conn:
            def count(table, *where):
                return conn.execute(sa.select(sa.func.count()).select_from(table).where(*where)).scalar_one()

            first, last = conn.execute(sa.select(sa.func.min(events.c.date), sa.func.max(events.c.date))).one()
            by_mode = {m: n for m, n in conn.execute(sa.select(events.c.mode, sa.func.count()).group_by(events.c.mode))}
            by_qc = {str(k): n for k, n in conn.execute(
                sa.select(events.c.quad_class, sa.func.count()).group_by(events.c.quad_class)) if k is not None}
            out = {
                "articles": count(articles),
                "coded_articles": count(articles, articles.c.duplicate_of.is_(None)),
                "duplicates": count(articles, articles.c.duplicate_of.is_not(None)),
                "events": count(events),
                "happenings": count(happenings),
                "merged_events": 0,
                "actor_mentions": count(actor_mentions),
                "quotes": count(quotes),
                "outlets": conn.execute(sa.select(sa.func.count(sa.distinct(articles.c.outlet)))).scalar_one(),
                "first_date": R._iso(first),
                "last_date": R._iso(last),
                "by_mode": by_mode,
                "by_quad_class": by_qc,
            }
        out["merged_events"] = out["events"] - out["happenings"]
        out["top_dyads"] = self.top_dyads(limit=10)
        out["schema"] = current_revision(self.engine)
        out["database"] = self.engine.url.render_as_string(hide_password=True)
        return out
