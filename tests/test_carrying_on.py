"""Carrying on with an act ("pressed ahead with its offensive"): the act is the subject's,
and the verb is no act of its own.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2022, 3, 2)


def test_pressing_ahead_with_an_offensive_is_the_offensive_not_an_appeal(coder):
    triples = asserted_triples(coder, "Russia pressed ahead with its offensive in Ukraine.", DATE)
    assert ("RUS", "UKR", "190") in triples, triples
    assert not [c for s, t, c in triples if c.startswith("02")], triples


def test_pressing_someone_is_still_an_appeal(coder):
    triples = asserted_triples(coder, "The European Union pressed Iran to release the tanker.", DATE)
    assert any(c.startswith("02") and t == "IRN" for s, t, c in triples), triples


def test_moving_forward_with_an_inquiry_is_the_inquiry(coder):
    triples = asserted_triples(coder, "The House of Representatives is moving forward with an official "
                                      "impeachment inquiry into President Trump.", dt.date(2019, 10, 1))
    assert ("USALEG", "USAGOV", "090") in triples, triples
