"""The REST API and the dashboard: ``create_app(db_url, token=None)``.

JSON under ``/api`` (OpenAPI document at ``/openapi.json``, browsable at
``/docs``), pages at ``/``, ``/events``, ``/articles/{id}``, ``/actors/{code}``.

Reads go straight to the store's tables through SQLAlchemy Core (the queries
the pages need, shaped by :mod:`communique.store.rows`); the series come from
:mod:`communique.analysis`.  Writes: ``POST /api/articles`` stores an
article, and only with the bearer token given at start (no token configured:
refused outright); ``POST /api/code`` codes a text and stores nothing.

Bad parameters are answered 422 with FastAPI's validation shape
(``{"detail": [{"loc": [...], "msg": "...", "type": "..."}]}``), whether the
type checks or :mod:`communique.analysis` found them; unknown ids get 404.
"""
from __future__ import annotations

import datetime as dt
import hmac
import threading
from typing import Any, Literal

import sqlalchemy as sa
from fastapi import Depends, FastAPI, Header, HTTPException, Path, Query, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from pydantic import BaseModel, Field

from communique import analysis as an
from communique.store import Store, StoreError
from communique.store import schema as S
from communique.store import rows as R
from communique.web import STATIC_DIR, TEMPLATES_DIR, highlight

ACTOR_PATTERN = r"^[A-Za-z0-9]{2,30}$"
ID_PATTERN = r"^[^\x00-\x1f\x7f]{1,300}$"
TEXT_PATTERN = r"^[^\x00]*$"
MAX_CODE_TEXT = 1_000_000
Interval = Literal["day", "week", "month"]
Mode = Literal["asserted", "negated", "future", "hypothetical"]
Unit = Literal["events", "happenings"]


# ---------------------------------------------------------------- response models

class SpanOut(BaseModel):
    text: str
    start: int
    end: int


class ActorRef(BaseModel):
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    text: str | None = None
    kind: str | None = None
    start: int | None = None
    end: int | None = None


class LocationOut(BaseModel):
    name: str | None = None
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    feature: str | None = None


class EventRecord(BaseModel):
    """The DESIGN.md event record, as the coder gives it."""

    event_id: str
    doc_id: str | None = None
    date: dt.date | None = None
    date_text: str | None = None
    cameo: str
    cameo_root: str
    quad_class: int | None = None
    goldstein: float | None = None
    plover: str | None = None
    plover_mode: str | None = None
    plover_context: str | None = None
    mode: str
    reciprocal: bool = False
    source: ActorRef | None = None
    target: ActorRef | None = None
    trigger: SpanOut
    location: LocationOut | None = None
    sentence: str | None = None
    sentence_index: int | None = None
    mentions: int | None = None
    reported_by: list[str] = []
    speaker: ActorRef | None = None
    confidence: float | None = None
    evidence: dict[str, Any] = {}


class EventOut(EventRecord):
    """A stored event: the event record plus the store's keys."""

    id: int = Field(description="the store's row id")
    article_id: int
    cameo_name: str | None = None
    title: str | None = Field(None, description="the article's title")
    url: str | None = None
    outlet: str | None = None
    pub_date: dt.date | None = None
    happening_id: int | None = None
    num_mentions: int | None = Field(None, description="of the happening, across articles")
    num_sources: int | None = None
    num_articles: int | None = None


class EventPage(BaseModel):
    items: list[EventOut]
    next: str | None = Field(None, description="cursor of the next page, or null on the last")
    limit: int


class MentionOut(BaseModel):
    doc_id: str | None = None
    article_id: int
    title: str | None = None
    outlet: str | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    is_copy: bool = False


class HappeningOut(BaseModel):
    id: int
    date: dt.date | None = None
    cameo: str | None = None
    num_events: int
    num_mentions: int
    num_sources: int
    num_articles: int


class ExplanationLine(BaseModel):
    field: str
    value: str
    words: str | None = Field(None, description="the words of the article that gave the value")


class EventDetail(EventOut):
    mention_spans: list[MentionOut] = []
    happening: HappeningOut | None = None
    explanation: list[ExplanationLine] = []


class QuoteOut(BaseModel):
    id: int
    article_id: int
    doc_id: str | None = None
    title: str | None = None
    text: str
    start: int
    end: int
    speaker: ActorRef | None = None
    verb: SpanOut | None = None
    sentence_index: int | None = None


