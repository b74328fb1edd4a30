"""Acts declared by calling them, states recognised by name, ambassadors pulled, the internet shut down;
and what is only called for stays asked for."""
import pytest


def events(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.mode)
                  for e in coder.code(text).events)


@pytest.mark.parametrize("text", [
    "The union called a general strike.",
    "Unions called a national strike for Thursday.",
    "The union called a strike.",
])
def test_calling_a_strike_declares_it(coder, text):
    assert [(c, m) for _, _, c, m in events(coder, text)] == [("143", "asserted")]


@pytest.mark.parametrize("text", [
    "The union called for a general strike.",
    "The union called for a strike.",
])
def test_calling_for_a_strike_only_asks_for_one(coder, text):
    assert not any(c == "143" and m == "asserted" for _, _, c, m in events(coder, text))


@pytest.mark.parametrize("text, expected", [
    ("Morocco recognized Israel.", ("MAR", "ISR", "054", "asserted")),
    ("Britain recognised Palestine as a state.", ("GBR", "PSE", "054", "asserted")),
    ("France pulled its ambassador from Niger.", ("FRA", "NER", "161", "asserted")),
])
def test_diplomatic_acts_on_a_named_state(coder, text, expected):
    assert events(coder, text) == [expected]


def test_recognising_a_fact_is_no_recognition(coder):
    assert events(coder, "The minister recognized the importance of trade with Kenya.") == []


def test_shutting_down_the_internet_restricts_freedoms(coder):
    assert [c for _, _, c, _ in events(coder, "The government shut down the internet across the country.")] == ["1721"]
