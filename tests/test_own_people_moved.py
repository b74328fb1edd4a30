"""A state's own people moved out of another state are no other party; the state they leave
is: "the US pulled its diplomats from Iraq" is USA -> IRQ, and "its diplomats from Iraq" are
not Iraqi.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 1, 10)


@pytest.mark.parametrize("text, expected", [
    ("The US pulled its diplomats from Iraq.", ("USA", "IRQ", "161")),
    ("China evacuated its citizens from Ukraine.", ("CHN", "UKR", "073")),
])
def test_own_people_moved_out_leave_a_state(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_people_from_a_state_with_no_owner_are_its_own(nlp, finder):
    got = {a.text: a for a in finder.find(nlp("The diplomats from Iraq met Blinken."), date=DATE)}
    assert any(a.code == "IRQGOV" for a in got.values()), got
