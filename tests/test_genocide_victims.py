"""A state's or a people's adjective on "genocide" names whom it was done to, never its doer.
Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2020, 1, 15)


def test_the_armenian_genocide_is_not_armenias_act(coder):
    triples = asserted_triples(coder, "Turkey would not accept the US Congress resolution recognising the "
                                      "Armenian genocide.", DATE)
    assert ("TUR", "USALEG", "120") in triples, triples
    assert not any(s == "ARM" for s, _, _ in triples), triples


def test_a_genocide_adjective_is_whom_it_was_done_to(coder):
    roles_of = coder.code("Armenians commemorated the Armenian genocide on Sunday.", date=DATE).events
    assert not any(e.source is not None and e.source.code == "ARM" and e.cameo.startswith("20") for e in roles_of)
