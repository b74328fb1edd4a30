"""The dashboard's HTML pages, served by the API app.

Pages are rendered on the server from the same Store and analysis calls as
the JSON API (Jinja autoescapes every value, so article text stays text); the
dyad and actor charts are drawn in the browser by the vendored Chart.js from
``/api/.../series``.  A bad filter on a page is shown on the page, not as a
JSON error.
"""
from __future__ import annotations

from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse

from communique import analysis as an
from communique.store import StoreError
from communique.web import highlight

EVENT_FILTERS = ("actor", "source", "target", "dyad", "root", "code", "mode", "since", "until", "q")


def register(app: FastAPI, templates) -> None:
    from communique.api import _country_name, _event_out, article_payload

    store = app.state.store

    def render(request: Request, template: str, status: int = 200, **ctx) -> HTMLResponse:
        return templates.TemplateResponse(request, template, ctx, status_code=status)

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def dyad_page(request: Request):
        p = request.query_params
        return render(request, "dyad.html", page="dyad",
                      a=p.get("a", ""), b=p.get("b", ""), interval=p.get("interval", "week"),
                      unit=p.get("unit", "events"), top=_top_dyads(store))

    @app.get("/events", response_class=HTMLResponse, include_in_schema=False)
    def events_page(request: Request):
        p = request.query_params
        filters = {k: p.get(k) for k in EVENT_FILTERS if p.get(k)}
        if "dyad" in filters:
            filters["dyad"] = filters["dyad"].replace(",", ":")
        error, page = None, {"items": [], "next": None}
        try:
            page = store.events(limit=50, cursor=p.get("cursor") or None, **filters)
        except (StoreError, an.AnalysisError, ValueError) as exc:
            error = str(exc)
        items = [_event_out(e) for e in page["items"]]
        next_qs = None
        if page["next"]:
            from urllib.parse import urlencode

            next_qs = urlencode({**filters, "cursor": page["next"]})
        return render(request, "events.html", page="events", f=filters, items=items, next_qs=next_qs,
                      error=error, status=422 if error else 200)

    @app.get("/articles/{article_id}", response_class=HTMLResponse, include_in_schema=False)
    def article_page(request: Request, article_id: str):
        art = article_payload(store, article_id)
        if art is None:
            return render(request, "missing.html", status=404, page=None, what=f"article {article_id}")
        segs = highlight.segments(art["text"], art.pop("_marks"))
        cards = [(ev, highlight.explain(ev, ev.get("cameo_name"))) for ev in art["events"]]
        return render(request, "article.html", page=None, a=art, segments=segs, cards=cards)

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(request: Request):
        from communique.api import search_actors

        q = request.query_params.get("q", "").strip()[:100]
        items = search_actors(store, q, 50) if q else [
            {"code": r["code"], "name": r.get("name"), "kind": "actor", "mentions": r.get("mentions")}
            for r in store.actors(limit=50)]
        return render(request, "actors.html", page="actors", q=q, items=items)

    @app.get("/actors/{code}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(request: Request, code: str):
        try:
            code = an.check_actor(code)
            counterparts = an.top_counterparts(store, code, limit=15)
            recent = store.events(actor=code, mode="asserted", limit=15)["items"]
            quotes = store.quotes(speaker=code, limit=8)["items"]
        except (StoreError, an.AnalysisError) as exc:
            return render(request, "missing.html", status=422, page="actors", what=str(exc))
        return render(request, "actor.html", page="actors", code=code, name=_country_name(code),
                      counterparts=counterparts, recent=[_event_out(e) for e in recent], quotes=quotes)


_TOP: dict[int, tuple[float, list]] = {}
TOP_TTL = 300.0  # seconds: a full GROUP BY over millions of events is not for every page view


def _top_dyads(store) -> list[dict]:
    import time

    now = time.monotonic()
    hit = _TOP.get(id(store))
    if hit and now - hit[0] < TOP_TTL:
        return hit[1]
    try:
        found = store.top_dyads(limit=8)
    except Exception:  # noqa: BLE001 - suggestions are a nicety; the page works without them
        found = []
    _TOP[id(store)] = (now, found)
    return found
