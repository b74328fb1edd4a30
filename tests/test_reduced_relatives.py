"""A reduced relative the small parser reads as the main verb ("The civilians imprisoned
for acting against Moscow were released by Putin": "imprisoned" as the root, "were
released" its conjunct or adverbial clause with no "and", "when" or subject): the
participle was done to its "subject", and the other clause's agent is not its doer.
Sentences written for these tests."""
from asserted_events import asserted_triples


def test_the_misread_participle_is_done_to_its_subject(coder):
    for text in ("The civilians imprisoned for acting against Moscow were released yesterday by Putin himself.",
                 "Activists detained during the protest were released by police on Monday."):
        triples = asserted_triples(coder, text)
        # no event has the prisoners as doers, and the releaser did not jail them
        assert not [t for t in triples if t[0] in ("CVL", "OPP")], (text, triples)
        assert not [t for t in triples if t[2].startswith("17")], (text, triples)
        assert [t[2][:3] for t in triples] == ["084"], (text, triples)


def test_a_real_coordination_keeps_its_shared_agent(coder):
    triples = asserted_triples(coder, "The building was damaged and destroyed by Israeli airstrikes.")
    assert triples and all(s == "ISR" for s, t, c in triples), triples
