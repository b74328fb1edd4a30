"""Second precision audit of asserted events on the bundled Wikinews corpus: trigger entries that
fired outside their political sense (an interview taken for negotiations, a candidate withdrawing
her name for a military retreat, a court appeal for a plea ...).  Each case is a sentence of the kind the audit found; a guard checks that the political
reading of the same words still codes."""
from __future__ import annotations

import datetime

import pytest

DATE = datetime.date(2020, 6, 9)


def asserted(coder, text):
    return [e for e in coder.code(text, date=DATE, doc_id="t").events if e.mode == "asserted"]


def codes(coder, text):
    return {e.cameo for e in asserted(coder, text)}


@pytest.mark.parametrize("text, code", [
    # an interview is no negotiation
    ("With Wikinews, Senator Elizabeth Warren discussed climate change, COVID-19 and foreign policy.", "046"),
    ("With Wikinews, Senator Elizabeth Warren discussed why she joined the race and why voters should choose her.",
     "046"),
    ("The Turkish president discussed the crisis with reporters.", "046"),
    # a candidate withdrawing her name, a government its bill: no military retreat
    ("Senator Amy Klobuchar withdrew her name from consideration.", "0874"),
    ("The government will fully withdraw the bill in order to allay public concerns, Lam said.", "0356"),
    # appealing a court's decision is a step in a case, no plea
    ("The president's legal team appealed the decision to the Second Circuit.", "020"),
    # a convention delegate received is no visiting delegation
    ("Bill Weld received the other delegate in Iowa.", "043"),
    # a claim of violated rights is no seizure of property
    ("On Friday, an environmental group and private property owners from the border state of Texas filed a motion "
     "claiming the state of emergency is unconstitutional and violated their property rights.", "171"),
    # companies offering value promise no cooperation; fighting a virus is no combat
    ("While nobody has a problem with companies offering value, there needs to be a free version.", "030"),
    ("Soldiers fought the coronavirus in Wuhan.", "190"),
    # a court reducing a sentence eases no sanctions
    ("The appeals court reduced his penalty to five years on Tuesday.", "085"),
])
def test_non_political_sense_codes_nothing(coder, text, code):
    assert code not in codes(coder, text)


@pytest.mark.parametrize("text, code", [
    ("Russian and Turkish foreign ministers discussed the situation in Syria.", "046"),
    ("The Turkish president discussed the crisis with his Russian counterpart.", "046"),
    ("Russian troops withdrew from the town on Monday.", "0874"),
    ("Israel withdrew its troops from southern Lebanon.", "0874"),
    ("The Iraqi government appealed to Iran to release the prisoners.", "0253"),
    ("Police violated embassy property.", "171"),  # (by protesters it is a riot, 145)
    ("The Kurdish fighters fought Turkish troops near the border.", "18"),
    ("The European Union reduced sanctions on Belarus on Monday.", "085"),
    ("The United States lifted penalties on Iranian banks.", "085"),
])
def test_political_sense_still_codes(coder, text, code):
    found = codes(coder, text)
    assert any(c.startswith(code) for c in found), found


def test_access_is_opened_to_places_and_people_not_to_money_or_ballots(coder):
    def codes(text):
        return [e.cameo for e in coder.code(text, doc_id="t").events if e.mode == "asserted"]
    assert codes("The Reform Party nominated the ticket, granting it ballot access in Florida.") == []
    assert codes("The move gives the federal government access to around US$50 billion in extra funding.") == []
    assert codes("Israel granted humanitarian access to Gaza.") == ["0863"]
    assert codes("Israel granted the Red Cross access to the prisoners.") == ["0863"]
