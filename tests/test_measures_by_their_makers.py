"""A measure or a deed told by a relative clause with it as the object ("the law Ukraine
passed", "the sanctions the United States imposed") is its maker's: an act on it is
aimed at the maker.  Naming a measure is not making it ("the policies Trump mentioned").
Sentences written for these tests."""
from asserted_events import asserted_triples


def test_a_measure_is_its_makers(coder):
    assert ("RUS", "UKR", "111") in asserted_triples(coder, "Russia criticized the law Ukraine passed.")


def test_a_measure_named_by_someone_is_not_theirs(coder):
    triples = asserted_triples(coder, "Russia criticized the policies Ukraine mentioned.")
    assert not [t for t in triples if t[1] == "UKR"], triples
