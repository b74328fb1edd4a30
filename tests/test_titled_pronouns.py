"""'He' or 'she' after one person named by a title and a state ("Iran's foreign minister
arrived in Riyadh. He held talks ...") is that person; not after a body ("the foreign
ministry"), nor after a title whose state the story gives ("as president").  Sentences
written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 1)


def test_he_after_a_titled_minister_is_the_minister(coder):
    got = asserted_triples(coder, "Iran's foreign minister arrived in Riyadh on Saturday. "
                                  "He held talks with his Saudi counterpart.", DATE)
    assert ("IRNGOV", "SAU", "046") in got


def test_he_after_a_senior_official_is_the_official(coder):
    got = asserted_triples(coder, "A senior Israeli official said on Monday that he had met Hamas "
                                  "negotiators in Cairo.", DATE)
    assert got == [("ISRGOV", "PSEREB", "040")]


def test_he_after_a_body_stays_unknown(coder, nlp):
    doc = nlp("The Russian defence ministry issued a statement on Monday. He added that the talks failed.")
    pron = [m for m in coder.actors.mentions(doc) if m.kind == "pronoun"]
    assert pron == []


def test_a_title_is_still_no_name(coder, nlp):
    # the title's mentions keep no person key: "the minister" elsewhere is not tied to it
    doc = nlp("Iran's foreign minister arrived in Riyadh. He met officials.")
    ms = coder.actors.mentions(doc)
    assert all(m.person_key is None for m in ms)
    assert [m.code for m in ms if m.kind == "pronoun"] == ["IRNGOV"]
