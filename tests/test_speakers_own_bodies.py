"""A state body named only as "the army", "the police" or "the government" in what a
state's own people say is that state's: "Pakistan said the army killed five militants".
A foreign one they would name ("the Russian army"), and a speaker of no state (the UN)
locates nothing.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 3, 1)


@pytest.mark.parametrize("text, expected", [
    ("Pakistan said the army killed five militants.", ("PAKMIL", "REB", "190")),
    ("Ukrainian officials said the army repelled a Russian attack near Kharkiv.", ("UKRMIL", "RUS", "190")),
])
def test_the_speakers_own_body(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_the_accusation_names_the_located_body_too(coder):
    triples = asserted_triples(coder, "The Kenyan opposition said the police had killed three protesters.", DATE)
    assert ("KENOPP", "KENCOP", "112") in triples, triples


@pytest.mark.parametrize("text, body", [
    ("The UN said the government had arrested 300 protesters.", "GOV"),
    ("US officials said the Russian army had shelled Kyiv.", "RUSMIL"),
])
def test_no_state_of_the_speaker_or_a_named_one(coder, text, body):
    assert body in {s for s, t, c in asserted_triples(coder, text, DATE)}
