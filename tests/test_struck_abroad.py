"""A state's military force on a place abroad that names no one there is aimed at the
place's state ("Israeli jets struck targets near Damascus"), as "struck targets in Syria"
is; at home it names no target.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 18)


@pytest.mark.parametrize("text, expected", [
    ("Israeli jets struck targets near Damascus.", ("ISR", "SYR", "195")),
    ("Russian warplanes bombed the outskirts of Idlib on Tuesday.", ("RUSMIL", "SYR", "195")),
])
def test_force_on_a_place_abroad_is_aimed_at_its_state(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_force_at_home_names_no_target(coder):
    triples = asserted_triples(coder, "Syrian jets struck targets near Idlib.", DATE)
    assert triples and all(t is None for s, t, c in triples), triples
