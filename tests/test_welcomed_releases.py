"""A release welcomed, praised or condemned is aimed at who released, never at the released.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Canada welcomed the release of two Canadians by China.", ("CAN", "CHN", "051")),
    ("The United States welcomed the release of the hostages by Hamas.", ("USA", "PSEREB", "051")),
    # (what the released are does not make the welcome another kind of act)
    ("Britain welcomed Iran's release of the British-Iranian aid worker.", ("GBR", "IRN", "051")),
    ("Germany welcomed the release of the journalist.", ("DEU", None, "051")),
])
def test_a_welcomed_release_is_aimed_at_the_releaser(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]


def test_welcomed_aid_workers_are_still_access(coder):
    assert asserted_triples(coder, "Sudan welcomed aid workers.", DATE)[0][2] == "0863"
