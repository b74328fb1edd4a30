"""A vehicle or a weapon someone is made to move or use is never who does what the
infinitive after it says: the verb's subject is (grammar.yaml vehicle_nouns, weapon_nouns).
An actor as the object still does it ("urged Iran to release").  Sentences written for
these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 5, 24)


@pytest.mark.parametrize("text, expected", [
    ("Russia used drones to attack Kyiv.", ("RUS", "UKR", "190")),
    ("The Belarusian authorities forced down a Ryanair plane to arrest a dissident journalist.",
     ("BLRGOV", "BLRMED", "173")),
])
def test_the_user_of_the_instrument_acts(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_an_actor_as_the_object_still_acts(coder):
    triples = asserted_triples(coder, "Turkey persuaded Sweden to extradite the suspects.", DATE)
    assert any(s == "SWE" and c == "063" for s, t, c in triples), triples
    assert not any(s == "TUR" and c == "063" for s, t, c in triples), triples
