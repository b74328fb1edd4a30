"""Clashes and fighting: the parties of "between A and B" wherever the parser hangs the phrase, and
a clash with a protesting crowd as CAMEO codes it (the crowd riots, 145; police or troops on the
other side repress it, 175), while armed sides fighting stay 190."""
import pytest


def coded(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text", [
    "Fighting between Armenia and Azerbaijan killed 20 people.",  # a gerund the parser reads as a verb
    "Heavy fighting broke out between Armenia and Azerbaijan.",  # the phrase hangs on "broke out"
])
def test_between_names_both_sides_of_fighting(coder, text):
    got = coded(coder, text)
    assert [g[2][:2] for g in got] == ["19"], got
    assert {got[0][0], got[0][1]} == {"ARM", "AZE"}, got


@pytest.mark.parametrize("text, crowd, force", [
    ("Protesters clashed with police in central Beirut.", "LBNOPP", "LBNCOP"),
    ("Police clashed with protesters in Hong Kong.", "HKGOPP", "HKGCOP"),
    ("Clashes broke out between protesters and police in Santiago.", "CHLOPP", "CHLCOP"),
    ("Clashes between Israeli troops and Palestinian protesters left 3 dead.", "PSEOPP", "ISRMIL"),
])
def test_a_clash_with_a_crowd_is_a_riot_and_its_repression(coder, text, crowd, force):
    assert coded(coder, text) == sorted([(crowd, force, "145"), (force, crowd, "175")])


def test_two_crowds_riot_against_each_other(coder):
    # and counter-protesters are not the protesters they face (one entity would drop the event)
    assert coded(coder, "Protesters clashed with counter-protesters in Portland.") == [("USAOPP", "USAOPP", "145")]


@pytest.mark.parametrize("text", [
    "Syrian troops clashed with rebels near Aleppo.",
    "Fighting between the army and rebels killed 20 people.",
])
def test_armed_sides_clashing_stay_military_force(coder, text):
    got = coded(coder, text)
    assert got and all(c[:2] in ("18", "19") for _, _, c in got), got
