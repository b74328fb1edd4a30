"""What is not confirmed is unconfirmed, not undone (modality.yaml confirming_verbs); a denial
of one's own side's act is aimed at no one known, and a denial is never aimed at the victims
(merge). Sentences written for these tests."""
import datetime as dt

import pytest

DATE = dt.date(2023, 11, 20)


def _modes(coder, text, root):
    return [e.mode for e in coder.code(text, date=DATE).events if e.cameo.startswith(root)]


@pytest.mark.parametrize("text, root", [
    ("Israel has never confirmed carrying out the strike.", "19"),
    ("The army did not acknowledge that its troops fired on the crowd.", "19"),
    ("The Pentagon would not confirm that US forces had killed the commander.", "1"),
])
def test_not_confirmed_is_unconfirmed(coder, text, root):
    assert _modes(coder, text, root) == ["hypothetical"]


def test_confirmed_is_done_and_not_done_is_negated(coder):
    assert _modes(coder, "Russia confirmed that its forces had struck the base.", "19") == ["asserted"]
    assert _modes(coder, "Israel did not carry out the strike.", "19") == ["negated"]


def test_a_denial_of_ones_own_side_is_aimed_at_no_one_known(coder):
    events = coder.code("Russia denied that its forces had shelled the hospital.", date=DATE).events
    denial = [e for e in events if e.cameo == "016"]
    assert denial and denial[0].target is None, [(e.cameo, e.target) for e in events]
    events = coder.code("Iran denied that Hezbollah had fired the rockets.", date=DATE).events
    assert any(e.cameo == "016" and e.target is not None and e.target.code == "LBNREB" for e in events)
