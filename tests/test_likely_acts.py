"""What is only called likely or unlikely is weighed, not reported (modality.yaml
hypothetical_verbs: likely, unlikely), as a predicate adjective or as the adjective of a
copula that governs the clause ("it is likely that ...").  Sentences written for these tests."""
import datetime as dt

import pytest

DATE = dt.date(2023, 6, 1)


def modes(coder, text):
    return [(e.cameo[:2], e.mode) for e in coder.code(text, date=DATE).events]


@pytest.mark.parametrize("text, expected", [
    ("Putin is unlikely to attend the summit in South Africa.", [("04", "hypothetical")]),
    ("Russia is likely to launch a new offensive in the spring.", [("19", "hypothetical")]),
    ("It is likely that China will invade Taiwan.", [("19", "hypothetical")]),
    ("It is unlikely that Putin will attend the summit.", [("04", "hypothetical")]),
    ("It is clear that Russia attacked Ukraine.", [("19", "asserted")]),
])
def test_a_chance_weighed_is_no_report(coder, text, expected):
    assert modes(coder, text) == expected
