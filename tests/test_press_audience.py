"""The unnamed press a word is said to is its audience, no party: "the minister complained
to reporters" is aimed at no one.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 1, 10)


def test_reporters_spoken_to_are_no_target(coder):
    triples = asserted_triples(coder, "The minister complained to reporters about the traffic.", DATE)
    assert triples and not any(t == "MED" for s, t, c in triples), triples


def test_what_the_complaint_is_about_still_is(coder):
    assert ("GOV", "RUS", "110") in asserted_triples(coder, "The minister complained to reporters about Russia.", DATE)


def test_what_is_given_to_journalists_goes_to_them(coder):
    triples = asserted_triples(coder, "The police handed the documents to journalists.", DATE)
    assert any(t == "MED" for s, t, c in triples), triples
