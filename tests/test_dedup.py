"""The dedup rules as pure functions: article identity, wire copies, one happening."""
from __future__ import annotations

import datetime as dt

from communique import dedup
from store_fixtures import body

D = dt.date(2025, 4, 10)


def test_content_hash_normalises_text_but_keeps_place_of_publication():
    a = dedup.content_hash("Russia  and the US\nheld TALKS.", "u", "X")
    assert a == dedup.content_hash("russia and the us held talks", "u", "X")
    assert a != dedup.content_hash("russia and the us held talks", "v", "X")
    assert a != dedup.content_hash("russia and the us held talks", "u", "Y")


def test_minhash_near_duplicates():
    text = body(1, 300)
    words = text.split()
    sig = dedup.minhash(text)
    same = dedup.minhash(text.upper())
    edited = dedup.minhash("LONDON (Wire) - " + " ".join(words[:280]))
    other = dedup.minhash(body(2, 300))
    assert dedup.is_near_duplicate(sig, same) == (True, 1.0)
    ok, sim = dedup.is_near_duplicate(sig, edited)
    assert ok and sim >= 0.8
    assert not dedup.is_near_duplicate(sig, other)[0]
    # the stored form round-trips; buckets are stable and fit a signed BIGINT
    raw = dedup.signature_bytes(*sig)
    back = dedup.signature_from_bytes(raw)
    assert (back[0] == sig[0]).all() and back[1] == sig[1]
    bks = dedup.buckets(sig[0])
    assert len(bks) == dedup.BANDS and all(0 <= b < 2**63 for b in bks) and bks == dedup.buckets(same[0])
    assert set(bks) & set(dedup.buckets(edited[0]))  # shares a band: found as a candidate


def test_short_texts_must_be_identical():
    a = dedup.minhash("Russia and the US held talks in Istanbul.")
    b = dedup.minhash("Russia and the US held talks in Ankara.")
    assert not dedup.is_near_duplicate(a, b)[0]
    assert dedup.is_near_duplicate(a, dedup.minhash("russia and the us held talks in istanbul"))[0]


def ev(**kw):
    base = {"article_id": 1, "mode": "asserted", "cameo_root": "04", "date": D, "source_code": "RUSGOV",
            "source_country": "RUS", "target_code": "USA", "target_country": "USA", "reciprocal": False,
            "location_country": "TUR", "location_geonameid": 745044, "location_feature": "city"}
    base.update(kw)
    return base


def test_same_happening_rule():
    a = ev()
    assert dedup.same_happening(a, ev(article_id=2, source_code="RUS"))  # same country, other code
    assert dedup.same_happening(a, ev(article_id=2, date=D + dt.timedelta(days=1)))
    assert not dedup.same_happening(a, ev(article_id=2, date=D + dt.timedelta(days=2)))
    assert not dedup.same_happening(a, ev(article_id=1))  # same article
    assert not dedup.same_happening(a, ev(article_id=2, mode="future"))
    assert not dedup.same_happening(a, ev(article_id=2, cameo_root="05"))
    assert not dedup.same_happening(a, ev(article_id=2, date=None))
    swapped = ev(article_id=2, source_code="USA", source_country="USA", target_code="RUS", target_country="RUS")
    assert not dedup.same_happening(a, swapped)
    assert dedup.same_happening(a, dict(swapped, reciprocal=True))
    # places: unknown, same city, country-level in the same country, another city, another country
    assert dedup.same_happening(a, ev(article_id=2, location_country=None, location_geonameid=None))
    assert dedup.same_happening(a, ev(article_id=2, location_geonameid=298795, location_feature="country"))
    assert not dedup.same_happening(a, ev(article_id=2, location_geonameid=323786))
    assert not dedup.same_happening(a, ev(article_id=2, location_country="AZE", location_geonameid=None))
    # no actors at all: never merged; an actor code without a country is compared by code
    none = ev(source_code=None, source_country=None, target_code=None, target_country=None)
    assert not dedup.same_happening(none, dict(none, article_id=2))
    igo = ev(source_code="IGOUNO", source_country=None)
    assert dedup.same_happening(igo, dict(igo, article_id=2))
    assert not dedup.same_happening(igo, dict(igo, article_id=2, source_code="NATO"))
