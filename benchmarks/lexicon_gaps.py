"""Frequent words of real news that take an actor argument but have no trigger entry.

A frequency-driven audit of the trigger lexicon for recall on unseen news.  Every
article of the Wikinews corpus is parsed and coded once with the project's
``Coder``; then, in each sentence:

* a VERB token counts when one of its arguments -- nsubj, nsubjpass, dobj, or the
  pobj of its ``agent`` ("was shot by police") -- is a token inside an actor
  mention (an ``Actor`` with a code or a name), and the lexicon has no entry at
  all for it (``Lexicon.candidates`` is empty: no event, no cue, no constraint
  variant).  A conjoined verb with no subject of its own ("arrived and rallied")
  takes the subject of the verb it is conjoined to;
* a NOUN token counts when it is the direct object of a light verb (launch, hold,
  stage, carry out, impose, sign, issue, make), that verb has an actor argument as
  above, and the lexicon has no entry for the noun.

It prints the top N lemmas of each kind with their counts and one example sentence.
The result is a worklist for a reviewer, not a list of triggers: most frequent
verbs are not events ("become", "live"), and a lemma that names an event in one
sense may not in another ("shoot a film").

Articles of the held-out sets are skipped: every article whose id appears (as the
part before the colon of a gold id ``<article id>:<n>``) in any
``benchmarks/heldout/wikinews_blind*.jsonl``.  Only the ``id`` field of those files
is read; their sentences and labels are not.

    .venv/bin/python benchmarks/lexicon_gaps.py [--top 150] [--corpus PATH] [--json]
"""
from __future__ import annotations

import argparse
import json
from collections import Counter
from pathlib import Path

from communique import Coder
from communique.coder import as_article

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "src/communique/data/corpus/wikinews_en_2019_2020.jsonl"
HELDOUT = ROOT / "benchmarks/heldout"

ARG_DEPS = ("nsubj", "nsubjpass", "dobj")
# light verbs whose object noun names the act; "stage" is also lemmatized "stag" by the small model
LIGHT = {"launch", "hold", "stage", "stag", "impose", "sign", "issue", "make"}
LIGHT_WITH_PARTICLE = {("carry", "out")}


def heldout_articles(folder: Path = HELDOUT) -> set[str]:
    """Article ids of every held-out set (only the ``id`` field of each line is used)."""
    ids = set()
    for path in sorted(folder.glob("wikinews_blind*.jsonl")):
        with path.open(encoding="utf-8") as fh:
            for line in fh:
                if line.strip():
                    ids.add(str(json.loads(line)["id"]).split(":", 1)[0])
    return ids


def actor_tokens(doc, actors) -> set[int]:
    """Indices of the tokens inside an actor mention that has a code or a name."""
    inside = set()
    for a in actors:
        if not (a.code or a.name):
            continue
        span = doc.char_span(a.start, a.end, alignment_mode="expand")
        if span is not None:
            inside.update(range(span.start, span.end))
    return inside


def arguments(verb):
    """The verb's subject, passive subject, direct object and agent (by-phrase) tokens."""
    args = [c for c in verb.children if c.dep_ in ARG_DEPS]
    args += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    if verb.dep_ == "conj" and not any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        args += [c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")]
    return args


def is_light(verb) -> bool:
    lemma = verb.lemma_.lower()
    if lemma in LIGHT:
        return True
    return any((lemma, c.lower_) in LIGHT_WITH_PARTICLE for c in verb.children if c.dep_ in ("prt", "advmod"))


def scan(coder: Coder, rows, verbs: Counter, nouns: Counter, examples: dict) -> None:
    lex = coder.extractor.lexicon
    for row in rows:
        art = as_article(row)
        doc = coder.nlp(art.text)
        # the coder's own pipeline on the parse we keep, so actors and tokens line up
        coded = coder._code_parsed(art, doc)
        inside = actor_tokens(doc, coded.actors)
        if not inside:
            continue
        for tok in doc:
            if tok.pos_ == "VERB":
                if not any(a.i in inside for a in arguments(tok)):
                    continue
                if lex.candidates(tok):
                    continue
                key = ("verb", tok.lemma_.lower())
            elif tok.pos_ == "NOUN" and tok.dep_ == "dobj":
                head = tok.head
                if not is_light(head) or not any(a.i in inside for a in arguments(head)):
                    continue
                if lex.candidates(tok):
                    continue
                key = ("noun", tok.lemma_.lower())
            else:
                continue
            (verbs if key[0] == "verb" else nouns)[key[1]] += 1
            examples.setdefault(key, " ".join(tok.sent.text.split()))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", type=Path, default=CORPUS)
    ap.add_argument("--top", type=int, default=150)
    ap.add_argument("--json", action="store_true", help="one JSON object instead of text")
    args = ap.parse_args()
    skip = heldout_articles()
    rows = [json.loads(line) for line in args.corpus.read_text(encoding="utf-8").splitlines() if line.strip()]
    kept = [r for r in rows if str(r.get("id")) not in skip]
    coder = Coder()
    verbs, nouns, examples = Counter(), Counter(), {}
    scan(coder, kept, verbs, nouns, examples)
    if args.json:
        print(json.dumps({"articles": len(kept), "skipped_heldout": len(rows) - len(kept),
                          "verbs": [[w, n, examples[("verb", w)]] for w, n in verbs.most_common(args.top)],
                          "nouns": [[w, n, examples[("noun", w)]] for w, n in nouns.most_common(args.top)]},
                         indent=1))
        return
    print(f"{len(kept)} articles ({len(rows) - len(kept)} held-out articles skipped)")
    for kind, counts in (("verb", verbs), ("noun", nouns)):
        print(f"\n== {kind}s with an actor argument and no lexicon entry (top {args.top})")
        for word, n in counts.most_common(args.top):
            print(f"{n:4d}  {word:<16} {examples[(kind, word)][:160]}")


if __name__ == "__main__":
    main()
