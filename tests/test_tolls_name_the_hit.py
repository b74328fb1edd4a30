"""A trailing toll names whom an attack on a place hit: "stormed a church in northern Burkina
Faso, killing 14 worshippers".  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2024, 1, 15)


@pytest.mark.parametrize("text, expected", [
    ("Armed men stormed a church in northern Burkina Faso on Sunday, killing 14 worshippers, officials said.",
     ("UAF", "BFAREL", "180")),
    # (victims of no state of their own are of the place's)
    ("Russian missiles struck a shopping centre in Kremenchuk, killing 20 people.", ("RUS", "UKRCVL", "194")),
])
def test_the_toll_names_whom_the_place_stood_for(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_a_named_target_keeps_its_place(coder):
    assert ("UAF", "NGACOP", "180") in asserted_triples(
        coder, "Gunmen attacked a police station in Katsina, killing four officers.", DATE)

