"""An act one takes part in ("involved in the attack", "participating in the attack",
"will participate in the talks") has the mode of the taking part: denied, it is denied
(its doer is the taker, so a denied taking part asserts no attack by them).  Sentences
written for these tests."""
import datetime as dt

import pytest

DATE = dt.date(2022, 6, 1)


def modes(coder, text, root):
    return [(e.source.code if e.source else None, e.mode) for e in coder.code(text, date=DATE).events
            if e.cameo.startswith(root)]


@pytest.mark.parametrize("text, root, expected", [
    ("The Kremlin denied that Russian troops were involved in the attack.", "19", [("RUSMIL", "negated")]),
    ("Iran denied participating in the attack on the tanker.", "19", [("IRN", "negated")]),
    ("Russian troops were involved in the attack.", "19", [("RUSMIL", "asserted")]),
    ("China will participate in the talks with Russia.", "04", [("CHN", "future")]),
])
def test_the_act_taken_part_in_has_the_taking_parts_mode(coder, text, root, expected):
    assert modes(coder, text, root) == expected
