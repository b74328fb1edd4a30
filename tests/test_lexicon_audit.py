"""Trigger-lexicon rules found by the audit of unlabelled Wikinews articles: each case is a
general sense distinction of a trigger word (which reading codes which CAMEO code), checked
on the match the lexicon makes on a real parse."""
from __future__ import annotations

import pytest

from communique.events.lexicon import Lexicon


@pytest.fixture(scope="module")
def lexicon():
    return Lexicon()


def code_of(coder, lexicon, text, word):
    doc = coder.nlp(text)
    tok = next(t for t in doc if t.text == word)
    m = lexicon.match(tok)
    return None if m is None else m.entry.code


@pytest.mark.parametrize("text,word,code", [
    # suggesting a fact is a statement; suggesting a course of action an appeal
    ("The ministry suggested the driver lost control of the bus.", "suggested", "010"),
    ("Scientists suggested smaller frogs would develop spiky skulls.", "suggested", "010"),
    ("France suggested talks with the rebels.", "suggested", "020"),
    ("He suggested expanding the Court to 15 justices.", "suggested", "020"),
    ("He suggested supporters fill out absentee ballots.", "suggested", "020"),
    ("France suggested that the talks should resume.", "suggested", "020"),
    ("Trump suggested that mail-in voting could result in fraud.", "suggested", "010"),
    # "has alleged ties" is the adjective; accusations stay accusations
    ("Its director has alleged ties to the Revolutionary Guard.", "alleged", None),
    ("The ambassador alleged corruption in the ministry.", "alleged", "112"),
    # denying someone a status or a right is a refusal, not a denial of responsibility
    ("The state denied the residents citizenship.", "denied", "1233"),
    ("The court denied the defendant bail.", "denied", "120"),
    ("Moscow denied the allegations.", "denied", "016"),
    # authorising an operation is not endorsing an actor
    ("The president approved the strike on the convoy.", "approved", None),
    ("The council approved the new government.", "approved", "051"),
    # a candidate ending a campaign eases no dissent; workers ending a strike do
    ("Two candidates suspended their campaigns.", "suspended", None),
    ("The union ended its strike.", "ended", "082"),
    # only armed forces are mobilized
    ("Trump amassed 1,330 delegates.", "amassed", None),
    ("Russia amassed troops on the border.", "amassed", "154"),
    ("The hospital deployed all the necessary preparations.", "deployed", None),
    ("The army deployed tanks to the city.", "deployed", "154"),
    # executing a plan or a shutdown kills nobody
    ("The government executed a planned shutdown of public services.", "executed", None),
    ("The regime executed two dissidents.", "executed", "180"),
    # an inquiry or a policy is attacked in words
    ("Republicans attacked the impeachment inquiry.", "attacked", "111"),
    ("The senator attacked the government's policy.", "attacked", "111"),
    ("Rebels attacked the convoy.", "attacked", "190"),
    # speaking out against something is a criticism
    ("The prime minister spoke out against the attack.", "spoke", "111"),
])
def test_sense_distinctions(coder, lexicon, text, word, code):
    assert code_of(coder, lexicon, text, word) == code


@pytest.mark.parametrize("text,word,code", [
    # "call for X to do Y": the preposition is parsed as the mark of an infinitive clause
    ("Protesters called for the president to resign.", "called", "0241"),
    ("The EU called for Russia to withdraw its troops.", "called", "0256"),
    ("The opposition called for the prisoners to be released.", "called", "0253"),
    ("The EU called for talks.", "called", "026"),
    # a purpose clause is not what is called for
    ("He called the minister to discuss the budget.", "called", None),
])
def test_call_for_an_infinitive_clause(coder, lexicon, text, word, code):
    assert code_of(coder, lexicon, text, word) == code


def test_second_object_parsed_as_apposition_keeps_its_light_verb(coder, lexicon):
    """'granted Angela Stanton a full pardon': pardon hangs on the name as an apposition."""
    doc = coder.nlp("Trump granted Angela Ronae Stanton a full and unconditional pardon.")
    m = lexicon.match(next(t for t in doc if t.text == "pardon"))
    assert m is not None and m.entry.code == "0841"
