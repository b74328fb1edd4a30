"""A verb's matched thing that is a compound ("went on hunger strike": hunger) names its
head's event too: one hunger strike, not a second one told by the place.  Sentences written
for these tests."""
import datetime as dt

import pytest

DATE = dt.date(2022, 10, 1)


@pytest.mark.parametrize("text", [
    "Prisoners went on hunger strike at a jail in Bahrain.",
    "Journalists went on hunger strike in Cairo.",
])
def test_one_hunger_strike(coder, text):
    events = [e for e in coder.code(text, date=DATE).events if e.cameo.startswith("142")]
    assert len(events) == 1, [(e.source and e.source.code, e.trigger.text) for e in events]
    assert events[0].trigger.text == "went"