class QuotePage(BaseModel):
    items: list[QuoteOut]
    next: str | None = None
    limit: int


class CodedQuote(BaseModel):
    text: str
    start: int
    end: int
    speaker: ActorRef | None = None
    verb: SpanOut | None = None
    sentence_index: int | None = None


class DocumentOut(BaseModel):
    """What POST /api/code returns: the coded document, nothing stored."""

    doc_id: str
    title: str | None = None
    byline: str | None = None
    date: dt.date | None = None
    url: str | None = None
    source: str | None = None
    attribution: list[str] = []
    actors: list[ActorRef] = []
    events: list[EventRecord] = []
    quotes: list[CodedQuote] = []
    errors: list[str] = []


class MarkOut(BaseModel):
    start: int
    end: int
    kind: str = Field(description="actor, trigger, quote, place, date or evidence")
    event_id: str | None = None
    label: str | None = None


class ArticleOut(BaseModel):
    id: int
    doc_id: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    byline: str | None = None
    pub_date: dt.date | None = None
    attribution: list[str] = []
    duplicate_of: str | None = None
    text: str
    actors: list[ActorRef]
    events: list[EventOut]
    quotes: list[QuoteOut]
    spans: list[MarkOut] = Field(description="every highlighted span: actors, triggers, quotes, places, evidence")


class ActorOut(BaseModel):
    code: str
    name: str | None = None
    kind: str = Field(description="country (matches every actor of that country) or actor (a code)")
    mentions: int | None = None


class ActorPage(BaseModel):
    items: list[ActorOut]


class SeriesPointOut(BaseModel):
    period: dt.date
    end: dt.date
    events: int
    quad: dict[str, int]
    roots: dict[str, int]
    cooperation: int
    conflict: int
    goldstein_sum: float
    goldstein_mean: float | None = None


class SeriesOut(BaseModel):
    a: str
    b: str | None = None
    interval: str
    unit: str
    modes: list[str]
    directed: bool
    since: dt.date | None = None
    until: dt.date | None = None
    points: list[SeriesPointOut]
    total: SeriesPointOut


class CounterpartOut(BaseModel):
    code: str
    name: str | None = None
    events: int
    as_source: int
    as_target: int
    quad: dict[str, int]
    cooperation: int
    conflict: int
    goldstein_mean: float | None = None


class ActorDetail(BaseModel):
    code: str
    name: str | None = None
    kind: str
    counterparts: list[CounterpartOut]


class HealthOut(BaseModel):
    status: str
    database: str
    articles: int
    events: int
    version: str


class CodeIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_CODE_TEXT, pattern=TEXT_PATTERN)
    date: dt.date | None = None
    title: str | None = Field(None, max_length=2000, pattern=TEXT_PATTERN)
    doc_id: str | None = Field(None, max_length=255, pattern=ID_PATTERN)


class ArticleIn(BaseModel):
    text: str = Field(..., min_length=1, max_length=MAX_CODE_TEXT, pattern=TEXT_PATTERN)
    id: str | None = Field(None, max_length=255, pattern=ID_PATTERN)
    title: str | None = Field(None, max_length=2000, pattern=TEXT_PATTERN)
    date: dt.date | None = None
    url: str | None = Field(None, max_length=2000, pattern=TEXT_PATTERN)
    source: str | None = Field(None, max_length=255, pattern=TEXT_PATTERN)
    byline: str | None = Field(None, max_length=255, pattern=TEXT_PATTERN)


class IngestOut(BaseModel):
    doc_id: str | None = None
    stored: bool
    reason: str | None = None
    events: int = 0


class ErrorOut(BaseModel):
    detail: str


NOT_FOUND = {404: {"model": ErrorOut, "description": "no such record"}}


# ---------------------------------------------------------------- errors

# ---------------------------------------------------------------- reading (over communique.store.Store)

def _code_name(code: str | None) -> str | None:
    if not code:
        return None
    from communique import codebook

    try:
        return codebook.lookup(code).name
    except KeyError:
        return None


def _event_out(d: dict) -> dict:
    """A Store event dict, with the CAMEO name for display."""
    d = dict(d)
    d["cameo_name"] = _code_name(d.get("cameo"))
    if d.get("reported_by") is None:
        d["reported_by"] = []
    return d


