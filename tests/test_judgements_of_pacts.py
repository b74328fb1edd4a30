"""A judgement of a pact condemns both its parties, and every speaker who makes it
(extractor._reported_judgements; 'conclude' reports what a meeting said)."""
from __future__ import annotations


def _pairs(coder, text):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder.code(text, date="2020-01-09").events if e.mode == "asserted"}


def test_each_speaker_condemns_each_party_to_the_pact(coder):
    pairs = _pairs(coder, "France and Germany said the trade deal between Russia and Belarus was void.")
    assert {("111", s, t) for s in ("FRA", "DEU") for t in ("RUS", "BLR")} <= pairs


def test_what_a_meeting_concluded_is_said(coder):
    pairs = _pairs(coder, "Egypt and Cyprus concluded that the maritime agreement between Turkey and Libya is invalid.")
    assert {("111", s, t) for s in ("EGY", "CYP") for t in ("TUR", "LBY")} <= pairs


def test_talks_that_concluded_say_nothing(coder):
    assert not _pairs(coder, "The talks concluded on Friday in Geneva.")
