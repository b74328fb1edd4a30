"""People the text names as doers but does not identify ("men on motorbikes", "nine men ...
for abusing") did the act: no place stands in for them (the place stands in only for a doer
not named at all).  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 6, 1)


def _events(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=DATE).events]


@pytest.mark.parametrize("text, expected", [
    ("Men on motorbikes killed five villagers in Zamfara, Nigeria.", [(None, "NGACVL", "190")]),
    ("Nine men were jailed for abusing two girls at a home in Bradford, England.", [(None, "GBRCVL", "182")]),
    ("Three police officers were stabbed in Paris.", [("FRA", "FRACOP", "182")]),  # no doer named: the place
])
def test_unnamed_people_are_no_place(coder, text, expected):
    assert [e for e in _events(coder, text) if e[2].startswith(("18", "19"))] == expected
