"""Ambiguous names settled by the date, names after titles in any case, located bodies, patrons and
stances, outlets, international bodies and groups, people at large (our own sentences)."""
import datetime as dt

import pytest

from communique.actors.codes import split_code
from communique.actors.gazetteer import Entity, settle_people


def found(nlp, finder, text, date=dt.date(2015, 6, 1)):
    return finder.find(nlp(text), date=date)


def hit(actors, piece):
    got = [a for a in actors if piece in a.text]
    assert got, f"no mention with {piece!r} in {[a.text for a in actors]}"
    return got[0]


# --- 1. namesakes settled by the date ----------------------------------------------------
def _person(name, codes):
    return Entity(name, "person", [(c, dt.date.fromisoformat(a) if a else None,
                                    dt.date.fromisoformat(b) if b else None) for c, a, b in codes],
                  [name], source="oeda_national.tsv")


def test_settle_people_by_office_held_that_day():
    elder = _person("Jan Kowal", [("POLGOV", "1990-01-01", "1995-01-01")])
    younger = _person("Piotr Kowal", [("POLGOV", "2005-01-01", "2010-01-01")])
    other = _person("Anna Kowal", [("CZEGOV", "2006-01-01", "2007-01-01")])
    assert settle_people([elder, younger], dt.date(1992, 1, 1)) == (elder, None)
    assert settle_people([elder, younger], dt.date(2008, 1, 1)) == (younger, None)
    # nobody in office, all of one country: the country alone
    assert settle_people([elder, younger], dt.date(2020, 1, 1)) == (None, "POL")
    # two in office: the title's sector decides, else nothing is settled
    mil = _person("Ewa Kowal", [("CZEMIL", "2006-01-01", "2007-01-01")])
    assert settle_people([younger, mil], dt.date(2006, 6, 1), "MIL") == (mil, None)
    assert settle_people([younger, other], dt.date(2006, 6, 1)) == (None, None)


@pytest.mark.parametrize("date,code", [(dt.date(2004, 3, 1), "USAGOV"), (dt.date(1990, 3, 1), "USAGOV")])
def test_president_bush_by_date(finder, date, code):
    a = finder.resolve("President Bush", date=date)
    assert (a.code, a.country) == (code, "USA")


def test_bush_in_text_is_the_one_in_office(nlp, finder):
    a = hit(found(nlp, finder, "President Bush flew to Texas on Friday.", dt.date(2006, 5, 5)), "Bush")
    assert (a.code, a.name) == ("USAGOV", "George W. Bush")
    a = hit(found(nlp, finder, "President Bush flew to Texas on Friday.", dt.date(1991, 5, 5)), "Bush")
    assert a.code == "USAGOV" and a.name != "George W. Bush"


def test_bare_surname_of_a_curated_person(nlp, finder):
    a = hit(found(nlp, finder, "Bush and Blair met at Camp David.", dt.date(2003, 3, 1)), "Bush")
    assert a.code == "USAGOV"


# --- 2. any case after a title -------------------------------------------------------------
@pytest.mark.parametrize("text", ["President obama spoke in Ohio.", "president Obama spoke in Ohio.",
                                  "PRESIDENT OBAMA spoke in Ohio."])
def test_title_then_name_in_any_case(nlp, finder, text):
    a = [a for a in found(nlp, finder, text) if "obama" in a.text.lower()][0]
    assert (a.code, a.kind) == ("USAGOV", "person")


def test_lower_case_word_after_title_is_not_a_surname_guess(nlp, finder):
    acts = found(nlp, finder, "The president said the talks were over.")
    assert all(a.kind != "person" for a in acts)


# --- 3, 4. a body located by "in/of <country or capital>" -----------------------------------
@pytest.mark.parametrize("text,piece,code", [
    ("A tribunal in Peru sentenced the former mayor on Monday.", "tribunal in Peru", "PERJUD"),
    ("Police in Nairobi detained twelve people.", "Police in Nairobi", "KENCOP"),
    ("Officials in Ottawa declined to comment.", "Officials in Ottawa", "CANGOV"),
    ("Protesters in Minsk marched again.", "Protesters in Minsk", "BLROPP"),
    ("The governor of the southern Mexican state said so.", "governor", "MEXGOV"),
])
def test_located_sector(nlp, finder, text, piece, code):
    assert hit(found(nlp, finder, text), piece).code == code


def test_troops_in_a_country_are_not_of_it(nlp, finder):
    a = hit(found(nlp, finder, "Troops in Mali came under fire."), "Troops")
    assert a.country is None and a.sector == "MIL"


