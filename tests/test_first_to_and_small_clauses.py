""""X was the first state to do it" did it (asserted, X the doer); "declared X persona
non grata" is aimed at X; hosting another state's arms or troops hosts no visit."""
from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 6, 1)


def coded(coder, text):
    return [(e.mode, e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events]


@pytest.mark.parametrize("text, expected", [
    ("Egypt was the first Arab state to sign a peace treaty with Israel.", ("asserted", "EGY", "ISR", "057")),
    ("Hungary was the last NATO member to ratify the accession.", ("asserted", "HUN", None, "057")),
    ("Japan is the latest country to impose sanctions on Russia.", ("asserted", "JPN", "RUS", "163")),
])
def test_the_first_to_act_acted(coder, text, expected):
    assert coded(coder, text) == [expected]


def test_be_to_without_a_noun_is_still_scheduled(coder):
    assert [m for m, *_ in coded(coder, "Macron is to meet Xi in Beijing next week.")] == ["future"]


@pytest.mark.parametrize("text, target", [
    ("Russia declared two German diplomats persona non grata.", "DEUGOV"),
    ("Israel declared Brazil's president persona non grata.", "BRAGOV"),
])
def test_declared_persona_non_grata(coder, text, target):
    assert [(t, c) for _, _, t, c in coded(coder, text)] == [(target, "161")]


@pytest.mark.parametrize("text", [
    "Belarus hosted Russian tactical nuclear weapons.",
    "Poland hosts thousands of American troops.",
])
def test_hosting_arms_or_troops_is_no_visit(coder, text):
    assert [c for *_, c in coded(coder, text) if c.startswith("04")] == []
