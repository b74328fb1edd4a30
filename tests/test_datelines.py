"""Datelines of wire copy: found at the start of a text, known to the gazetteer, kept out of the
parse and the actors, and the story's place when its lead names none.  Texts written for these
tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples
from communique.datelines import find_dateline, parse_text

DATE = dt.date(2014, 8, 1)


@pytest.mark.parametrize("text, written, country", [
    ("GAZA CITY, Palestinian Territories: Four children were killed.", "GAZA CITY, Palestinian Territories", "PSE"),
    ("LYON: Interpol has said it will send a team.", "LYON", "FRA"),
    ("KYIV (Reuters) - Russia launched drones.", "KYIV (Reuters)", "UKR"),
    ("  WASHINGTON — President Biden said.", "WASHINGTON", "USA"),
])
def test_a_dateline_is_found(text, written, country):
    d = find_dateline(text)
    assert d is not None and d.text == written and d.country == country
    assert text[d.start:d.end] == written


@pytest.mark.parametrize("text", [
    "BREAKING: Russia launched drones.",  # (capitals that are no place)
    "NATO: The alliance said it would respond.",
    "US forces attacked the base.",
    "Russia launched drones. KYIV: more later.",  # (only at the start)
])
def test_no_dateline_where_none_is(text):
    assert find_dateline(text) is None
    assert parse_text(text) == text


def test_the_parser_sees_blanks_of_the_same_length():
    text = "LYON: Interpol has said it will send a team."
    blanked = parse_text(text)
    assert len(blanked) == len(text) and blanked.lstrip().startswith("Interpol") and blanked[6:] == text[6:]


def test_a_dateline_is_no_party_and_places_the_victims(coder):
    text = ("GAZA CITY, Palestinian Territories: Four children and a man were killed in Israeli tank shelling "
            "in the east of the Gaza Strip on Friday evening, medics said.")
    triples = asserted_triples(coder, text, DATE)
    assert ("ISR", "PSECVL", "194") in triples, triples
    assert not any(t == "PSEGZA" for _, t, _ in triples), triples
    doc = coder.code(text, date=DATE)
    # (the record keeps the text as given)
    assert doc.text == text and doc.sentences[0].text.startswith("GAZA CITY")
