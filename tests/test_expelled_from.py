"""Sent out of a state with no agent named: the state named after "from" did it."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


@pytest.mark.parametrize("text, expected", [
    ("The French ambassador was expelled from Niger.", [("NER", "FRAGOV", "161")]),
    ("Two Russian diplomats were expelled from Poland on Friday.", [("POL", "RUSGOV", "161")]),
    ("Hundreds of Afghan migrants were deported from Pakistan.", [("PAK", "AFGREF", "174")]),
])
def test_the_state_sent_out_of_is_the_doer(coder, text, expected):
    assert coded(coder, text) == expected


def test_an_agent_named_stays_the_doer_and_the_state_is_no_target(coder):
    got = coded(coder, "The ambassador was expelled from Niger by the military junta.")
    assert [(s, c) for s, _, c in got] == [("GOV", "161")]
    assert got[0][1] != "NER"  # the state they leave is no party to it


def test_the_deported_stay_the_target(coder):
    got = coded(coder, "The United States deported hundreds of migrants from Texas to Mexico.")
    assert [(s, t) for s, t, _ in got] == [("USA", "REF")]
