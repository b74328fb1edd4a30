"""Soldiers "in" a country are not of it (they may be foreign), but government troops are the
government's: they take the country the place or the sentence names.  Our own sentences."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2020, 12, 20)


def test_government_troops_are_of_the_country_named(coder):
    triples = asserted_triples(coder, "Rebels attacked government troops in the Central African Republic.", DATE)
    assert ("CAFREB", "CAFMIL", "180") in triples, triples


def test_plain_troops_in_a_country_stay_unplaced(nlp, finder):
    got = {a.text: a for a in finder.find(nlp("Troops in Mali killed ten militants."), date=DATE)}
    troops = next(a for t, a in got.items() if t.startswith("Troops"))
    assert troops.country is None, troops
