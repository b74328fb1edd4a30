"""Actor defects found in the fourth audit of coded news (our own sentences, written after the patterns
seen): a place of detention read as a party, two titles of one person read as two people, a pronoun or
a description bound to the other party of its own clause, and a two-letter name at a sentence's start."""
import datetime as dt

import pytest

DAY = dt.date(2020, 1, 1)


def actors(nlp, finder, text, date=DAY):
    return {a.text: a for a in finder.find(nlp(text), date=date)}


# -- 1. a prison is where a state holds people, not a party -------------------------------------------
@pytest.mark.parametrize("sentence", [
    "A judge in Ohio sentenced the former mayor to life in prison on Tuesday.",
    "The court gave the banker a prison sentence of eight years.",
    "She spent three years in jail before the appeal.",
    "The governor asked for a prison closer to the capital.",
])
def test_a_prison_alone_is_no_actor(nlp, finder, sentence):
    got = actors(nlp, finder, sentence)
    assert not any(w in t.lower() for t in got for w in ("prison", "jail")), got


@pytest.mark.parametrize("sentence, text, code", [
    ("Prison officials in Texas denied the claim.", "Prison officials in Texas", "USACOP"),
    ("Jail guards beat the detainees, the report said.", "Jail guards", "COP"),
    ("The men were freed from Egyptian prisons last week.", "Egyptian prisons", "EGYCOP"),
])
def test_a_prison_still_gives_its_sector_and_a_named_holder(nlp, finder, sentence, text, code):
    got = actors(nlp, finder, sentence)
    assert text in got and got[text].code == code, got


# -- 2. two titles, one person -------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, text", [
    ("Pope Francis expelled former bishop and cardinal John Doe from the priesthood.",
     "former bishop and cardinal John Doe"),
    ("Lawyer and activist Maria Santos was detained in Manila.", "Lawyer and activist Maria Santos"),
])
def test_two_titles_joined_before_one_name_are_one_person(nlp, finder, sentence, text):
    got = actors(nlp, finder, sentence)
    assert text in got and got[text].kind == "person", got
    assert len([a for a in got.values() if a.kind in ("person", "sector")]) == (2 if "Pope" in sentence else 1), got


def test_a_definite_title_then_a_capitalised_one_are_two_people(nlp, finder):
    got = actors(nlp, finder, "The president and Prime Minister Shinzo Abe held talks in Tokyo.")
    assert "The president" in got and "Prime Minister Shinzo Abe" in got, got


# -- 3. a pronoun or description is not the other party of its own clause -------------------------------
def _event(coder, text, code_prefix):
    doc = coder.code(text, date=DAY)
    return [e for e in doc.events if e.cameo.startswith(code_prefix)]


def test_an_object_pronoun_is_not_its_clauses_subject(nlp, finder):
    text = ("German Chancellor Angela Merkel met British Prime Minister Theresa May in Berlin. "
            "Merkel later praised her for the plan.")
    got = finder.find(nlp(text), date=DAY)
    her = next(a for a in got if a.text == "her")
    merkel = next(a for a in got if a.text == "Merkel")
    assert her.entity != merkel.entity and her.code == "GBRGOV", [(a.text, a.code, a.entity) for a in got]


def test_a_subject_pronoun_is_not_its_verbs_object(nlp, finder):
    text = "Israeli Prime Minister Benjamin Netanyahu met Indian Prime Minister Narendra Modi. He thanked him."
    got = finder.find(nlp(text), date=DAY)
    he = next(a for a in got if a.text == "He")
    him = next(a for a in got if a.text == "him")
    assert he.entity != him.entity, [(a.text, a.code, a.entity) for a in got]


def test_a_title_in_object_position_is_not_the_subject(coder):
    text = ("French President Emmanuel Macron hosted Egyptian President Abdel Fattah el-Sisi on Monday. "
            "Macron later thanked the president for his help.")
    ev = _event(coder, text, "05")
    assert ev and ev[0].source.code == "FRAGOV" and ev[0].target.code == "EGYGOV", \
        [(e.cameo, e.source and e.source.text, e.target and e.target.text) for e in coder.code(text, date=DAY).events]


