"""Ground or goods taken "from X": X is the other party when what is taken is none (an unknown
name, a place); the tagger's irregular past forms read as base forms ("retook") get their
lemma from the lemmatizer's own table; and provinces named for a sea ("Red Sea", Sudan) are
not places, since the name is the sea far more often."""
import datetime as dt

import pytest
from asserted_events import asserted_triples

from communique import nlp as nlp_module
from communique.actors.gazetteer import fold

D = dt.date(2021, 6, 1)


def coded(coder, text):
    return sorted(asserted_triples(coder, text, D))


@pytest.mark.parametrize("text, expected", [
    ("The Syrian army recaptured the town of Saraqeb from rebels.", [("SYRMIL", "REB", "192")]),
    ("Iraqi forces retook Mosul from the Islamic State.", [("IRQMIL", "IMGMUSISI", "192")]),
    # forces with no country of their own are the place's
    ("The Taliban seized the city of Kunduz from government forces.", [("AFGREB", "AFGMIL", "192")]),
])
def test_taken_from(coder, text, expected):
    assert coded(coder, text) == expected


def test_irregular_past_read_as_base_form_gets_its_lemma():
    nlp = nlp_module.load()
    verbs = {t.lower_: t.lemma_ for t in nlp("The army retook the town.") if t.pos_ == "VERB"}
    assert verbs == {"retook": "retake"}
    # a word that is a base form too keeps it: "will lay down their weapons" is lay, not lie
    lay = [t.lemma_ for t in nlp("His forces will lay down their weapons.") if t.lower_ == "lay"]
    assert lay == ["lay"]


def test_the_red_sea_is_a_sea(coder):
    doc = coder.code("The Houthis attacked a commercial ship in the Red Sea.", date=D)
    assert [(e.source.code, e.target) for e in doc.events] == [("YEMREB", None)]
    assert all(p.country != "SDN" for p in [e.location for e in doc.events if e.location])


def test_no_generated_place_is_named_for_a_sea():
    from importlib import resources
    for name in ("data/actors/subdivisions.tsv", "data/regions.tsv"):
        text = resources.files("communique").joinpath(name).read_text(encoding="utf-8")
        names = [line.split("\t")[0 if "actors" in name else 1] for line in text.splitlines()
                 if line and not line.startswith("#")]
        assert not [n for n in names if fold(n).split()[-1:] in (["sea"], ["gulf"], ["ocean"], ["strait"])]


@pytest.mark.parametrize("text, expected", [
    # (an arrest is its police's: grammar.yaml implied_doers; "detained" names no body)
    ("Tanzania's opposition leader was arrested on terrorism charges.", [("TZACOP", "TZAOPP", "173")]),
    ("Russian opposition activists were detained.", [("RUS", "RUSOPP", "173")]),
])
def test_opposition_detained_by_its_own_state(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text", [
    "A British diplomat was arrested.",  # often held abroad: no doer
    "Russian opposition activists were detained after talks between Russia and Georgia.",  # another state named
])
def test_no_own_state_guess(coder, text):
    assert all(s != "RUS" and s != "GBR" for s, _, c in coded(coder, text) if c == "173")
