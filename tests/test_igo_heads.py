"""The head of an international body other than the UN and the EU keeps which body it is
("NATO's secretary general" was IGOGOV: the sector replaced the body), and a body does not
act on its own heads or members' summit."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

D = dt.date(2022, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


@pytest.mark.parametrize("text, expected", [
    ("NATO's secretary general criticised Russia.", [("IGOWSTNATGOV", "RUS", "111")]),
    ("The African Union chairman met the Ethiopian prime minister.", [("IGOAFRAFUGOV", "ETHGOV", "040")]),
    # the UN and the EU were already kept, and a body's own sector code stays as it is
    ("The UN chief criticised Israel.", [("IGOUNOGOV", "ISR", "111")]),
    ("Interpol officers arrested the suspect.", [("IGOCOPINT", None, "173")]),
])
def test_heads_of_bodies(coder, text, expected):
    assert coded(coder, text) == expected


def test_a_body_does_not_meet_itself(coder):
    events = coded(coder, "Leaders of the African Union met for an AU summit in Niamey.")
    assert not [e for e in events if (e[0] or "").startswith("IGO") and (e[1] or "").startswith("IGO")]


def test_un_organs_act_on_each_other(coder):
    events = coded(coder, "The Security Council agreed to extend the mandate of the UN peacekeeping force in Lebanon.")
    assert events and all(s.startswith("IGOUNO") for s, _, _ in events)