# -- 4. a two-letter name where the tagger sees no PERSON ---------------------------------------------
@pytest.mark.parametrize("sentence", [
    "Xi welcomed the Pakistani prime minister to Beijing.",
    "Xi thanked the delegation.",
])
def test_a_sentence_initial_two_letter_name_is_found(nlp, finder, sentence):
    got = actors(nlp, finder, sentence)
    assert "Xi" in got and got["Xi"].code == "CHNGOV", got


def test_a_two_letter_name_is_matched_as_written(nlp, finder):
    got = actors(nlp, finder, "The XI Corps crossed the river.")
    assert not any(a.code == "CHNGOV" for a in got.values()), got


def test_a_pronoun_teaches_the_gender_of_a_person_the_files_do_not_know(nlp, finder):
    # "he" made Brink a man: the later "she" is the director, and "him" Brink
    text = ('Oceanographer Walter Brink died on Monday. He taught at the institute for forty years. '
            'Institute director Maria Kolb said "Brink changed the field." She described him as a giant.')
    got = finder.find(nlp(text), date=DAY)
    ent = {a.text: a.entity for a in got}
    she = next(a for a in got if a.text == "She")
    him = next(a for a in got if a.text == "him")
    kolb = next(a for a in got if "Kolb" in a.text)
    brink = next(a for a in got if a.text == "Oceanographer Walter Brink" or a.text == "Walter Brink")
    assert she.entity == kolb.entity and him.entity == brink.entity, ent


# -- 5. found in the corpus ----------------------------------------------------------------------------
@pytest.mark.parametrize("sentence, name, code", [
    # a medium is no title: the name after it begins a phrase of its own
    ("The mayor told local media Kowalski's condition was stable.", "Kowalski", None),
    ("On state television Lukashenko also attacked the protesters.", "Lukashenko", "BLRGOV"),
])
def test_a_name_after_a_medium_is_not_its_holder(nlp, finder, sentence, name, code):
    got = actors(nlp, finder, sentence)
    assert name in got and got[name].kind == "person" and got[name].code == code, got


def test_a_reporter_keeps_the_name_after_the_title(nlp, finder):
    got = actors(nlp, finder, "State television reporter John Smith said so.")
    assert "State television reporter John Smith" in got, got


@pytest.mark.parametrize("sentence", [
    "Israeli police entered the Al-Aqsa compound on Sunday.",
    'He said, "Those who stay silent when Al-Aqsa is attacked have no say."',
])
def test_al_aqsa_alone_is_the_mosque_not_the_brigades(nlp, finder, sentence):
    got = actors(nlp, finder, sentence)
    assert not any(a.code and "REB" in a.code for a in got.values()), got


def test_the_brigades_by_their_name_are_still_found(nlp, finder):
    got = actors(nlp, finder, "The Al-Aqsa Martyrs Brigades claimed the attack.")
    assert any(a.kind == "group" and a.code and "REB" in a.code for a in got.values()), got


@pytest.mark.parametrize("sentence, text", [
    ("Condemnation came from the Organisation of Islamic Cooperation (OIC) head Jane Roe and from Manila.",
     "the Organisation of Islamic Cooperation (OIC) head Jane Roe"),
    ("The North Atlantic Treaty Organization (NATO) spokesman John Roe said so.",
     "The North Atlantic Treaty Organization (NATO) spokesman John Roe"),
])
def test_a_bracketed_short_form_does_not_cut_a_body_from_its_title(nlp, finder, sentence, text):
    # the title is the body's (an IGO's), not a government's of the state the sentence names
    got = actors(nlp, finder, sentence)
    assert text in got and got[text].code.startswith("IGO"), got


def test_islamic_jihad_alone_is_the_palestinian_group(nlp, finder):
    # OEDA gives the bare name to a 1980s Hezbollah wing; in the news it is PIJ
    got = {a.text: a.code for a in finder.find(nlp("Egypt brokered a ceasefire between Israel and Islamic Jihad."), date=DAY)}
    assert got.get("Islamic Jihad") == "PSEREB", got
