"""Forces deployed are the doer's own; the other party is where they go (extractor._own_forces,
_posture_aim), also when the deployment is a noun whose "to" the parse hangs on the verb.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 10, 3)


@pytest.mark.parametrize("text, expected", [
    ("Kenya's parliament approved the deployment of 1,000 police officers to Haiti.", ("KENLEG", "HTI", "154")),
    ("France deployed troops to Mali.", ("FRA", "MLI", "154")),
])
def test_a_deployment_is_aimed_where_the_forces_go(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_a_deployment_at_home_aims_at_no_one(coder):
    got = asserted_triples(coder, "The government deployed police to the capital.", DATE)
    assert all(t is None for s, t, c in got), got
