"""Acts stopped, and attempts stopped or outlived: "Russia vetoed a resolution condemning
the annexation" condemns no one; "police foiled an assassination attempt on the president"
reports an attempt (CAMEO 185) the police did not make; "the president survived an
assassination attempt" was its target.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 5, 1)


def modes(coder, text):
    return {(e.cameo, e.mode) for e in coder.code(text, date=DATE).events}


@pytest.mark.parametrize("text, stopped", [
    ("Russia vetoed a UN Security Council resolution condemning the annexation.", "111"),
    ("China blocked a resolution condemning North Korea.", "111"),
])
def test_what_a_veto_stops_is_not_done(coder, text, stopped):
    got = modes(coder, text)
    assert ("129", "asserted") in got
    assert (stopped, "asserted") not in got and (stopped, "negated") in got


def test_a_foiled_attempt_was_made_by_someone_else(coder):
    assert asserted_triples(coder, "Police foiled an assassination attempt on President Ruto.", DATE) \
        == [(None, "KENGOV", "185")]


def test_a_foiled_plot_kills_no_one(coder):
    got = coder.code("Police foiled a plot to kill the president.", date=DATE).events
    assert [(e.source, e.cameo) for e in got if e.mode == "asserted"] == [(None, "185")]
    assert all(e.mode == "negated" for e in got if e.cameo.startswith("19"))


def test_a_thwarted_attempt_is_still_an_attempt(coder):
    got = asserted_triples(coder, "An attempt to assassinate the deputy governor of the Tyumen region was "
                                  "thwarted in Khanty-Mansiysk, the city's police reported.", DATE)
    assert [c for s, t, c in got] == ["185"]


def test_the_survivor_of_an_attempt_was_its_target(coder):
    assert asserted_triples(coder, "President Ruto survived an assassination attempt.", DATE) \
        == [(None, "KENGOV", "185")]
