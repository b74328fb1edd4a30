"""Re-create the sentence sample of wikinews_blind_2.jsonl (texts only, no labels).

Run from the repository root: .venv/bin/python benchmarks/heldout/select_wikinews_sentences_2.py
Prints one JSON object per line: id, date, text.  The article list was chosen by hand
from the random.seed(31415) order (see README.md): walking that order, articles of the
first set were passed over, non-political ones skipped (SKIPPED), the rest kept until 25
(the 68th article in the order).  check_walk() asserts that this accounts for every
article up to there.  The sentence rules are those of select_wikinews_sentences.py
(imported from it), plus one re-join (a parenthesis split off by the parser).
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_wikinews_sentences import check_walk, print_sample  # noqa: E402  the same sentence rules
from select_wikinews_sentences import ARTICLES as FIRST_SET  # noqa: E402  never used here

ARTICLES = (
    "2019-145 2020-112 2020-100 2020-044 2020-021 2020-082 2019-060 2020-102 2020-068 "
    "2019-107 2019-163 2020-050 2019-156 2020-054 2020-095 2020-091 2019-046 2020-053 "
    "2019-153 2019-131 2020-110 2020-087 2019-120 2019-070 2019-086"
).split()
# judged non-political on the walk (science, disasters, accidents, sport, culture,
# obituaries of non-political people, ordinary crime, COVID-19 case counts)
SKIPPED = (
    "2020-058 2019-022 2019-067 2020-035 2020-071 2019-026 2019-108 2019-010 2019-141 "
    "2020-096 2019-125 2020-051 2019-130 2019-132 2020-111 2019-140 2019-033 2019-162 "
    "2019-111 2020-020 2019-072 2020-122 2019-006 2019-062 2019-112 2019-025 2020-061 "
    "2019-058 2019-114 2020-019 2020-086 2020-083 2019-001 2019-088 2019-011"
).split()
def main() -> None:
    check_walk(31415, ARTICLES, SKIPPED, set(FIRST_SET))
    print_sample(ARTICLES, rejoin_parentheses=True)


if __name__ == "__main__":
    main()
