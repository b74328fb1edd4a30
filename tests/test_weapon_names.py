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


def test_what_an_act_is_done_with_is_no_party(coder):
    # "drones" alone reads as the military (OEDA agents), but after "with" they are the means
    got = asserted_triples(coder, "The Houthis attacked a commercial ship in the Red Sea with drones.", DATE)
    assert got and all(t is None or not t.endswith("MIL") for s, t, c in got), got
    got = asserted_triples(coder, "Israeli forces clashed with Palestinian gunmen in Jenin.", DATE)
    assert any(s == "ISRMIL" and (t or "").startswith("PSE") for s, t, c in got), got
