"""Requests, intents, demands, rejections and threats sub-coded by what they are about.

CAMEO splits an appeal (02x), an intent (03x), a demand (10x), a rejection (12x)
and a threat (13x) by the act asked for, offered, demanded, refused or
threatened.  The coder codes that act (the request's complement) with its own
lexicon and maps its code through the tables of extractor.ASKED_TABLES; an act
that names no kind leaves the code as it was.  Sentences written for these
tests, none from a gold set.
"""
from __future__ import annotations

import pytest

from asserted_events import asserted_triples


def codes(coder, text) -> set[str]:
    return {code for _, _, code in asserted_triples(coder, text)}


@pytest.mark.parametrize("text, code", [
    # a demand noun's clause: what is demanded is a release (1053), not a bare demand (100)
    ("Egypt repeated its demand that Israel release the detained fishermen.", "1053"),
    # a request refused carries what it asks: refusing a demand to free is refusing a release
    ("Iran rejected a British demand to free the seized tanker.", "1243"),
    # ...and refusing an offer of talks is rejecting a meeting (125)
    ("Brazil rejected a Chinese offer to hold talks.", "125"),
    # a noun the lexicon codes only with a light verb is the act when it is what is asked
    ("The opposition party demanded support from the European Union.", "102"),
])
def test_residual_request_takes_the_asked_act(coder, text, code):
    assert code in codes(coder, text)


@pytest.mark.parametrize("text, code", [
    # a release of persons or property, promised, demanded, refused: 0353 / 1053 / 1243
    ("The rebels said they will release the kidnapped engineers next week.", "0353"),
    # a demand for an agreement asks that the dispute be settled (107)
    ("Blinken said Israel and Hamas must reach an agreement.", "107"),
    # "must be ready to mediate": the demand is for mediation (108), not a meeting (106)
    ("Erdogan said the United Nations must be ready to mediate between Russia and Ukraine.", "108"),
    # ending a strike eases dissent: refusing to is 1242, not 1246
    ("The teachers refused to end their strike.", "1242"),
])
def test_codebook_tables(coder, text, code):
    assert code in codes(coder, text)


@pytest.mark.parametrize("text, code, not_code", [
    # the word list of the request's entry saw only the verb: "lift" is sanctions (1244),
    # the curfew lifted is 0813, so the refusal is 1241
    ("The government refused to lift the curfew in the capital.", "1241", "1244"),
    # "exchange" with prisoners is a release of persons (0353), not of intelligence (0314)
    ("Russia offered to exchange prisoners with Ukraine.", "0353", "0314"),
])
def test_act_coded_with_its_object_beats_the_verb_alone(coder, text, code, not_code):
    found = codes(coder, text)
    assert code in found and not_code not in found


@pytest.mark.parametrize("text, code", [
    # a residual act names no kind: the request stays generic
    ("Congress pressed the White House to cooperate with Mexico.", "020"),
    # an act that ends what it governs is not that act: no military cooperation refused
    ("Seoul rejected Pyongyang's demand to halt the joint military exercises.", "120"),
])
def test_unknown_stays_generic(coder, text, code):
    assert codes(coder, text) == {code}


def test_tables_map_into_their_own_root():
    from communique.events.extractor import ASKED_TABLES
    from communique.events.recode import INTENT_EXACT, REJECT_EXACT

    for root, (exact, by_root) in ASKED_TABLES.items():
        for table in (exact, by_root):
            assert all(v is None or v[:2] == root for v in table.values()), root
    assert INTENT_EXACT["084"] == "0353" and REJECT_EXACT["082"] == "1242"


@pytest.mark.parametrize("text, code", [
    # an intent demanded or asked for is the act intended: CAMEO's 03x, 10x and 02x share sub-codes
    ("The opposition said the junta must agree to a new constitution.", "1044"),
    ("The European Union said Serbia must commit to releasing the detained activists.", "1053"),
    ("France urged Iran to agree to talks on its nuclear program.", "026"),
])
def test_an_intent_asked_for_is_the_act_intended(coder, text, code):
    assert code in codes(coder, text)
