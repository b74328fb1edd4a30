"""A body named by its role alone takes the country of the one state its sentence names,
except when that state is named only as the nationality of whom the body acts on: "Police
arrested two Chinese nationals" says nothing of whose police they are.  Sentences written
for these tests."""
import datetime as dt

import pytest

DATE = dt.date(2022, 2, 1)


def source_of(coder, text):
    events = [e for e in coder.code(text, date=DATE).events if e.mode == "asserted"]
    assert events
    return events[0].source.code


@pytest.mark.parametrize("text, source", [
    ("Police arrested two Chinese nationals.", "COP"),
    ("Police detained three American citizens.", "COP"),
    # where the body acts, or a state named on its own side, still places it
    ("Police in Nairobi arrested two Chinese nationals.", "KENCOP"),
    ("Relatives of the boy attended the renaming ceremony on the Spanish island of Majorca.", "ESPCVL"),
])
def test_whom_a_body_acts_on_does_not_place_it(coder, text, source):
    assert source_of(coder, text) == source
