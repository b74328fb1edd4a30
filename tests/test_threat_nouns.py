"""A threat told as a noun is a threat, and what it threatens is not done: "Turkey's
threats to invade northern Syria" are no invasion.  A place taken by force is an
occupation (192), named or not.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 10, 7)


@pytest.mark.parametrize("text", [
    "Turkey's threats to invade northern Syria have alarmed the Kurds.",
    "The Kurds dismissed Turkey's threat to invade Syria.",
])
def test_a_threatened_invasion_is_a_threat_not_an_invasion(coder, text):
    triples = asserted_triples(coder, text, DATE)
    assert not any(c.startswith("19") for s, t, c in triples), triples
    assert any(s == "TUR" and t == "SYR" and c.startswith("138") for s, t, c in triples), triples


def test_what_a_proposal_proposes_is_not_done(coder):
    events = coder.code("Iran's proposal to hold talks with the United States surprised Washington.", date=DATE).events
    assert not any(e.cameo.startswith("04") and e.mode == "asserted" for e in events), events


def test_a_named_place_captured_is_occupied(coder):
    assert ("AFGREB", "AFG", "192") in asserted_triples(coder, "The Taliban launched an offensive to capture Kunduz.", DATE)


def test_the_refusal_is_aimed_at_whom_its_infinitive_names_and_refuses_it(coder):
    events = coder.code("Democrats cited the Republicans' refusal to consider President Barack Obama's nomination "
                        "of Merrick Garland.", date=DATE).events
    assert any(e.cameo.startswith("12") and e.target is not None and e.target.code == "USAGOV" for e in events), events
    assert not any(e.cameo == "014" and e.mode == "asserted" for e in events), events
