"""Trigger entries added by the frequency audit of benchmarks/lexicon_gaps.py.

Each political sense codes its CAMEO root with the expected actors; each ambiguous
word has a sentence in its everyday sense that must code no event of that root."""
from __future__ import annotations

from datetime import date

import pytest

D = date(2020, 3, 1)


def coded(coder, text):
    """(cameo, source code, target code) of each asserted event."""
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


def roots(coder, text):
    return {c[:2] for c, _, _ in coded(coder, text)}


@pytest.mark.parametrize("text, code, source, target", [
    ("Iraqi soldiers injured three protesters in Baghdad on Tuesday.", "190", "IRQMIL", "IRQOPP"),
    ("The French president greeted the visiting Chinese delegation in Paris.", "043", "FRAGOV", "CHNGOV"),
    ("Indian Prime Minister Narendra Modi felicitated the Sri Lankan president on his victory.",
     "051", "INDGOV", "LKAGOV"),
    ("Kenyan opposition leader Raila Odinga challenged it in court.", "115", "KENOPP", None),
    ("Protesters chanted slogans against the Iranian government in Tehran.", "141", None, "IRNGOV"),
    ("The Venezuelan president railed against the United States on Monday.", "111", "VENGOV", "USA"),
    ("Russian President Vladimir Putin chided the Ukrainian government.", "111", "RUSGOV", "UKRGOV"),
    ("Afghan troops repelled an attack on their base in Kunduz.", "190", "AFGMIL", None),
    ("Iranian President Hassan Rouhani condoled the death of the Iraqi cleric.", "018", "IRNGOV", None),
    ("Militants mutilated the bodies of Nigerian soldiers.", "180", None, "NGAMIL"),
])
def test_new_entry_codes_its_event(coder, text, code, source, target):
    got = coded(coder, text)
    hits = [(s, t) for c, s, t in got if c == code]
    assert hits, got
    if source is not None:
        assert any(s == source for s, _ in hits), got
    if target is not None:
        assert any(t == target for _, t in hits), got


@pytest.mark.parametrize("text, root", [
    # greeting a crowd hosts no visit
    ("The Nigerian president greeted supporters in Abuja.", "04"),
    # a challenge to a debate is no lawsuit
    ("The Kenyan opposition leader challenged the president to a debate.", "11"),
    # football fans chanting are no demonstration
    ("Spanish fans chanted loudly at the stadium in Madrid.", "14"),
    # a railway is no criticism
    ("The Indian government will rail the goods to Delhi.", "11"),
    # an economy strangled by tariffs is no killing
    ("New American tariffs strangled the Chinese economy.", "18"),
    # injuries in a crash have nobody who caused them
    ("Five Nigerian soldiers were injured when their bus crashed near Lagos.", "19"),
    # a coating that repels water is no fighting
    ("The Japanese company said its new coating repels water.", "19"),
])
def test_everyday_sense_codes_no_event(coder, text, root):
    assert root not in roots(coder, text), coded(coder, text)


def test_poisoning_a_person_is_an_assault_not_poisoned_relations(coder):
    import datetime
    got = [e for e in coder.code("Russian agents poisoned the opposition leader Alexei Navalny in Tomsk.",
                                 date=datetime.date(2020, 9, 2), doc_id="t").events]
    assert [(e.source.code, e.cameo) for e in got] == [("RUS", "180")]
    assert coder.code("The scandal poisoned relations between Russia and Britain.",
                      date=datetime.date(2020, 9, 2), doc_id="t").events == []
