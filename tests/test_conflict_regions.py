"""Regions of conflict known by English names the ISO tables give otherwise, and "Congo",
a name of two states: the one the document names otherwise (states.tsv;
finder._settle_shared_names, matcher._settle_places). Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 11, 20)


@pytest.mark.parametrize("name, code", [
    ("North Kivu", "COD"), ("South Kivu", "COD"), ("Tigray", "ETH"), ("Marib", "YEM"), ("Hodeidah", "YEM"),
])
def test_a_region_is_of_its_state(finder, name, code):
    found = finder.resolve(name)
    assert found is not None and found.code.startswith(code), found


def test_congo_is_the_congo_a_region_names(coder):
    got = asserted_triples(coder, "Rebels killed 20 people in North Kivu, Congo.", DATE)
    assert any((t or "").startswith("COD") for s, t, c in got), got


def test_congo_alone_stays_the_republic(finder):
    assert finder.resolve("Congo").code == "COG"
