"""Who brokered an accord the parties' own act names mediated between them (045 toward
each party): "Israel and Hamas agreed to a ceasefire brokered by Egypt".  Sentences
written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 5, 21)


@pytest.mark.parametrize("text, mediator, parties", [
    ("Israel and Hamas agreed to a ceasefire brokered by Egypt.", "EGY", ("ISR", "PSEREB")),
    ("Armenia and Azerbaijan signed a peace deal mediated by the United States.", "USA", ("ARM", "AZE")),
    # the accord hangs on what was agreed to, not on the agreeing
    ("Saudi Arabia and Iran agreed to restore diplomatic relations in a deal brokered by China.", "CHN",
     ("SAU", "IRN")),
])
def test_the_broker_mediates_between_the_parties(coder, text, mediator, parties):
    triples = asserted_triples(coder, text, DATE)
    assert {(mediator, p, "045") for p in parties} <= set(triples), triples
    assert (mediator, None, "045") not in triples, triples


def test_the_broker_of_an_accord_told_before(coder):
    text = ("Sudan's army and the Rapid Support Forces agreed to a 72-hour ceasefire. "
            "The truce was brokered by the United States and Saudi Arabia.")
    triples = set(asserted_triples(coder, text, DATE))
    assert {(b, p, "045") for b in ("USA", "SAU") for p in ("SDNMIL", "SDNPRM")} <= triples, triples
    # a deal nobody was told of before is brokered between no one known
    assert all(t[1] is None for t in asserted_triples(coder, "The deal was brokered by Egypt.", DATE))
