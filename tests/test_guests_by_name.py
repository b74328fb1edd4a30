"""A person welcomed or received by name is a guest (043); what is welcomed is approval (051)."""
from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 6, 1)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


@pytest.mark.parametrize("text, expected", [
    ("Xi Jinping welcomed Vladimir Putin at the Great Hall of the People in Beijing.", ("CHNGOV", "RUSGOV", "043")),
    ("Biden welcomed Zelensky to the White House.", ("USAGOV", "UKRGOV", "043")),
    ("Putin received Kim Jong Un at the Kremlin.", ("RUSGOV", "PRKGOV", "043")),
])
def test_a_person_welcomed_is_a_guest(coder, text, expected):
    assert coded(coder, text) == [expected]


def test_a_thing_welcomed_is_approval(coder):
    assert [c for _, _, c in coded(coder, "The EU welcomed the ceasefire agreement.")] == ["051"]
