"""Records <-> rows: how a coded Document is flattened into the tables and read back.

The event columns are the DESIGN.md event record flattened with prefixes
(``source_code``, ``trigger_start``, ``location_lat``...).  ``event_dict``
turns a row back into the record's JSON shape, so what the API and the
exports give out is what ``communique code --format jsonl`` prints, plus the
store's own keys (``id``, ``article_id``, ``happening_id``, ``num_mentions``,
``num_sources``, ``num_articles``, ``title``, ``url``, ``outlet``).
"""
from __future__ import annotations

from datetime import date
from typing import Any, Mapping

from communique.records import Actor, Document, Event, Place, Quote, Span

ACTOR_FIELDS = ("code", "country", "sector", "name", "text", "kind", "start", "end")
LOCATION_FIELDS = ("name", "country", "lat", "lon", "geonameid", "text", "start", "end", "feature")


def _actor_cols(role: str, actor: Actor | None) -> dict[str, Any]:
    return {f"{role}_{f}": (getattr(actor, f) if actor is not None else None) for f in ACTOR_FIELDS}


def event_row(event: Event, article_id: int, fallback_date: date | None) -> dict[str, Any]:
    """The ``events`` row of one coded event (the event's date, else the article's)."""
    row: dict[str, Any] = {
        "article_id": article_id,
        "event_id": event.event_id,
        "date": event.date or fallback_date,
        "date_text": event.date_text,
        "cameo": event.cameo,
        "cameo_root": event.cameo_root or event.cameo[:2],
        "quad_class": event.quad_class,
        "goldstein": event.goldstein,
        "plover": event.plover,
        "plover_mode": event.plover_mode,
        "plover_context": event.plover_context,
        "mode": event.mode or "asserted",
        "reciprocal": bool(event.reciprocal),
        "trigger_text": event.trigger.text,
        "trigger_start": event.trigger.start,
        "trigger_end": event.trigger.end,
        "sentence": event.sentence,
        "sentence_index": event.sentence_index,
        "mentions": event.mentions or 1,
        "reported_by": list(event.reported_by or []),
        "speaker_code": event.speaker.code if event.speaker else None,
        "speaker_text": event.speaker.text if event.speaker else None,
        "confidence": event.confidence,
        "evidence": {k: _span_dict(v) for k, v in (event.evidence or {}).items()},
    }
    row.update(_actor_cols("source", event.source))
    row.update(_actor_cols("target", event.target))
    loc = event.location
    for f in LOCATION_FIELDS:
        row[f"location_{f}"] = getattr(loc, f) if loc is not None else None
    return row


def _span_dict(span: Any) -> Any:
    if isinstance(span, Span):
        return {"text": span.text, "start": span.start, "end": span.end}
    if hasattr(span, "to_dict"):
        return span.to_dict()
    return span


def actor_row(actor: Actor, article_id: int) -> dict[str, Any]:
    return {
        "article_id": article_id,
        "text": actor.text,
        "start": actor.start,
        "end": actor.end,
        "code": actor.code,
        "country": actor.country,
        "sector": actor.sector,
        "name": actor.name,
        "kind": actor.kind,
        "entity": actor.entity,
        "sentence_index": actor.sentence_index,
    }


def quote_row(quote: Quote, article_id: int) -> dict[str, Any]:
    sp, verb = quote.speaker, quote.verb
    return {
        "article_id": article_id,
        "text": quote.text,
        "start": quote.start,
        "end": quote.end,
        "speaker_code": sp.code if sp else None,
        "speaker_country": sp.country if sp else None,
        "speaker_sector": sp.sector if sp else None,
        "speaker_name": sp.name if sp else None,
        "speaker_text": sp.text if sp else None,
        "speaker_start": sp.start if sp else None,
        "speaker_end": sp.end if sp else None,
        "verb_text": verb.text if verb else None,
        "verb_start": verb.start if verb else None,
        "verb_end": verb.end if verb else None,
        "sentence_index": quote.sentence_index,
    }


# --- rows -> JSON shapes / records ------------------------------------------------


def _actor_from(row: Mapping[str, Any], role: str) -> dict | None:
    vals = {f: row.get(f"{role}_{f}") for f in ACTOR_FIELDS}
    if vals["code"] is None and vals["text"] is None:
        return None
    return vals


def _iso(value: Any) -> Any:
    return value.isoformat() if isinstance(value, date) else value


