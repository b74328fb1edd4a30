"""A body that suspends or expels a member state cuts its ties with it (CAMEO 161): the state
named as the object is the party, also when the small model calls it a title or a person
("suspended Niger", "suspended Mali"), and also when a "from" names the body it is suspended
from.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 8, 1)


@pytest.mark.parametrize("text, expected", [
    ("ECOWAS suspended Niger after the coup.", ("IGOWAFECW", "NER", "161")),
    ("The African Union suspended Mali.", ("IGOAFRAFU", "MLI", "161")),
    ("The UN General Assembly suspended Russia from the Human Rights Council.", ("IGOUNO", "RUS", "161")),
])
def test_a_suspended_member_state_is_the_target(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]


def test_a_suspended_player_is_no_event(coder):
    assert asserted_triples(coder, "The club suspended Jackson for two games.", DATE) == []
