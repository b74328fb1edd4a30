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
    # curtailing a restriction eases it (curtailing a freedom restricts it: 1721)
    ("Israel curtailed restrictions on Palestinian workers on Sunday.", "curtailed", "081"),
    ("The junta curtailed press freedom on Monday.", "curtailed", "1721"),
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


# Wikinews audit (seed 4242, articles outside the held-out sets): missing senses and
# over-broad entries, each written as a general case of the word.
@pytest.mark.parametrize("text,word,code", [
    # taking away a permit to operate is an administrative sanction (172)
    ("The aviation authority suspended the airline's permit.", "suspended", "172"),
    ("The regulator revoked the broadcaster's licence.", "revoked", "172"),
    # announcing new restrictions imposes them
    ("The ministry announced new restrictions on travel to the island.", "announced", "172"),
    # investigations are also performed and undertaken
    ("Prosecutors are performing an investigation of the bank.", "investigation", "090"),
    ("The inspectors undertook an inquiry into the shooting.", "inquiry", "090"),
    # disagreement is disapproval
    ("The foreign minister disagreed with the proposal.", "disagreed", "110"),
    ("The two leaders voiced disagreement over the border.", "disagreement", "110"),
    # considering a course of action; the narrow entries keep these
    ("The cabinet is considering the request.", "considering", "014"),
    ("Japan is considering sending troops to the region.", "considering", "014"),
    ("The government is considering whether to impose sanctions.", "considering", "014"),
    # the senses the narrowed entries must keep
    ("Egypt hosted the Israeli prime minister.", "hosted", "043"),
    ("Merkel visited Kyiv on Monday.", "visited", "042"),
    ("The delegation arrived in Cairo.", "arrived", "042"),
    ("The EU sent aid to the region.", "sent", "070"),
    ("Rebels took over the airport.", "took", "192"),
])
def test_audit_senses(coder, lexicon, text, word, code):
    assert code_of(coder, lexicon, text, word) == code


@pytest.mark.parametrize("text,word", [
    # pictures are captured by cameras, not by the police
    ("Reporters captured photos of the crowd.", "captured"),
    # hosting a show and visiting a rally bring no visitor
    ("The museum hosted an exhibition about the war.", "hosted"),
    ("Thousands of people visited the rally.", "visited"),
    # a letter of support is words, not aid
    ("The senator sent a message of support to the strikers.", "sent"),
    # holding a view is no policy option under consideration
    ("The ministry considers the group a threat.", "considers"),
    ("The movement is considered a terrorist organisation.", "considered"),
    # arriving at a decision is no visit
    ("The delegates arrived at a decision late at night.", "arrived"),
    # taking over a task or a firm is no seizure of territory
    ("The deputy took over the presidency of the council.", "took"),
])
def test_audit_no_event(coder, lexicon, text, word):
    assert code_of(coder, lexicon, text, word) is None


def test_reaffirm_is_a_reporting_verb(coder, lexicon):
    m = match_of(coder, lexicon, "The minister reaffirmed that the border would stay open.", "reaffirmed")
    assert m is not None and m.entry.cue == "speech"


@pytest.mark.parametrize("text,word,code", [
    # "found X guilty": the small model may make "guilty" a clausal complement
    ("A tribunal in Lagos found the former minister guilty of bribery.", "found", "116"),
    # striking a person is a physical assault
    ("Riot police struck the demonstrators with batons.", "struck", "182"),
    ("Guards hit the prisoners during the transfer.", "hit", "182"),
    # crediting someone with an achievement is praise
    ("The envoy credited the mediators with ending the siege.", "credited", "051"),
    # naming an act a mistake, a sham or illegal denounces it
    ("The senator called the withdrawal a grave mistake.", "called", "111"),
    ("The foreign ministry branded the embargo illegal.", "branded", "111"),
    ("The opposition described the referendum as a sham.", "described", "111"),
])
def test_audit_senses_batch2(coder, lexicon, text, word, code):
    assert code_of(coder, lexicon, text, word) == code


@pytest.mark.parametrize("text,word", [
    # a storm strikes places, not people
    ("The hurricane struck the island overnight.", "struck"),
    # calling someone a friend, or calling someone on the phone, is no denunciation
    ("The premier called his rival a decent man.", "called"),
    ("The premier called the governor to discuss the floods.", "called"),
])
def test_audit_no_event_batch2(coder, lexicon, text, word):
    assert code_of(coder, lexicon, text, word) != "111" and code_of(coder, lexicon, text, word) != "182"


# Dev-set audit 2: senses missing on uncoded sentences, written as general cases.
@pytest.mark.parametrize("text,word,code", [
    # receiving from: the giver is the source, so the aid is coded on the receiving verb
    # (only when the parser hangs 'from' on the verb; on the noun the giver is not found)
    ("The militia received arms from the army.", "received", "072"),
    ("The rebels obtained ammunition from a neighbouring state.", "obtained", "072"),
    ("The town got food from the Red Cross.", "got", "073"),
    ("The ministry received funds from the World Bank.", "received", "071"),
    # widening political freedoms eases restrictions on them
    ("The junta took steps to expand press freedom.", "expand", "0811"),
    ("The new cabinet restored civil liberties.", "restored", "0811"),
    # a signature drive is political dissent
    ("Opposition activists collected signatures against the new law.", "signatures", "140"),
    # resources allocated to others are funds
    ("The donors allocated additional resources to the refugee camps.", "allocated", "071"),
    # a team sent to help is assistance
    ("The agency sent a team of engineers to help restore the water supply.", "sent", "070"),
])
def test_audit2_senses(coder, lexicon, text, word, code):
    assert code_of(coder, lexicon, text, word) == code


@pytest.mark.parametrize("text,word", [
    # receiving without a giver names nobody who gave
    ("The hospital received new equipment last week.", "received"),
    # war games are exercises, not a war
    ("The two navies launched war games off the coast.", "launched"),
    # fighting a disease, a fire or a court case is no combat
    ("Health workers are fighting the epidemic in the north.", "fighting"),
    ("The former minister will fight the charges in court.", "fight"),
])
def test_audit2_no_event(coder, lexicon, text, word):
    assert code_of(coder, lexicon, text, word) not in ("070", "072", "190")


def test_received_weapons_come_from_the_giver(coder):
    doc = coder.code("Kurdish fighters received weapons from the German government.", doc_id="t")
    hits = [e for e in doc.events if e.cameo == "072" and e.mode == "asserted"]
    assert hits, [(e.cameo, e.mode) for e in doc.events]
    assert hits[0].source is not None and hits[0].source.country == "DEU"


def test_a_decision_taken_is_the_act(coder):
    # "decided to" is no future cue: the decided act is coded as done
    doc = coder.code("The electoral commission of Kenya decided to allow opposition candidates to run in the election.", doc_id="t")
    assert any(e.cameo == "0812" and e.mode == "asserted" for e in doc.events), [(e.cameo, e.mode) for e in doc.events]
