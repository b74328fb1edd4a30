"""How far the trigger lexicon reaches on the CAMEO manual's example sentences.

A lexical upper bound for the event engine, in two strengths:

* lemma: some entry's head lemma occurs in the sentence with the entry's part of
  speech (constraints ignored);
* match: the engine's own ``Lexicon.match`` accepts the token (constraints,
  i.e. prep/object/xcomp/light/compound, checked against the parse).

For each, the share of sentences with any candidate, with a candidate of the gold
root, and with a candidate of the gold code.  Also lists every 3-digit CAMEO code
with no trigger (there must be none).

    .venv/bin/python benchmarks/lexicon_coverage.py [--gold PATH] [--misses N] [--json]

The gold file is JSON lines with ``text`` and ``cameo_code`` (the CAMEO manual
examples in ../shared/data/dev/cameo-manual-examples by default), or with
``text`` and ``pentaclass`` (ConfliBERT's five coarse classes, e.g.
../shared/data/dev/conflibert-cameo-test/cameo_test.merged.jsonl): then "root"
means "a candidate of the gold class" and there is no code column.
"""
from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from communique import codebook, nlp
from communique.events.lexicon import VERB_POS, NOUN_POS, Lexicon

DEFAULT_GOLD = Path(__file__).resolve().parents[1].parent / "shared/data/dev/cameo-manual-examples/cameo_manual_examples.jsonl"


def coded(entries):
    """Entries that can code an event: events, and speech cues that carry a code."""
    return [e for e in entries if e.code is not None and e.cue in (None, "speech")]


def run(gold: Path, misses: int = 0) -> dict:
    lex = Lexicon()
    by_lemma: dict[tuple[str, str], list] = {}
    for e in coded(lex.entries):
        by_lemma.setdefault((e.pos, e.lemma), []).append(e)
    rows = [json.loads(line) for line in gold.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [r for r in rows if r.get("text") and not r["text"].startswith("NEED EXAMPLE")]
    parse = nlp.load()
    counts = {k: 0 for k in ("lemma_any", "lemma_root", "lemma_code", "match_any", "match_root", "match_code")}
    missed = []
    coarse = "cameo_code" not in rows[0]
    for row, doc in zip(rows, parse.pipe(r["text"] for r in rows)):
        code = row.get("cameo_code") or ""
        root = code[:2]
        lemma_codes, match_codes = set(), set()
        for tok in doc:
            pos = "verb" if tok.pos_ in VERB_POS else "noun" if tok.pos_ in NOUN_POS else None
            if pos is None:
                continue
            lemma = tok.lemma_.lower()
            for e in by_lemma.get((pos, lemma), []) + (by_lemma.get((pos, tok.lower_), []) if tok.lower_ != lemma else []):
                lemma_codes.add(e.code)
            m = lex.match(tok)
            if m is not None and m.entry.code is not None and m.entry.cue in (None, "speech"):
                match_codes.add(m.entry.code)
        if coarse:
            right = lambda c: codebook.pentaclass(c) == row["pentaclass"]  # noqa: E731
            code = str(row["pentaclass"])
        else:
            right = lambda c: c[:2] == root  # noqa: E731
        for kind, codes in (("lemma", lemma_codes), ("match", match_codes)):
            counts[f"{kind}_any"] += bool(codes)
            counts[f"{kind}_root"] += any(right(c) for c in codes)
            counts[f"{kind}_code"] += code in codes
        if not any(right(c) for c in match_codes):
            missed.append((code, sorted(match_codes), row["text"]))
    n = len(rows)
    uncovered = sorted(c for c in codebook.codebook() if len(c) == 3
                       and not any(e.code and e.code[:3] == c for e in coded(lex.entries)))
    result = {
        "sentences": n,
        "entries": len(lex.entries),
        **{k: round(v / n, 3) for k, v in counts.items()},
        "uncovered_3digit_codes": uncovered,
    }
    if misses:
        result["misses"] = missed[:misses]
    return result


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--misses", type=int, default=0, help="list this many sentences with no matched entry of the right root")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    if not args.gold.exists():
        print(f"lexicon_coverage: no gold file at {args.gold}", file=sys.stderr)
        return 2
    res = run(args.gold, args.misses)
    if args.json:
        print(json.dumps(res, indent=1))
        return 0
    print(f"{res['sentences']} sentences, {res['entries']} lexicon entries")
    print(f"{'':8}{'any':>8}{'root':>8}{'code':>8}")
    for kind in ("lemma", "match"):
        print(f"{kind:8}{res[kind + '_any']:8.3f}{res[kind + '_root']:8.3f}{res[kind + '_code']:8.3f}")
    print("3-digit codes with no trigger:", ", ".join(res["uncovered_3digit_codes"]) or "none")
    for code, got, text in res.get("misses", []):
        print(f"  {code:5} got {','.join(got) or '-':30} {text[:110]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
