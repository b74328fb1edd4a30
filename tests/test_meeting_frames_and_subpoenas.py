"""A meeting that frames what is said in it, subpoenas, and an attack told by the verb it
is raised from.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


def test_saying_something_in_a_meeting_with_someone_is_meeting_them(coder):
    triples = asserted_triples(coder, "In a meeting with Vladimir Putin, Recep Tayyip Erdogan said Turkey would stay.", DATE)
    assert ("TURGOV", "RUSGOV", "040") in triples, triples
    triples = asserted_triples(coder, "During talks with Chinese officials, the US envoy raised the issue of Taiwan.", DATE)
    assert any(s == "USAGOV" and t == "CHNGOV" and c.startswith("04") for s, t, c in triples), triples


def test_a_meeting_with_no_partner_frames_nothing(coder):
    triples = asserted_triples(coder, "In a meeting on Monday, Recep Tayyip Erdogan said Turkey would stay.", DATE)
    assert not [c for s, t, c in triples if c.startswith("04")], triples


def test_a_subpoena_is_a_demand(coder):
    # (Pompeo as the secretary of state of the day)
    triples = asserted_triples(coder, "The House of Representatives issued a subpoena to Secretary of State Mike Pompeo.",
                               dt.date(2019, 10, 1))
    assert ("USALEG", "USAGOV", "100") in triples, triples


def test_a_bombing_reported_to_have_killed_someone_in_a_town(coder):
    triples = asserted_triples(coder, "A bombing was reported to have killed a local photographer in the port town of Mokha, Yemen.", DATE)
    assert any(s is None and t and t.startswith("YEM") and c.startswith("18") for s, t, c in triples), triples
