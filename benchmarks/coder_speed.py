"""Coder speed against the bare spaCy parse, measured in the same run.

    .venv/bin/python benchmarks/coder_speed.py [--articles 60] [--repeat 3]

Times `communique code --workers 1` on the first N Wikinews articles and a
bare `nlp.pipe` over the same texts (both as fresh processes, so both pay
their start-up), alternating the two to share the machine's noise, and
reports the ratio bare/communique (target >= 0.8) and each run's peak memory
(target < 1 GB).  Needs ../shared/data/wikinews or --corpus.

The communique package is byte-compiled first, as a pip install leaves it
and as spaCy's is: from a source tree with PYTHONDONTWRITEBYTECODE set, every
run would otherwise compile it again and time that.

The headline ratio is of the fastest wall time of each side over the runs
(the run least disturbed by other work on the machine).  The ratio of CPU
seconds (user + system of the child, also the minimum over runs) is
reported beside it: on a shared machine it moves much less than wall time,
because time spent waiting for a core is not counted.  Every run's figures
are listed under "runs".
"""
from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared/data/wikinews/wikinews_en_2019_2020.jsonl"
BARE = """
import json, sys
from communique.nlp import model_name
import spacy
nlp = spacy.load(model_name())
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
n = sum(len(d) for d in nlp.pipe(texts, batch_size=32))
print(n)
"""


# A wrapper process per run, so each run's peak memory is its own.
WRAP = ("import resource, subprocess, sys, time\n"
        "t = time.perf_counter(); rc = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL).returncode\n"
        "wall = time.perf_counter() - t; u = resource.getrusage(resource.RUSAGE_CHILDREN)\n"
        "print(wall, u.ru_utime + u.ru_stime, u.ru_maxrss, rc)")


def timed(cmd: list[str]) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (user + system) and peak RSS (MB) of a child process."""
    proc = subprocess.run([sys.executable, "-c", WRAP, *cmd], capture_output=True, text=True)
    wall, cpu, peak_kb, rc = proc.stdout.split()
    if int(rc):
        sys.exit(f"{cmd[:4]} failed: {proc.stderr[-500:]}")
    return float(wall), float(cpu), int(peak_kb) / 1024


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=60)
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    args = ap.parse_args()
    lines = args.corpus.read_text(encoding="utf-8").splitlines()[: args.articles]
    chars = sum(len(json.loads(l)["text"]) for l in lines)
    with tempfile.TemporaryDirectory() as tmp:
        sample = Path(tmp) / "sample.jsonl"
        sample.write_text("\n".join(lines) + "\n", encoding="utf-8")
        py = sys.executable
        subprocess.run([py, "-c", "import compileall, os, communique; "
                        "compileall.compile_dir(os.path.dirname(communique.__file__), quiet=1)"], check=True)
        cli = [py, "-m", "communique", "code", str(sample), "--workers", "1", "--format", "jsonl", "-o", os.devnull]
        bare = [py, "-c", BARE, str(sample)]
        bare_t, ours_t, bare_cpu, ours_cpu, ours_mem, bare_mem = [], [], [], [], 0.0, 0.0
        for _ in range(args.repeat):
            t, c, m = timed(bare)
            bare_t.append(t)
            bare_cpu.append(c)
            bare_mem = max(bare_mem, m)
            t, c, m = timed(cli)
            ours_t.append(t)
            ours_cpu.append(c)
            ours_mem = max(ours_mem, m)
    b, o = min(bare_t), min(ours_t)
    result = {
        "articles": len(lines), "chars": chars,
        "bare_spacy_s": round(b, 2), "communique_s": round(o, 2),
        "ratio_bare_over_communique": round(b / o, 3),
        "target_ratio": 0.8,
        "bare_spacy_cpu_s": round(min(bare_cpu), 2), "communique_cpu_s": round(min(ours_cpu), 2),
        "cpu_ratio_bare_over_communique": round(min(bare_cpu) / min(ours_cpu), 3),
        "communique_peak_mb": round(ours_mem), "bare_peak_mb": round(bare_mem),
        "communique_articles_per_s": round(len(lines) / o, 2),
        "runs": {"bare": [round(x, 2) for x in bare_t], "communique": [round(x, 2) for x in ours_t],
                 "bare_cpu": [round(x, 2) for x in bare_cpu], "communique_cpu": [round(x, 2) for x in ours_cpu]},
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
