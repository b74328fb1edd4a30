"""Police sent into another state are forces provided for its security (CAMEO 074, a
promise of them 0334); police sent at home stay police power (153)."""
from __future__ import annotations

from datetime import date

import pytest

D = date(2024, 6, 1)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


@pytest.mark.parametrize("text, expected", [
    ("Kenya deployed 400 police officers to Haiti.", ("KEN", "HTI", "074")),
    ("Kenya will deploy police officers to Haiti.", ("KEN", "HTI", "0334")),
    ("Kenya will send 1,000 police officers to Haiti.", ("KEN", "HTI", "0334")),
])
def test_police_sent_abroad_are_a_security_mission(coder, text, expected):
    assert coded(coder, text) == [expected]


def test_police_sent_at_home_are_police_power(coder):
    assert [c for _, _, c in coded(coder, "Kenya deployed police officers in Nairobi.")] == ["153"]
    assert [c for _, _, c in coded(coder, "The governor sent police officers to the border.")] == ["153"]
