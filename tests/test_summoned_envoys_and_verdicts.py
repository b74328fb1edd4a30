"""What a state summons an envoy to do is its own, and a verdict, a conviction or a ruling
named later is the court's act.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2024, 3, 10)


def test_a_summoner_protests_itself(coder):
    triples = asserted_triples(coder, "Turkish drones struck Kurdish militant positions in northern Iraq, the defence "
                                      "ministry said. Baghdad summoned the Turkish charge d'affaires to protest the "
                                      "strikes.", DATE)
    assert ("IRQ", "TURGOV", "110") in triples, triples
    assert not any(s == "TURGOV" for s, _, _ in triples), triples  # the envoy protests nothing
    assert any(s == "IRQ" and c.startswith("11") and c != "110" for s, _, c in triples), triples


def test_a_summoned_envoy_still_explains(coder):
    # (object control stays for what the envoy is asked to do)
    events = coder.code("The ministry summoned the Russian ambassador to explain the incident.", date=DATE).events
    assert all(e.source is None or e.source.code != "RUSGOV" or e.cameo == "110" for e in events)


@pytest.mark.parametrize("text, expected", [
    ("A court in Moscow sentenced Wall Street Journal reporter Evan Gershkovich to 16 years in prison on espionage "
     "charges. The United States called the verdict a sham.", ("USA", "RUSJUD", "111")),
    ("A Tehran court convicted the British-Iranian aid worker of spying. Britain condemned the conviction.",
     ("GBR", "IRNJUD", "111")),
])
def test_a_verdict_named_later_is_the_courts(coder, text, expected):
    triples = asserted_triples(coder, text, DATE)
    assert expected in triples, triples


@pytest.mark.parametrize("text, expected", [
    ("The Chinese ambassador was summoned to the Foreign Office in London.", ("GBRGOV", "CHNGOV", "110")),
    ("The Russian envoy was summoned to the foreign ministry in Warsaw on Monday.", ("POLGOV", "RUSGOV", "110")),
])
def test_the_body_one_is_summoned_to_summons(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]
