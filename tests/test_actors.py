"""ActorFinder on the real spaCy pipeline: the seed article's actor table, titles, coreference, dates."""
import datetime as dt
from pathlib import Path

import pytest


SEED = (Path(__file__).parent / "fixtures" / "seed.txt").read_text(encoding="utf-8")
SEED_DATE = dt.date(2025, 4, 12)


@pytest.fixture(scope="module")
def seed(nlp, finder):
    byline = SEED.rindex("By Vafa")
    return finder.find(nlp(SEED), date=SEED_DATE, exclude=[(byline, len(SEED))])


def mentions(actors, text):
    return [a for a in actors if a.text == text]


def one(actors, text, nth=0):
    found = mentions(actors, text)
    assert found, f"no mention {text!r} in {[a.text for a in actors]}"
    return found[nth]


# --- the seed article: every row of EXPECTED.md's actor table --------------------------------
def test_seed_lavrov_all_mentions(seed):
    full = one(seed, "Russian Foreign Minister Sergey Lavrov")
    assert (full.code, full.country, full.sector, full.kind) == ("RUSGOV", "RUS", "GOV", "person")
    assert full.name == "Sergey Lavrov"
    for text in ("FM Lavrov", "Lavrov", "He"):
        for m in mentions(seed, text):
            assert (m.code, m.name, m.entity) == ("RUSGOV", "Sergey Lavrov", full.entity), text
    assert one(seed, "FM Lavrov").sentence_index == 0  # the headline, before the full mention
    assert one(seed, "He").kind == "pronoun"
    assert len(mentions(seed, "Lavrov")) == 2


@pytest.mark.parametrize("text", ["the Kremlin", "Moscow"])
def test_seed_kremlin_moscow(seed, text):
    for m in mentions(seed, text) or [one(seed, text)]:
        assert (m.country, m.sector, m.code) == ("RUS", "GOV", "RUSGOV")


@pytest.mark.parametrize("text", ["the United States", "US", "Washington"])
def test_seed_united_states(seed, text):
    for m in mentions(seed, text) or [one(seed, text)]:
        assert m.country == "USA" and m.code.startswith("USA")


@pytest.mark.parametrize("text", ["the previous US administration", "President Donald Trump",
                                  "the current US administration", "the US delegation"])
def test_seed_us_government(seed, text):
    m = one(seed, text)
    assert (m.code, m.country, m.sector) == ("USAGOV", "USA", "GOV")


def test_seed_darchiev_is_russian(seed):
    m = one(seed, "Ambassador to the United States Alexander Darchiev")
    assert (m.code, m.country, m.sector, m.kind) == ("RUSGOV", "RUS", "GOV", "person")
    assert not any(a.code and a.code.startswith("USA") and "Darchiev" in a.text for a in seed)


def test_seed_coulter_is_american(seed):
    m = [a for a in seed if "Sonata Coulter" in a.text][0]
    assert m.text.startswith("Deputy Assistant Secretary of State")
    assert (m.code, m.country, m.sector, m.kind) == ("USAGOV", "USA", "GOV", "person")


@pytest.mark.parametrize("text,code", [("Türkiye", "TUR"), ("Ankara", "TURGOV")])
def test_seed_turkiye(seed, text, code):
    m = one(seed, text)
    assert m.code == code and m.country == "TUR"


def test_seed_outlets_and_byline(seed):
    assert one(seed, "Caliber.Az").kind == "outlet"
    media = one(seed, "Russian media")
    assert media.kind == "outlet" and media.sector == "MED"
    assert not [a for a in seed if "Guliyeva" in a.text]


def test_seed_mentions_sorted_non_overlapping(seed):
    for a, b in zip(seed, seed[1:]):
        assert a.end <= b.start
    for a in seed:
        assert SEED[a.start:a.end] == a.text
        assert a.sentence_index is not None


def test_seed_officials_of_both_countries_stay_unresolved(seed):
    m = one(seed, "Officials")
    assert m.country is None


