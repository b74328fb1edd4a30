"""Actor defects found in the fifth audit of coded news, on the actors' countries (our own sentences,
written after the patterns seen): a person placed in a different country by each sentence that names
them, and a person known only by nationality ('Libyan national X') taken for where the police or courts of their sentence sit."""
import datetime as dt

import pytest

DAY = dt.date(2020, 1, 1)


def mentions(nlp, finder, text, date=DAY):
    return [(a.text, a.code) for a in finder.find(nlp(text), date=date)]


# -- 1. a person keeps the country of the sentence that introduced them ----------------------------------
@pytest.mark.parametrize("text, name, code", [
    ("Judge Maria Lopez of a Texas court, United States, sentenced the man to ten years on Monday. "
     "Lopez was born in Mexico. Lopez said the crime was brutal.", "Lopez", "USAJUD"),
    ("Professor Hannah Berger of the University of Toronto, Canada, won the prize on Monday. "
     "Berger was born in Austria and moved abroad as a child. Berger criticized the decision.", "Berger", "CANEDU"),
])
def test_later_mentions_of_a_person_keep_the_first_country(nlp, finder, text, name, code):
    got = mentions(nlp, finder, text)
    later = [c for t, c in got if t == name]
    assert later and all(c == code for c in later), got


def test_a_person_introduced_with_no_country_is_not_placed_by_a_later_sentence(nlp, finder):
    got = mentions(nlp, finder, "Professor Lena Ortiz said on Monday the study was flawed. Ortiz studied in Mexico. "
                                "Ortiz later praised the new rules.")
    assert got[0][1] == "EDU" and got[-1] == ("Ortiz", "EDU"), got


def test_a_later_sentence_placed_elsewhere_does_not_move_a_person(nlp, finder):
    got = dict(mentions(nlp, finder, "Opposition leader Tomas Varga addressed supporters in Budapest, Hungary. "
                                     "Varga later met journalists in Vienna, Austria."))
    assert got["Opposition leader Tomas Varga"] == "HUNOPP" and got["Varga"] == "HUNOPP", got


# -- 2. a nationality alone does not place the police or court of their sentence ----------------
@pytest.mark.parametrize("sentence, text", [
    ("Police raided the home of Libyan national Khairi Ahmed on Sunday.", "Police"),
    ("Police said Afghan national Ahmad Wali was detained at the airport.", "Police"),
    ("Prosecutors charged Chinese national Zhang Hua with fraud.", "Prosecutors"),
])
def test_a_persons_bare_nationality_does_not_place_the_authorities(nlp, finder, sentence, text):
    got = dict(mentions(nlp, finder, sentence))
    assert got[text] in ("COP", "JUD"), got


@pytest.mark.parametrize("sentence, text, code", [
    ("Police in Lagos arrested Nigerian businessman Tunde Okafor.", "Police in Lagos", "NGACOP"),
    ("Officials said Russian opposition leader Alexei Navalny was poisoned.", "Officials", "RUSGOV"),
    ("A mob killed Pakistani student Mashal Ahmed after he was accused of blasphemy.", "A mob", "PAKCVL"),
])
def test_a_place_or_an_office_holder_still_places_them(nlp, finder, sentence, text, code):
    got = dict(mentions(nlp, finder, sentence))
    assert got.get(text) == code, got


# -- 3. a role owned by a holder of office is of the holder's country ---------------------------------------
@pytest.mark.parametrize("sentence, text, code", [
    ("Erdogan's spokesman said Turkey would not back down.", "spokesman", "TURGOV"),
    ("Zelensky's aide denied the report on Tuesday.", "aide", "UKRGOV"),
    ("Assad's government rejected the proposal.", "government", "SYRGOV"),
    ("Prime Minister Boris Johnson's spokesman said the talks would go on.", "spokesman", "GBRGOV"),
    ("Erdogan's chief adviser met Greek officials in Athens.", "chief adviser", "TURGOV"),
])
def test_an_office_holders_aide_or_government_is_of_their_country(nlp, finder, sentence, text, code):
    got = dict(mentions(nlp, finder, sentence))
    assert got.get(text) == code, got


def test_an_office_holders_spokesperson_named_in_apposition_is_of_their_country(nlp, finder):
    got = dict(mentions(nlp, finder, "German Chancellor Angela Merkel's spokesperson, Steffen Seibert, said the "
                                     "talks had failed."))
    assert got.get("spokesperson, Steffen Seibert") == "DEUGOV", got


@pytest.mark.parametrize("sentence, text", [
    ("Police said Afghan national Ahmad Wali's lawyer had appealed.", "lawyer"),
])
def test_a_private_persons_lawyer_is_not_placed_by_their_nationality(nlp, finder, sentence, text):
    got = dict(mentions(nlp, finder, sentence))
    assert got.get(text) == "JUD", got


# -- 4. "the prime minister", "the foreign ministry": a title of two words is resolved as one of one word ---
@pytest.mark.parametrize("text, later, code", [
    ("Japanese Prime Minister Shinzo Abe arrived in Washington on Monday. The prime minister met business "
     "leaders on Tuesday.", "The prime minister", "JPNGOV"),
    ("Indian Foreign Minister S. Jaishankar held talks in Beijing. The foreign minister criticized the "
     "border incursions.", "The foreign minister", "INDGOV"),
    ("Hong Kong Chief Executive Carrie Lam withdrew the bill. The chief executive apologized to residents.",
     "The chief executive", "HKGGOV"),
    ("Russia's foreign ministry said on Monday it had summoned the ambassador. The foreign ministry also "
     "criticized the sanctions.", "The foreign ministry", "RUSGOV"),
])
def test_a_definite_title_of_two_words_takes_its_holder(nlp, finder, text, later, code):
    got = dict(mentions(nlp, finder, text))
    assert got.get(later) == code, got


def test_a_definite_two_word_title_takes_the_holder_named_last(nlp, finder):
    got = dict(mentions(nlp, finder, "US Secretary of State Mike Pompeo met Russian Foreign Minister Sergei "
                                     "Lavrov. The foreign minister rejected the accusations."))
    assert got.get("The foreign minister") == "RUSGOV", got


# -- 5. police forces known by their own name ------------------------------------------------------------
@pytest.mark.parametrize("sentence, text, code", [
    ("Thames Valley Police arrested a 25-year-old man on suspicion of murder.", "Thames Valley Police", "GBRCOP"),
    ("Northamptonshire police spoke with the suspect on Monday.", "Northamptonshire police", "GBRCOP"),
    ("The NYPD arrested 40 protesters in Manhattan on Saturday.", "The NYPD", "USACOP"),
    ("The RCMP charged two men with smuggling.", "The RCMP", "CANCOP"),
    ("Gardaí seized cocaine worth 2 million euros in Cork.", "Gardaí", "IRLCOP"),
    ("Carabinieri raided the homes of suspected mafia members near Naples.", "Carabinieri", "ITACOP"),
])
def test_a_police_force_known_by_its_name_is_of_its_country(nlp, finder, sentence, text, code):
    got = dict(mentions(nlp, finder, sentence))
    assert got.get(text) == code, got


def test_a_lake_of_the_same_name_is_no_police(nlp, finder):
    got = dict(mentions(nlp, finder, "Tourists swam in Lake Garda on Sunday."))
    assert not any(c and c.endswith("COP") for c in got.values()), got


# -- 6. a long story about one state that names others in passing --------------------------------------------
def test_a_story_naming_other_states_in_passing_is_still_about_its_state(nlp, finder):
    text = ("US President Donald Trump said on Monday the US economy was strong. US officials said US exports rose. "
            "The US Senate passed the bill. Washington welcomed the vote. "
            "Trump also spoke about Iran, Russia, China, Japan and Mexico. "
            "The court blocked the order on Tuesday.")
    got = dict(mentions(nlp, finder, text))
    assert got.get("The court") == "USAJUD", got


def test_a_story_about_two_states_leaves_the_court_unknown(nlp, finder):
    text = ("US President Donald Trump met French President Emmanuel Macron. US officials and French officials "
            "spoke. France and the United States signed a deal. The court blocked the order on Tuesday.")
    got = dict(mentions(nlp, finder, text))
    assert got.get("The court") == "JUD", got


# -- 7. in a one-state story: the army as an institution, and party people --------------------------------
SYRIA = ("Syria's government said on Monday it would retake Idlib. Syrian state media said the offensive had "
         "begun in Syria's north. Damascus blamed Turkey. ")


def test_the_army_of_a_one_state_story_is_that_states(nlp, finder):
    got = dict(mentions(nlp, finder, SYRIA + "The army shelled rebel positions near Idlib."))
    assert got.get("The army") == "SYRMIL", got


def test_troops_in_a_one_state_story_stay_unplaced(nlp, finder):
    got = dict(mentions(nlp, finder, SYRIA + "The troops advanced on the town."))
    assert got.get("The troops") == "MIL", got


def test_a_party_official_in_a_one_state_story_is_of_that_state(nlp, finder):
    got = dict(mentions(nlp, finder, "US officials said the US vote was secure. The US Senate agreed. "
                                     "Washington welcomed the result. Party spokesman John Mohr praised the nominee."))
    assert got.get("Party spokesman John Mohr") == "USAPTY", got
