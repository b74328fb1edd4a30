"""Units of the event engine: lexicon loading, modality, CAMEO recoding, dates, places."""
from __future__ import annotations

from datetime import date

import pytest

from communique import dates, places
from communique.events.lexicon import Lexicon, LexiconError, load_entries, parse_entry
from communique.events.modality import modality


def tok(nlp, text, word):
    doc = nlp(text)
    return next(t for t in doc if t.text == word)


# -- lexicon ---------------------------------------------------------------------------
def test_entry_validation():
    with pytest.raises(LexiconError, match="not a CAMEO code"):
        parse_entry({"code": "999", "verb": "x"}, "t")
    with pytest.raises(LexiconError, match="exactly one of verb / noun"):
        parse_entry({"code": "040", "verb": "meet", "noun": "meeting"}, "t")
    with pytest.raises(LexiconError, match="unknown keys"):
        parse_entry({"code": "040", "verb": "meet", "colour": "red"}, "t")
    e = parse_entry({"code": "1832", "noun": "car bomb"}, "t")
    assert e.lemma == "bomb" and e.modifiers == ("car",)


def test_user_lexicon_file_adds_entries(tmp_path, nlp):
    f = tmp_path / "mine.yaml"
    f.write_text('version: 1\nentries:\n  - {code: "1823", verb: defenestrate}\n', encoding="utf-8")
    lex = Lexicon(entries=[], extra_paths=[f])
    m = lex.match(tok(nlp, "The rebels defenestrated the mayor.", "defenestrated"))
    assert m is not None and m.entry.code == "1823"
    bad = tmp_path / "bad.yaml"
    bad.write_text("entries: [", encoding="utf-8")
    with pytest.raises(LexiconError, match="bad.yaml"):
        load_entries(bad)


def test_most_specific_entry_wins(nlp):
    lex = Lexicon(entries=[parse_entry({"code": "040", "verb": "impose"}, "a"),
                           parse_entry({"code": "163", "verb": "impose", "object": ["sanction"]}, "b")])
    assert lex.match(tok(nlp, "Japan imposed sanctions on Iran.", "imposed")).entry.code == "163"
    assert lex.match(tok(nlp, "Japan imposed a curfew.", "imposed")).entry.code == "040"


# -- modality ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,word,mode", [
    ("Iran attacked Israel.", "attacked", "asserted"),
    ("Iran did not attack Israel.", "attack", "negated"),
    ("Iran never attacked Israel.", "attacked", "negated"),
    ("Iran will attack Israel.", "attack", "future"),
    ("Iran could attack Israel.", "attack", "hypothetical"),
    ("Iran plans to attack Israel.", "attack", "future"),
    ("Germany hopes that Russia will withdraw.", "withdraw", "hypothetical"),
    ("No talks were held.", "talks", "negated"),
    ("The conflict was not addressed during the talks.", "talks", "asserted"),
    ("A third round of negotiations will be scheduled.", "negotiations", "future"),
    ("If Iran attacks, Israel will respond.", "attacks", "hypothetical"),
])
def test_modality(nlp, text, word, mode):
    assert modality(tok(nlp, text, word)).mode == mode


# -- CAMEO readings of unreal events ---------------------------------------------------------
def test_recoding_through_the_coder(coder):
    def first(text):
        evs = [e for e in coder.code(text, date="2024-03-15").events if e.source]
        return evs[0]
    e = first("Japan will provide aid to Nepal.")
    assert e.cameo_root == "03" and e.mode == "asserted"  # intent to cooperate
    e = first("Hungary did not accept the proposal to meet Austria.")
    assert e.cameo_root == "12" and e.mode == "asserted"  # a rejection
    e = first("Syria says it will not accept refugees from Turkey.")
    assert e.source.country == "SYR"


# -- dates -------------------------------------------------------------------------------------
BASE = date(2025, 4, 12)  # a Saturday


@pytest.mark.parametrize("text,expected,precision", [
    ("April 10", date(2025, 4, 10), "day"),
    ("Thursday", date(2025, 4, 10), "day"),
    ("on Saturday", date(2025, 4, 12), "day"),
    ("yesterday", date(2025, 4, 11), "day"),
    ("March 3, 2020", date(2020, 3, 3), "day"),
    ("last month", date(2025, 3, 12), "month"),
])
def test_dates(text, expected, precision):
    r = dates.resolve(text, BASE)
    assert r is not None and r.date == expected and r.precision == precision


def test_dates_without_base_need_a_year():
    assert dates.resolve("Tuesday", None) is None
    assert dates.resolve("3 March 2020", None).date == date(2020, 3, 3)
    assert dates.resolve("for five hours", BASE) is None


# -- places -------------------------------------------------------------------------------------
def test_geocoding_offline():
    p = places.geocode("Istanbul")
    assert p.country == "TUR" and p.geonameid == 745044 and abs(p.lat - 41.01) < 0.1
    assert places.geocode("Kiev").name == "Kyiv"
    assert places.geocode("Türkiye").country == "TUR" and places.geocode("Türkiye").feature == "country"
    assert places.geocode("Nowhereville Xyz") is None


def test_user_places_file(tmp_path, monkeypatch):
    f = tmp_path / "p.tsv"
    f.write_text("geonameid\tname\tcountry\tlat\tlon\tpopulation\tfeature\tkeys\n"
                 "99\tCamp Example\tJOR\t32.1\t36.2\t0\tcity\tcamp example\n", encoding="utf-8")
    g = places.Gazetteer(extra_paths=[f])
    assert g.lookup("Camp Example").country == "JOR"


def test_regions_place_a_country_without_inventing_coordinates():
    for name, iso3 in (("Alaska", "USA"), ("Crimea", "UKR"), ("Tigray", "ETH"), ("Scotland", "GBR")):
        p = places.geocode(name)
        assert p is not None and p.country == iso3 and p.feature == "region" and p.lat is None, name
    # a region two countries share stays unplaced; a country beats a namesake region
    assert places.geocode("Punjab") is None
    assert places.geocode("Georgia").country == "GEO"
    # a city beats a region of the same name
    assert places.geocode("Aleppo").feature == "city"


def test_regions_file_integrity():
    from importlib import resources

    text = resources.files("communique.data").joinpath("regions.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line and not line.startswith(("#", "geonameid"))]
    assert len(rows) > 1000
    keys = [r[7] for r in rows]
    assert all(len(r) == 8 and len(r[2]) == 3 and r[2].isupper() and r[6] == "region" for r in rows)
    assert len(keys) == len(set(keys)), "a region name must place one country"


def test_a_subject_constraint_matches_the_subject_or_what_it_counts(nlp):
    lex = Lexicon(entries=[parse_entry({"code": "194", "verb": "hit", "subject": ["rocket", "shell"]}, "t"),
                           parse_entry({"code": "190", "verb": "hit", "object": ["town"]}, "t")])
    assert lex.match(tok(nlp, "Rockets hit the town.", "hit")).entry.code == "194"  # the subject says more
    assert lex.match(tok(nlp, "A barrage of shells hit the town.", "hit")).entry.code == "194"
    assert lex.match(tok(nlp, "A storm hit the town.", "hit")).entry.code == "190"
    assert lex.match(tok(nlp, "A storm hit the coast.", "hit")) is None
