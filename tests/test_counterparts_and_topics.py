"""A counterpart holds in its own country the office of the one it is the counterpart of; and an
act named only as what a complaint is about ("over the incursion") is no act of the complainer."""
import datetime as dt

import pytest

DAY = dt.date(2020, 1, 9)


def coded(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text, target", [
    ("Lavrov held talks with his Chinese counterpart.", "CHNGOV"),
    ("The French foreign minister met his German counterpart in Berlin.", "DEUGOV"),
])
def test_a_counterpart_holds_the_same_office(coder, text, target):
    assert [t for _, t, _ in coded(coder, text)] == [target]


def test_each_of_coordinated_counterparts(nlp, finder):
    doc = nlp("Egyptian foreign minister Sameh Shoukry and his Greek, Cypriot and French counterparts "
              "gathered in Cairo.")
    codes = {a.text: a.code for a in finder.find(doc, date=DAY)}
    assert (codes["Greek"], codes["Cypriot"], codes["French"]) == ("GRCGOV", "CYPGOV", "FRAGOV"), codes


def test_a_counterpart_of_nobody_known_stays_a_state(nlp, finder):
    codes = {a.text: a.code for a in finder.find(nlp("The Chinese counterpart was absent."), date=DAY)}
    assert list(codes.values()) == ["CHN"], codes


@pytest.mark.parametrize("text, expected", [
    ("Japan lodged a formal protest with China over the incursion.", [("JPN", "CHN", "114")]),
    ("China lodged a complaint about the attack.", [("CHN", None, "114")]),
])
def test_what_a_complaint_is_about_is_not_the_complainers_act(coder, text, expected):
    assert coded(coder, text) == expected


def test_a_staged_act_still_has_its_doer(coder):
    # "resorted to", "engaged in": the preposition stages the act, the subject does it
    got = coded(coder, "The rebels engaged in heavy fighting with government troops.")
    assert any(s == "REB" for s, _, c in got), got
