"""Talking with the press is how a story is got: no statement or consultation (CAMEO 01,
04) between a speaker and the reporter or the outlet that asks or carries what is said.
Other acts on the press stay events.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 6, 1)


@pytest.mark.parametrize("text", [
    "Siegel agreed to answer some questions for the correspondent of Wikinews.",
    "Recently, Finnish video game developer Perttu Ahola discussed Minetest, his longest ever project, with Wikinews.",
    "Reporter William Saturn reached out to presidential nominee Bill Hammons to discuss his campaign.",
    "The president met reporters at the White House.",
    "The senator spoke with CNN about the bill.",
])
def test_no_event_between_a_speaker_and_the_press(coder, text):
    assert asserted_triples(coder, text, DATE) == []


@pytest.mark.parametrize("text, expected", [
    ("The minister spoke with the French president about the war.", ("GOV", "FRAGOV", "040")),
    ("Putin told journalists he would meet Biden.", ("RUSGOV", "USAELI", "036")),
    ("Houthi rebels attacked journalists in Aden.", ("YEMREB", "YEMMED", "180")),
])
def test_other_acts_and_talks_told_to_the_press_stay(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_a_statement_about_a_journalist_is_no_interview(coder):
    text = ("In December, Crown Prince Mohammad bin Salman of Saudi Arabia accepted responsibility "
            "for the murder of journalist Jamal Khashoggi.")
    assert [t[2] for t in asserted_triples(coder, text, dt.date(2019, 10, 1))] == ["015"]
