"""Warnings and forecasts.  A warning "of" the speaker's own reprisal is a threat (130) aimed
at whom the reprisal would be against; a warning of anything else that warns no one is a
pessimistic comment (012), a place inside it being where, not whom.  "Any attack" is one that
may come.  And what another state's speaker says a state could or would do is a forecast,
not that state's threat.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 2, 1)


@pytest.mark.parametrize("text, expected", [
    ("Russia warned of retaliation against NATO.", [("RUS", "IGOWSTNAT", "130")]),
    ("China warned of strong countermeasures against the United States.", [("CHN", "USA", "130")]),
    ("North Korea warned of retaliation.", [("PRK", None, "130")]),
    ("Iran warned of a crushing response to any Israeli attack.", [("IRN", "ISR", "130")]),
    ("The World Food Programme warned of famine in Yemen.", [("IGOUNOAGR", "YEM", "012")]),
    ("China warned the US against arming Taiwan.", [("CHN", "USA", "130")]),
])
def test_a_warning_is_a_threat_only_of_a_reprisal_or_to_someone(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected


def test_any_attack_is_one_that_may_come(coder):
    got = coder.code("Iran warned of a crushing response to any Israeli attack.", date=DATE).events
    assert [e.mode for e in got if e.cameo.startswith("19")] == ["hypothetical"]


@pytest.mark.parametrize("text", [
    "The US warned that Russia could invade Ukraine.",
    "Biden warned that Russia would invade Ukraine.",
])
def test_another_states_forecast_is_no_threat(coder, text):
    got = coder.code(text, date=DATE).events
    assert [(e.cameo, e.mode) for e in got] == [("192", "hypothetical")]


@pytest.mark.parametrize("text", ["Russia said it could invade Ukraine.", "Russia said it would invade Ukraine."])
def test_a_states_own_word_is_its_threat(coder, text):
    assert asserted_triples(coder, text, DATE) == [("RUS", "UKR", "1382")]
