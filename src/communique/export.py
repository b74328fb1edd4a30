"""Exports of the store: GDELT 2.0 TSV, PLOVER JSONL, Parquet and CSV.

``export(store, fmt, out, **filters)`` writes every event matching the
store's filters (see :mod:`communique.store`) and returns how many rows it
wrote.  Rows are streamed, so a store of millions of events never sits in
memory.

``gdelt``    GDELT 2.0 event table: 61 tab-separated columns in GDELT's order
             (:data:`communique.formats.GDELT_COLUMNS`), no header, one row per
             *happening* (the cross-article dedup of :mod:`communique.dedup`),
             asserted events only unless ``mode`` says otherwise (GDELT has no
             modality column).  GLOBALEVENTID is the happening id;
             NumMentions/NumSources/NumArticles come from the dedup; SOURCEURL
             is the URL of the first article that reported it; ActionGeo is
             the event's place (FIPS country codes, GeoNames ids as FeatureID);
             AvgTone is empty (not measured).
``plover``   one PLOVER record a line (:func:`communique.formats.plover_record`),
             plus ``happening_id``, ``num_mentions``, ``num_sources``,
             ``num_articles``.  CAMEO statements PLOVER does not code are left out.
``csv``      one row per event, the columns of :data:`COLUMNS`, with a header.
``parquet``  the same columns with the types of :data:`PARQUET_SCHEMA`.

Parquet / CSV columns (:data:`COLUMNS`)
---------------------------------------
=====================  ===========  ==================================================
column                 type         meaning
=====================  ===========  ==================================================
id                     int64        the event's id in the store (stable)
event_id               string       the coder's id, ``<doc_id>:<n>``
doc_id                 string       the article's doc id
article_id             int64        the article's id in the store
happening_id           int64        the deduplicated happening it belongs to
date                   date32       the event's date (else the article's)
date_text              string       the words that gave the date
cameo                  string       CAMEO code (2-4 digits)
cameo_root             string       CAMEO root (2 digits)
quad_class             int8         1 verbal coop., 2 material coop., 3 verbal conflict, 4 material conflict
goldstein              float64      Goldstein value of the code
plover                 string       PLOVER event type
plover_mode            string       PLOVER mode
plover_context         string       PLOVER context
mode                   string       asserted | negated | future | hypothetical
reciprocal             bool         both actors act on each other
source_code ...        string       source actor: code, country, sector, name, text
source_start/_end      int32        the source mention's character offsets
target_* (same)                     target actor (null when none)
trigger_text           string       the trigger words
trigger_start/_end     int32        their offsets
location_name          string       place name (GeoNames)
location_country       string       ISO alpha-3
location_lat/_lon      float64      coordinates
location_geonameid     int64        GeoNames id
sentence               string       the sentence the event was read from
sentence_index         int32        its index in the article
mentions               int32        mentions within the article
reported_by            list<string> the attribution chain (outlets, sources cited)
confidence             float64      the coder's confidence, 0-1
num_mentions           int32        happening: mentions in every article
num_sources            int32        happening: distinct outlets
num_articles           int32        happening: distinct articles (wire copies included)
title, url, outlet     string       the article's
pub_date               date32       the article's publication date
=====================  ===========  ==================================================
"""
from __future__ import annotations

import csv
import io
import json
import sys
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Iterator

from communique.store import rows as R

FORMATS = ("gdelt", "plover", "parquet", "csv")

_ACTOR = ("code", "country", "sector", "name", "text", "start", "end")
COLUMNS = [
    "id", "event_id", "doc_id", "article_id", "happening_id", "date", "date_text", "cameo", "cameo_root",
    "quad_class", "goldstein", "plover", "plover_mode", "plover_context", "mode", "reciprocal",
    *[f"source_{f}" for f in _ACTOR], *[f"target_{f}" for f in _ACTOR],
    "trigger_text", "trigger_start", "trigger_end",
    "location_name", "location_country", "location_lat", "location_lon", "location_geonameid",
    "sentence", "sentence_index", "mentions", "reported_by", "confidence",
    "num_mentions", "num_sources", "num_articles", "title", "url", "outlet", "pub_date",
]


def _parquet_schema():
    import pyarrow as pa

    types = {
        "id": pa.int64(), "article_id": pa.int64(), "happening_id": pa.int64(), "date": pa.date32(),
        "quad_class": pa.int8(), "goldstein": pa.float64(), "reciprocal": pa.bool_(),
        "source_start": pa.int32(), "source_end": pa.int32(), "target_start": pa.int32(), "target_end": pa.int32(),
        "trigger_start": pa.int32(), "trigger_end": pa.int32(), "location_lat": pa.float64(),
        "location_lon": pa.float64(), "location_geonameid": pa.int64(), "sentence_index": pa.int32(),
        "mentions": pa.int32(), "reported_by": pa.list_(pa.string()), "confidence": pa.float64(),
        "num_mentions": pa.int32(), "num_sources": pa.int32(), "num_articles": pa.int32(), "pub_date": pa.date32(),
    }
    return pa.schema([pa.field(c, types.get(c, pa.string())) for c in COLUMNS])


