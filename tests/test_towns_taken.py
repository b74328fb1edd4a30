"""A town the small model calls a person or an organisation, taken or struck as a place, is
the town the offline gazetteer knows: "Rebels captured Goma" is an occupation of a Congolese
town (192 -> COD), not the capture of a person named Goma.  A person's name stays a person.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("Rebels captured Goma.", ("REB", "COD", "192")),
    ("Russian forces took control of the city of Mariupol.", ("RUSMIL", "UKR", "192")),
    ("Russian missiles hit Kremenchuk.", ("RUS", "UKR", "194")),
    ("Russian forces shelled Kharkiv.", ("RUSMIL", "UKR", "194")),
])
def test_a_town_taken_or_struck_is_of_its_country(coder, text, expected):
    assert asserted_triples(coder, text, DATE) == [expected]


def test_a_person_killed_is_no_town(coder):
    # (Jackson is also a US city: a killing is of people, the name stays a person's)
    got = asserted_triples(coder, "Gunmen killed Jackson in his home.", DATE)
    assert [t for s, t, c in got] == [None]


def test_a_surname_is_no_town(nlp):
    from communique.events.lexicon import town_name

    doc = nlp("Sergeant Mike Jackson was seized. Rebels captured Jackson.")
    assert town_name(doc[-2]) is None
    doc = nlp("Police captured Khan.")  # an alternate name of Haan (Germany), not its own
    assert town_name(doc[2]) is None
    doc = nlp("Rebels captured Goma.")
    assert town_name(doc[2]).text == "Goma"
