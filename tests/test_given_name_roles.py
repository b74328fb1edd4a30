"""A role word that is also a given name begins a person's name when capitalised before a
surname (name_words.yaml given_name_roles): "Hunter Biden" is no hunter titled before Joe
Biden's surname, and the bare surname stays the one the files know."""
from __future__ import annotations

import datetime as dt

D = dt.date(2020, 10, 29)
TEXT = "Joe Biden criticized Trump. Trump brought up Biden's son Hunter Biden. Biden defended his son."


def test_the_son_is_someone_else(finder, nlp):
    doc = nlp(TEXT)
    codes = {doc[m.start:m.end].text: m.code for m in finder.mentions(doc, D)}
    assert codes["Hunter Biden"] is None
    assert codes["Joe Biden"] == "USAELI"


def test_the_bare_surname_stays_the_known_one(coder):
    events = coder.code(TEXT, date=D).events
    assert [e.source.code for e in events if e.trigger.text == "defended"] == ["USAELI"]


def test_a_stranger_of_a_known_surname_still_takes_it(finder, nlp):
    doc = nlp("Usman Khan stabbed two people. Khan was shot by police.")
    khan = [m for m in finder.mentions(doc, D) if doc[m.start:m.end].text == "Khan"]
    assert khan and khan[0].person_key == "Usman Khan"
