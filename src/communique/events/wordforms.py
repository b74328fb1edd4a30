"""Written forms of a word, for when the small model's lemma is wrong."""
from __future__ import annotations

from spacy.tokens import Token


def deinflections(word: str, suffixes: tuple[str, ...] = ("s", "es", "ed", "d", "ing")) -> list[str]:
    """The word with each of ``suffixes`` cut off, in that order, where enough stem is
    left: the small model lemmatizes "hopes" and "hoped" as "hop", "waged" as "wag".
    A cut "-ing" is also tried with its "e" back ("waging" -> wage)."""
    out = [word[: -len(s)] for s in suffixes if word.endswith(s) and len(word) > len(s) + 2]
    if "ing" in suffixes and word.endswith("ing") and len(word) > 5:
        out.append(word[:-3] + "e")
    return out


def forms(tok: Token) -> set[str]:
    """The lemma, the written word and its plain de-inflections: what a word list is
    checked against ("waged" is lemmatized "wag", yet it is a light verb)."""
    return {tok.lemma_.lower(), tok.lower_, *deinflections(tok.lower_)}
