"""What is fired or launched is the means, never the party it is aimed at; a craft shot down
still is.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("North Korea fired a cruise missile into the sea.", ("PRK", None, "194")),
    ("The Houthis fired a missile at Israel.", ("YEMREB", "ISR", "194")),
    ("The army shot down two drones.", ("MIL", None, "190")),
])
def test_a_weapon_fired_is_no_party(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]


def test_a_craft_shot_down_is_still_hit(coder):
    triples = asserted_triples(coder, "Iran shot down a Ukrainian passenger jet.", DATE)
    assert triples and triples[0][1] is not None and triples[0][1].startswith("UKR"), triples
