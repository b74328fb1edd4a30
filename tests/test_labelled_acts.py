"""Calling an act a massacre, genocide or aggression denounces its doer (111), and a raid,
an arrest or a crackdown named again ("the raid", "the detentions") is the earlier act of
repression (grammar.yaml referent_nouns_17).  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 7, 5)


@pytest.mark.parametrize("text, expected", [
    ("Israeli forces raided the Jenin refugee camp on Monday. The Palestinian Authority called the raid a massacre.",
     ("PSEGOV", "ISRMIL", "111")),
    ("Belarusian police detained hundreds of protesters. The EU called the detentions a disgrace.",
     ("IGOEUREEC", "BLRCOP", "111")),
])
def test_labelling_an_earlier_act_denounces_its_doer(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_genocide_is_a_denunciation(coder):
    assert [t[2] for t in asserted_triples(coder, "Turkey described the killings as genocide.", DATE)] == ["111"]
