"""Coded documents for the web/API/analysis tests, stored through the real Store.

Built as records.Document objects by hand (not by the coder) so the tests pin
exact counts; offsets are found in the texts, so every span is true.
"""
from __future__ import annotations

import datetime as dt

from communique.codebook import lookup
from communique.records import Actor, Document, Event, Place, Quote, Span

D = dt.date

COUNTRIES = {"RUS": "Russia", "USA": "United States", "UKR": "Ukraine", "TUR": "Turkey"}


def _span(text: str, words: str, after: int = 0) -> Span:
    start = text.index(words, after)
    return Span(words, start, start + len(words))


def _actor(text: str, words: str, code: str, after: int = 0) -> Actor:
    sp = _span(text, words, after)
    country = code[:3] if code[:3] in COUNTRIES else None
    return Actor(text=words, start=sp.start, end=sp.end, code=code, country=country,
                 sector=code[3:6] or None, name=COUNTRIES.get(code[:3]), kind="state" if len(code) == 3 else "sector")


def _event(doc_id: str, n: int, text: str, src: Actor | None, trigger: str, cameo: str, tgt: Actor | None,
           day: dt.date | None, mode: str = "asserted", place: Place | None = None, date_words: str | None = None,
           evidence: dict | None = None) -> Event:
    entry = lookup(cameo)
    trig = _span(text, trigger)
    sent_start = text.rfind(".", 0, trig.start) + 1
    sent_end = text.find(".", trig.end)
    return Event(
        event_id=f"{doc_id}:{n}", doc_id=doc_id, cameo=cameo, cameo_root=cameo[:2], quad_class=entry.quad_class,
        goldstein=entry.goldstein, plover=entry.plover, mode=mode, source=src, target=tgt, trigger=trig,
        sentence=text[sent_start:sent_end + 1].strip(), sentence_index=0, date=day, date_text=date_words,
        location=place, confidence=0.8, evidence=evidence or {},
    )


def documents() -> list[Document]:
    docs: list[Document] = []

    # 1. The talks article: RUS-USA consultations, a quote, a place and a negated event.
    t1 = ("Russia and the United States held consultations in Istanbul on April 10. "
          "\"We made progress,\" said the Russian ambassador. "
          "The question of embassies was not resolved by Washington.")
    rus, usa = _actor(t1, "Russia", "RUS"), _actor(t1, "the United States", "USA")
    amb = _actor(t1, "the Russian ambassador", "RUSGOV")
    wash = _actor(t1, "Washington", "USAGOV")
    ist = _span(t1, "Istanbul")
    place = Place(name="Istanbul", country="TUR", lat=41.01, lon=28.95, geonameid=745044, text="Istanbul",
                  start=ist.start, end=ist.end, feature="city")
    date_sp = _span(t1, "April 10")
    neg = _span(t1, "not")
    docs.append(Document(
        doc_id="talks", title="Russia and US hold talks in Istanbul", date=D(2025, 4, 12), source="Example Wire",
        text=t1, attribution=["Example Wire"],
        actors=[rus, usa, amb, wash],
        events=[
            _event("talks", 1, t1, rus, "consultations", "040", usa, D(2025, 4, 10), place=place,
                   date_words="April 10", evidence={"date": {"text": date_sp.text, "start": date_sp.start,
                                                             "end": date_sp.end}}),
            _event("talks", 2, t1, wash, "resolved", "081", rus, D(2025, 4, 10), mode="negated",
                   evidence={"mode": {"text": neg.text, "start": neg.start, "end": neg.end}}),
        ],
        quotes=[Quote(text="We made progress,", **{k: v for k, v in _span(t1, "We made progress,").__dict__.items()
                                                    if k != "text"}, speaker=amb)],
    ))

    # 2. An article whose text holds markup: it must be shown as text.
    t2 = ("<script>alert('x')</script> The United States imposed sanctions on Russia. "
          "<b>bold</b> claims & more.")
    docs.append(Document(
        doc_id="markup", title="Sanctions <i>story</i>", date=D(2025, 4, 21), source="Other Outlet", text=t2,
        actors=[_actor(t2, "The United States", "USA"), _actor(t2, "Russia", "RUS")],
        events=[_event("markup", 1, t2, _actor(t2, "The United States", "USA"), "imposed sanctions", "163",
                       _actor(t2, "Russia", "RUS"), D(2025, 4, 21))],
    ))

    # 3. Conflict in May, and Russia with Ukraine and Turkey (counterparts).
    t3 = ("Russian forces shelled Ukraine on May 3. Turkey praised Russia the same day. "
          "Russia accused the United States of interference.")
    docs.append(Document(
        doc_id="may", title="Shelling and accusations", date=D(2025, 5, 3), source="Example Wire", text=t3,
        actors=[_actor(t3, "Russian forces", "RUSMIL"), _actor(t3, "Ukraine", "UKR"), _actor(t3, "Turkey", "TUR")],
        events=[
            _event("may", 1, t3, _actor(t3, "Russian forces", "RUSMIL"), "shelled", "195", _actor(t3, "Ukraine", "UKR"),
                   D(2025, 5, 3)),
            _event("may", 2, t3, _actor(t3, "Turkey", "TUR"), "praised", "051", _actor(t3, "Russia", "RUS"),
                   D(2025, 5, 3)),
            _event("may", 3, t3, _actor(t3, "Russia", "RUS", t3.index("accused") - 8), "accused", "112",
                   _actor(t3, "the United States", "USA"), D(2025, 5, 5)),
        ],
    ))
    return docs


# What the fixture holds, for assertions.
RUS_USA_ASSERTED = 3  # talks:1 (Apr 10, q1), markup:1 (Apr 21, q4... 163 is material conflict), may:3 (May 5, q3)
