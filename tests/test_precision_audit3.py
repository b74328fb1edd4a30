"""Third precision audit of the coder on real news: classes of phrasing that coded
events no sentence reports (a verbal attack as force, a candidate's rally as a
protest, meeting a requirement as a meeting, what is only asked about as a refusal
aimed at someone).  Each case has a guard: the real events of the same kind are
still coded.  Sentences are invented, in the style of the wire and Wikinews text
where the errors were found."""
from __future__ import annotations

import datetime

import pytest

DATE = datetime.date(2020, 10, 20)


def _events(coder, text):
    doc = coder.code(text, date=DATE, doc_id="t")
    return [e.to_dict() for e in doc.events if e.mode == "asserted"]


def _codes(events):
    return {(e["cameo"][:2], (e["source"] or {}).get("code"), (e["target"] or {}).get("code")) for e in events}


# -- an attack in words -----------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Biden attacked Trump for the tweet, claiming he used it to distract from the funeral.",
    "Democrats continued to attack Trump on his taxes.",
    "Harris attacked Biden during the Democratic debates.",
    "Trump attacked Drudge as a consistent Trump opponent.",
])
def test_attack_with_a_reason_or_a_topic_is_criticism(coder, text):
    evs = _events(coder, text)
    assert not any(e["cameo"][:2] in ("18", "19") for e in evs), evs
    assert any(e["cameo"] == "111" for e in evs), evs


def test_attacks_on_voting_are_words(coder):
    evs = _events(coder, "During his eulogy, Obama took a veiled shot at Trump for his attacks on mail-in voting.")
    assert not any(e["cameo"][:2] in ("18", "19") for e in evs), evs


@pytest.mark.parametrize("text", [
    "Taliban fighters attacked a police checkpoint in Kunduz on Sunday.",
    "Militants attacked the army base for hours on Sunday.",
    "Rebels attacked the town as part of a new offensive.",
])
def test_guard_armed_attacks_stay_force(coder, text):
    evs = _events(coder, text)
    assert any(e["cameo"][:2] in ("18", "19") for e in evs), evs
    assert not any(e["cameo"] == "111" for e in evs), evs


# -- a leader's rally is no protest ---------------------------------------------------

@pytest.mark.parametrize("text", [
    "In mid-September, Trump held his first indoor rally in three months, in Nevada.",
    "At the rally, Trump declared himself immune.",
    "Erdogan announced the change again in a rally on Friday.",
])
def test_leaders_rally_is_no_protest(coder, text):
    assert not any(e["cameo"][:2] == "14" for e in _events(coder, text))


@pytest.mark.parametrize("text", [
    "Trump stirred controversy both during an interview with a local outlet and again at a rally in Pennsylvania.",
    "Two days later, Trump returned to the campaign trail with a rally in Sanford, Florida.",
])
def test_rally_that_is_the_setting_of_a_leaders_act_is_no_protest(coder, text):
    assert not any(e["cameo"][:2] == "14" for e in _events(coder, text))


@pytest.mark.parametrize("text", [
    "Opposition leader Sviatlana Tsikhanouskaya held a rally in Minsk.",
    "Thousands of people rallied in Minsk against President Lukashenko.",
    "Police fired tear gas at a rally in Minsk.",
    "The opposition leader was arrested at a rally in Minsk.",
])
def test_guard_rallies_of_dissent_are_protests(coder, text):
    assert any(e["cameo"][:2] == "14" for e in _events(coder, text))


# -- meeting a requirement ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "The lawyer concludes Harris meets the natural born citizen requirement.",
    "Legal experts say she does not meet the requirement.",
])
def test_meeting_a_requirement_is_no_event(coder, text):
    assert not any(e["cameo"][:2] in ("04", "08", "12") for e in _events(coder, text))


@pytest.mark.parametrize("text, root", [
    ("Putin met Erdogan in Sochi on Monday.", "04"),
    ("The Iraqi government met the demands of the protesters.", "08"),
])
def test_guard_meetings_and_yielding_are_coded(coder, text, root):
    assert any(e["cameo"][:2] == root for e in _events(coder, text))


# -- an open question -----------------------------------------------------------------

def test_refusing_to_answer_is_aimed_at_no_one_in_the_question(coder):
    evs = _events(coder, "Biden and Harris both refused to answer whether they would support Court packing.")
    assert not any(e["target"] for e in evs), evs
    assert not any(e["cameo"][:2] == "05" for e in evs), evs


def test_what_is_asked_about_commits_no_one(coder):
    evs = _events(coder, "The minister declined to say whether Russia would send troops to the border.")
    assert not any((e["source"] or {}).get("code") == "RUS" for e in evs), evs
    evs = _events(coder, "Biden refused to say whether he would support the plan.")
    assert not any(e["cameo"][:2] == "03" for e in evs), evs


def test_guard_said_intent_and_refused_support_are_coded(coder):
    assert ("03", "JPN", "IRQ") in _codes(_events(coder, "Japan said it will provide aid to Iraq."))
    codes = _codes(_events(coder, "Russia and China refused to support the resolution against Iran."))
    assert ("12", "RUS", "IRN") in codes and ("12", "CHN", "IRN") in codes


# -- a suggestion of what was done ------------------------------------------------------

def test_suggesting_a_past_fact_is_no_proposal(coder):
    evs = _events(coder, "Some scholars have suggested Egyptians raised or farmed the birds to make them available.")
    assert not any(e["cameo"][:2] == "02" for e in evs), evs


@pytest.mark.parametrize("text", [
    "The minister suggested that the two sides hold talks in Geneva.",
    "Russia suggested postponing the summit.",
    "Germany suggested that Iran should send a delegation to Vienna.",
])
def test_guard_proposals_are_appeals(coder, text):
    assert any(e["cameo"][:2] == "02" for e in _events(coder, text))
