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


@pytest.mark.parametrize("name, country", [
    ("North Kivu", "COD"), ("South Kivu", "COD"), ("Shan State", "MMR"), ("Lower Shabelle", "SOM"),
    ("Puntland", "SOM"), ("Hodeidah", "YEM"), ("Far North Region", "CMR"), ("Unity State", "SSD"),
    ("Kharkiv region", "UKR"),
])
def test_the_geocoder_knows_the_english_name(name, country):
    # (regions_aliases.tsv, built into regions.tsv: where an act happened, not only who)
    from communique import places

    hit = places.geocode(name, [])
    assert hit is not None and hit.country == country and hit.feature == "region", hit


def test_soldiers_hit_in_a_region_are_of_its_state(coder):
    got = asserted_triples(coder, "Rebels ambushed a military convoy in North Kivu, killing eight soldiers.", DATE)
    assert got and got[0][1] == "CODMIL", got
