"""Fixtures shared by the store's tests: the same suite on a SQLite file and on PostgreSQL.

Import them into a test module with ``from store_fixtures import *``.
"""
from __future__ import annotations

import itertools

import pytest

import pg_server
from communique.store import Store

__all__ = ["pg", "pg_template", "db_url", "store", "fresh_db_url"]

_counter = itertools.count()


@pytest.fixture(scope="session")
def pg():
    try:
        server = pg_server.start_server()
    except RuntimeError as exc:
        pytest.fail(f"PostgreSQL is needed for the store tests: {exc}", pytrace=False)
    yield server
    server.stop()


def _admin(server):
    import psycopg

    return psycopg.connect(f"host=127.0.0.1 port={server.port} user=postgres dbname=postgres", autocommit=True)


@pytest.fixture(scope="session")
def pg_template(pg):
    """A database migrated to head once; each test copies it (CREATE DATABASE ... TEMPLATE)."""
    with _admin(pg) as conn:
        conn.execute("CREATE DATABASE store_template")
    s = Store(pg.url("store_template"))
    s.close()
    return "store_template"


def fresh_db_url(kind: str, tmp_path, request) -> str:
    if kind == "sqlite":
        return str(tmp_path / "store.db")
    server = request.getfixturevalue("pg")
    name = f"t{next(_counter)}"
    with _admin(server) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    return server.url(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request, tmp_path):
    """An empty database of each kind (nothing migrated)."""
    return fresh_db_url(request.param, tmp_path, request)


@pytest.fixture(params=["sqlite", "postgresql"])
def store(request, tmp_path):
    """A migrated, empty Store on a SQLite file and on PostgreSQL."""
    if request.param == "sqlite":
        s = Store(str(tmp_path / "store.db"))
    else:
        server = request.getfixturevalue("pg")
        template = request.getfixturevalue("pg_template")
        name = f"t{next(_counter)}"
        with _admin(server) as conn:
            conn.execute(f"CREATE DATABASE {name} TEMPLATE {template}")
        s = Store(server.url(name))
    yield s
    s.close()


# --- hand-made coded records (real records.py objects) --------------------------------

import datetime as _dt

from communique.records import Actor, Document, Event, Place, Quote, Span

__all__ += ["make_event", "make_doc", "ISTANBUL", "ANKARA"]

ISTANBUL = Place("Istanbul", "TUR", 41.01, 28.95, 745044, "Istanbul", feature="city")
ANKARA = Place("Ankara", "TUR", 39.92, 32.85, 323786, "Ankara", feature="city")
_COUNTRY_NAMES = {"RUS": "Russia", "USA": "United States", "TUR": "Türkiye", "UKR": "Ukraine", "CHN": "China"}


def _actor(code, start=0):
    if code is None:
        return None
    return Actor(text=_COUNTRY_NAMES.get(code[:3], code), start=start, end=start + 6, code=code,
                 country=code[:3] if code[:3] in _COUNTRY_NAMES else None,
                 sector=code[3:6] or None, name=_COUNTRY_NAMES.get(code[:3], code), kind="state")


def make_event(doc_id, n=0, src="RUS", tgt="USA", cameo="044", day=_dt.date(2025, 4, 10), mode="asserted",
               place=ISTANBUL, reciprocal=False, mentions=1, goldstein=None, quad_class=None, sentence=None):
    from communique import codebook

    entry = codebook.lookup(cameo)
    return Event(
        event_id=f"{doc_id}:{n}", doc_id=doc_id, cameo=cameo, cameo_root=cameo[:2],
        quad_class=quad_class or entry.quad_class, goldstein=goldstein if goldstein is not None else entry.goldstein,
        plover=entry.plover, mode=mode, source=_actor(src, 0), target=_actor(tgt, 20),
        trigger=Span("talks", 10, 15), sentence=sentence or f"{src} and {tgt} held talks.", sentence_index=n,
        date=day, date_text=None, reciprocal=reciprocal, location=place, mentions=mentions,
        mention_spans=[Span("talks", 10, 15)] + [Span("the talks", 40 + 10 * i, 49 + 10 * i) for i in range(mentions - 1)],
        reported_by=["Caliber.Az"], confidence=0.8,
    )


_WORDS = ("alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima mike november oscar papa "
          "quebec romeo sierra tango uniform victor whiskey xray yankee zulu").split()


def body(seed: int, n_words: int = 120) -> str:
    """A distinct article body of ordinary words (seeded), long enough for shingling."""
    import random

    rnd = random.Random(seed)
    return " ".join(rnd.choice(_WORDS) for _ in range(n_words)) + "."


def make_doc(doc_id, events=(), text=None, url=None, outlet="Outlet A", day=_dt.date(2025, 4, 12), seed=None,
             title=None):
    text = text if text is not None else body(seed if seed is not None else __import__("zlib").crc32(doc_id.encode()))
    actors = []
    for ev in events:
        actors += [a for a in (ev.source, ev.target) if a is not None]
    return Document(doc_id=doc_id, text=text, title=title or f"Title {doc_id}", byline="By Someone", date=day,
                    url=url, source=outlet, attribution=["Caliber.Az", "Russian media"], actors=actors,
                    events=list(events), quotes=[Quote("we talk", 1, 8, speaker=actors[0] if actors else None,
                                                       verb=Span("said", 9, 13), sentence_index=0)],
                    sentences=[Span(text[:10], 0, 10)])
