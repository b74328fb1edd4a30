"""A person the files do not know, titled as a member of a body they know, is of that body: its
code, even when it has no country, and never a state the sentence happens to name (our own
sentences)."""
import datetime as dt

import pytest

from communique.actors.gazetteer import name_words

DAY = dt.date(2020, 6, 9)


def actors(nlp, finder, text):
    return {a.text: a for a in finder.find(nlp(text), date=DAY)}


@pytest.mark.parametrize("sentence, text, code", [
    # the title before the name, and the name before the title, definite or bare
    ("The director of Human Rights Watch, Kenneth Roth, accused Egypt of torture.",
     "The director of Human Rights Watch, Kenneth Roth", "NGOHRIHRW"),
    ("Kenneth Roth, the director of Human Rights Watch, accused Egypt of torture.",
     "Kenneth Roth, the director of Human Rights Watch", "NGOHRIHRW"),
    ("John Smith, director of Human Rights Watch, accused Egypt of torture.",
     "John Smith, director of Human Rights Watch", "NGOHRIHRW"),
    # "at", "for": one of its people
    ("John Smith, a senior researcher at Human Rights Watch, accused Egypt of torture.",
     "John Smith, a senior researcher at Human Rights Watch", "NGOHRIHRW"),
    ("John Smith, a reporter for the BBC, was arrested in Iran.",
     "John Smith, a reporter for the BBC", "GBRMED"),
    # an outlet named by its place and its noun, and a courtesy title before the name
    ("The general manager of Abu Dhabi Media, Dr Ali bin Tamim, blamed Houthi rebels.",
     "The general manager of Abu Dhabi Media, Dr Ali bin Tamim", "AREMED"),
])
def test_a_member_of_a_known_body_is_of_that_body(nlp, finder, sentence, text, code):
    got = actors(nlp, finder, sentence)
    assert text in got, got
    assert got[text].code == code and got[text].kind == "person", got[text]


def test_the_body_country_is_not_guessed_from_the_sentence(nlp, finder):
    # Human Rights Watch has no country; Egypt, the only state named, is the accused
    got = actors(nlp, finder, "Kenneth Roth, the director of Human Rights Watch, accused Egypt of torture.")
    roth = got["Kenneth Roth, the director of Human Rights Watch"]
    assert roth.country is None and roth.country_from is None


def test_officials_at_a_body_are_its_own_and_protesters_at_it_are_not(nlp, finder):
    got = actors(nlp, finder, "Officials at the United Nations criticized Israel.")
    assert got["Officials at the United Nations"].code == "IGOUNOGOV"
    got = actors(nlp, finder, "Protesters at the United Nations criticized Israel.")
    assert "Protesters" in got and got["Protesters"].sector == "OPP"


def test_the_member_carries_the_body_to_later_mentions(coder):
    doc = coder.code({"id": "m", "date": "2019-01-05", "text":
                      "The general manager of Abu Dhabi Media, Dr Ali bin Tamim, attributed the bombing "
                      "to Houthi rebels. Tamim claimed Houthis have attacked journalists previously."})
    accusations = [(e.source.code, e.target.code) for e in doc.events if e.cameo.startswith("112")]
    assert ("AREMED", "YEMREB") in accusations and len(accusations) == 2, doc.events


def test_courtesy_titles_are_words():
    assert {"dr", "mr", "sir"} <= name_words()["courtesy_titles"]


def test_a_body_named_with_its_own_noun_is_no_title(nlp, finder):
    # "the American Independent Party" after a name is the next party of a list, not Harris's title
    got = actors(nlp, finder, "Its members now do likewise with Harris, the American Independent Party, "
                              "nominated a ticket.")
    assert "Harris" in got and got["Harris"].country == "USA" and got["Harris"].sector != "PTY", got


@pytest.mark.parametrize("sentence, text", [
    ("The CEO of Shell, Ben van Beurden, met Nigerian President Muhammadu Buhari.",
     "The CEO of Shell, Ben van Beurden"),
    ("The chief executive of Glencore, Ivan Glasenberg, visited Congo.",
     "The chief executive of Glencore, Ivan Glasenberg"),
])
def test_the_head_of_a_firm_no_file_knows_is_business_of_no_state(nlp, finder, sentence, text):
    got = actors(nlp, finder, sentence)
    assert got[text].code == "BUS" and got[text].country is None, got[text]


@pytest.mark.parametrize("sentence, text, code", [
    # a person the files know, titled as a body's member: "leader" alone would make him a government
    ("Hezbollah leader Hassan Nasrallah praised Iran.", "Hezbollah leader Hassan Nasrallah", "LBNREB"),
    ("US forces killed Islamic State leader Abu Bakr al-Baghdadi in a raid.",
     "Islamic State leader Abu Bakr al-Baghdadi", "IMGMUSISI"),
])
def test_a_known_person_titled_as_a_bodys_member_keeps_the_body(nlp, finder, sentence, text, code):
    got = actors(nlp, finder, sentence)
    assert text in got, got
    assert got[text].code == code, got[text]
