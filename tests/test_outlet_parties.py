"""An outlet acted on is a party ("banned the BBC", "expelled three Wall Street Journal
reporters"); what an outlet says is attribution, and words said to it name no party.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 1)


@pytest.mark.parametrize("text, expected", [
    ("The government banned the BBC.", ("GOV", "GBRMED", "172")),
    ("Russia accused the BBC of spreading lies.", ("RUS", "GBRMED", "112")),
    ("China expelled three Wall Street Journal reporters.", ("CHN", "USAMED", "174")),
    # the outlet whose thing the act is on (outlets.tsv: RFI, not France)
    ("Burkina Faso's junta suspended the broadcasts of Radio France Internationale.", ("BFAGOV", "FRAMED", "1721")),
])
def test_an_outlet_acted_on_is_a_party(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


@pytest.mark.parametrize("text, expected", [
    ("The BBC reported that Russian troops attacked Kharkiv.", [("RUSMIL", "UKR", "190")]),
    ("According to CNN, Israel struck Gaza.", [("ISR", "PSEGZA", "190")]),
])
def test_an_outlet_reporting_is_no_party(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == expected


def test_words_said_to_an_outlet_aim_at_no_one(coder):
    triples = asserted_triples(coder, "The minister praised the BBC for its coverage.", DATE)
    assert all(t[1] != "GBRMED" for t in triples)
    assert asserted_triples(coder, "Speaking to BBC Sport, Warholm said it was a tough race.", DATE) == []


def test_the_unnamed_press_told_is_no_party(coder):
    text = 'The delegate told the press: "This ruling is a disgrace and an insult to our people."'
    assert all(t[1] is None or "MED" not in t[1] for t in asserted_triples(coder, text, DATE))
