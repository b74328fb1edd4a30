"""An actor's expressed will to act is an expressed intent (03x), as "is ready to" is;
complying with an order yields to it; support announced is endorsement.  Sentences written
for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


def test_expressed_willingness_to_negotiate_is_intent_to_meet(coder):
    for text in ("Iran expressed its willingness to negotiate with the United States.",
                 "Iran reaffirmed its commitment to negotiate with the United States."):
        assert ("IRN", "USA", "036") in asserted_triples(coder, text, DATE), text


def test_someone_elses_intention_is_no_intent_of_the_actor(coder):
    triples = asserted_triples(coder, "Russia criticized Iran's intention to attack Israel.", DATE)
    assert not [c for s, t, c in triples if c.startswith("03") or c.startswith("13") or c.startswith("19")], triples


def test_complying_with_a_court_order_yields(coder):
    triples = asserted_triples(coder, "The Thai party complied with the court order.", DATE)
    assert any(c == "080" and s == "THAPTY" for s, t, c in triples), triples


def test_support_announced_for_someone_is_endorsement(coder):
    triples = asserted_triples(coder, "Former president Barack Obama announced his support for Joe Biden.", DATE)
    assert any(c == "051" and t and t.startswith("USA") for s, t, c in triples), triples


def test_two_people_of_one_code_acting_in_two_sentences_are_two_events(coder):
    # Warren's endorsement and, a sentence later, Sanders's are two happenings, not one
    # told twice (both are USAELI to Biden)
    text = ("Former presidential candidate Elizabeth Warren announced on Thursday that she was endorsing Joe Biden. "
            "Former presidential candidate Bernie Sanders endorsed Biden on Thursday as well.")
    endorsements = [e for e in coder.code(text, date=dt.date(2020, 4, 16)).events
                    if e.mode == "asserted" and e.cameo.startswith("05")]
    assert sorted({e.sentence_index for e in endorsements}) == [0, 1], \
        [(e.sentence_index, e.source and e.source.text, e.cameo) for e in endorsements]


def test_a_noun_event_the_object_of_a_willed_verb_is_the_intent(coder):
    # the will is about the talks, whatever verb carries them: "resume", "restart"
    for text in ("Iran's foreign minister said Tehran was ready to resume talks with Washington.",
                 "Iran will resume talks with the United States.",
                 "Iran wants to resume talks with the US."):
        triples = asserted_triples(coder, text, DATE)
        assert any(c == "036" and s.startswith("IRN") and t.startswith("USA") for s, t, c in triples), (text, triples)


def test_a_noun_event_of_someone_elses_clause_keeps_its_mode(coder):
    # the talks are the subject, not an actor's object: no one here commits to them
    triples = asserted_triples(coder, "The talks between Iran and the United States will resume next week.", DATE)
    assert not [c for s, t, c in triples if c.startswith("03")], triples
