"""A visit that frames what someone says or does is theirs; "oligarchs" are business people.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 8, 1)


def test_a_visit_framing_an_appeal_is_the_speakers(coder):
    triples = asserted_triples(coder, "Brazil's president called for a ceasefire in Gaza during a visit to Egypt.", DATE)
    assert ("BRAGOV", "EGY", "042") in triples, triples


def test_talks_held_during_a_visit_stay_one_happening(coder):
    # (the talks are what the visit is: one event, the talks)
    triples = asserted_triples(coder, "The US commander in Iraq, General David Petraeus, held talks with President "
                                      "Michel Suleiman during a surprise visit to Beirut on Wednesday.",
                               dt.date(2008, 8, 7))
    assert any(c == "046" for _, _, c in triples) and not any(c == "042" for _, _, c in triples), triples


@pytest.mark.parametrize("word, plural", [("oligarch", "oligarchs"), ("monarch", "monarchs"), ("march", "marches")])
def test_greek_arch_plurals(word, plural):
    from communique.actors.roles import plural as make_plural
    assert make_plural(word) == plural


def test_oligarchs_are_business_people(coder):
    assert asserted_triples(coder, "The United States froze the assets of three Russian oligarchs.", DATE) == [
        ("USA", "RUSBUS", "163")]
