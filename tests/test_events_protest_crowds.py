"""Demonstrations told by crowds: who the protesters are, when a crowd protests at all."""
from __future__ import annotations

import datetime

DAY = datetime.date(2019, 8, 18)


def _events(coder, text):
    doc = coder.code(text, date=DAY, doc_id="t")
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.sentence_index)
            for e in doc.events if e.mode == "asserted"]


def _protests(coder, text):
    return [e for e in _events(coder, text) if e[0].startswith("14")]


def test_participle_taken_for_the_main_verb(coder):
    # the parser roots the sentence in "wearing" and makes "helmets" the subject of "gathered"
    text = ("On Friday, thousands of French protesters wearing yellow vests, face masks, and helmets "
            "gathered around the Paris police headquarters, blocking the exits.")
    assert _protests(coder, text) == [("144", "FRAOPP", "FRACOP", 0)]


def test_blocking_participle_is_how_the_protest_was_held(coder):
    # one protest: the blockade the participle tells, at the gathering's target
    assert _protests(coder, "Protesters gathered outside parliament in Budapest, blocking the exits.") == [
        ("144", "HUNOPP", "HUNLEG", 0)]


def test_protesting_participle_keeps_the_verbs_code(coder):
    # "protesting" says only that they protested (140): the gathering codes the protest
    found = _protests(coder, "Protesters gathered outside parliament in Budapest, protesting the new law.")
    assert len(found) == 1 and found[0][0].startswith("141") and found[0][1:3] == ("HUNOPP", "HUNLEG")


def test_a_people_marching_are_protesters_of_their_country(coder):
    assert _protests(coder, "Yesterday, about 200,000 Venezuelans marched through Caracas.")[0][1] == "VENOPP"
    assert _protests(coder, "Tens of thousands of Iraqis rallied in Baghdad against the government.")[0][1] == "IRQOPP"
    assert _protests(coder, "Thousands of Venezuelans took to the streets of Caracas.")[0][1:3] == ("VENOPP", "VENGOV")


def test_protesters_walking_march(coder):
    assert _protests(coder, "Protesters started at the square in Minsk and walked until evening.") == [
        ("141", "BLROPP", None, 0)]


def test_protesters_of_the_crowd_named_before(coder):
    text = ("Tens of thousands of Serbians rallied against the government in Belgrade on Saturday.\n\n"
            "Protesters started at the park and walked until evening.")
    assert ("141", "SRBOPP", None, 1) in _protests(coder, text)


def test_crowds_that_do_not_protest_stay_uncoded(coder):
    for text in ("Thousands of Venezuelans took to the streets to celebrate the victory.",
                 "Thousands of Iraqis rallied in Baghdad to celebrate the win.",
                 "Thousands of Iraqis gathered in Baghdad to watch the parade.",
                 "Thousands of Iraqis gathered in Baghdad.",
                 "Thousands of people fled the fighting in Idlib.",
                 "Fans walked to the stadium in Madrid.",
                 "Thousands of mourners gathered in Tehran for the funeral."):
        assert _protests(coder, text) == [], text


def test_a_state_protesting_keeps_its_code(coder):
    # only a people or civilians become protesters: a state's own protest stays the state's
    found = _protests(coder, "Hungary protested the decision.")
    assert all(e[1] != "HUNOPP" for e in found)
