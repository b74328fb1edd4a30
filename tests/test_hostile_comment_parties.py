"""Disapproving, rejecting or threatening over a one-sided act is aimed at its doer, not
at whom it was done for: a favour done is no less the doer's than an attack is.  A pact
condemned is both its parties'.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2020, 10, 26)


def test_condemning_a_favour_done_is_aimed_at_its_doer(coder):
    triples = asserted_triples(coder, "China condemned US arms sales to Taiwan.", DATE)
    assert ("CHN", "USA", "111") in triples, triples
    assert ("CHN", "TWN", "111") not in triples, triples


def test_a_refusal_of_permission_is_aimed_at_who_asked(coder):
    triples = asserted_triples(coder, "The president said he would not give permission to Russia to help Syria.",
                               DATE)
    assert not any(c.startswith("12") and t == "SYR" for s, t, c in triples), triples


def test_a_pact_condemned_is_both_its_parties(coder):
    triples = asserted_triples(coder, "Egypt condemned the agreement between Turkey and Libya.", DATE)
    assert {("EGY", "TUR", "111"), ("EGY", "LBY", "111")} <= set(triples), triples