# --- titles, nationality, coordination ---------------------------------------------------
@pytest.mark.parametrize("sentence,text,code", [
    ("U.S. military chief General Colin Powell arrived.", "U.S. military chief General Colin Powell", "USAMIL"),
    ("Iraq's national security advisor said so.", "Iraq's national security advisor", "IRQGOV"),
    ("Syrian President Bashar Assad met them.", "Syrian President Bashar Assad", "SYRGOV"),
    ("The leaders of Romania's new government met.", "leaders of Romania's new government", "ROUGOV"),
    ("Iraqi police arrested two men.", "Iraqi police", "IRQCOP"),
    ("Russia's ambassador to Poland was summoned.", "Russia's ambassador to Poland", "RUSGOV"),
    ("A Canadian Ambassador to the United Nations spoke.", "Canadian Ambassador to the United Nations", "CANGOV"),
])
def test_titles(nlp, finder, sentence, text, code):
    found = finder.find(nlp(sentence), date=dt.date(2003, 3, 1))
    hit = [a for a in found if text in a.text]
    assert hit, [a.text for a in found]
    assert hit[0].code == code


def test_brazilian_men(nlp, finder):
    a = finder.find(nlp("Brazilian men protested."))[0]
    assert a.country == "BRA" and a.sector in (None, "CVL")


def test_coordinated_demonyms(nlp, finder):
    found = finder.find(nlp("Hungarian and Romanian officials met in Budapest."))
    codes = [a.code for a in found if a.country in ("HUN", "ROU")]
    assert "HUNGOV" in codes and "ROUGOV" in codes


def test_co_actor_split(nlp, finder):
    found = finder.find(nlp("Japan, the United States, Australia and India held a summit."))
    assert [a.country for a in found] == ["JPN", "USA", "AUS", "IND"]


def test_posting_is_not_nationality_without_evidence(nlp, finder):
    found = finder.find(nlp("Ambassador to France John Smith arrived."))
    person = [a for a in found if "John Smith" in a.text][0]
    assert person.country is None and person.sector == "GOV"


def test_pronoun_and_definite_role(nlp, finder):
    doc = nlp("French President Emmanuel Macron met the press. He said the talks went well. "
              "The president later left Paris.")
    found = finder.find(doc, date=dt.date(2024, 1, 1))
    assert one(found, "He").code == "FRAGOV"
    pres = one(found, "The president")
    assert pres.code == "FRAGOV" and pres.name == "Emmanuel Macron"


def test_unknown_person_with_title_keeps_text_and_context(nlp, finder):
    found = finder.find(nlp("Kenyan Interior Minister Jane Doe-Mwangi said police would act."))
    p = [a for a in found if "Doe-Mwangi" in a.text][0]
    assert (p.country, p.sector, p.kind) == ("KEN", "GOV", "person")


def test_exclude_spans(nlp, finder):
    text = "Putin met Erdogan. Reuters"
    found = finder.find(nlp(text), date=dt.date(2020, 1, 1), exclude=[(0, 5)])
    assert not [a for a in found if a.start < 5]


# --- date-bounded people -----------------------------------------------------------------
@pytest.mark.parametrize("name,date,code", [
    ("Vladimir Putin", dt.date(1999, 1, 1), "RUSSPY"),
    ("Vladimir Putin", dt.date(2009, 1, 1), "RUSGOV"),
    ("Vladimir Putin", dt.date(2022, 3, 1), "RUSGOV"),
    ("Trump", dt.date(2019, 4, 1), "USAGOV"),
    ("Trump", dt.date(2022, 4, 1), "USAELI"),
    ("Trump", dt.date(2025, 4, 12), "USAGOV"),
    ("Angela Merkel", dt.date(2017, 4, 1), "DEUGOV"),
    ("Angela Merkel", dt.date(2022, 1, 10), "DEUELI"),
    ("Taliban", dt.date(2002, 5, 1), "AFGREB"),
    ("Taliban", dt.date(2022, 5, 1), "AFGGOV"),
])
def test_date_bounded(finder, name, date, code):
    assert finder.resolve(name, date=date).code == code


def test_bare_name_in_text_uses_article_date(nlp, finder):
    found = finder.find(nlp("Putin said the talks were useful."), date=dt.date(2022, 3, 1))
    assert found[0].code == "RUSGOV" and found[0].kind == "person"


@pytest.mark.parametrize("phrase,country,sector", [
    ("President Kassym-Jomart Tokayev", "KAZ", "GOV"),
    ("Los Zetas", "MEX", "CRM"),
    ("the European Union", "EUR", None),
    ("NATO", "IGO", None),
    ("Hezbollah", "LBN", "REB"),
    ("The Pentagon", "USA", "MIL"),
    ("Russian media", "RUS", "MED"),
])
def test_resolve(finder, phrase, country, sector):
    a = finder.resolve(phrase)
    assert (a.country, a.sector) == (country, sector)


def test_resolve_unknown_is_none(finder):
    assert finder.resolve("Marcus Beam") is None
    assert finder.resolve("puppies") is None
