"""The victim of the harm a protest is "over" is not whom the protest is aimed at (grammar.yaml
grievance_nouns). Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 9, 20)


@pytest.mark.parametrize("text", [
    "Thousands protested in Tehran over the death of Mahsa Amini.",
    "Hundreds of protesters were arrested in Tehran after demonstrations over the death of Mahsa Amini.",
])
def test_a_protest_over_a_death_is_not_aimed_at_the_dead(coder, text):
    got = asserted_triples(coder, text, DATE)
    protests = [(s, t) for s, t, c in got if c.startswith("14")]
    assert protests and all(t is None for s, t in protests), got


def test_a_protest_against_someone_keeps_its_target(coder):
    got = asserted_triples(coder, "Protesters rallied against the government in Tbilisi.", DATE)
    assert ("GEOOPP", "GEOGOV", "141") in got, got
