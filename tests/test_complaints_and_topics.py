"""A state's protest is an official complaint (114), a crowd's a demonstration (14x), and a
state whose own name is plural ("The Philippines") is no crowd of its people; what is
discussed is a topic, the party is the one talked with or each other; a call received is
no visit hosted (043); accepting a nomination is no cooperation."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

D = dt.date(2021, 6, 1)


def coded(coder, text):
    return sorted(asserted_triples(coder, text, D), key=str)


@pytest.mark.parametrize("text, expected", [
    ("China protested the visit.", [("CHN", None, "114")]),
    ("The Philippines protested the presence of Chinese ships.", [("PHL", "CHN", "114")]),
    # (a crowd demonstrates, 14x; against its own government: placed_people._unplaced_body)
    ("Thousands of Filipinos protested against the government.", [("PHLOPP", "PHLGOV", "140")]),
])
def test_a_states_protest_is_an_official_complaint(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Putin and Xi discussed Ukraine in a phone call.", [("RUSGOV", "CHNGOV", "046")]),
    ("Putin discussed Ukraine with Xi.", [("RUSGOV", "CHNGOV", "046")]),
    ("Putin discussed Ukraine.", [("RUSGOV", "UKR", "046")]),
])
def test_what_is_discussed_is_a_topic(coder, text, expected):
    assert coded(coder, text) == expected


def test_a_call_received_is_no_visit_hosted(coder):
    assert coded(coder, "The Egyptian president received a phone call from his French counterpart.") == \
        [("FRAGOV", "EGYGOV", "041")]


@pytest.mark.parametrize("text", [
    "Biden accepted the Democratic nomination for president.",
    "Harris accepted the vice presidential nomination.",
])
def test_accepting_a_nomination_is_no_cooperation(coder, text):
    assert coded(coder, text) == []


def test_accepting_a_plan_still_is(coder):
    assert coded(coder, "Iran accepted the proposal.") == [("IRN", None, "037")]
