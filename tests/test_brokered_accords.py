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
