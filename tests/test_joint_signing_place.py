"""Where parties named together act is no party: "Israel and the UAE signed a
normalization agreement at the White House" is between Israel and the UAE.  Sentences
written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2020, 9, 16)


def test_the_place_of_a_joint_signing_is_no_party(coder):
    triples = asserted_triples(
        coder, "Israel and the UAE signed a normalization agreement at the White House.", DATE)
    assert ("ISR", "ARE", "057") in triples, triples
    assert not any(t == "USAGOV" for s, t, c in triples), triples
