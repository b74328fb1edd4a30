"""Who opens a probe into an attack did not attack ("Police launched a probe into the attack":
the parser hangs "into" on the verb, whose object, the probe, is what it stages); an offer
to mediate or broker "between A and B" is aimed at both."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

D = dt.date(2021, 6, 1)


def coded(coder, text):
    return sorted(asserted_triples(coder, text, D), key=str)


@pytest.mark.parametrize("text", [
    "Police launched a probe into the attack on the mosque.",
    "Police launched a probe into the killing of the journalist.",
    "The UN opened an inquiry into the bombing of the hospital.",
])
def test_investigator_is_not_the_attacker(coder, text):
    events = coded(coder, text)
    assert any(c == "090" for _, _, c in events)
    assert not [s for s, _, c in events if c[:2] in ("18", "19") and s is not None]


@pytest.mark.parametrize("text, expected", [
    ("The rebels engaged in ethnic cleansing.", [("REB", None, "203")]),
    ("The militia was responsible for mass killings.", [("UAF", None, "202")]),
])
def test_engaging_in_violence_still_names_the_doer(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Iran offered to mediate between Saudi Arabia and Yemen's Houthis.",
     [("IRN", "SAU", "039"), ("IRN", "YEMREB", "039")]),
    ("Turkey pledged to broker a deal between Russia and Ukraine.", [("TUR", "RUS", "039"), ("TUR", "UKR", "039")]),
])
def test_offers_to_mediate_between(coder, text, expected):
    assert coded(coder, text) == expected


def test_arrests_during_protests_are_placed_and_aimed_at_no_one_else(coder):
    events = coded(coder, "Hundreds of people were arrested during protests in Iran.")
    assert ("IRNCOP", "IRNCVL", "173") in events  # (its police: only the police arrest)
    assert [t for _, t, c in events if c.startswith("14")] == [None]


@pytest.mark.parametrize("text, expected", [
    ("Two soldiers were wounded in a rebel attack.", [("REB", "MIL", "180")]),
    ("A militant attack killed 12 soldiers.", [("REB", "MIL", "180")]),
])
def test_a_bare_role_word_before_an_attack_is_its_doer(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text", [
    "Tunisia is facing terrorist attacks, the minister said.",  # what attacks are called, no doer
    "The protest has expanded into more general anti-government protests.",  # 'general' the adjective
])
def test_words_that_are_not_doers(coder, text):
    assert not [s for s, _, c in coded(coder, text) if s in ("REB", "UAF", "RAD", "MIL")]
