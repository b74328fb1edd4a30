"""An act the text puts in another month or year than publication (without its day) is
not the same happening as one told undated, of the story's own days."""
from __future__ import annotations

from datetime import date

from communique import dates
from communique.events import merge as merge_module

TEXT = ("Thousands of protesters marched through the city centre and the police dispersed them. "
        "The protesters have been protesting since early June.")


def test_a_protest_since_june_is_not_yesterday_s_march(coder):
    events = coder.code(TEXT, date=date(2019, 8, 19), doc_id="t").events
    protests = [e for e in events if e.cameo.startswith("14")]
    assert len(protests) == 2
    assert sorted(str(e.date) for e in protests) == ["2019-08-19", "None"]


def test_the_same_story_in_june_is_one_happening(coder):
    events = coder.code(TEXT, date=date(2019, 6, 20), doc_id="t").events
    assert len([e for e in events if e.cameo.startswith("14")]) == 1


def test_in_another_period():
    published = date(2019, 8, 19)
    assert dates.in_another_period(dates.resolve("early June", published), published)
    assert not dates.in_another_period(dates.resolve("early August", published), published)
    assert not dates.in_another_period(dates.resolve("this year", published), published)
    assert dates.in_another_period(dates.resolve("2006", published), published)
    assert not dates.in_another_period(dates.resolve("June 3", published), published)  # a day is known
    assert merge_module.merge([], published) == []


def test_a_campaign_named_again_by_its_noun_stays_one(coder):
    text = ("For the first time in the sixteen weeks of protests in Hong Kong, police fired and landed a live "
            "round on a protester yesterday. The protests began in June in response to a proposed new law that "
            "would have allowed the Chinese government to extradite people accused of crimes from Hong Kong.")
    events = coder.code(text, date=date(2019, 10, 2), doc_id="t").events
    assert len([e for e in events if e.cameo.startswith("14")]) == 1
