"""A ship or a plane named by its kind takes no country from the one state its sentence
names: "Iran seized a tanker" is no Iranian tanker, "a tanker off Yemen" no Yemeni one
(name_words.yaml craft_heads).  Its own demonym still says whose it is.  Sentences written
for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Iran seized a tanker in the Strait of Hormuz.", ("IRN", "BUS", "1711")),
    ("The Houthis attacked a tanker off Yemen.", ("YEMREB", "BUS", "180")),
    ("Iran seized a British tanker in the Strait of Hormuz.", ("IRN", "GBRBUS", "1711")),
])
def test_a_ships_flag_is_its_own(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]
