"""People counted by a word for anyone ("30 women", "five men") are the victims of the harm
or abduction done to them: civilians of where they were hit (as a bare number is)."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Boko Haram fighters abducted 30 women in Borno state, Nigeria on Sunday.", [("NGAREB", "NGACVL", "181")]),
    ("Gunmen abducted 30 women in Nigeria.", [("UAF", "NGACVL", "181")]),
])
def test_counted_people_are_civilians_of_the_place(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected


def test_a_count_of_arrests_names_no_party(coder):
    got = asserted_triples(coder, "Five men were arrested in Paris.", D)
    assert all(t is None for _, t, _ in got)
