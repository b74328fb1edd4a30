"""The act a reprisal or an answer is for was done, whatever becomes of the answer
(modality.yaml reason_verbs): "vowed to retaliate for the killing of its scientist" tells
the killing as done, and the vow is not aimed at the one killed (grammar.yaml
reprisal_verbs). Sentences written for these tests."""
import datetime as dt

DATE = dt.date(2020, 11, 30)


def _events(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.mode)
            for e in coder.code(text, date=DATE).events]


def test_the_reason_of_a_vowed_reprisal_was_done(coder):
    events = _events(coder, "Iran vowed to retaliate for the killing of its top nuclear scientist.")
    killing = [e for e in events if e[2].startswith("19") or e[2].startswith("18")]
    assert killing and all(e[3] == "asserted" for e in killing), events
    vow = [e for e in events if e[2].startswith("13")]
    assert vow and vow[0][0] == "IRN" and vow[0][1] is None, events  # the killers are not known


def test_the_reason_of_an_answer_to_come_was_done(coder):
    events = _events(coder, "Israel will respond to the attack on its embassy in Cyprus.")
    assert any(e[2].startswith("19") and e[3] == "asserted" for e in events), events
    events = _events(coder, "Russia will pay for its invasion of Ukraine, Biden said.")
    assert ("RUS", "UKR", "192", "asserted") in events


def test_a_named_party_of_a_reprisal_stays_its_target(coder):
    events = _events(coder, "Iran threatened to retaliate against Israel for the killing of its top nuclear scientist.")
    assert any(e[:3] == ("IRN", "ISR", "138") for e in events), events


def test_what_is_asked_for_stays_asked_for(coder):
    events = _events(coder, "The union called for a strike.")
    assert all(e[3] != "asserted" for e in events if e[2].startswith("14")), events
