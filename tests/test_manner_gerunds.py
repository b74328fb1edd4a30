"""A gerund telling how or when the clause's subject acts is that subject's act
("Russia retaliated by expelling ten diplomats"), and an accusation is aimed at the
accused alone, not at whoever the accused act was done to.  Sentences written for
these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 4, 16)


@pytest.mark.parametrize("text, expected", [
    ("Russia retaliated by expelling ten American diplomats.", ("RUS", "USAGOV", "161")),
    ("Iran responded by firing missiles at a US base in Iraq.", ("IRN", "USA", "194")),
    ("Putin spoke to reporters after meeting Erdogan in Sochi.", ("RUSGOV", "TURGOV", "040")),
])
def test_the_gerund_of_manner_is_the_subjects_act(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_a_gerund_of_what_was_not_done_is_no_act(coder):
    # "without" tells what was not done (it is not among grammar.yaml manner_prepositions)
    triples = asserted_triples(coder, "Putin left Sochi without meeting Erdogan.", DATE)
    assert ("RUSGOV", "TURGOV", "040") not in triples, triples


def test_an_accusation_is_aimed_at_the_accused_not_at_whom_he_helped(coder):
    triples = asserted_triples(
        coder, "The US ambassador alleged Mahan had caused suffering by supporting Syrian President Bashar al-Assad.",
        DATE)
    assert not any(c.startswith("112") and t == "SYRGOV" for s, t, c in triples), triples


def test_an_accused_no_file_knows_is_still_the_target(coder):
    events = coder.code("The US ambassador alleged Mahan had caused suffering by supporting Syrian President "
                        "Bashar al-Assad.", date=DATE).events
    accusations = [e for e in events if e.cameo.startswith("112")]
    assert accusations and all(e.target is not None and e.target.text == "Mahan" for e in accusations), \
        [(e.cameo, e.target) for e in events]
