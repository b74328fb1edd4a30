"""Precision fixes from a sample of coded news events: non-political senses of trigger words and
misread actors.  Each case is a made-up sentence; where the political sense matters, a positive
sentence checks it still codes."""
from __future__ import annotations

import datetime

import pytest

DATE = datetime.date(2015, 6, 9)


def events(coder, text):
    return coder.code(text, date=DATE, doc_id="t").events


def roots(coder, text):
    return {e.cameo[:2] for e in events(coder, text) if e.mode == "asserted"}


def codes(coder, text):
    return {a.code for e in events(coder, text) for a in (e.source, e.target) if a is not None}


# --------------------------------------------------------------------- lexicon senses

@pytest.mark.parametrize("text, root", [
    ("The Chilean president flew over the flooded town of Valparaiso on Sunday.", "15"),
    ("The Peruvian gaming community released two new games last year.", "08"),
    ("The Estonian web shop accepted cryptocurrency as payment.", "03"),
    ("A Ghanaian stall keeper was offering cheap DVDs to commuters.", "03"),
    ("Italian unions called a general strike on Thursday.", "02"),
    ("Many Peruvian pensioners volunteer for the charity.", "03"),
    ("The inventor presented the device at the Independence Day military parade earlier this year.", "15"),
    ("Residents of the Peruvian valley were told to evacuate.", "07"),
    ("The Chilean study was funded by the Peruvian government.", "07"),
])
def test_non_political_sense_codes_nothing(coder, text, root):
    assert root not in roots(coder, text)


@pytest.mark.parametrize("text, root", [
    ("Russian bombers flew over Estonian airspace on Monday.", "15"),
    ("Egyptian authorities released the jailed activist on Monday.", "08"),
    ("The Iraqi government accepted the Turkish proposal.", "03"),
    ("Nigeria offered humanitarian aid to Niger.", "03"),
    ("Iran on Monday called on Iraq to release the prisoners.", "02"),
    ("The Kenyan ministry called on Tuesday for talks with Somalia.", "02"),
    ("North Korea held a military parade in Pyongyang.", "15"),
    ("Kenyan troops evacuated the residents of the border town.", "07"),
    ("Israel will evacuate all settlements in the Gaza Strip, Israeli officials said.", "03"),
    ("Japan funded the new Kenyan hospital.", "07"),
])
def test_political_sense_still_codes(coder, text, root):
    assert root in {e.cameo[:2] for e in events(coder, text)}


# ----------------------------------------------------------------------------- actors

def test_actor_is_a_performer_not_an_elite(coder):
    found = codes(coder, "A Nigerian actor criticised President Buhari.")
    assert "NGAELI" not in found
    assert "NGACVL" in found


def test_newspaper_named_after_a_capital_is_no_government(coder):
    assert "IDNGOV" not in codes(coder, "The Jakarta Post criticised the Malaysian government.")
    assert "IDNGOV" not in codes(coder, "Malaysian police arrested the editor of the Jakarta Post.")


def test_samoan_is_samoa_not_american_samoa(coder):
    found = codes(coder, "The Samoan government criticised Australia.")
    assert "WSMGOV" in found
    assert not any(c.startswith("USA") for c in found)


def test_capital_modifying_a_thing_is_a_place(coder):
    found = codes(coder, "A Kabul car bombing killed five soldiers.")
    assert "AFGGOV" not in found
    # a statement of a seat of power is still its government's
    assert "PRKGOV" in codes(coder, "A Pyongyang statement condemned Seoul.")


def test_chief_executive_of_a_territory_is_its_government(coder):
    found = codes(coder, "The chief executive of Hong Kong criticised the protesters.")
    assert "HKGGOV" in found
    assert "HKGBUS" not in found
