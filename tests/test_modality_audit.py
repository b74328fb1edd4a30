"""Modality cues found by the audit of unlabelled Wikinews articles."""
from __future__ import annotations

import pytest

from communique.events.modality import modality


def mode_of(coder, text, word):
    """The mode the coder gives the event whose trigger is the written ``word``."""
    return modality(next(t for t in coder.nlp(text) if t.text == word)).mode


@pytest.mark.parametrize("text,word,mode", [
    # what an actor is pressed, urged or asked not to do is asked for, not refused
    ("Officials pressured the president not to commute the sentence.", "commute", "hypothetical"),
    ("The UN urged Iran not to attack the ships.", "attack", "hypothetical"),
    ("Iran did not attack the ships.", "attack", "negated"),
    ("Iran refused to release the sailors.", "release", "negated"),
    # "be to" + infinitive is scheduled
    ("Prime Minister Theresa May is to step down today.", "step", "future"),
    ("The minister is to visit Paris next week.", "visit", "future"),
    ("The minister visited Paris.", "visited", "asserted"),
    # lobbying, pleading, advising: what is asked for has not happened
    ("Activists implored the council to release the prisoners.", "release", "hypothetical"),
    ("The agency advised citizens to leave the country.", "leave", "hypothetical"),
    # a compound takes the mode of its head's modifiers, not of the head's meaning
    ("Police uncovered alleged assassination plots against the president.", "assassination", "hypothetical"),
    ("The failed assassination attempt on the president shocked Kenya.", "assassination", "asserted"),
    # purposes share the fate of their act
    ("The ministers will meet in Zurich to discuss trade.", "discuss", "future"),
    ("The ministers met in Zurich to discuss trade.", "discuss", "asserted"),
])
def test_modes(coder, text, word, mode):
    assert mode_of(coder, text, word) == mode


@pytest.mark.parametrize("text,word,mode", [
    # a direct question asks about an event, it does not report it: yes/no questions,
    # wh-questions, copular questions, and acts governed by the questioned verb
    ("Will Norway expel the Danish envoy?", "expel", "hypothetical"),
    ("Did the Chilean delegates meet the Peruvian minister?", "meet", "hypothetical"),
    ("Why did Sudan bomb the border villages?", "bomb", "hypothetical"),
    ("Is the navy ready to blockade the strait?", "blockade", "hypothetical"),
    ("Did the rebels reach out to support the mediators?", "support", "hypothetical"),
    ("He asked: \"Will Ghana sign the treaty?\"", "sign", "hypothetical"),
    # a reporting verb whose quote ends in a question is no question itself; statements stay
    ("Norway expelled the Danish envoy.", "expelled", "asserted"),
    ("The envoy said, \"We signed the accord, so why should anyone doubt us?\"", "signed", "asserted"),
    ("Sudan bombed the villages, but will the council respond?", "bombed", "asserted"),
])
def test_questions(coder, text, word, mode):
    assert mode_of(coder, text, word) == mode


@pytest.mark.parametrize("text,word,mode", [
    # a conjunct with its own subject is its own clause: the first one's negation or
    # auxiliary does not reach it
    ("The rebels would not have won without the militias, and I thank the governor for his help.", "thank", "asserted"),
    ("Mali opted not to hold a referendum, but rather the ruling party endorsed him by acclamation.", "endorsed", "asserted"),
    # a finite verb the parser hangs on an infinitive is coordinated with the verb above it
    ("Ghana urged Togo to release the pilot and called for talks.", "called", "asserted"),
    # a bare infinitive hung on a verb of asking belongs to what is asked for
    ("The cleric called for students to march on the capital and seize the radio station.", "seize", "hypothetical"),
    # shared negation, auxiliaries and conditions still reach the second conjunct
    ("Chile did not free the fishermen and did not demand talks.", "demand", "negated"),
    ("Chile urged Peru to free the fishermen and return the boat.", "return", "hypothetical"),
])
def test_conjuncts(coder, text, word, mode):
    assert mode_of(coder, text, word) == mode


@pytest.mark.parametrize("text,word,mode", [
    # a predicate adjective takes the negation and auxiliaries of its copula
    ("Diplomats said they are not worried about the sanctions.", "worried", "negated"),
    ("The senator was not critical of the treaty.", "critical", "negated"),
    ("Peru will be supportive of the accord.", "supportive", "future"),
    ("The senator was critical of the treaty.", "critical", "asserted"),
    # "allegedly" leaves the act unconfirmed; what the press reports stays reported
    ("Guards allegedly beat the detained journalists.", "beat", "hypothetical"),
    ("Guards reportedly beat the detained journalists.", "beat", "asserted"),
])
def test_predicates_and_allegations(coder, text, word, mode):
    assert mode_of(coder, text, word) == mode


@pytest.mark.parametrize("text,word,mode", [
    # a subject that denies the act to all it names negates it
    ("Neither Russia nor China condemned the attack.", "condemned", "negated"),
    ("No country has recognized the new government.", "recognized", "negated"),
    ("Nobody attacked the convoy.", "attacked", "negated"),
    ("Russia and China condemned the attack.", "condemned", "asserted"),
    # a time still to come: "until", "once" with the present tense
    ("The minister said the protests will continue until the government resigns.", "resigns", "future"),
    ("Protests continue until the government resigns.", "resigns", "future"),
    ("The army fought until the rebels surrendered.", "surrendered", "asserted"),
])
def test_denying_subjects_and_pending_times(coder, text, word, mode):
    assert mode_of(coder, text, word) == mode


@pytest.mark.parametrize("text,word,mode", [
    # what the present tense obliges is owed, the past reports it done
    ("The Polish anti-monopoly agency has to approve the deal.", "approve", "hypothetical"),
    ("Iran had to release the British tanker.", "release", "asserted"),
])
def test_obligations(coder, text, word, mode):
    assert mode_of(coder, text, word) == mode


@pytest.mark.parametrize("text,word,mode", [
    ("Theresa May stepped down after she was unable to negotiate a Brexit deal.", "negotiate", "negated"),
    ("Russia was unable to reach an agreement with Ukraine.", "reach", "negated"),
    # guard: being able to is no denial
    ("Russia was able to reach an agreement with Ukraine.", "reach", "asserted"),
])
def test_unable_denies_its_complement(coder, text, word, mode):
    assert mode_of(coder, text, word) == mode
