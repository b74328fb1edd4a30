"""A preposition whose object the tokenizer split ("re-election") is aimed at the piece that names
someone.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples


def test_a_protest_against_a_re_election_is_aimed_at_the_re_elected(coder):
    triples = asserted_triples(coder, "Thousands of people protested in Minsk on Sunday against the disputed "
                                      "re-election of President Alexander Lukashenko.", dt.date(2020, 8, 25))
    assert ("BLRCVL", "BLRGOV", "140") in triples, triples
