"""A release asked for is asked of who holds the captives: the releaser named, or the captors or
the place a participle names ("held by Hamas", "held in Gaza"), never the captives
(grammar.yaml release_asking_verbs, holding_verbs).  Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 12, 10)


@pytest.mark.parametrize("text, expected", [
    ("The UN demanded the release of the hostages held by Hamas.", ("IGOUNO", "PSEREB", "1053")),
    ("Demonstrators in Tel Aviv demanded the release of the hostages held in Gaza.", ("ISROPP", "PSEGZA", "1053")),
])
def test_a_release_is_demanded_of_the_holders(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_with_no_holder_named_it_is_demanded_of_no_one(coder):
    assert asserted_triples(coder, "Ukraine demanded the release of its sailors.", DATE) == [("UKR", None, "1053")]
