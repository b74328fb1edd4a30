"""A verb of force with a score or a winning margin tells a game's result, not a fight
(grammar.yaml score_units): sport pages name countries as often as war reports do.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 12, 19)


@pytest.mark.parametrize("text", [
    "France beat England 2-1.",
    "Argentina beat France 4-2 on penalties.",
    "India beat Pakistan by 89 runs.",
    "Spain beat Italy by two goals in Madrid.",
])
def test_a_score_or_a_margin_is_a_game(coder, text):
    triples = asserted_triples(coder, text, DATE)
    assert not [c for s, t, c in triples if c[:2] in ("18", "19", "20")], triples


@pytest.mark.parametrize("text, expected", [
    ("Police beat protesters with batons in Minsk.", ("BLRCOP", "BLROPP", "175")),
    ("Israeli jets struck 2 targets in Gaza.", ("ISR", "PSE", "195")),
])
def test_numbers_that_are_no_score_leave_the_fight(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)
