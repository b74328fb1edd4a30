"""An aside on a placed actor ("Kim Jong Un, who met Vladimir Putin in September, fired a
missile") tells an event of that actor: the relative pronoun is the noun it hangs on. A
restrictive clause on a crowd ("people who fear inflation") names no one, so it codes nothing.
Military action not ruled out is a threat of force (138), not a negated rejection."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

D = dt.date(2023, 11, 1)


def coded(coder, text):
    return sorted(asserted_triples(coder, text, D), key=str)


@pytest.mark.parametrize("text, expected", [
    ("Kim Jong Un, who met Vladimir Putin in September, fired a missile.",
     ("PRKGOV", "RUSGOV", "040")),
    ("French President Emmanuel Macron, who visited Algeria in August, apologised for colonial crimes.",
     ("FRAGOV", "DZA", "042")),
    ("The Iranian foreign minister, who held talks with his Qatari counterpart, criticised the sanctions.",
     ("IRNGOV", "QATGOV", "046")),
])
def test_aside_events(coder, text, expected):
    assert expected in coded(coder, text)


@pytest.mark.parametrize("text", [
    "Voters who fear Venezuela-style inflation should back the party.",
    "Republicans, who fear Venezuela-style inflation, should back the party.",  # no placed body or person
])
def test_no_event_from_a_crowd_clause(coder, text):
    assert not [c for _, t, c in coded(coder, text) if t == "VEN"]


@pytest.mark.parametrize("text, expected", [
    ("The United States has not ruled out military action against Iran.", [("USA", "IRN", "138")]),
    ("The US did not rule out the use of force against North Korea.", [("USA", "PRK", "138")]),
])
def test_force_not_ruled_out_is_a_threat(coder, text, expected):
    assert coded(coder, text) == expected


def test_ruling_out_force_is_still_a_rejection(coder):
    assert coded(coder, "Russia ruled out military action against Ukraine.") == [("RUS", "UKR", "120")]
    # and not ruling out elections threatens no one
    assert not [c for _, _, c in coded(coder, "The minister did not rule out new elections.") if c.startswith("13")]
