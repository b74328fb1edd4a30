""""It", the doer of an act, is the body that was the subject just before: a state, an
organisation or one state body, never a person; not an "it" of weather or of a judgement
("it is likely"), nor one undergoing an act.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 8, 25)


@pytest.mark.parametrize("text, expected", [
    ("The Chinese foreign ministry summoned the Japanese ambassador on Tuesday. It protested Japan's decision "
     "to release treated water.", ("CHNGOV", "JPN", "114")),
    ("The Syrian Democratic Forces announced it had entered into an agreement with the government of Syria.",
     ("SYRREB", "SYRGOV", "057")),
])
def test_it_is_the_body_just_named(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


@pytest.mark.parametrize("text", [
    "Putin met Erdogan on Friday. It protested the decision.",
    "Norway is willing to help defend Saudi Arabia if it is attacked.",
])
def test_no_body_for_it(coder, text):
    events = coder.code(text, date=DATE).events
    assert not any(e.source is not None and e.source.text.lower() == "it" for e in events)
    assert not any(e.target is not None and e.target.text.lower() == "it" for e in events)
