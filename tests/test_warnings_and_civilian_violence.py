"""A warning aimed at no one that tells no act of the speaker's is a pessimistic comment (012), a
warning to someone a threat (130); violence by civilians is unconventional (18x), not military (19x)."""
import pytest


def coded(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text", [
    "The UN warned that the humanitarian situation in Yemen was deteriorating.",
    "The WHO warned that the virus could spread further.",
    "Aid agencies in Somalia warned of a looming famine.",
])
def test_a_warning_to_no_one_is_a_pessimistic_comment(coder, text):
    assert [c for _, _, c in coded(coder, text)] == ["012"]


@pytest.mark.parametrize("text, expected", [
    ("China warned the United States that it would respond.", ("CHN", "USA", "130")),
    ("Iran warned the United States against any military action.", ("IRN", "USA", "130")),
])
def test_a_warning_to_someone_is_a_threat(coder, text, expected):
    assert coded(coder, text) == [expected]


def test_a_warning_of_ones_own_act_keeps_the_act(coder):
    assert [c[:3] for _, _, c in coded(coder, "Iran warned that it would close the Strait of Hormuz.")] == ["138"]


@pytest.mark.parametrize("text, expected", [
    ("Israeli settlers attacked Palestinian farmers.", ("ISRCVL", "PSEAGR", "180")),
    ("Villagers attacked the police station in Kenya.", ("KENCVL", "KENCOP", "180")),
])
def test_civilians_attacking_use_unconventional_violence(coder, text, expected):
    assert coded(coder, text) == [expected]


def test_troops_attacking_use_military_force(coder):
    assert coded(coder, "Israeli troops attacked Palestinian farmers.") == [("ISRMIL", "PSEAGR", "190")]
