"""A court's finding against an act or a measure is aimed at whoever made it
(extractor._judged; roles.actor_of: a measure is its maker's)."""
from __future__ import annotations

import pytest


def _pairs(coder, text):
    return [(e.cameo, e.target.code if e.target else None) for e in coder.code(text, date="2019-09-12").events]


@pytest.mark.parametrize("text, target", [
    ("The three-judge court found Johnson's advice to the Queen was unlawful.", "GBRGOV"),
    ("The Supreme Court ruled that the government's decision was unconstitutional.", "GOV"),
    ("The court ruled that the law passed by Congress was unconstitutional.", "LEG"),
])
def test_a_finding_against_a_measure_targets_its_maker(coder, text, target):
    assert ("116", target) in _pairs(coder, text)


def test_a_finding_against_a_measure_no_one_made_has_no_target(coder):
    assert ("116", None) in _pairs(coder, "The judge declared the law unconstitutional.")
