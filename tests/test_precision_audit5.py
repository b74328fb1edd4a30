"""Fifth precision audit of the coder on real news (100 events sampled from its
output on the bundled Wikinews corpus, judged by hand against the CAMEO codebook):
classes of phrasing that aimed events at the wrong party or gave them the wrong doer.
A capital named as where an arrest or raid happened taken for its government (the
target); "at the White House" taken for a party to an agreement signed there; the
topic of a discussion ("discussed Lebanon with Trump") taken for the partner; the
namer of an act ("in what the police declared a terrorist attack") taken for its
doer; a condemnation or accusation of an arrest aimed at the one arrested (the
victim) instead of, or besides, the arrester.
Each case has a guard: the real events of the same kind are still coded as before.
Sentences are invented, in the style of the text where the errors were found."""
from __future__ import annotations

import datetime

import pytest

DATE = datetime.date(2020, 10, 20)


def _events(coder, text):
    doc = coder.code(text, date=DATE, doc_id="t")
    return [e.to_dict() for e in doc.events if e.mode == "asserted"]


def _triples(events):
    return {(e["cameo"], (e["source"] or {}).get("code"), (e["target"] or {}).get("code")) for e in events}


def _targets(events, root):
    return {(e["target"] or {}).get("code") for e in events if e["cameo"][:2] == root}


# -- a capital where someone is arrested or something raided is no target government --

@pytest.mark.parametrize("text, root, country", [
    ("Police arrested two men in Paris.", "17", "FRA"),
    ("Police raided an office in Beijing.", "17", "CHN"),
    ("Gunmen killed five men in Kabul.", "18", "AFG"),
])
def test_a_capital_is_where_an_act_on_someone_happened(coder, text, root, country):
    evs = _events(coder, text)
    targets = _targets(evs, root)
    assert targets, evs
    assert country + "GOV" not in targets, evs


@pytest.mark.parametrize("text, triple", [
    ("Protesters rallied in Paris.", ("141", "FRAOPP", "FRAGOV")),  # a protest in the capital still targets its government
    ("The government imposed a curfew in Baghdad.", ("1723", "GOV", "IRQ")),
])
def test_guard_the_host_of_a_protest_or_curfew(coder, text, triple):
    assert triple in _triples(_events(coder, text))


# -- "at the White House" is where an accord is signed, not a party to it -----------

@pytest.mark.parametrize("text, a, b", [
    ("Israel and the UAE signed an agreement at the White House.", "ISR", "ARE"),
    ("Armenia and Azerbaijan signed a peace deal at the White House.", "ARM", "AZE"),
    ("Israel signed an agreement with the UAE at the White House.", "ISR", "ARE"),
    ("Russia and Ukraine held talks at the Kremlin.", "RUS", "UKR"),
])
def test_a_seat_of_government_is_no_party_to_a_mutual_act(coder, text, a, b):
    evs = _events(coder, text)
    pairs = {((e["source"] or {}).get("code"), (e["target"] or {}).get("code")) for e in evs}
    assert (a, b) in pairs or (b, a) in pairs, evs
    assert not any((e["target"] or {}).get("code") in ("USAGOV", "RUSGOV") and
                   (e["source"] or {}).get("code") != "RUS" for e in evs), evs


def test_guard_a_protest_at_the_white_house(coder):
    assert ("141", "USAOPP", "USAGOV") in _triples(_events(coder, "Protesters gathered at the White House."))


# -- the topic of a discussion is no party to it -------------------------------------

@pytest.mark.parametrize("text, source, target", [
    ("Macron discussed Lebanon with Trump.", "FRAGOV", "USAGOV"),
    ("Pompeo discussed Iran with Saudi officials.", "USAGOV", "SAUGOV"),
    ("Lavrov discussed the Syrian conflict with his Turkish counterpart.", "RUSGOV", "TURGOV"),
    ("Biden and Xi discussed Taiwan.", "USAELI", "CHNGOV"),
])
def test_whom_it_is_discussed_with_is_the_party(coder, text, source, target):
    evs = _events(coder, text)
    assert any(e["cameo"][:2] == "04" and (e["source"] or {}).get("code") == source
               and (e["target"] or {}).get("code") == target for e in evs), evs
    assert not (_targets(evs, "04") & {"LBN", "IRN", "SYR", "TWN"}), evs


# -- whoever names an act is not its doer ---------------------------------------------

