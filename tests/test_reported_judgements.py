"""A speaker who judges something with a word of condemnation denounces it (CAMEO 111): "said X's
remarks were unacceptable", "deemed the law unconstitutional". Praise, worry, a negated judgement,
a judgement of no act and no one, and a judge nobody can code make no event."""
import pytest


def coded(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text, expected", [
    ("Erdogan said Macron's remarks were unacceptable.", ("TURGOV", "FRAGOV", "111")),
    ("Pelosi said Trump's decision was reckless and dangerous.", ("USALEG", "USAGOV", "111")),
    # an act judged with no actor named in the clause: still a denunciation, of no one named
    ("The foreign ministry of Iran said the sanctions were illegal.", ("IRNGOV", None, "111")),
    ("Russia said the report was baseless.", ("RUS", None, "111")),
])
def test_a_condemning_judgement_in_what_was_said(coder, text, expected):
    assert coded(coder, text) == [expected]


def test_a_judged_thing_that_is_an_event_is_still_judged(coder):
    # the sale is an event of its own (062, no buyer named) and what the speaker condemns
    assert coded(coder, "China said the US arms sale was a serious provocation.") == \
        [("CHN", "USA", "111"), ("USA", None, "062")]


@pytest.mark.parametrize("text, expected", [
    ("The court deemed the law unconstitutional.", "111"),
    ("The Thai king considered her candidacy inappropriate.", "111"),
])
def test_deeming_and_considering(coder, text, expected):
    assert [c for _, _, c in coded(coder, text)] == [expected]


@pytest.mark.parametrize("text", [
    "The president of Kenya said the talks were productive.",  # praise is no denunciation
    "The minister of Kenya said the situation was dangerous.",  # worry (012), not condemnation
    "Officials in Kenya said the flooding was a calamity.",  # no act, no one
    "The Kenyan judge said not every corrupt act is a crime.",  # negated
    "The council of Kenya considered the proposal on Monday.",
])
def test_no_denunciation(coder, text):
    assert not any(c == "111" for _, _, c in coded(coder, text))


def test_the_judging_word_is_not_the_target(coder):
    # "criminal" names no criminals here
    assert coded(coder, "President Trump claimed the move was criminal.") == [("USAGOV", None, "111")]