def _row_event(row: dict) -> dict:
    """An analysis.events_at row (events table + article doc_id/title) as an event dict."""
    return _event_out(R.event_dict(dict(row, doc_id=row.get("article_doc_id"), title=row.get("article_title"))))


def article_payload(store, ident: str) -> dict | None:
    """Store.article plus the highlighted spans (actors, quotes, and each event's evidence)."""
    art = store.article(ident)
    if art is None:
        return None
    text = art["text"]
    dup_of = None
    if art.get("duplicate_of"):
        orig = store.article(art["duplicate_of"])  # a wire copy shows its original's text and coding
        if orig is not None:
            text, dup_of = orig["text"], orig["doc_id"]
    events = [_event_out(e) for e in art["events"]]
    quotes = [dict(q, doc_id=art["doc_id"], title=art.get("title")) for q in art["quotes"]]
    marks: list[highlight.Mark] = []
    for act in art["actors"]:
        label = f"{act.get('code') or 'no code'}" + (f" ({act['name']})" if act.get("name") else "")
        marks.append(highlight.Mark(act["start"], act["end"], "actor", None, label))
    for qt in quotes:
        who = (qt.get("speaker") or {}).get("code") or "unknown speaker"
        marks.append(highlight.Mark(qt["start"], qt["end"], "quote", None, f"quote by {who}"))
    for ev in events:
        marks.extend(highlight.event_marks(ev))
    marks = [m for m in marks if highlight._valid(m, len(text))]
    return {
        "id": art["id"], "doc_id": art["doc_id"], "title": art.get("title"), "url": art.get("url"),
        "outlet": art.get("outlet"), "byline": art.get("byline"), "pub_date": art.get("pub_date"),
        "attribution": list(art.get("attribution") or []), "duplicate_of": dup_of, "text": text,
        "actors": art["actors"], "events": events, "quotes": quotes,
        "spans": [m.to_dict() for m in marks], "_marks": marks,
    }


def event_payload(store, ident: str) -> dict | None:
    """Store.event (by row id or by event_id) plus a field-by-field explanation."""
    if not (ident.isascii() and ident.isdigit() and len(ident) < 18):  # "¹" is a digit to isdigit()
        with store.engine.connect() as c:
            found = c.execute(sa.select(S.events.c.id).where(S.events.c.event_id == ident)).scalar()
        if found is None:
            return None
        ident = str(found)
    out = store.event(int(ident))
    if out is None:
        return None
    out = _event_out(out)
    out["mention_spans"] = out.pop("mentions_list", [])
    out["explanation"] = [{"field": f, "value": v, "words": w}
                          for f, v, w in highlight.explain(out, out.get("cameo_name"))]
    return out


def search_actors(store, q: str, limit: int) -> list[dict]:
    """Countries (by code or name: they match every actor of the country) then stored actor codes."""
    import pycountry

    q = q.strip()
    up = q.upper()
    found: dict[str, dict] = {}
    if q:
        for c in pycountry.countries:
            name = getattr(c, "common_name", None) or c.name
            if c.alpha_3.startswith(up) or up in name.upper():
                found[c.alpha_3] = {"code": c.alpha_3, "name": name, "kind": "country", "mentions": None}
        ranked = sorted(found.values(), key=lambda d: (d["code"] != up, not d["name"].upper().startswith(up),
                                                       d["code"]))
        found = {d["code"]: d for d in ranked[:limit]}
        if found:
            with store.engine.connect() as c:
                counts = c.execute(
                    sa.select(S.actor_mentions.c.country, sa.func.count())
                    .where(S.actor_mentions.c.country.in_(list(found))).group_by(S.actor_mentions.c.country)).all()
            for country, n in counts:
                found[country]["mentions"] = n
            # the query itself, then countries the store knows, then names starting with it
            found = dict(sorted(found.items(), key=lambda kv: (kv[0] != up, kv[1]["mentions"] is None,
                                                              not kv[1]["name"].upper().startswith(up), kv[0])))
    for row in store.actors(q=q or None, limit=limit):
        if row["code"] not in found:
            found[row["code"]] = {"code": row["code"], "name": row.get("name"), "kind": "actor",
                                  "mentions": row.get("mentions")}
    return list(found.values())[:limit]


