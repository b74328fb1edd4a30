"""What reports, rumours and allegations say is unconfirmed ("reports that Russian
mercenaries were fighting in Libya"), while a relative clause on such a noun tells what it
did; and a participle with a subject and "had" of its own is active, not a reduced
passive.  Sentences written for these tests."""
import datetime as dt

import pytest

DATE = dt.date(2020, 5, 7)


def modes(coder, text):
    return {(e.cameo, e.source.code if e.source else None, e.mode) for e in coder.code(text, date=DATE).events}


@pytest.mark.parametrize("text, event", [
    ("The Kremlin refused to comment on reports that Russian mercenaries were fighting in Libya.",
     ("180", "RUSUAF", "hypothetical")),
    ("The United Nations said it had received reports that Ethiopian troops had killed civilians in Tigray.",
     ("190", "ETHMIL", "hypothetical")),
    ("There were rumours that the army had arrested the president.", ("173", "MIL", "hypothetical")),
])
def test_hearsay_is_not_asserted_and_keeps_its_doer(coder, text, event):
    got = modes(coder, text)
    assert event in got, got


def test_a_relative_clause_on_a_report_is_asserted(coder):
    got = modes(coder, "The report, which Russia rejected on Monday, accused Syria of using chemical weapons.")
    assert ("016", "RUS", "asserted") in got, got


def test_investing_oneself_is_no_investment(coder):
    assert not any(code == "061" for code, s, mode in modes(
        coder, "The festival was sustained by the city, for which many people have invested themselves."))
