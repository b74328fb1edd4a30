"""Police sent into another state are forces provided for its security (CAMEO 074, a
promise of them 0334); police sent at home stay police power (153)."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


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
