"""Wrong countries from ambiguous or partial place names (our own sentences): a place's own name
beats another's alternate name, a name several countries share stays unplaced unless the text or
one country's size settles it, and a place's name inside a longer name is not that place."""
import pytest

from communique.places import geocode


@pytest.mark.parametrize("name, country", [
    ("Florida", "USA"),      # the state; 'Florida' is also an alternate name of Floridablanca (Colombia)
    ("Antioch", "USA"),      # not Antakya, whose old name it is
    ("Birmingham", "GBR"),   # five times Birmingham, Alabama
    ("Paris", "FRA"),
    ("Peking", "CHN"),       # an alternate name still places when no place has it as its own
])
def test_a_place_of_that_very_name_wins(name, country):
    hit = geocode(name)
    assert hit is not None and hit.country == country, hit


@pytest.mark.parametrize("name", ["Salisbury", "San Juan", "Cambridge"])
def test_a_name_several_countries_share_stays_unplaced_without_a_hint(name):
    assert geocode(name) is None


@pytest.mark.parametrize("name, hint", [("Salisbury", "GBR"), ("San Juan", "PRI"), ("San Juan", "ARG")])
def test_the_hinted_country_settles_a_shared_name(name, hint):
    assert geocode(name, {hint}).country == hint


def test_an_event_in_a_state_that_is_also_a_foreign_town(coder):
    d = coder.code("The Reform Party nominated the ticket, granting it ballot access in Florida.",
                   date="2020-06-21", doc_id="t")
    places = [e.location for e in d.events if e.location is not None]
    assert places and all(p.country == "USA" for p in places), places
