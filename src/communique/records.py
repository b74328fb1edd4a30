"""The one schema: articles in, coded documents out.

Every record is a plain dataclass so the coder, the store, the exports and the
API agree on field names.  ``to_dict`` gives the JSON shape of DESIGN.md (the
event record contract); fields may be added, never renamed.
"""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from datetime import date
from typing import Any


def parse_date(value: Any) -> date | None:
    """A date from a date, a datetime, or text: ISO ``YYYY-MM-DD`` (a time part is
    ignored), compact ``YYYYMMDD``, or the ``YYMMDD`` of older event-data files.

    Raises ``ValueError`` naming the value when it is none of these.
    """
    from datetime import datetime

    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = str(value).strip()
    for fmt, width in (("%Y-%m-%d", 10), ("%Y%m%d", 8), ("%y%m%d", 6)):
        if len(text) == width or (width == 10 and len(text) > 10 and text[10] in "T "):
            try:
                return datetime.strptime(text[:width], fmt).date()
            except ValueError:
                continue
    raise ValueError(f"date {value!r} is not YYYY-MM-DD, YYYYMMDD or YYMMDD")


def _plain(value: Any) -> Any:
    """JSON-ready copy: dates as ISO strings, dataclasses as dicts."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


@dataclass
class Article:
    """One news article as it enters the coder."""

    text: str
    id: str | None = None
    title: str | None = None
    date: date | None = None
    url: str | None = None
    source: str | None = None  # the outlet that published it
    byline: str | None = None

    def to_dict(self) -> dict:
        return _plain(self)


@dataclass
class Span:
    """A piece of the article text: the evidence for a field."""

    text: str
    start: int
    end: int

    def to_dict(self) -> dict:
        return _plain(self)


@dataclass
class Actor:
    """An actor mention resolved to a CAMEO actor code.

    ``code`` is the full CAMEO code (``RUSGOV``); ``country`` the ISO alpha-3
    part or None; ``sector`` the first agent code or None.  ``kind`` says what
    the mention is: state, person, igo, group, sector (a role word with no
    name), or pronoun/alias when it was resolved through coreference.
    ``entity`` groups the mentions of one entity within a document.
    """

    text: str
    start: int
    end: int
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    kind: str | None = None
    entity: int | None = None
    sentence_index: int | None = None
    # where the country came from when the mention itself does not name one:
    # "sentence" (the one state its sentence names), "article" (the one state
    # the article is about, for "the president", "the police"), "antecedent",
    # "leader", "possessor", "body" (the body it is from: "doctors from American aid
    # groups"), "lead" (the state where the story's lead places it: "the suspected
    # gunman" of a shooting in El Paso); "foreign" when its words say it is of another state
    # than the place at hand, or of several ("foreign journalists in Moscow", "Western officials
    # in Jeddah"), and its country is left unknown; None when the words of the mention give it
    country_from: str | None = None
    # an envoy's country of posting when the words give it ("its ambassador to
    # Washington": USA); the actor's own country stays ``country``
    posted_to: str | None = None

    def to_dict(self) -> dict:
        return _plain(self)


@dataclass
class Place:
    """Where an event happened, geocoded offline (GeoNames ids)."""

    name: str
    country: str | None = None
    lat: float | None = None
    lon: float | None = None
    geonameid: int | None = None
    text: str | None = None
    start: int | None = None
    end: int | None = None
    feature: str | None = None  # city, country, region

    def to_dict(self) -> dict:
        return _plain(self)


@dataclass
class Event:
    """One coded happening: who did what to whom, when, where, who said so."""

    event_id: str
    doc_id: str
    cameo: str
    cameo_root: str
    quad_class: int
    goldstein: float | None
    plover: str | None
    mode: str  # asserted | negated | future | hypothetical
    source: Actor | None
    target: Actor | None
    trigger: Span
    sentence: str
    sentence_index: int
    date: date | None = None
    date_text: str | None = None
    reciprocal: bool = False
    location: Place | None = None
    mentions: int = 1
    mention_spans: list[Span] = field(default_factory=list)
    reported_by: list[str] = field(default_factory=list)
    speaker: Actor | None = None  # whose words the event was drawn from
    plover_mode: str | None = None
    plover_context: str | None = None
    confidence: float = 0.5
    evidence: dict[str, Span] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return _plain(self)


@dataclass
class Quote:
    """A direct quotation and who said it."""

    text: str
    start: int
    end: int
    speaker: Actor | None = None
    verb: Span | None = None
    sentence_index: int | None = None

    def to_dict(self) -> dict:
        return _plain(self)


@dataclass
class Document:
    """The coder's output for one article."""

    doc_id: str
    text: str
    title: str | None = None
    byline: str | None = None
    date: date | None = None
    url: str | None = None
    source: str | None = None
    attribution: list[str] = field(default_factory=list)
    actors: list[Actor] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    quotes: list[Quote] = field(default_factory=list)
    sentences: list[Span] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def to_dict(self, with_text: bool = False) -> dict:
        out = _plain(self)
        if not with_text:
            out.pop("text", None)
            out.pop("sentences", None)
        return out
