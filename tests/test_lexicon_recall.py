"""Recall of the trigger lexicon: senses and constraints found missing on sentences that report
an event but got none (dev-set audit). Each case is a general sense of a trigger word with its
usual complement, checked on the match the lexicon makes on a real parse; a few go through the
whole coder to check the event comes out asserted with its actors."""
from __future__ import annotations

import pytest

from communique.events.lexicon import Lexicon


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon()


def match_of(coder, lexicon, text, word):
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    return lexicon.match(tok)


def code_of(coder, lexicon, text, word):
    m = match_of(coder, lexicon, text, word)
    return None if m is None else m.entry.code


@pytest.mark.parametrize("text,word,code", [
    # "allow X to V": the parser makes X the subject of the infinitive clause; X is still what is allowed
    ("The court allowed candidate Alassane Ouattara to participate in the election.", "allowed", "0812"),
    ("The commission allowed opposition candidates to run in the election.", "allowed", "0812"),
    ("The government allowed the refugees to return home.", "allowed", "0833"),
    # one level down, the word as written: "goods" is lemmatized "good"
    ("Doctors delivered $50,000 worth of goods to the hospital.", "delivered", "070"),
    ("The army shipped materiel to the rebels.", "shipped", "070"),
    # a light verb governing its noun through a preposition
    ("The rebels insisted on their demands for a referendum.", "demands", "100"),
    # judicial orders to appear are demands
    ("A judge ordered the former president to appear for questioning.", "ordered", "100"),
    ("The court ordered the militia to disband.", "ordered", "100"),
    # an attack tried is an attack made
    ("North Korea tried to hack into the computers of army officers.", "tried", "176"),
    ("Gunmen attempted to storm the embassy.", "attempted", "190"),
    ("Militants tried to kidnap the governor.", "tried", "181"),
    # reopening a crossing eases a blockade
    ("Uzbekistan reopened the bridge to Afghanistan.", "reopened", "0872"),
])
def test_recall_senses(coder, lexicon, text, word, code):
    assert code_of(coder, lexicon, text, word) == code


@pytest.mark.parametrize("text,word,code", [
    # trying to do something peaceful is no event of its own
    ("The minister tried to explain the decision.", "tried", None),
    ("Negotiators attempted to reach a compromise.", "attempted", None),
    # ordering a review is no demand on anyone
    ("The minister ordered a review of the program.", "ordered", None),
    # a light verb through a preposition must still be a light verb of the noun
    ("The meeting ended with a call for calm.", "call", None),
    # allowing something that is not a candidate's participation
    ("The rules allowed athletes to compete in the games.", "allowed", None),
])
def test_recall_senses_stay_narrow(coder, lexicon, text, word, code):
    assert code_of(coder, lexicon, text, word) == code


def test_conclude_reports_a_finding(coder, lexicon):
    m = match_of(coder, lexicon, "The forum concluded that rich nations must allocate more money.", "concluded")
    assert m is not None and m.entry.cue == "speech"
    # concluding an agreement stays an agreement
    assert code_of(coder, lexicon, "Iran and Iraq concluded an agreement on trade.", "concluded") == "057"


@pytest.mark.parametrize("text,code,source,target", [
    ("North Korea tried to hack into the computers of South Korean army officers.", "176", "PRK", "KOR"),
    ("A judge in Argentina ordered former president Carlos Menem to appear for questioning.", "100", "ARG", "ARG"),
])
def test_recall_events_are_asserted(coder, text, code, source, target):
    doc = coder.code(text)
    hits = [e for e in doc.events if e.cameo == code and e.mode == "asserted"]
    assert hits, [(e.cameo, e.mode) for e in doc.events]
    assert hits[0].source is not None and hits[0].source.country == source
    assert hits[0].target is not None and hits[0].target.country == target


def test_sadness_seconding_and_ordered_investigations(coder):
    def codes(text):
        return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                for e in coder.code(text, doc_id="t").events if e.mode == "asserted"]
    assert [c for s, t, c in codes("The president of Namibia, Hage Geingob, expressed his sadness at the death.")] == ["018"]
    assert codes("Merkel seconded Macron's recommendation.")[0][2] == "051"
    assert [c for s, t, c in codes("President Zelensky instructed security agencies to investigate the leak.")] == ["090"]
    # seconded by nobody named: no event
    assert not any(c == "051" for s, t, c in codes("The motion was seconded in the second minute of the session."))
