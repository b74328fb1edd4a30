"""The small English model often tags a lone foreign town as a PERSON ("the mayor of Gdansk").  After
"of", "in", "at", "near", "outside" or "from" the gazetteer's town wins, so the role takes its country;
a name the model tags PERSON elsewhere, or a longer name, is still a person."""
import datetime as dt

DAY = dt.date(2019, 1, 15)


def actors(nlp, finder, text):
    return {a.text: a for a in finder.find(nlp(text), date=DAY)}


def test_a_town_tagged_person_after_of_places_the_role(nlp, finder):
    doc = nlp("The mayor of Gdansk was assassinated on Sunday.")
    assert [e.label_ for e in doc.ents if e.text == "Gdansk"] == ["PERSON"]  # the model's reading
    got = actors(nlp, finder, "The mayor of Gdansk was assassinated on Sunday.")
    assert got["The mayor of Gdansk"].code == "POLGOV", got


def test_the_coded_event_targets_the_towns_government(coder):
    events = [e for e in coder.code("The mayor of Gdansk was assassinated on Sunday.").events
              if e.mode == "asserted"]
    assert [(e.cameo[:2], e.target.code) for e in events] == [("18", "POLGOV")]


def test_a_longer_person_name_after_of_stays_a_person(nlp, finder):
    # "Victoria" is a town too: inside a person's name it is never one
    got = actors(nlp, finder, "The spokesman of Victoria Nuland said nothing.")
    assert not any(a.kind == "place" or a.country == "SYC" for a in got.values()), got
