"""Organisations no file knows keep their text and the best code their context gives: the sector
from the noun before them or in apposition, the country from a demonym, else no code (our own
sentences)."""
import datetime as dt

import pytest

DAY = dt.date(2020, 6, 9)


def actors(nlp, finder, text, date=DAY):
    return {a.text: a for a in finder.find(nlp(text), date=date)}


# a sentence with an unknown organisation, added to the sentences whose names are none: the finder
# does find such organisations, only not these
WITNESS = " Regulators fined broadcaster ABS-CBN."


def with_witness(nlp, finder, text):
    got = actors(nlp, finder, text + WITNESS)
    assert got["broadcaster ABS-CBN"].kind == "org", got
    return got


@pytest.mark.parametrize("sentence, text, code", [
    ("Hungarian state-owned enterprise HDT acquired Austrian arms manufacturer Hirtenberger.",
     "Hungarian state-owned enterprise HDT", "HUNBUS"),  # a state-owned firm is business of its state
    ("Hungarian state-owned enterprise HDT acquired Austrian arms manufacturer Hirtenberger.",
     "Austrian arms manufacturer Hirtenberger", "AUTBUS"),
    ("The Philippine government ordered broadcaster ABS-CBN to shut down.", "broadcaster ABS-CBN", "MED"),
    ("The broadcast corporation ABS-CBN criticized the government.", "The broadcast corporation ABS-CBN", "MED"),
    ("Police raided the offices of the company, Salling Group, on Monday.", "the company, Salling Group", "BUS"),
    ("Senators condemned the NTC.", "the NTC", None),  # a name alone: no code is guessed
])
def test_an_unknown_organisation_is_a_mention_with_its_context_code(nlp, finder, sentence, text, code):
    got = actors(nlp, finder, sentence)
    assert text in got, got
    assert got[text].kind == "org" and got[text].code == code, got[text]


def test_an_unknown_organisation_is_an_event_party(coder):
    doc = coder.code("The Philippine government ordered broadcaster ABS-CBN to shut down.", date=DAY)
    assert [(e.source.code, e.target.text, e.target.code) for e in doc.events] == [
        ("PHLGOV", "broadcaster ABS-CBN", "MED")]
    doc = coder.code("Senators condemned the NTC.", date=DAY)
    assert [(e.source.code, e.target.text, e.target.code) for e in doc.events] == [("LEG", "the NTC", None)]


def test_a_later_bare_name_is_the_organisation_described_first(nlp, finder):
    got = actors(nlp, finder, "Hungarian state-owned enterprise HDT bought the plant. HDT said the deal was closed.")
    assert got["HDT"].code == "HUNBUS", got


@pytest.mark.parametrize("sentence, junk", [
    ("The IAEA sent inspectors to Esfahan Uranium Conversion Facilities (UCF) in central Iran.", "UCF"),
    ("The International Labor Office (ILO) repeated its demand that Israel ease restrictions.",
     "The International Labor Office"),  # the known short form says who
    ("Leaders signed the African Continental Free Trade Area (AfCFTA) agreement. The AfCFTA took effect.", "AfCFTA"),
    ("Officials praised the House on Monday.", "House"),
    ("Last year, SpaceX tested its Falcon Heavy rocket.", "Falcon Heavy"),
    ("Police arrested a Cheltenham man on suspicion of burglary.", "Cheltenham"),
    ("Iranian Grand Master Ehasn Ghaem-Maghami refused to play against an Israeli player.", "Ghaem-Maghami"),
    ("The tsunami killed dozens in Pandeglang, Banten on Saturday.", "Pandeglang"),
    ("A man was arrested at 2am local time (0100 UTC) on Sunday.", "UTC"),
    ("Finnish video game developer Perttu Ahola discussed his project.", "Ahola"),  # a person's, as often
])
def test_names_of_things_places_and_people_are_no_unknown_organisation(nlp, finder, sentence, junk):
    got = with_witness(nlp, finder, sentence)
    assert not any(junk in t and a.kind == "org" and a.code is None for t, a in got.items()), got


def test_a_spokesperson_of_an_unknown_body_is_still_no_government(nlp, finder):
    got = with_witness(nlp, finder, "A spokesperson for Stagecoach South said their thoughts were with the children.")
    assert got["A spokesperson"].code is None, got


def test_an_unknown_name_of_a_person_tagged_as_one_body_stays_that_person(nlp, finder):
    text = ("Nickey Iyambo, former vice-president of Namibia, died on Sunday. "
            "President Hage Geingob expressed his sadness at Iyambo's death.")
    got = with_witness(nlp, finder, text)
    assert not any(a.kind == "org" and "ABS" not in t for t, a in got.items()), got


def test_words_told_to_an_unknown_body_are_aimed_at_no_one(coder):
    # "told ThePrint", "stated to the CBC": as often an outlet that carries the words as their addressee
    doc = coder.code('Earlier this month, Chakrapani told ThePrint, "We will hold a party." '
                     'Senators condemned the NTC.', date=DAY)
    assert not any(e.target is not None and "ThePrint" in e.target.text for e in doc.events), doc.events
    assert any(e.target is not None and e.target.text == "the NTC" for e in doc.events), doc.events
