"""A mutual act and the same act told again in its words by one of its parties are one
happening (merge._party_told_alone). Sentences written for these tests."""
import datetime as dt

DATE = dt.date(2023, 3, 16)


def test_a_mutual_intent_is_one_event(coder):
    doc = coder.code("Japan and South Korea agreed to resume regular leader visits.", date=DATE)
    events = [e for e in doc.events if e.mode == "asserted"]
    assert len(events) == 1, [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in events]
    assert {events[0].source.code, events[0].target.code} == {"JPN", "KOR"}


def test_acts_of_other_doers_stay_apart(coder):
    doc = coder.code("Japan and South Korea agreed to resume regular leader visits. "
                     "China announced visits by its foreign minister.", date=DATE)
    assert any(e.source is not None and e.source.code.startswith("CHN") for e in doc.events)
