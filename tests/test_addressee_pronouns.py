"""A pronoun object of a participle after a clause with no object is whom that clause
addresses ("wrote to the US Embassy, asking it to ..."); an embassy is a body "it" can
stand for (name_words.yaml body_words).  Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2019, 10, 10)


def test_it_is_the_body_written_to(coder):
    text = ("Northamptonshire's chief constable wrote to the US Embassy in London asking it to waive "
            "her diplomatic immunity.")
    assert asserted_triples(coder, text, DATE) == [("COP", "USAGOV", "020")]


def test_an_object_of_the_main_clause_still_comes_first(coder):
    got = asserted_triples(coder, "Chad expelled the German ambassador, accusing him of discourteous behaviour.", DATE)
    assert ("TCD", "DEUGOV", "112") in got
