"""A weapon of no country that a state's military reports striking another state's people
is that military's own ("a drone strike killed an al-Shabaab commander in Somalia, the US
military said"); not one that struck the speaker's side.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 2, 1)


@pytest.mark.parametrize("text, source", [
    ("A drone strike killed a senior al-Shabaab commander in Somalia, the US military said.", "USAMIL"),
    ("The Israeli military said a drone strike killed a Hezbollah commander in southern Lebanon.", "ISRMIL"),
    # (the speaker's own side struck: the drone is the means, and the doer stays unknown)
    ("The Ukrainian military said a drone strike killed three civilians in Kharkiv.", None),
])
def test_a_militarys_own_strike(coder, text, source):
    assert [t[0] for t in asserted_triples(coder, text, DATE)] == [source]


@pytest.mark.parametrize("text, target", [
    ("A drone strike killed three people in Kharkiv.", "UKRCVL"),
    ("Ten people were killed in an air strike in Marib.", "YEMCVL"),
])
def test_no_place_stands_in_for_who_struck_from_the_air(coder, text, target):
    # where an air or drone strike fell is not where it came from
    (source, got_target, code), = asserted_triples(coder, text, DATE)
    assert (source, got_target) == (None, target)
    assert code.startswith("195")


def test_a_car_bomb_still_has_its_place_for_its_doer(coder):
    assert asserted_triples(coder, "A car bomb killed 20 people in Baghdad.", DATE)[0][:2] == ("IRQ", "IRQCVL")
