"""Protesters who occupy a place block it (144), troops who do occupy it (192); a role word
inside the name of a treaty, a law or a day is no body.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2020, 1, 15)


@pytest.mark.parametrize("text, expected", [
    ("Protesters in Hong Kong occupied the airport for a second day.", ("HKGOPP", None, "144")),
    ("Russian troops occupied the airport.", ("RUSMIL", None, "192")),
])
def test_who_occupies_says_what_it_is(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_a_role_word_in_a_treatys_name_is_no_body(coder):
    triples = asserted_triples(coder, "The United States withdrew from the Intermediate-Range Nuclear Forces "
                                      "Treaty on Friday.", DATE)
    assert triples and all(t is None for _, t, _ in triples), triples


def test_a_title_before_a_name_is_no_bill(coder):
    from communique.actors.matcher import _thing_names
    from communique.nlp import load
    doc = load()("President Bill Clinton signed the Defense Authorization Bill on Friday.")
    names = _thing_names(doc, doc.ents)
    assert 0 not in names and 1 not in names
    assert {doc[i].text for i in names} >= {"Defense", "Authorization", "Bill"}
