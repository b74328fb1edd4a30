"""A claim of responsibility is aimed at the attack's victim, not at the weapon named
in front of the attack ("a drone attack").  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2019, 9, 15)


def test_a_claimed_drone_attack_is_aimed_at_its_victim(coder):
    triples = asserted_triples(coder, "The Houthis claimed responsibility for a drone attack on a Saudi oil "
                                      "facility.", DATE)
    claims = [t for t in triples if t[2] == "015"]
    assert claims == [("YEMREB", "SAU", "015")], triples
