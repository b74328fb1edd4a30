"""One private person hurt by force ("a woman", "a man": a word for anyone, roles.tsv UNK)
is a civilian, CAMEO CVL, of where the act happens, as people counted are.  Sentences
written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Gunmen killed a woman in Kabul.", [("UAF", "AFGCVL", "180")]),
    ("Soldiers shot a man near Hebron.", [("MIL", "PSECVL", "193")]),
    ("Police beat a man to death in Lagos.", [("NGACOP", "NGACVL", "1823")]),
])
def test_one_person_hurt_is_a_civilian_of_the_place(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected


def test_one_person_arrested_stays_of_the_place_only(coder):
    # (the law acts on suspects and officials too: no sector is guessed for them)
    assert asserted_triples(coder, "Police arrested a man in Paris.", DATE) == [("FRACOP", "FRA", "173")]
