"""A thing named with its owner by a participle ("facilities belonging to X", "a plant
owned by X") is X's: an act on the thing is on X.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2019, 9, 15)


def test_an_attack_on_a_thing_owned_by_someone_is_on_its_owner(coder):
    triples = asserted_triples(coder, "Houthi rebels attacked an oil facility owned by Saudi Aramco.", DATE)
    assert ("YEMREB", "SAUBUS", "180") in triples or any(s == "YEMREB" and t == "SAUBUS" for s, t, c in triples), triples


def test_belonging_to(coder):
    triples = asserted_triples(coder, "Houthi rebels attacked oil facilities belonging to Saudi Aramco.", DATE)
    assert any(t == "SAUBUS" for s, t, c in triples), triples
