"""A resignation is coded only as a demand met (CAMEO 0831): with no demand, protest or
pressure in its sentence it is a career move, no event.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2019, 11, 1)


def test_a_resignation_under_pressure_is_a_demand_met(coder):
    for text in ("Lebanese Prime Minister Saad Hariri resigned under pressure from protesters.",
                 "The Lebanese prime minister stepped down amid calls for his resignation."):
        assert any(c == "0831" for s, t, c in asserted_triples(coder, text, DATE)), text


def test_a_resignation_with_no_demand_is_no_event(coder):
    for text in ("In 2009 she was appointed after the senator resigned to become Secretary of State.",
                 "Kurt Volker, the special envoy for Ukraine negotiations, resigned without public explanation.",
                 "The chancellor stepped down on Friday after ten years in office."):
        assert not [c for s, t, c in asserted_triples(coder, text, DATE) if c == "0831"], text


def test_agreeing_or_offering_to_resign_is_still_coded(coder):
    # an intent to resign is CAMEO's 0341 whatever the pressure
    triples = asserted_triples(coder, "The ousted president of Kyrgyzstan has agreed to resign.", DATE)
    assert any(c.startswith("03") for s, t, c in triples), triples


def test_a_resignation_that_gives_way_or_meets_a_threat(coder):
    for text in ("General Raoul Cedras resigned yesterday to allow Haiti's first free elections to take place.",
                 "The Georgian president resigned as the opposition threatened to storm his residence."):
        assert any(c == "0831" for s, t, c in asserted_triples(coder, text, DATE)), text
