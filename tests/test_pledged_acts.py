"""A pledge to coerce is coded as the act pledged (recode's reading of a commitment), and
then is that one event, not also a residual intent to cooperate (030).
Sentences written for these tests."""
from asserted_events import asserted_triples


def test_a_pledged_expulsion_is_one_event(coder):
    triples = asserted_triples(coder, "Qatar has pledged to expel exiled leaders of Egypt's Muslim Brotherhood.")
    assert [c for s, t, c in triples] == ["174"], triples


def test_pledges_coded_as_intents_stay(coder):
    assert [c for s, t, c in asserted_triples(coder, "Japan pledged to provide aid to Haiti.")] == ["033"]
    assert [c for s, t, c in asserted_triples(coder, "Trump vowed to issue an executive order.")] == ["030"]


def test_an_approved_own_act_is_that_act(coder):
    # the deployment, not also an endorsement of the troops (051 on MIL)
    triples = asserted_triples(coder, "Turkey's parliament approved sending troops to Libya.")
    assert triples == [("TURLEG", "LBY", "154")], triples


def test_an_approved_deal_stays_an_approval(coder):
    assert [c for s, t, c in asserted_triples(coder, "The EU approved the deal with Britain.")] == ["051"]
