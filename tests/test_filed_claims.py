"""A claim brought before a court or a body is its filer's: dismissing "the lawsuit filed by
President Trump" is aimed at Trump, as dismissing "Trump's lawsuit" is.  Sentences written
for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 10, 8)


@pytest.mark.parametrize("text, target", [
    ("Judge Marrero dismissed the lawsuit filed by President Trump.", "USAGOV"),
    ("The Supreme Court rejected a lawsuit filed by Texas against four states.", "USA"),
    ("The court rejected the appeal Google lodged against the fine.", "USABUS"),
])
def test_a_judged_claim_is_aimed_at_its_filer(coder, text, target):
    triples = asserted_triples(coder, text, DATE)
    assert any(t == target for s, t, c in triples), triples


def test_a_claim_merely_mentioned_names_no_filer(coder):
    # citing a claim does not make it: "the lawsuit the senator mentioned" is no senator's
    triples = asserted_triples(coder, "Iran rejected the request the American senator mentioned.", DATE)
    assert not any(t == "USALEG" for s, t, c in triples), triples