@pytest.mark.parametrize("text,piece,code", [
    # a base is where it stands, unlike the soldiers in it (roles.tsv flag "site")
    ("Gunmen stormed a military base in Kabul.", "military base in Kabul", "AFGMIL"),
    ("Militants attacked an army base in Kunduz.", "army base in Kunduz", "AFGMIL"),
    ("Rockets hit a US air base in Iraq.", "US air base", "USAMIL"),
    ("Gunmen stormed the barracks.", "barracks", "MIL"),
])
def test_a_military_site_is_of_where_it_stands(nlp, finder, text, piece, code):
    assert hit(found(nlp, finder, text), piece).code == code


@pytest.mark.parametrize("text,piece,code", [
    ("Taiwan's president met a US congressional delegation in Taipei.", "congressional delegation", "USALEG"),
    ("A German parliamentary delegation visited Kyiv.", "parliamentary delegation", "DEULEG"),
    ("Nigerian schoolgirls were freed.", "schoolgirls", "NGAEDU"),
])
def test_a_delegation_or_pupils_take_their_sector(nlp, finder, text, piece, code):
    assert hit(found(nlp, finder, text), piece).code == code


def test_mayor_of_a_west_bank_city(nlp, finder):
    acts = found(nlp, finder, "Soldiers detained the mayor of the northern West Bank city of Jenin, "
                              "a member of the Islamist Hamas movement, officials said.", dt.date(2008, 1, 1))
    assert hit(acts, "mayor").code == "PSEGOV"


# --- 5. outlets ----------------------------------------------------------------------------
@pytest.mark.parametrize("text,piece,country", [
    ("Iranian state media said the ship was seized.", "state media", "IRN"),
    ("Egyptian state television showed the crowd.", "state television", "EGY"),
    ("The official news agency SANA said three died.", "SANA", "SYR"),
])
def test_state_media_are_outlets(nlp, finder, text, piece, country):
    a = hit(found(nlp, finder, text), piece)
    assert a.kind == "outlet" and a.country == country


# --- 6. patrons, stances, groups -------------------------------------------------------------
@pytest.mark.parametrize("text,piece", [
    ("Pro-Moscow separatists shelled the town.", "separatists"),
    ("Iran-backed militias fired rockets.", "militias"),
    ("Al-Qaeda-linked fighters seized the base.", "fighters"),
    ("Anti-Kremlin activists were detained.", "activists"),
])
def test_patron_or_stance_is_not_the_country(nlp, finder, text, piece):
    a = hit(found(nlp, finder, text), piece)
    assert a.country is None and a.sector is not None
    assert a.text.split("-")[0] in text  # the prefix belongs to the mention


def test_ethnic_people_are_civilians_of_no_stated_country(nlp, finder):
    a = hit(found(nlp, finder, "Ethnic Serbs blocked the road."), "Serbs")
    assert (a.country, a.sector) == (None, "CVL")
    a = hit(found(nlp, finder, "Ethnic Serbs in Kosovo blocked the road."), "Serbs")
    assert a.country == "XKX"


@pytest.mark.parametrize("phrase", ["ISIS", "ISIL", "Islamic State fighters", "Daesh"])
def test_islamic_state_is_an_international_armed_group(finder, phrase):
    a = finder.resolve(phrase, date=dt.date(2015, 1, 1))
    assert a.code.startswith("IMG") and a.country is None and a.sector == "REB"


def test_hamas_regime_is_palestinian(finder):
    assert finder.resolve("the Hamas regime", date=dt.date(2012, 1, 1)).country == "PSE"


# --- 7. international bodies -------------------------------------------------------------
def test_interpol_is_police(finder):
    a = finder.resolve("Interpol")
    assert a.code.startswith("IGO") and a.sector == "COP"
    assert split_code("IGOCOPINT") == ("IGO", "COP")


@pytest.mark.parametrize("phrase,country,sector", [
    ("the U.N. chief", "UNO", "GOV"), ("United Nations Secretary-General", "UNO", "GOV"),
    ("UN peacekeepers", "UNO", "MIL"), ("UN troops", "UNO", "MIL"), ("peacekeepers", None, "MIL"),
])
def test_un_bodies(finder, phrase, country, sector):
    a = finder.resolve(phrase)
    assert (a.country, a.sector) == (country, sector)


def test_nationality_of_peacekeepers(nlp, finder):
    assert hit(found(nlp, finder, "Indian peacekeepers were attacked."), "peacekeepers").code == "INDMIL"


# --- 8. people at large --------------------------------------------------------------------
@pytest.mark.parametrize("text,piece,sector", [
    ("Paramedics said two died.", "Paramedics", "HLH"),
    ("Local residents fled the fighting.", "residents", "CVL"),
    ("Three children were hurt.", "children", "CVL"),
])
def test_people_at_large_have_no_country(nlp, finder, text, piece, sector):
    a = hit(found(nlp, finder, text), piece)
    assert (a.country, a.sector) == (None, sector)


def test_coordinated_nationalities_share_the_head(nlp, finder):
    acts = found(nlp, finder, "French and German activists chained themselves to the gate.")
    assert {a.code for a in acts if a.country} >= {"FRAOPP", "DEUOPP"}