def _country_name(code: str) -> str | None:
    if an.is_country(code):
        import pycountry

        c = pycountry.countries.get(alpha_3=code)
        return getattr(c, "common_name", None) or c.name
    return None


# ---------------------------------------------------------------- the app

def create_app(db_url: str | None = None, token: str | None = None, *, coder=None) -> FastAPI:
    """The FastAPI app over the store at ``db_url`` (a path or SQLAlchemy URL; None: the default).

    ``token`` enables ``POST /api/articles`` for clients that send
    ``Authorization: Bearer <token>``; without it ingestion over HTTP is off.
    ``coder`` lets tests pass an already loaded ``communique.Coder``.
    """
    store = Store(db_url)  # an empty or older database gets the current tables
    engine = store.engine
    app = FastAPI(
        title="communique",
        version=_version(),
        description="Political event data from news: events, actors, quotes and relations over time.",
    )
    app.state.store = store
    app.state.engine = engine
    app.state.token = token or None
    app.state.coder = coder
    app.state.coder_lock = threading.Lock()
    templates = Jinja2Templates(directory=str(TEMPLATES_DIR))
    templates.env.globals["code_name"] = _code_name
    templates.env.globals["quad_names"] = an.QUAD_NAMES
    app.mount("/static", StaticFiles(directory=str(STATIC_DIR)), name="static")

    @app.exception_handler(StoreError)
    async def _store_error(_request: Request, exc: StoreError):
        msg = str(exc)
        name = msg.split(":", 1)[0] if ":" in msg else "query"
        return JSONResponse(status_code=422, content={"detail": [{"loc": ["query", name], "msg": msg,
                                                                  "type": "value_error"}]})

    @app.exception_handler(an.AnalysisError)
    async def _analysis_error(_request: Request, exc: an.AnalysisError):
        msg = str(exc)
        return JSONResponse(status_code=422, content={"detail": [{"loc": ["query", msg.split(" ", 1)[0]],
                                                                  "msg": msg, "type": "value_error"}]})

    # ------------------------------------------------------------ JSON API

    @app.get("/api/health", response_model=HealthOut, tags=["meta"])
    def health():
        with engine.connect() as c:
            n_art = c.execute(sa.select(sa.func.count()).select_from(S.articles)).scalar_one()
            n_ev = c.execute(sa.select(sa.func.count()).select_from(S.events)).scalar_one()
        return {"status": "ok", "database": engine.url.render_as_string(hide_password=True),
                "articles": n_art, "events": n_ev, "version": _version()}

    @app.get("/api/events", response_model=EventPage, tags=["events"])
    def list_events(
        actor: str | None = Query(None, pattern=ACTOR_PATTERN, description="either side (RUS, RUSGOV...)"),
        source: str | None = Query(None, pattern=ACTOR_PATTERN),
        target: str | None = Query(None, pattern=ACTOR_PATTERN),
        dyad: str | None = Query(None, pattern=r"^[A-Za-z0-9]{2,30}[:,][A-Za-z0-9]{2,30}$",
                                 description="A:B, either direction"),
        root: str | None = Query(None, pattern=r"^(0[1-9]|1[0-9]|20)$", description="CAMEO root, 01-20"),
        code: str | None = Query(None, pattern=r"^[0-9]{2,4}$", description="CAMEO code or its prefix"),
        mode: list[Mode] | None = Query(None, description="repeat for several; default: every mode"),
        since: dt.date | None = None,
        until: dt.date | None = None,
        q: str | None = Query(None, max_length=200, pattern=TEXT_PATTERN, description="words in the sentence"),
        limit: int = Query(50, ge=1, le=500),
        cursor: str | None = Query(None, max_length=200),
    ):
        page = store.events(actor=actor, source=source, target=target,
                            dyad=dyad.replace(",", ":") if dyad else None, root=root, code=code, mode=mode,
                            since=since, until=until, q=q, limit=limit, cursor=cursor)
        return {"items": [_event_out(e) for e in page["items"]], "next": page["next"], "limit": limit}

    @app.get("/api/events/{event_id}", response_model=EventDetail, responses=NOT_FOUND, tags=["events"])
    def get_event(event_id: str = Path(..., pattern=ID_PATTERN, description="event_id (doc:n) or row id")):
        out = event_payload(store, event_id)
        if out is None:
            raise HTTPException(404, f"no event {event_id!r}")
        return out

    @app.get("/api/articles/{article_id}", response_model=ArticleOut, responses=NOT_FOUND, tags=["articles"])
    def get_article(article_id: str = Path(..., pattern=ID_PATTERN, description="doc_id or row id")):
        out = article_payload(store, article_id)
        if out is None:
            raise HTTPException(404, f"no article {article_id!r}")
        out.pop("_marks")
        return out

    @app.get("/api/actors", response_model=ActorPage, tags=["actors"])
    def list_actors(q: str = Query("", max_length=100, pattern=TEXT_PATTERN),
                    limit: int = Query(20, ge=1, le=200)):
        return {"items": search_actors(store, q, limit)}

    @app.get("/api/actors/{code}", response_model=ActorDetail, tags=["actors"])
    def get_actor(code: str = Path(..., pattern=ACTOR_PATTERN),
                  limit: int = Query(10, ge=1, le=100),
                  since: dt.date | None = None, until: dt.date | None = None,
                  mode: list[Mode] | None = Query(None, description="default: asserted only"),
                  unit: Unit = "events"):
        code = code.upper()
        cps = an.top_counterparts(engine, code, limit=limit, since=since, until=until, modes=mode, unit=unit)
        return {"code": code, "name": _country_name(code), "kind": "country" if an.is_country(code) else "actor",
                "counterparts": [cp.to_dict() for cp in cps]}

    @app.get("/api/actors/{code}/series", response_model=SeriesOut, tags=["analysis"])
    def actor_series(code: str = Path(..., pattern=ACTOR_PATTERN), interval: Interval = "month",
                     since: dt.date | None = None, until: dt.date | None = None,
                     mode: list[Mode] | None = Query(None, description="default: asserted only"),
                     unit: Unit = "events"):
        s = an.actor_series(engine, code, interval, since=since, until=until, modes=mode, unit=unit)
        return dict(s.to_dict(), unit=unit)

    @app.get("/api/actors/{code}/events", response_model=EventPage, tags=["analysis"])
    def actor_events_at(code: str = Path(..., pattern=ACTOR_PATTERN),
                        period: dt.date = Query(..., description="any day of the bucket"),
                        interval: Interval = "month",
                        mode: list[Mode] | None = Query(None, description="default: asserted only"),
                        unit: Unit = "events",
                        limit: int = Query(100, ge=1, le=500)):
        rows = an.events_at(engine, code, None, period, interval, modes=mode, unit=unit, limit=limit)
        return {"items": [_row_event(r) for r in rows], "next": None, "limit": limit}

    @app.get("/api/dyads/{a}/{b}/series", response_model=SeriesOut, tags=["analysis"])
    def dyad_series(a: str = Path(..., pattern=ACTOR_PATTERN), b: str = Path(..., pattern=ACTOR_PATTERN),
                    interval: Interval = "week", since: dt.date | None = None, until: dt.date | None = None,
                    mode: list[Mode] | None = Query(None, description="default: asserted only"),
                    directed: bool = Query(False, description="only a acting on b"),
                    unit: Unit = "events"):
        s = an.dyad_series(engine, a, b, interval, since=since, until=until, modes=mode, directed=directed,
                           unit=unit)
        return dict(s.to_dict(), unit=unit)

    @app.get("/api/dyads/{a}/{b}/events", response_model=EventPage, tags=["analysis"])
    def dyad_events_at(a: str = Path(..., pattern=ACTOR_PATTERN), b: str = Path(..., pattern=ACTOR_PATTERN),
                       period: dt.date = Query(..., description="any day of the bucket"),
                       interval: Interval = "week",
                       mode: list[Mode] | None = Query(None, description="default: asserted only"),
                       directed: bool = False,
                       unit: Unit = "events",
                       limit: int = Query(100, ge=1, le=500)):
        rows = an.events_at(engine, a, b, period, interval, modes=mode, directed=directed, unit=unit, limit=limit)
        return {"items": [_row_event(r) for r in rows], "next": None, "limit": limit}

    @app.get("/api/quotes", response_model=QuotePage, tags=["quotes"])
    def list_quotes(speaker: str | None = Query(None, max_length=100, pattern=TEXT_PATTERN,
                                                description="actor code (RUS, RUSGOV) or name"),
                    q: str | None = Query(None, max_length=200, pattern=TEXT_PATTERN),
                    limit: int = Query(50, ge=1, le=500), cursor: str | None = Query(None, max_length=200)):
        page = store.quotes(speaker=speaker, q=q, limit=limit, cursor=cursor)
        return {"items": page["items"], "next": page["next"], "limit": limit}

    @app.post("/api/code", tags=["coding"], response_model=DocumentOut,
              responses={503: {"model": ErrorOut, "description": "the coder is not available"}})
    def code_text(body: CodeIn):
        """Code a text and return the document (events, actors, quotes); nothing is stored."""
        coder = _coder(app)
        from communique.records import Article

        with app.state.coder_lock:  # one spaCy pipeline, one request at a time
            doc = _checked_code(coder, Article(text=body.text, id=body.doc_id or "request", title=body.title,
                                               date=body.date))
        return doc.to_dict()

    def require_token(authorization: str | None = Header(None)):
        expected = app.state.token
        if not expected:
            raise HTTPException(403, "ingestion over HTTP is off: start the server with --token")
        scheme, _, given = (authorization or "").partition(" ")
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), expected.encode()):
            raise HTTPException(401, "missing or wrong bearer token", headers={"WWW-Authenticate": "Bearer"})

    @app.post("/api/articles", tags=["articles"], response_model=IngestOut, status_code=201,
              dependencies=[Depends(require_token)],
              responses={401: {"model": ErrorOut}, 403: {"model": ErrorOut}, 503: {"model": ErrorOut}})
    def post_article(body: ArticleIn):
        """Code and store an article (idempotent: the same text or URL again is not stored twice)."""
        return _ingest(app, body)

    # ------------------------------------------------------------ pages

    from communique.web import pages

    pages.register(app, templates)
    return app