def flat(e: dict) -> dict:
    """An event dict (store shape) as one flat row of :data:`COLUMNS` (dates as ``date``)."""
    row = {c: e.get(c) for c in COLUMNS}
    for role in ("source", "target"):
        actor = e.get(role) or {}
        for f in _ACTOR:
            row[f"{role}_{f}"] = actor.get(f)
    trig = e.get("trigger") or {}
    row["trigger_text"], row["trigger_start"], row["trigger_end"] = trig.get("text"), trig.get("start"), trig.get("end")
    loc = e.get("location") or {}
    for f in ("name", "country", "lat", "lon", "geonameid"):
        row[f"location_{f}"] = loc.get(f)
    for key in ("date", "pub_date"):
        if isinstance(row[key], str):
            row[key] = date.fromisoformat(row[key])
    row["reported_by"] = list(e.get("reported_by") or [])
    return row


@contextmanager
def _text_out(out):
    if out in (None, "-"):
        yield sys.stdout
        sys.stdout.flush()
    elif isinstance(out, io.TextIOBase):
        yield out
    else:
        Path(out).parent.mkdir(parents=True, exist_ok=True)
        with open(out, "w", encoding="utf-8", newline="") as fh:
            yield fh


def gdelt_rows(store, **filters) -> Iterator[list]:
    """GDELT 2.0 rows (61 values each), one per happening."""
    from communique.formats import gdelt_row

    filters.setdefault("mode", "asserted")
    filters["unique"] = True
    for e in store.iter_events(**filters):
        rec = R.event_record(e)
        pub = date.fromisoformat(e["pub_date"]) if e.get("pub_date") else None
        row = gdelt_row(rec, url=e.get("url"), num_sources=e.get("num_sources") or 1,
                        num_articles=e.get("num_articles") or 1, added=pub)
        row[0] = e["happening_id"] or e["id"]
        row[31] = e.get("num_mentions") or rec.mentions
        yield row


def plover_records(store, **filters) -> Iterator[dict]:
    from communique.formats import plover_record

    for e in store.iter_events(**filters):
        rec = plover_record(R.event_record(e))
        if rec is None:
            continue
        rec["url"] = e.get("url")
        rec.update({"store_id": e["id"], "happening_id": e.get("happening_id"), "num_mentions": e.get("num_mentions"),
                    "num_sources": e.get("num_sources"), "num_articles": e.get("num_articles")})
        yield rec


def export(store, fmt: str, out, batch_rows: int = 50000, **filters) -> int:
    """Write the store's events as ``fmt`` to ``out`` (a path, ``-`` or a text stream); rows written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format {fmt!r}: choose one of {', '.join(FORMATS)}")
    n = 0
    if fmt == "gdelt":
        with _text_out(out) as fh:
            w = csv.writer(fh, delimiter="\t", lineterminator="\n", quoting=csv.QUOTE_NONE, escapechar="\\")
            for row in gdelt_rows(store, **filters):
                w.writerow(["" if v is None else str(v).replace("\t", " ").replace("\n", " ") for v in row])
                n += 1
        return n
    if fmt == "plover":
        with _text_out(out) as fh:
            for rec in plover_records(store, **filters):
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
                n += 1
        return n
    if fmt == "csv":
        with _text_out(out) as fh:
            w = csv.DictWriter(fh, fieldnames=COLUMNS, lineterminator="\n")
            w.writeheader()
            for e in store.iter_events(**filters):
                row = flat(e)
                row["reported_by"] = "; ".join(row["reported_by"])
                w.writerow({k: ("" if v is None else v) for k, v in row.items()})
                n += 1
        return n
    # parquet
    import pyarrow as pa
    import pyarrow.parquet as pq

    if out in (None, "-"):
        raise ValueError("parquet needs a file: give -o OUT.parquet")
    schema = _parquet_schema()
    Path(out).parent.mkdir(parents=True, exist_ok=True)
    with pq.ParquetWriter(str(out), schema, compression="zstd") as writer:
        buf: list[dict] = []
        for e in store.iter_events(**filters):
            buf.append(flat(e))
            if len(buf) >= batch_rows:
                writer.write_table(pa.Table.from_pylist(buf, schema=schema))
                n += len(buf)
                buf.clear()
        if buf or n == 0:
            writer.write_table(pa.Table.from_pylist(buf, schema=schema))
            n += len(buf)
    return n
