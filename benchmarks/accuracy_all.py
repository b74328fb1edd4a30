"""Every dev set through one loaded coder: the headline figure of each.

    .venv/bin/python benchmarks/accuracy_all.py [--dev ../shared/data/dev] [--json]

The same numbers as `communique eval FILE` for each file (see docs/accuracy.md),
in one run so the coder loads once.
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from communique import Coder
from communique.evaluation import evaluate

SETS = [
    ("petr", "udpetrarch-petr2-gsr-validation/PETR2_GSR_validation.normalized.jsonl"),
    ("pentaclass", "conflibert-cameo-test/cameo_test.merged.jsonl"),
    ("cameo-manual", "cameo-manual-examples/cameo_manual_examples.jsonl"),
    ("plover", "plover-gsr-cameo/PLOVER_GSR_CAMEO.joined.jsonl"),
    ("actors", "ngec-actor-resolution-tests/ngec_agent_to_code_cases.jsonl"),
]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--dev", type=Path, default=Path(__file__).resolve().parent.parent.parent / "shared/data/dev")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    coder = Coder()
    out = {}
    for kind, rel in SETS:
        t = time.perf_counter()
        report = evaluate(args.dev / rel, kind=kind, coder=coder)
        out[kind] = {"measure": report.headline_name, "value": round(report.headline, 3),
                     "target": report.target, "seconds": round(time.perf_counter() - t, 1)}
        for row in report.accuracy:
            out[kind][row.name] = round(row.value, 3)
        print(kind, json.dumps(out[kind]), flush=True)
    if args.json:
        print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()
