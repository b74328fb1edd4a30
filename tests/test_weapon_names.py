"""A name right before a noun of weapons or craft is the kind of weapon, no one
(name_words.yaml weapon_heads): the recipient of "promised Javelin missiles to Ukraine" is
Ukraine.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 3, 9)


@pytest.mark.parametrize("text, expected", [
    ("Britain promised Javelin missiles to Ukraine.", ("GBR", "UKR")),
    ("The US pledged Abrams tanks to Ukraine.", ("USA", "UKR")),
])
def test_a_weapons_name_is_no_party(coder, text, expected):
    assert expected in {(s, t) for s, t, c in asserted_triples(coder, text, DATE)}