def event_dict(row: Mapping[str, Any], doc_id: str | None = None) -> dict[str, Any]:
    """A stored event in the DESIGN.md record shape, plus the store's keys."""
    loc = None
    if row.get("location_name") is not None:
        loc = {f: row.get(f"location_{f}") for f in LOCATION_FIELDS}
    speaker = None
    if row.get("speaker_code") is not None or row.get("speaker_text") is not None:
        speaker = {"code": row.get("speaker_code"), "text": row.get("speaker_text")}
    out = {
        "id": row["id"],
        "event_id": row["event_id"],
        "doc_id": doc_id if doc_id is not None else row.get("doc_id"),
        "date": _iso(row.get("date")),
        "date_text": row.get("date_text"),
        "cameo": row["cameo"],
        "cameo_root": row["cameo_root"],
        "quad_class": row.get("quad_class"),
        "goldstein": row.get("goldstein"),
        "plover": row.get("plover"),
        "plover_mode": row.get("plover_mode"),
        "plover_context": row.get("plover_context"),
        "mode": row["mode"],
        "reciprocal": bool(row.get("reciprocal")),
        "source": _actor_from(row, "source"),
        "target": _actor_from(row, "target"),
        "trigger": {"text": row["trigger_text"], "start": row["trigger_start"], "end": row["trigger_end"]},
        "location": loc,
        "sentence": row.get("sentence"),
        "sentence_index": row.get("sentence_index"),
        "mentions": row.get("mentions"),
        "reported_by": list(row.get("reported_by") or []),
        "speaker": speaker,
        "confidence": row.get("confidence"),
        "evidence": row.get("evidence") or {},
        "article_id": row["article_id"],
        "happening_id": row.get("happening_id"),
    }
    for key in ("num_mentions", "num_sources", "num_articles", "title", "url", "outlet"):
        if key in row:
            out[key] = row[key]
    if "pub_date" in row:
        out["pub_date"] = _iso(row["pub_date"])
    return out


def _actor_record(d: Mapping[str, Any] | None) -> Actor | None:
    if not d:
        return None
    return Actor(text=d.get("text") or "", start=d.get("start") or 0, end=d.get("end") or 0,
                 code=d.get("code"), country=d.get("country"), sector=d.get("sector"),
                 name=d.get("name"), kind=d.get("kind"))


def event_record(d: Mapping[str, Any], mention_spans: list[Span] | None = None) -> Event:
    """A records.Event back from :func:`event_dict`'s shape."""
    loc = d.get("location")
    sp = d.get("speaker")
    return Event(
        event_id=d["event_id"], doc_id=d.get("doc_id") or "", cameo=d["cameo"], cameo_root=d["cameo_root"],
        quad_class=d.get("quad_class"), goldstein=d.get("goldstein"), plover=d.get("plover"), mode=d["mode"],
        source=_actor_record(d.get("source")), target=_actor_record(d.get("target")),
        trigger=Span(**d["trigger"]), sentence=d.get("sentence") or "", sentence_index=d.get("sentence_index") or 0,
        date=date.fromisoformat(d["date"]) if d.get("date") else None, date_text=d.get("date_text"),
        reciprocal=bool(d.get("reciprocal")),
        location=Place(**loc) if loc else None, mentions=d.get("mentions") or 1,
        mention_spans=list(mention_spans or []), reported_by=list(d.get("reported_by") or []),
        speaker=Actor(text=sp.get("text") or "", start=0, end=0, code=sp.get("code")) if sp else None,
        plover_mode=d.get("plover_mode"), plover_context=d.get("plover_context"),
        confidence=d.get("confidence") if d.get("confidence") is not None else 0.5,
        evidence={k: Span(**v) if isinstance(v, dict) and set(v) == {"text", "start", "end"} else v
                  for k, v in (d.get("evidence") or {}).items()},
    )


def actor_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    return {f: row.get(f) for f in ("id", "text", "start", "end", "code", "country", "sector", "name", "kind",
                                    "entity", "sentence_index")}


def quote_dict(row: Mapping[str, Any]) -> dict[str, Any]:
    speaker = None
    if row.get("speaker_code") is not None or row.get("speaker_text") is not None:
        speaker = {"code": row.get("speaker_code"), "country": row.get("speaker_country"),
                   "sector": row.get("speaker_sector"), "name": row.get("speaker_name"),
                   "text": row.get("speaker_text"), "start": row.get("speaker_start"), "end": row.get("speaker_end")}
    verb = None
    if row.get("verb_text") is not None:
        verb = {"text": row["verb_text"], "start": row.get("verb_start"), "end": row.get("verb_end")}
    out = {"id": row["id"], "article_id": row["article_id"], "text": row["text"], "start": row["start"],
           "end": row["end"], "speaker": speaker, "verb": verb, "sentence_index": row.get("sentence_index")}
    for key in ("doc_id", "title", "pub_date"):
        if key in row:
            out[key] = _iso(row[key])
    return out


def document_record(article: Mapping[str, Any], events: list[Event], actors: list[Mapping[str, Any]],
                    quotes: list[Mapping[str, Any]]) -> Document:
    return Document(
        doc_id=article["doc_id"], text=article["text"], title=article.get("title"), byline=article.get("byline"),
        date=article.get("pub_date"), url=article.get("url"), source=article.get("outlet"),
        attribution=list(article.get("attribution") or []),
        actors=[_actor_record(a) for a in actors],
        events=events,
        quotes=[Quote(text=q["text"], start=q["start"], end=q["end"], speaker=_actor_record(q.get("speaker")),
                      verb=Span(**q["verb"]) if q.get("verb") else None, sentence_index=q.get("sentence_index"))
                for q in quotes],
        sentences=[Span(text=article["text"][s:e], start=s, end=e) for s, e in (article.get("sentences") or [])],
        errors=list(article.get("errors") or []),
    )
