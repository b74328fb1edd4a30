""""The two ministers" names the pair of the last clause whose doer and whom it met (or
struck) are of two states, as it names a list of two ("Putin and Xi"); a group noun the
sentence only lent a country to is still such an anaphor.  A consultation coordinated with
a meeting of the same doer is held with whom the meeting names.  Sentences written for
these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2020, 1, 1)


def test_the_two_ministers_are_the_doer_and_whom_he_met(coder):
    text = ("Iran's foreign minister Javad Zarif arrived in Beijing on Monday. He met his Chinese counterpart "
            "Wang Yi. The two ministers also signed an agreement on trade.")
    triples = asserted_triples(coder, text, DATE)
    assert any(c == "057" and {s[:3], (t or "")[:3]} == {"IRN", "CHN"} for s, t, c in triples), triples


def test_a_discussion_beside_a_meeting_is_with_whom_was_met(coder):
    triples = asserted_triples(coder, "Zarif met his Chinese counterpart Wang Yi and discussed the nuclear deal.",
                               DATE)
    assert all(t is not None for s, t, c in triples if c.startswith("04")), triples
