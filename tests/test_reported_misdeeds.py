"""Denunciations and accusations told as description: calling someone a criminal,
saying another is interfering or lying."""
from __future__ import annotations

from datetime import date

D = date(2023, 8, 1)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


def test_calling_someone_a_criminal_denounces_them(coder):
    assert coded(coder, "Erdogan called Netanyahu a war criminal.") == [("TURGOV", "ISRGOV", "111")]
    # guard: a kind word is no denunciation
    assert coded(coder, "The president called the opposition leader a friend.") == []


def test_saying_another_does_a_misdeed_accuses_them(coder):
    assert coded(coder, "The Chinese foreign ministry said the US was interfering in China's internal affairs.") == [
        ("CHNGOV", "USA", "112")]
    assert coded(coder, "Ukraine said Russia was lying about the attack.") == [("UKR", "RUS", "112")]


def test_a_denied_or_own_misdeed_is_no_accusation(coder):
    # guards: negated, and the speaker's own
    assert coded(coder, "Iran said the United States was not interfering.") == []
    assert coded(coder, "The Chinese foreign ministry said China was not interfering.") == []


def test_live_ammunition_on_protesters_is_repression(coder):
    assert coded(coder, "Iraqi security forces used live ammunition against protesters.") == [
        ("IRQCOP", "IRQOPP", "175")]
