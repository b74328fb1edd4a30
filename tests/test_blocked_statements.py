"""Members blocking a body's statement or declaration veto it (129).  Sentences written for
these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("China and Russia blocked a UN statement condemning North Korea's missile launches.", ("CHN", "IGOUNO", "129")),
    ("Hungary blocked an EU declaration criticizing China.", ("HUN", "IGOEUREEC", "129")),
])
def test_a_blocked_statement_is_vetoed(coder, text, expected):
    triples = asserted_triples(coder, text, DATE)
    assert expected in triples, triples
    assert not any(c == "111" for _, _, c in triples), triples  # (the condemnation never came)
