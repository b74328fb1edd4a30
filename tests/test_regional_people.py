"""People named by a region of several states, or called foreign, are not of the place at
hand (name_words.yaml foreign_words; Actor.country_from "foreign"). Sentences written for
these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2023, 8, 6)


def test_western_officials_in_jeddah_are_not_saudi(coder):
    got = asserted_triples(coder, "Saudi Arabia hosted peace talks between Ukraine and Western officials in Jeddah.", DATE)
    assert got and all(t != "SAUGOV" for s, t, c in got), got


def test_european_diplomats_in_kyiv_are_not_ukrainian(coder):
    doc = coder.code("European diplomats in Kyiv criticised the decision.", date=DATE)
    sources = [e.source for e in doc.events if e.source is not None]
    assert sources and all(s.country is None and s.country_from == "foreign" for s in sources), sources


def test_foreign_workers_are_not_placed(coder):
    got = asserted_triples(coder, "Police detained ten foreign workers in Dubai.", DATE)
    assert got and all(t is None or not t.startswith("ARE") for s, t, c in got), got


def test_a_demonym_still_places(coder):
    got = asserted_triples(coder, "French officials in Kyiv criticised the decision.", DATE)
    assert any((s or "").startswith("FRA") for s, t, c in got), got
