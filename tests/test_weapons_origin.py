"""Where a weapon was made is not who used it ("Russian-made missiles", "US-made rockets"),
while the nationality of the weapons alone still is ("Russian missiles hit Kyiv"); drones
launched or fired at a target are an air attack (195), drones sent to a state are supply."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

D = dt.date(2022, 11, 1)


def coded(coder, text):
    return sorted(asserted_triples(coder, text, D))


@pytest.mark.parametrize("text, expected", [
    ("Russian-made missiles hit Kyiv overnight.", [(None, "UKR", "194")]),
    ("US-made rockets struck a Russian base.", [(None, "RUS", "194")]),
    ("Russian missiles hit Kyiv overnight.", [("RUS", "UKR", "194")]),
])
def test_maker_is_not_the_user(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The Houthis launched Iranian-made drones at Saudi oil facilities.", [("YEMREB", "SAU", "195")]),
    ("Russia launched drones at Kyiv overnight.", [("RUS", "UKR", "195")]),
    ("Iran sent drones to Russia.", [("IRN", "RUS", "072")]),
])
def test_drones(coder, text, expected):
    assert coded(coder, text) == expected


def test_drones_launched_to_watch_are_no_attack(coder):
    assert coded(coder, "The army launched drones to monitor the border.") == []
