"""Roles flagged ``definite`` (roles.tsv) are roles only right after "the".
Sentences written for these tests."""
import datetime as dt

from communique.actors.roles import load_roles

DATE = dt.date(2021, 3, 2)


def _codes(coder, text):
    return [(a.text, a.code) for a in coder.code(text, date=DATE).actors]


def test_the_flag_is_read():
    roles = load_roles()
    house = roles.get("House")
    assert house is not None and house.definite and house.case and house.sector == "LEG"


def test_the_house_is_a_legislature_of_the_story_s_state(coder):
    text = ("The US Senate and President Joe Biden disagreed on Monday. "
            "The House passed a bill to fund the government. Biden criticized the Senate.")
    assert ("The House", "USALEG") in _codes(coder, text)


def test_a_house_that_is_not_the_house(coder):
    codes = dict(_codes(coder, "The Opera House hosted the minister. House prices rose in Canada."))
    assert all(c is None or "LEG" not in c for c in codes.values()), codes
