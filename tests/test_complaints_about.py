"""A complaint made to one party about another's act is aimed at the other ("complained to
the United Nations over Israeli air raids").  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(1996, 4, 16)


def test_a_complaint_to_the_un_about_raids_is_aimed_at_the_raider(coder):
    triples = asserted_triples(coder, "Lebanon complained to the United Nations on Tuesday over two Israeli "
                                      "air raids.", DATE)
    assert ("LBN", "ISR", "110") in triples, triples


def test_a_complaint_about_nobody_stays_with_its_addressee(coder):
    assert ("IRN", "IGOUNO", "110") in asserted_triples(coder, "Iran complained to the UN.", DATE)
