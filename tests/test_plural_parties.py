"""Lists of parties: coordinated nationalities on one noun, several parties meeting for one
purpose, and "they" for the last list that was a clause's subject.  Sentences written for
these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


def test_counterparts_of_several_nationalities_are_each_a_party(coder):
    text = "Kenyan Foreign Minister Raychelle Omamo and her Ugandan and Tanzanian counterparts met in Nairobi."
    pairs = {frozenset((s, t)) for s, t, c in asserted_triples(coder, text, DATE) if c.startswith("04")}
    assert {frozenset(("KENGOV", "UGAGOV")), frozenset(("KENGOV", "TZAGOV"))} <= pairs, pairs


def test_a_meeting_of_three_held_to_talk_is_three_pairs(coder):
    # the purpose ("to discuss") is the meeting's own: folding it must not fold the pairs into one
    text = "Chile, Peru and Bolivia met in Lima on Monday to discuss water rights."
    pairs = {frozenset((s, t)) for s, t, c in asserted_triples(coder, text, DATE) if c.startswith("04")}
    assert pairs == {frozenset(p) for p in (("CHL", "PER"), ("CHL", "BOL"), ("PER", "BOL"))}, pairs


def test_one_party_named_twice_meets_no_one(coder):
    text = ("Egyptian Foreign Minister Sameh Shoukry and his Greek and French counterparts, Nikos Dendias "
            "and Jean-Yves Le Drian, respectively, gathered in Cairo to discuss the crisis.")
    triples = [(s, t) for s, t, c in asserted_triples(coder, text, DATE) if c.startswith("04")]
    assert triples and all(s != t and s and t for s, t in triples), triples
    assert {frozenset(p) for p in triples} == {frozenset(p) for p in
                                              (("EGYGOV", "GRCGOV"), ("EGYGOV", "FRAGOV"), ("GRCGOV", "FRAGOV"))}


def test_they_is_the_last_list_of_parties(coder):
    text = ("Kenyan Foreign Minister Raychelle Omamo and her Ugandan and Tanzanian counterparts met in Nairobi. "
            "The Rwandan foreign minister joined the talks as an observer. "
            "They called on Burundi to release the detained journalists.")
    asked = {s for s, t, c in asserted_triples(coder, text, DATE) if c.startswith("02") and t and t.startswith("BDI")}
    assert asked == {"KENGOV", "UGAGOV", "TZAGOV"}, asserted_triples(coder, text, DATE)


def test_they_after_a_plural_that_is_no_list_names_nobody(coder):
    text = ("Chile and Peru signed a trade deal on Monday. Protesters marched in Lima. "
            "They condemned the government.")
    condemned = [s for s, t, c in asserted_triples(coder, text, DATE) if c.startswith("11")]
    assert not any(s and s[:3] == "CHL" for s in condemned), condemned


def test_they_for_a_list_of_one_country_names_nobody(coder):
    # police and protesters of one country: "they" could be either side
    text = "Protesters and police clashed in Paris. They threw stones."
    triples = asserted_triples(coder, text, DATE)
    assert not [s for s, t, c in triples if c.startswith("14") and s and s.endswith("COP")], triples
