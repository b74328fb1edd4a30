"""What a verb only speaks of or judges keeps its own mode: "India did not condemn Russia's
invasion" reports the invasion (grammar.yaml about_verbs).  A light verb's noun and what is
allowed or blocked take the verb's mode.  Sentences written for these tests."""
import datetime as dt

import pytest

DATE = dt.date(2022, 3, 2)


def modes(coder, text, root):
    return [e.mode for e in coder.code(text, date=DATE).events if e.cameo.startswith(root)]


@pytest.mark.parametrize("text", [
    "India did not condemn Russia's invasion of Ukraine.",
    "China refused to condemn Russia's invasion of Ukraine.",
])
def test_the_happening_spoken_of_is_reported(coder, text):
    assert modes(coder, text, "19") == ["asserted"]


@pytest.mark.parametrize("text, root", [
    ("The US would not allow any Turkish military operations against the Kurds.", "19"),
    ("Russia and Ukraine did not attend the signing of the agreement.", "05"),
])
def test_a_light_or_permitting_verb_passes_its_mode(coder, text, root):
    assert modes(coder, text, root) and "asserted" not in modes(coder, text, root)
