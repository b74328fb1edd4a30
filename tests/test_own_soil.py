"""The doer's own soil is no target: "Maduro expelled the German ambassador from Venezuela"
is aimed at Germany, not at Venezuela.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 1, 10)


def test_expelling_from_ones_own_state_is_aimed_at_the_expelled(coder):
    triples = asserted_triples(coder, "Maduro expelled the German ambassador from Venezuela.", DATE)
    assert ("VENGOV", "DEUGOV", "161") in triples and not any(t == "VEN" for s, t, c in triples), triples


def test_leaving_another_state_still_targets_it(coder):
    assert ("RUS", "SYR", "0874") in asserted_triples(coder, "Russia withdrew its troops from Syria.", DATE)
