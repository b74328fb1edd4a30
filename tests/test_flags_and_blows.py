"""A ship or firm named after the state that flags or owns it is that state's ("a
British-flagged oil tanker": GBRBUS, no longer a bare BUS beside a stray 'a British'); a
place struck or hit is attacked (the lexicon's @gpe object), but a state hit "with tariffs"
or "with sanctions" takes an economic blow (163), not force."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

D = dt.date(2021, 6, 1)


def coded(coder, text):
    return sorted(asserted_triples(coder, text, D), key=str)


@pytest.mark.parametrize("text, expected", [
    ("Iran seized a British-flagged oil tanker in the Strait of Hormuz.", [("IRN", "GBRBUS", "1711")]),
    ("The government fined a Chinese-owned company.", [("GOV", "CHNBUS", "116")]),
])
def test_flag_and_owner(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Trump hit China with tariffs.", [("USAELI", "CHN", "163")]),
    ("The US hit Russia with new sanctions.", [("USA", "RUS", "163")]),
    ("Biden struck China with export controls.", [("USAGOV", "CHN", "163")]),
    ("Israel hit Gaza with airstrikes.", [("ISR", "PSEGZA", "195")]),
])
def test_blows_economic_and_military(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text", ["The storm hit Manila.", "The sanctions hit Russia hard."])
def test_no_doer_no_attack(coder, text):
    assert coded(coder, text) == []

