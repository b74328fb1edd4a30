"""Forces massed or deployed near a state, or on its border, are aimed at it; a
lender approving a loan for a country gives it."""
from __future__ import annotations

from datetime import date

D = date(2022, 1, 20)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


def test_troops_massed_near_a_state_or_along_its_border_are_aimed_at_it(coder):
    assert coded(coder, "Russia massed troops along the Ukrainian border.") == [("RUS", "UKR", "154")]
    assert coded(coder, "Russia has massed more than 100,000 troops near Ukraine.") == [("RUS", "UKR", "154")]
    assert coded(coder, "Russia deployed tanks on the border with Ukraine.") == [("RUS", "UKR", "154")]


def test_a_loan_approved_for_a_country_is_given_to_it(coder):
    assert coded(coder, "The World Bank approved a 500 million dollar loan for Kenya.") == [
        ("IGOBUSWBK", "KEN", "071")]
    # guard: a budget approved is no aid
    assert coded(coder, "Congress approved a budget authorizing funding for a border wall.") == []
