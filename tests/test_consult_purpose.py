"""Visits, calls and receptions: who is received, and one event for a contact made
to talk."""
from __future__ import annotations

from datetime import date

D = date(2023, 3, 1)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


def test_receiving_an_official_is_hosting_a_visit(coder):
    assert coded(coder, "The Egyptian president received the Sudanese army chief in Cairo.") == [
        ("EGYGOV", "SDNMIL", "043")]
    # guard: receiving a thing is no visit
    assert coded(coder, "The ministry received a letter from the embassy.") == []


def test_a_contact_made_to_talk_is_one_event(coder):
    assert coded(coder, "Macron phoned Putin to discuss the crisis.") == [("FRAGOV", "RUSGOV", "041")]
    # guard: urging another to talk is still an appeal to them
    assert coded(coder, "Russia urged Ukraine to negotiate.") == [("RUS", "UKR", "026")]
