"""A claim of responsibility says who did an act, not whether it happened: the act stays
asserted.  The claim is about the act's victims first, then where it happened, as a place
(not the capital's government).  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 9, 10)


def test_the_claimed_bombing_happened(coder):
    triples = asserted_triples(coder, "Islamic State claimed responsibility for the suicide bombing in Kabul "
                                      "that killed 60 people.", DATE)
    assert ("IMGMUSISI", "AFGCVL", "015") in triples
    assert any(t[2].startswith("183") and t[1] == "AFGCVL" for t in triples)
    assert all(t[1] != "AFGGOV" for t in triples)


@pytest.mark.parametrize("text, expected", [
    ("Islamic State claimed responsibility for the attack on a mosque in Kabul.", ("IMGMUSISI", "AFG", "015")),
])
def test_a_claim_about_a_place_names_the_place(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]


@pytest.mark.parametrize("text", [
    "An explosion at a mosque in Kunduz killed more than 50 worshippers. The Islamic State claimed responsibility.",
    "An explosion at a mosque in Kunduz killed more than 50 worshippers; the Islamic State claimed responsibility.",
])
def test_an_attack_with_no_doer_is_its_claimers(coder, text):
    triples = asserted_triples(coder, text, DATE)
    assert ("IMGMUSISI", "AFGREL", "015") in triples, triples
    assert any(s == "IMGMUSISI" and t == "AFGREL" and c[:2] in ("18", "19") for s, t, c in triples), triples


def test_an_attack_with_a_doer_keeps_it(coder):
    events = coder.code("A suicide bomber killed 20 people at a market in Mogadishu. "
                        "Al-Shabaab claimed responsibility for the attack.", date=DATE).events
    # (the bomber, placed where he struck: SOMREB, is still the bomber, not the claimer's name)
    assert any(e.source is not None and e.source.text == "A suicide bomber" and e.cameo.startswith("18")
               for e in events if e.mode == "asserted"), [(e.source, e.cameo) for e in events]


def test_a_claim_names_the_act_by_its_own_word(coder):
    # a kidnapping told between the bombing and the claim is another act of the same root
    triples = asserted_triples(coder, "A car bomb killed eight soldiers in Mogadishu. Gunmen kidnapped two aid "
                                      "workers in Baidoa. Al-Shabaab claimed responsibility for the bombing.", DATE)
    assert ("SOMREB", "MIL", "015") in triples, triples
    assert any(s == "SOMREB" and c.startswith("183") for s, t, c in triples), triples
