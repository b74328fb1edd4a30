""""Commit", "resolve" and "agree" are verbs of will only before an infinitive ("committed
to negotiate"); what they take as object or subject is done: "committed atrocities", "the
dispute was resolved" (modality.yaml complement_only_future_verbs).  Sentences written for
these tests."""
import datetime as dt

DATE = dt.date(2022, 4, 4)


def modes(coder, text, root):
    return [e.mode for e in coder.code(text, date=DATE).events if e.cameo.startswith(root)]


def test_atrocities_committed_are_reported_done(coder):
    assert modes(coder, "Russian troops committed atrocities in Bucha, the UN said.", "20") == ["asserted"]
    assert modes(coder, "The massacre was committed by government soldiers.", "20") == ["asserted"]


def test_a_denial_still_negates_them(coder):
    assert modes(coder, "The Kremlin denied that Russian troops had committed atrocities in Bucha.", "20") == \
        ["negated"]


def test_committing_to_an_act_is_still_a_will(coder):
    events = coder.code("Iran committed to resume talks with the United States.", date=DATE).events
    assert [(e.cameo, e.mode) for e in events] == [("036", "asserted")]
