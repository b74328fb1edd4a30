"""A cyberattack whose doer the text does not name is coded on its target alone, as violence
is (extractor.CYBERATTACK); a company's own systems are no party.  Sentences written for
these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 2, 1)


@pytest.mark.parametrize("text, expected", [
    ("Hackers launched a cyberattack on Ukraine's power grid.", [(None, "UKR", "176")]),
    ("A cyberattack hit Ukraine's power grid.", [(None, "UKR", "176")]),
    ("The company said a cyberattack disrupted its systems.", []),
])
def test_a_cyberattack_by_no_one_named(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected
