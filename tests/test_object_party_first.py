"""The object a trigger asks for is the target when it is another state's party, before any
phrase after it: "summoned the Iranian ambassador over the execution of a German citizen"
is aimed at Iran's envoy, not at the executed citizen.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 1, 10)


@pytest.mark.parametrize("text, expected", [
    ("Germany summoned the Iranian ambassador over the execution of a German citizen.", [("DEU", "IRNGOV", "110")]),
    ("The junta in Mali expelled the French ambassador over his comments.", [("MLIGOV", "FRAGOV", "161")]),
    ("Russia deployed troops to the border.", [("RUS", None, "154")]),
])
def test_the_object_asked_for_is_the_target(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected
