"""What an allegation reports is not asserted, even when "alleged" is itself coded as an
accusation.  Sentences written for these tests."""
import datetime as dt

import pytest

from communique.events.modality import ASSERTED

DATE = dt.date(2021, 3, 2)


@pytest.mark.parametrize("text, act", [
    ("Kyiv alleged that Russia shelled the town.", "shelled"),
    ("Rights groups alleged that police tortured detainees.", "tortured"),
    ("His aides alleged that the opposition leader was poisoned by security agents.", "poisoned"),
    ("His associates have alleged the journalist was poisoned.", "poisoned"),
])
def test_the_alleged_act_is_not_asserted(coder, text, act):
    events = coder.code(text, date=DATE).events
    inner = [e for e in events if e.trigger.text == act]
    assert inner, [(e.cameo, e.trigger.text) for e in events]
    assert all(e.mode != ASSERTED for e in inner), [(e.cameo, e.mode) for e in inner]


def test_the_allegation_itself_stays_asserted(coder):
    events = coder.code("Kyiv alleged that Russia shelled the town.", date=DATE).events
    assert any(e.cameo.startswith("112") and e.mode == ASSERTED for e in events), \
        [(e.cameo, e.mode) for e in events]


def test_a_reported_act_is_still_asserted(coder):
    events = coder.code("Kyiv said that Russia shelled the town.", date=DATE).events
    assert any(e.cameo.startswith("19") and e.mode == ASSERTED for e in events), \
        [(e.cameo, e.mode) for e in events]
