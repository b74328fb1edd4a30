"""Hosting, taking in, admitting or resettling refugees is shelter given, humanitarian aid
(073), as the codebook's note to 075 has it; hosting a leader is still a visit hosted (043).
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2022, 6, 20)


@pytest.mark.parametrize("text, expected", [
    ("Turkey hosts nearly four million Syrian refugees.", ("TUR", "SYRREF", "073")),
    ("Poland took in two million Ukrainian refugees.", ("POL", "UKRREF", "073")),
    ("Canada resettled 40,000 Syrian refugees.", ("CAN", "SYRREF", "073")),
])
def test_refugees_taken_in_are_sheltered(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_a_leader_hosted_is_a_visit(coder):
    assert ("CHN", "PAKGOV", "043") in asserted_triples(coder, "China hosted the Pakistani prime minister.", DATE)
