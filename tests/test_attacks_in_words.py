"""An attack "over" a budget, a bill or a deal is in words (111); one "over" rocket fire is force."""
import pytest


def coded(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text, expected", [
    ("The opposition attacked the government over the budget.", [("OPP", "GOV", "111")]),
    ("Kenyan lawmakers attacked the president over the new tax bill.", [("KENLEG", "GOV", "111")]),
    ("Israel attacked Gaza over the rocket fire.", [("ISR", "PSEGZA", "190")]),
])
def test_attacked_over(coder, text, expected):
    assert coded(coder, text) == expected
