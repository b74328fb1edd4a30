"""People or things called foreign are of some state other than the place or the sentence
at hand: "two foreign journalists in Moscow" are not Russian.  Sentences written for these
tests."""
import datetime as dt

import pytest

DAY = dt.date(2021, 3, 18)


def actors(nlp, finder, text):
    return {a.text: a for a in finder.find(nlp(text), date=DAY)}


@pytest.mark.parametrize("sentence, text", [
    ("Russian police detained two foreign journalists in Moscow.", "journalists"),
    ("Iranian forces seized two foreign tankers in the Gulf.", "tankers"),
])
def test_foreign_ones_take_no_country_from_the_sentence(nlp, finder, sentence, text):
    got = actors(nlp, finder, sentence)
    assert text in got and got[text].country is None, got


def test_unqualified_ones_still_do(nlp, finder):
    got = actors(nlp, finder, "Russian police detained two journalists in Moscow.")
    assert any(a.country == "RUS" and a.sector == "MED" for a in got.values()), got
