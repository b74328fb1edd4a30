"""Unnamed people acted on take the country of where the act happens
(events/placed_people.py): the place named, the state whose police, courts or
government acted, or the state the story is about."""
from __future__ import annotations

import pytest

from communique.events.roles import grammar

HK_LEAD = ("Thousands of protesters marched in Hong Kong on Sunday against the extradition bill. "
           "Hong Kong's government refused to withdraw the bill. ")


def _events(coder, text):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder.code(text, date="2019-08-10").events if e.mode == "asserted"]


def test_a_pardoned_person_is_of_the_pardoning_state(coder):
    assert ("0841", "USAGOV", "USA") in _events(
        coder, "Trump granted Paul Harvey Pogue a full and unconditional pardon.")


@pytest.mark.parametrize("sentence, code, target", [
    ("The police fired tear gas at the crowd near the government headquarters.", "175", "HKGCVL"),
    ("A police officer shot a protester in the chest on Tuesday, the police said.", "175", "HKGOPP"),
])
def test_victims_in_a_story_about_one_place_are_of_it(coder, sentence, code, target):
    # the sentence names no state: the story's police are Hong Kong's, and so are those they hit
    assert (code, "HKGCOP", target) in _events(coder, HK_LEAD + sentence)


def test_a_count_of_arrests_stays_unplaced(coder):
    # "twenty people were arrested" is a toll: the people counted are no party we can place
    events = _events(coder, HK_LEAD + "Police said twenty people were arrested on Tuesday.")
    assert ("173", "HKGCOP", "CVL") in events


def test_soldiers_victims_are_placed_only_by_a_place_named(coder):
    # an army acts abroad as often as at home: the story's state says nothing of its victims
    text = ("The Syrian government said on Monday that its army had retaken the town. Syria's president "
            "thanked the army. Soldiers shot two civilians on Monday, residents said.")
    assert ("193", "MIL", "CVL") in _events(coder, text)


def test_the_lists_are_codes_and_sectors():
    g = grammar()
    assert all(code.isdigit() and 2 <= len(code) <= 4 for code in g["placed_people_acts"])
    assert set(g["placed_people_violence"]) <= set(g["placed_people_acts"])
    for key in ("placed_people_sectors", "placed_people_doers", "abroad_doers"):
        assert g[key] and all(s.isalpha() and s.isupper() and len(s) == 3 for s in g[key])


def test_one_man_arrested_is_a_party_placed_by_the_story(coder):
    # "a man" (roles.tsv: a person, no sector) is a party; the story's state places him
    assert ("173", "HKGCOP", "HKG") in _events(coder, HK_LEAD + "Police arrested a man on Tuesday.")


@pytest.mark.parametrize("text, word", [
    ("The United States announced Wednesday it would prohibit all aid to Albanian rebels in Macedonia "
     "and would deny entry to the United States to all individuals undermining stability there.", "individuals"),
    ("Leaders of the Azadliq (Freedom) opposition coalition agreed to postpone the demonstration in Baku "
     "until 9 November.", "Leaders"),
])
def test_generic_words_for_people_name_no_party(coder, text, word):
    doc = coder.code(text, date="2019-08-10")
    assert doc.events, "the sentence still codes its event"
    assert all(word not in (e.source.text if e.source else "") + (e.target.text if e.target else "")
               for e in doc.events)


@pytest.mark.parametrize("text, target", [
    ("A gunman shot shoppers at a Walmart store in El Paso, Texas on Saturday.", "USACVL"),
    ("A man stabbed two passers-by in Reading, England on Saturday.", "GBRCVL"),
])
def test_people_going_about_their_day_are_civilians_of_the_place(coder, text, target):
    assert target in [e.target.code for e in coder.code(text, date="2019-08-05").events if e.target]


def test_a_number_killed_is_people_of_the_place(coder):
    text = "An IT worker went on a stabbing spree at the police headquarters in Paris, France, killing four."
    assert [(e.cameo[:2], e.target.code if e.target else None)
            for e in coder.code(text, date="2019-10-03").events] == [("18", "FRACVL")]


def test_a_count_of_a_kind_is_that_kind(coder):
    # "dozens of soldiers": the soldiers were hit, not "dozens"
    targets = [e.target.text for e in coder.code("Rebels killed dozens of soldiers in northern Mali on Monday.",
                                                 date="2019-10-03").events if e.target]
    assert targets and all("soldiers" in t for t in targets)


def test_one_private_assailant_is_of_where_he_attacks(coder):
    events = coder.code("A man stabbed two passers-by in Reading, England on Saturday.", date="2020-06-21").events
    assert [(e.source.code, e.target.code) for e in events] == [("GBR", "GBRCVL")]


def test_a_band_of_gunmen_is_not_placed(coder):
    events = coder.code("Gunmen shot two soldiers at a checkpoint in Gao, Mali on Monday.", date="2020-06-21").events
    assert events and all(e.source is None or e.source.country is None for e in events)


LEAD = "Police in Oxford, England said a gold toilet was stolen from Blenheim Palace on Saturday. "


def _arrests(coder, text):
    return [e.target.text for e in coder.code(text, date="2019-09-16").events if e.cameo.startswith("173")]


def test_one_man_arrested_told_twice_is_one_arrest(coder):
    text = LEAD + ("A 30-year-old man was arrested by Thames Valley Police on suspicion of burglary. "
                   "Thames Valley Police later detained the man at his home in Oxford.")
    assert len(_arrests(coder, text)) == 1


def test_a_second_man_arrested_is_another_arrest(coder):
    text = LEAD + ("Thames Valley Police arrested a man in Oxford. "
                   "Thames Valley Police later arrested a second man in connection with the theft.")
    assert len(_arrests(coder, text)) == 2


def test_a_crowd_protests_where_it_stands(coder):
    text = ("On Sunday in Argentina, President Alberto Fernandez announced a bill to legalise abortion. "
            "Argentina's senate rejected a similar bill in 2018. Officials said the vote would take place in "
            "December. Thousands of people had gathered outside the National Congress with slogans supporting "
            "the legalisation of abortion.")
    protests = [e for e in coder.code(text, date="2020-03-02").events if e.cameo.startswith("14")]
    assert protests and all(e.source.country == "ARG" for e in protests)
