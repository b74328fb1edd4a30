"""Sanctions agreed, agreed on or unveiled are imposed (163), not an accord (019)."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("The European Union agreed a new package of sanctions against Russia.", ("IGOEUREEC", "RUS", "163")),
    ("EU leaders agreed on sanctions against Iran.", ("IGOEUREECGOV", "IRN", "163")),
    ("The EU unveiled a new package of sanctions against Russia.", ("IGOEUREEC", "RUS", "163")),
])
def test_sanctions_agreed_are_imposed(coder, text, expected):
    assert asserted_triples(coder, text, D) == [expected]


def test_agreeing_to_lift_sanctions_is_still_the_intent_to_ease_them(coder):
    assert [c for _, _, c in asserted_triples(coder, "Iran and the US agreed to lift sanctions.", D)] == ["0354"]
