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


@pytest.mark.parametrize("text", [
    "Kurt Weber, the special envoy for Ukraine negotiations, resigned on Friday.",
    "The minister for peace talks visited the border region.",
])
def test_talks_in_an_office_title_are_no_talks(coder, text):
    events = coder.code(text, date=DATE).events
    assert all(e.trigger.text not in ("negotiations", "talks") for e in events), \
        [(e.cameo, e.trigger.text) for e in events]


def test_talks_called_for_are_still_coded(coder):
    events = coder.code("Russia called for negotiations on Syria.", date=DATE).events
    assert any(e.cameo.startswith("02") for e in events), [(e.cameo, e.trigger.text) for e in events]
