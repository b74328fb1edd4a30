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
