"""A promise to give is coded like the giving it promises: whom the gift goes to
is the target, and the gift's kind the sub-code."""
from __future__ import annotations

from datetime import date

D = date(2023, 8, 1)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


def test_a_measure_of_aid_promised_goes_to_its_recipient(coder):
    assert coded(coder, "The European Union agreed to send 5 billion euros in military aid to Ukraine.") == [
        ("IGOEUREEC", "UKR", "0332")]


def test_the_kind_of_a_promised_gift_picks_the_sub_code(coder):
    assert coded(coder, "Japan pledged to provide humanitarian aid to Syria.") == [("JPN", "SYR", "0333")]
    assert coded(coder, "Germany promised to send weapons to Ukraine.") == [("DEU", "UKR", "0332")]


def test_aid_resumed_or_restored_is_aid_given(coder):
    assert coded(coder, "The United States resumed aid to the Palestinians.") == [("USA", "PSE", "070")]
    assert coded(coder, "The United States restored funding to the UN agency.") == [("USA", "IGOUNO", "071")]
