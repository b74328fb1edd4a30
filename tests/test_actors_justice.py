"""The people of the justice system in a national story: judges, juries, prosecutors and courts take
the state where the story's lead places it, as its police do (our own sentences)."""
import datetime as dt

DATE = dt.date(2019, 3, 14)

# a story placed by its lead in a US court, naming one other state in passing
COURT_STORY = (
    "A former aide to a U.S. senator was sentenced in U.S. Federal Court on Tuesday. "
    "John Doerr was sentenced by Judge Mary Crane to 40 months in prison and ordered to pay "
    "restitution to the Bureau of Municipal Revenue. "
    "Judge Crane said Doerr had shown no remorse. "
    "Last month, another federal judge sentenced Doerr to a 30 month prison term. "
    "A jury had convicted Doerr of fraud, and prosecutors said he had lied. "
    "In 2014 he had worked for a campaign in Ukraine."
)


def coded(coder, text):
    doc = coder.code(text, date=DATE, doc_id="justice")
    return doc, [(a.text, a.code) for a in doc.actors]


def test_judges_juries_and_prosecutors_are_of_where_the_lead_places_the_story(coder):
    _, got = coded(coder, COURT_STORY)
    assert ("Judge Mary Crane", "USAJUD") in got
    assert ("federal judge", "USAJUD") in got  # "another federal judge"
    assert ("A jury", "USAJUD") in got
    assert ("prosecutors", "USAJUD") in got


def test_an_unknown_body_beside_a_person_does_not_keep_him_unplaced(coder):
    # 'the Bureau of Municipal Revenue' is a body no file knows: it says nothing of whose Doerr is
    doc, got = coded(coder, COURT_STORY)
    assert ("John Doerr", "USA") in got
    # ...also where he is an event's target ("another federal judge sentenced Doerr")
    assert ("USAJUD", "USA") in [(e.source.code, e.target.code) for e in doc.events
                                 if e.cameo_root == "17" and e.source and e.target]


def test_a_foreign_judge_keeps_his_state_and_a_minister_stays_unknown(coder):
    text = COURT_STORY + (" A Ukrainian judge had earlier freed Doerr's partner."
                          " The foreign minister said the case was closed.")
    _, got = coded(coder, text)
    assert ("A Ukrainian judge", "UKRJUD") in got
    assert dict(got).get("The foreign minister") == "GOV"


def test_a_judge_of_a_story_no_lead_places_stays_unknown(coder):
    text = ("Prosecutors said the case was the largest of its kind. "
            "A jury convicted John Doerr of fraud on Tuesday, and a judge will sentence him in May. "
            "American and Ukrainian officials had met in Ukraine and in the United States.")
    _, got = coded(coder, text)
    assert dict(got).get("A jury") == "JUD"
