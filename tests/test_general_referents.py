""""The move", "the decision", "the measures": the latest earlier deed of any kind,
aimed at whoever did it."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


@pytest.mark.parametrize("text, expected", [
    ("Russia expelled two Estonian diplomats. Estonia condemned the move.", ("EST", "RUS", "111")),
    ("Israel recalled its ambassador from Turkey. Ankara criticized the decision.", ("TURGOV", "ISR", "111")),
    ("The United States imposed new sanctions on Iranian oil exports. Tehran called the measures illegal.",
     ("IRNGOV", "USA", "111")),
])
def test_a_general_noun_names_the_latest_deed(coder, text, expected):
    assert expected in coded(coder, text)


def test_words_and_meetings_are_no_deed_it_names(coder):
    got = coded(coder, "Trump said Iran was a threat. China criticized the move.")
    assert not any(s == "CHN" and t is not None for s, t, _ in got)
