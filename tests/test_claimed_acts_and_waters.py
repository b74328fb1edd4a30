"""Claims of an act named as the object ("claimed the bombing"), acts that "claimed lives",
reprisals vowed for victims, a second clause with a subject of its own after a passive one,
and bodies of water named after a place.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 8, 1)


@pytest.mark.parametrize("text, expected", [
    ("The Pakistani Taliban claimed the bombing of a police station in Peshawar.", ("PAKREB", "PAKCOP", "015")),
    ("Islamic State claimed the killing of two Italian aid workers.", ("IMGMUSISI", "ITALAB", "015")),
    # a domestic group's claim of an attack at home is about the place (not its capital's government)
    ("Al-Shabaab claimed the attack on a hotel in Mogadishu.", ("SOMREB", "SOM", "015")),
    ("The Islamic State claimed the bombing in Kabul.", ("IMGMUSISI", "AFG", "015")),
])
def test_a_claimed_act_is_a_claim_of_responsibility(coder, text, expected):
    triples = asserted_triples(coder, text, DATE)
    assert expected in triples, triples


def test_a_claim_of_responsibility_reaches_victims_of_the_claimers_own_state(coder):
    triples = asserted_triples(coder, "Al-Shabaab claimed responsibility for the attack on a hotel in Mogadishu "
                                      "that killed 20 people.", DATE)
    assert ("SOMREB", "SOMCVL", "015") in triples, triples


def test_claiming_that_one_attacked_still_reports_the_attack(coder):
    events = coder.code("The US claimed that they had attacked Iraq", date=DATE).events
    attack = [e for e in events if e.cameo.startswith("19")]
    assert attack and all(e.mode == "hypothetical" for e in attack)


@pytest.mark.parametrize("text, root", [
    ("The attack claimed the lives of 20 people.", "19"),
    ("A bomb blast claimed 20 lives in Kabul.", "18"),
])
def test_an_act_that_claimed_lives_happened(coder, text, root):
    triples = asserted_triples(coder, text, DATE)
    assert any(c.startswith(root) for _, _, c in triples), triples


@pytest.mark.parametrize("text, expected", [
    ("The army condemned the massacre and vowed to avenge the victims.", ("MIL", None, "138")),
    ("Iran vowed to avenge the killing of its general.", ("IRN", None, "138")),
    ("Hezbollah threatened to avenge the death of its commander.", ("LBNREB", None, "138")),
])
def test_a_vow_to_avenge_is_a_threat_not_aimed_at_the_victims(coder, text, expected):
    triples = asserted_triples(coder, text, DATE)
    assert expected in triples, triples
    assert not any(c.startswith("03") for _, _, c in triples), triples


def test_a_conjunct_with_its_own_subject_is_not_the_passives_agents(coder):
    triples = asserted_triples(coder, "The attack was claimed by the Houthi movement in Yemen, but both Saudi "
                                      "Arabia and the United States have alleged Iranian involvement.", DATE)
    assert ("SAU", "IRN", "112") in triples and ("USA", "IRN", "112") in triples, triples
    assert not any(s == "YEMREB" and c == "112" for s, _, c in triples), triples


@pytest.mark.parametrize("text", [
    "North Korea fired two missiles into the Sea of Japan.",
    "Russia fired missiles from the Sea of Azov.",
])
def test_a_sea_named_after_a_place_is_no_party(coder, text):
    triples = asserted_triples(coder, text, DATE)
    assert triples and all(t is None for _, t, _ in triples), triples


def test_water_words_only_before_of_and_capitalised(coder):
    # ("the Bank of Japan" is no water; "a bay of Japan" in lower case names no body of water)
    from communique.actors.matcher import in_water_name
    from communique.nlp import load
    nlp = load()
    doc = nlp("Ships crossed the Sea of Japan near the Bank of Japan and a bay of Japan.")
    japans = [t.i for t in doc if t.text == "Japan"]
    assert [in_water_name(doc, i) for i in japans] == [True, False, False]