def _coder(app: FastAPI):
    if app.state.coder is None:
        with app.state.coder_lock:
            if app.state.coder is None:
                try:
                    from communique import Coder
                except ImportError as exc:
                    raise HTTPException(503, f"the coder is not available: {exc}") from None
                app.state.coder = Coder()
    return app.state.coder


def _checked_code(coder, article):
    """The coded article; one the coder refuses (a text of blanks only) is a 422 naming why,
    in FastAPI's validation shape, not a server error."""
    from communique.coder import ArticleError  # (loaded with the coder, not with the app)

    try:
        return coder.code(article)
    except ArticleError as exc:
        raise HTTPException(422, [{"loc": ["body", "text"], "msg": f"cannot code the text: {exc}",
                                   "type": "value_error"}]) from exc


def _ingest(app: FastAPI, body: ArticleIn) -> dict:
    """Check, code and store one article, as ``communique ingest`` does for a file."""
    from communique.records import Article

    store = app.state.store
    article = Article(text=body.text, id=body.id, title=body.title, date=body.date, url=body.url,
                      source=body.source, byline=body.byline)
    chk = store.check(article)
    if chk.status == "exists":
        with store.engine.connect() as c:
            doc_id = c.execute(sa.select(S.articles.c.doc_id).where(S.articles.c.id == chk.original_id)).scalar()
        return JSONResponse(status_code=200, content={"doc_id": doc_id, "stored": False,
                                                      "reason": "already stored (same text or URL)", "events": 0})
    if chk.status == "duplicate":
        res = store.add_duplicate(article, chk.original_id, chk.similarity, chk.content_hash, chk.signature)
        reason = "stored as a wire copy of an article already stored; not coded again"
    else:
        coder = _coder(app)
        with app.state.coder_lock:
            doc = _checked_code(coder, article)
        res = store.add_documents([doc], [chk])
        reason = None
    doc_id = None
    if res.article_ids:
        with store.engine.connect() as c:
            doc_id = c.execute(sa.select(S.articles.c.doc_id).where(S.articles.c.id == res.article_ids[0])).scalar()
    return {"doc_id": doc_id, "stored": bool(res.added or res.duplicates), "reason": reason, "events": res.events}


def _version() -> str:
    try:
        from importlib.metadata import version

        return version("communique")
    except Exception:  # noqa: BLE001 - an uninstalled checkout still serves
        return "0"
