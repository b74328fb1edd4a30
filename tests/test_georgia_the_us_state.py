"""Georgia, the US state, shares its name with the state of Georgia: it is meant when the
document names a town or a region of the US, never for the United States named alone.
Sentences written for these tests."""
import pytest

from communique.actors import ActorFinder
from communique.nlp import load


@pytest.fixture(scope="module")
def finder():
    return ActorFinder()


def _georgia(finder, text):
    doc = load()(text)
    return next((m.kind, m.country if m.kind != "place" else None) for m in finder.mentions(doc)
                if doc[m.start:m.end].text.endswith("Georgia"))


@pytest.mark.parametrize("text", [
    "Senators Marco Rubio of Florida and David Perdue of Georgia voted against the bill.",
    "The debate was held in Atlanta, Georgia.",
])
def test_georgia_among_us_places_is_the_us_state(finder, text):
    kind, _ = _georgia(finder, text)
    assert kind == "place"


@pytest.mark.parametrize("text", [
    "Georgia accused Russia of occupying its territory.",
    "The United States criticized Georgia over the foreign agents law.",
    "Protesters rallied in Tbilisi, the capital of Georgia.",
])
def test_georgia_alone_or_beside_the_united_states_is_the_state(finder, text):
    assert _georgia(finder, text) == ("state", "GEO")


def test_the_us_state_resolves_to_the_us():
    from communique.actors.gazetteer import load_gazetteer
    assert {e.codes[0][0] for e in load_gazetteer().lookup("Georgia")} == {"GEO", "USA"}
