"""Fourth precision audit of the coder on real news (a hand-judged sample of its
output on the bundled Wikinews corpus): classes of phrasing that coded events no
sentence reports or aimed them at the wrong party.  An indirect question taken for
an appeal ("asked why the minister had not resigned" as a call to resign), a
plural "their" taken for the first of the doers it names (who then became the
target of the others), "demonstrate" with an object (showing) taken for a protest,
force by a protesting crowd taken for military force (190), animals or
materiel "captured" taken for an arrest (173).
Each case has a guard: the real events of the same kind are still coded.
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


# -- an indirect question is no appeal ------------------------------------------

@pytest.mark.parametrize("text", [
    "Reporters asked why the interior minister had not resigned.",
    "The Japanese foreign minister asked whether China would release the fishermen.",
    "The opposition leader asked if the government would lift the sanctions on Iran.",
    "The senator repeatedly asked why the president did not implement the reforms he promised.",
    "Lawmakers asked how the army would help the flood victims.",
])
def test_a_question_appeals_to_no_one(coder, text):
    evs = _events(coder, text)
    assert not any(e["cameo"][:2] == "02" for e in evs), evs


@pytest.mark.parametrize("text, code", [
    ("Protesters asked the interior minister to resign.", "0241"),
    ("Japan asked China to release the fishermen.", "02"),
    ("The Prime Minister asked Germany to help the flood victims.", "023"),
])
def test_asking_someone_to_act_is_still_an_appeal(coder, text, code):
    evs = _events(coder, text)
    assert any(e["cameo"].startswith(code) for e in evs), evs


# -- "their" after coordinated doers is all of them ------------------------------

@pytest.mark.parametrize("text, doers", [
    ("Britain and Canada announced their decision on Monday.", ("Britain", "Canada")),
    ("Spain and Italy criticized their own record on migrants.", ("Spain", "Italy")),
    ("Shortly afterwards, Senator Elizabeth Warren and former president Barack Obama announced their own "
     "support for the nominee.", ("Warren", "Obama")),
])
def test_coordinated_doers_are_not_each_others_targets(coder, text, doers):
    evs = _events(coder, text)
    for e in evs:
        target = (e["target"] or {}).get("text") or ""
        assert not any(d in target for d in doers), evs


def test_their_demand_is_each_doers(coder):
    evs = _events(coder, "Britain and Canada reiterated their demand for a ceasefire.")
    sources = {(e["source"] or {}).get("code") for e in evs if e["cameo"][:2] == "10"}
    assert {"GBR", "CAN"} <= sources, evs


def test_one_doers_their_still_names_it(coder):
    # a single subject still owns what "its"/"their" names: the call is the EU's
    evs = _events(coder, "The European Union repeated its call for the release of the prisoners.")
    assert any(e["cameo"][:2] == "02" and (e["source"] or {}).get("code", "").startswith("IGOEUR") for e in evs), evs


# -- demonstrating something is showing it ---------------------------------------

@pytest.mark.parametrize("text", [
    "In its ruling, the Supreme Court demonstrated a shocking ignorance of the internet.",
    "The government demonstrated a complete lack of understanding of the crisis, critics said.",
])
def test_demonstrating_a_thing_is_no_protest(coder, text):
    evs = _events(coder, text)
    assert not any(e["cameo"][:2] == "14" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Thousands of students demonstrated outside the parliament in Ankara on Monday.",
    "Opposition supporters demonstrated against the government in Caracas.",
])
def test_demonstrators_still_protest(coder, text):
    evs = _events(coder, text)
    assert any(e["cameo"][:2] == "14" for e in evs), evs


# -- force by a protesting crowd is a riot, not military force ---------------------

@pytest.mark.parametrize("text, code", [
    ("Two reporters were hurt after being attacked by protesters in Belgrade.", "145"),
    ("Rioters attacked a police station in the capital.", "145"),
])
def test_crowd_force_is_a_riot(coder, text, code):
    evs = _events(coder, text)
    assert any(e["cameo"] == code for e in evs), evs
    assert not any(e["cameo"][:2] == "19" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Government troops attacked rebel positions near Goma.",
    "Syrian opposition forces attacked the town of Saraqib.",
])
def test_force_between_armed_sides_stays(coder, text):
    evs = _events(coder, text)
    assert any(e["cameo"][:2] in ("18", "19") for e in evs), evs
    assert not any(e["cameo"] in ("145", "175") for e in evs), evs


def test_police_force_on_demonstrators_is_repression(coder):
    # (was asserted to stay 18/19; the codebook's 175 is "crowd control tactics" used on dissent)
    evs = _events(coder, "Riot police attacked the demonstrators outside the parliament in Minsk.")
    assert any(e["cameo"] == "175" for e in evs), evs
    assert not any(e["cameo"][:2] in ("18", "19") for e in evs), evs


def test_clash_with_police_still_splits(coder):
    evs = _events(coder, "Protesters clashed with police in Santiago.")
    assert {"145", "175"} <= {e["cameo"] for e in evs}, evs


# -- only persons are arrested ----------------------------------------------------

def test_animals_caught_are_no_arrest(coder):
    evs = _events(coder, "Scientists say ancient Egyptians captured wild ibises for use in sacrifices.")
    assert not any(e["cameo"][:2] == "17" for e in evs), evs


@pytest.mark.parametrize("text", [
    "Houthi fighters captured a Saudi drone near the border.",
    "Iran captured a British tanker in the Strait of Hormuz.",
])
def test_captured_materiel_is_seized_property(coder, text):
    evs = _events(coder, text)
    assert any(e["cameo"].startswith("171") for e in evs), evs
    assert not any(e["cameo"] == "173" for e in evs), evs


@pytest.mark.parametrize("text, code", [
    ("Taliban fighters captured two police officers in Ghazni.", "173"),
    ("Rebels captured the town of Kidal.", "192"),
])
def test_captured_people_and_towns_stay(coder, text, code):
    evs = _events(coder, text)
    assert any(e["cameo"] == code for e in evs), evs
