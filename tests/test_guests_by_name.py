"""A person welcomed or received by name is a guest (043); what is welcomed is approval (051)."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


@pytest.mark.parametrize("text, expected", [
    ("Xi Jinping welcomed Vladimir Putin at the Great Hall of the People in Beijing.", ("CHNGOV", "RUSGOV", "043")),
    ("Biden welcomed Zelensky to the White House.", ("USAGOV", "UKRGOV", "043")),
    ("Putin received Kim Jong Un at the Kremlin.", ("RUSGOV", "PRKGOV", "043")),
])
def test_a_person_welcomed_is_a_guest(coder, text, expected):
    assert coded(coder, text) == [expected]


def test_a_thing_welcomed_is_approval(coder):
    assert [c for _, _, c in coded(coder, "The EU welcomed the ceasefire agreement.")] == ["051"]
