"""Honours awarded are praise (051; "honour" alone is left out: "statues to honour historic figures"); treaties revoked or scrapped reduce relations (160); a diplomat
ordered to leave is expelled (161). Contracts awarded, promises honoured and treaties denounced in
words are none of these."""
import pytest


def coded(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text, expected", [
    ("Putin awarded the Order of Friendship to the Chinese ambassador.", [("RUSGOV", "CHNGOV", "051")]),
    ("The French president awarded Zelensky the Legion of Honour.", [("FRAGOV", "UKRGOV", "051")]),
    ("Niger revoked its military agreements with France.", [("NER", "FRA", "160")]),
    ("Mali ordered the French ambassador to leave the country.", [("MLI", "FRAGOV", "161")]),
])
def test_coded(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text", [
    "The Kenyan ministry awarded the contract to a Chinese firm.",
    "Kenya built statues to honour historic figures.",
])
def test_no_praise(coder, text):
    assert not any(c == "051" for _, _, c in coded(coder, text))


def test_a_treaty_denounced_in_words_is_criticism(coder):
    assert [c for _, _, c in coded(coder, "The president of Kenya denounced the treaty with Uganda.")] == ["111"]
