"""A state's warships or aircraft in another's waters or airspace show force short of using
it (150), aimed at the owner of the waters or airspace; people who are no force entering
waters are no event.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 3, 1)


@pytest.mark.parametrize("text, expected", [
    ("Russian warplanes violated Finnish airspace on Friday.", ("RUSMIL", "FIN", "150")),
    ("Chinese warships entered Japanese territorial waters near the Senkaku Islands.", ("CHNMIL", "JPN", "150")),
    ("Turkey violated Greek airspace 30 times.", ("TUR", "GRC", "150")),
])
def test_craft_in_anothers_waters_or_airspace_show_force(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_migrants_entering_waters_show_no_force(coder):
    triples = asserted_triples(coder, "Migrants from Turkey entered Greek waters on a rubber boat.", DATE)
    assert not [c for s, t, c in triples if c.startswith("15")], triples
