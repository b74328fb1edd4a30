"""Who judged a thing is no party to what is done to it: vetoing "a media law criticized by
the United States" is not aimed at the United States, while "the plan proposed by Ethiopia"
and "the law passed by Congress" are their makers'.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 12, 27)


def test_a_critic_of_a_vetoed_law_is_no_target(coder):
    triples = asserted_triples(coder, "Poland's president vetoed a media law criticized by the United States.", DATE)
    assert ("POLGOV", None, "129") in triples and not any(s == "POLGOV" and t == "USA" for s, t, c in triples), triples


def test_a_maker_of_a_rejected_plan_is_the_target(coder):
    assert ("EGY", "ETH", "127") in asserted_triples(coder, "Egypt rejected the plan proposed by Ethiopia.", DATE)
