"""A response to "the attack", "the strikes", "the shelling" named by a definite noun is
aimed at who did the latest earlier act of force a few sentences back, as responses to "the
accusation" or "the call" were (grammar.yaml referent_nouns_15, referent_nouns_18, referent_nouns_19); the
doer's own defence of it is aimed at no one.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 3, 9)


@pytest.mark.parametrize("text, expected", [
    ("Russian forces launched a missile attack on Ukraine on Thursday. Zelenskyy condemned the strikes as terror.",
     ("UKRGOV", "RUSMIL", "111")),
    ("Israeli jets struck Gaza overnight. Egypt condemned the raid.", ("EGY", "ISR", "111")),
    # a missile launch, a test or drills (shows of force, 15) are named by their nouns too
    ("North Korea fired a ballistic missile toward Japan on Thursday. Tokyo issued an evacuation alert "
     "for residents of Hokkaido. The United States condemned the launch.", ("USA", "PRK", "111")),
    ("North Korea test-fired two ballistic missiles into the sea on Sunday. Japan condemned the test.",
     ("JPN", "PRK", "111")),
    ("Russia deployed troops to the Belarusian border. NATO condemned the deployment.",
     ("IGOWSTNAT", "RUS", "111")),
])
def test_the_condemned_attack_is_its_doers(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_the_doers_own_defence_is_aimed_at_no_one(coder):
    triples = asserted_triples(coder, "Russia shelled Kharkiv on Monday. Russia defended the strikes as retaliation.",
                               DATE)
    assert ("RUS", None, "052") in triples, triples