@pytest.mark.parametrize("text", [
    "The officers shot him dead in what the police declared a terrorist attack.",
    "He was killed in what the army declared a terrorist attack.",
    "The police declared it a terrorist attack.",
])
def test_the_namer_of_an_attack_did_not_attack(coder, text):
    evs = _events(coder, text)
    assert not any(e["cameo"][:2] in ("18", "19") and (e["source"] or {}).get("code") in ("COP", "MIL")
                   for e in evs), evs


@pytest.mark.parametrize("text, triple", [
    ("Russia declared war on Ukraine.", ("138", "RUS", "UKR")),
    ("The rebels launched an attack on the town.", ("180", "REB", None)),
])
def test_guard_declared_and_launched_acts_keep_their_doer(coder, text, triple):
    assert triple in _triples(_events(coder, text))


# -- condemning or reporting an arrest is aimed at the arrester, not the arrested ----

@pytest.mark.parametrize("text, source, doer, victim", [
    ("Germany said two of its citizens had been detained in Turkey.", "DEU", "TUR", "DEUCVL"),
    ("The Netherlands said two of its citizens were arrested in Iran.", "NLD", "IRNCOP", "NLDCVL"),
    ("The United States condemned Russia's arrest of Navalny.", "USA", "RUS", "RUSOPP"),
    ("The EU condemned the detention of the activists by Belarusian police.", "IGOEUREEC", "BLRCOP", "OPP"),
    ("The UN condemned the arrests of journalists by Egyptian police.", "IGOUNO", "EGYCOP", "EGYMED"),
    ("Amnesty International condemned the police crackdown on protesters.", "NGOHRIAMN", "COP", "OPP"),
])
def test_a_condemned_arrest_is_aimed_at_the_arrester(coder, text, source, doer, victim):
    evs = _events(coder, text)
    hostile = {(e["source"] or {}).get("code"): set() for e in evs}
    for e in evs:
        if e["cameo"][:2] == "11":
            hostile[(e["source"] or {}).get("code")].add((e["target"] or {}).get("code"))
    assert hostile.get(source) == {doer}, evs
    assert any(e["cameo"][:2] == "17" and (e["target"] or {}).get("code") == victim for e in evs), evs


# -- "not yet" is pending, not refused ---------------------------------------------

@pytest.mark.parametrize("text", [
    'The commissioner said, "We haven\'t yet agreed on rules of origin."',
    "Iran has not yet accepted the proposal.",
    "The government has not yet approved the deal.",
    "The rebels have not yet agreed to a ceasefire.",
])
def test_not_yet_is_no_rejection(coder, text):
    evs = _events(coder, text)
    assert not any(e["cameo"][:2] == "12" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Iran has not accepted the proposal.",
    "Hungary did not accept the proposal.",
])
def test_guard_a_plain_negation_is_still_a_rejection(coder, text):
    evs = _events(coder, text)
    assert any(e["cameo"][:2] == "12" for e in evs), evs


# -- "reported three soldiers wounded": those it befell did not do it ---------------

@pytest.mark.parametrize("text", [
    "The army reported three soldiers wounded.",
])
def test_a_reported_casualty_is_no_doer(coder, text):
    evs = _events(coder, text)
    assert not any(e["cameo"][:2] in ("18", "19") and (e["source"] or {}).get("code") == "MIL" for e in evs), evs


@pytest.mark.parametrize("text, triple", [
    ("The army reported that rebels wounded three soldiers.", ("180", "REB", "MIL")),
    ("The army said rebels attacked the base.", ("180", "REB", None)),
])
def test_guard_a_reported_attack_keeps_its_doer(coder, text, triple):
    assert triple in _triples(_events(coder, text))


# -- among several addressees, the speaker's own state is no target -----------------

@pytest.mark.parametrize("text, source, other, own", [
    ("Macron appealed to Germany and France to act.", "FRAGOV", "DEU", "FRA"),
    ("The French president called on France and Italy to cooperate.", "FRAGOV", "ITA", "FRA"),
])
def test_the_own_state_among_addressees_is_no_target(coder, text, source, other, own):
    triples = _triples(_events(coder, text))
    assert ("020", source, other) in triples, triples
    assert ("020", source, own) not in triples, triples


def test_guard_an_appeal_to_two_other_states(coder):
    triples = _triples(_events(coder, "The UN urged Israel and Hamas to agree a ceasefire."))
    assert {("020", "IGOUNO", "ISR"), ("020", "IGOUNO", "PSEREB")} <= triples, triples
