"""'Set up' establishes; it plans nothing: "Students set up an encampment to protest the war"
protested (modality.yaml phrasal_not_future), while "the talks are set to resume" are still
to come.  Sentences written for these tests."""
import datetime as dt

DATE = dt.date(2023, 6, 1)


def modes(coder, text):
    return [(e.cameo[:2], e.mode) for e in coder.code(text, date=DATE).events]


def test_a_protest_camp_set_up_is_a_protest_held(coder):
    assert modes(coder, "American students set up an encampment to protest the war in Gaza.") == [("14", "asserted")]


def test_set_to_still_plans(coder):
    got = modes(coder, "Russia and Ukraine are set to resume talks in Istanbul.")
    assert got and all(m == "future" for _, m in got)
