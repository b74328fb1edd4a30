"""Build src/communique/data/cameo.tsv from the CAMEO codebook table and the
CAMEO->PLOVER map (facts only: codes, names, Goldstein values, PLOVER types).

Run once by a maintainer when ../shared/data/reference changes:
    python scripts/build_codebook.py ../shared/data/reference
"""
import csv
import re
import sys
from pathlib import Path

ref = Path(sys.argv[1] if len(sys.argv) > 1 else "../shared/data/reference")
out = Path(__file__).resolve().parent.parent / "src/communique/data/cameo.tsv"

rows = {}
for name in ("eventtypes.csv", "eventtypes-cameo-extra.csv"):
    with open(ref / name, encoding="utf-8-sig") as fh:
        for r in csv.DictReader(fh):
            rows[r["code"]] = {"name": r["name"].strip(), "goldstein": r["goldstein"].strip()}

plover = {}
for line in open(ref / "CAMEO2PLOVER-2021.txt", encoding="utf-8"):
    m = re.match(r"^(\d{2,4}):\s*([^#]*)", line)
    if not m:
        continue
    parts = [p.strip() for p in m.group(2).split(",")]
    parts += [""] * (3 - len(parts))
    if m.group(1) not in plover or len(m.group(1)) > 2:
        plover[m.group(1)] = parts[:3]


def quad(code):
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


# The 2021 map starts at 03.  PLOVER folds CAMEO's appeals (02) into REQUEST;
# plain statements (01) have no PLOVER type and stay empty (null downstream).
SUPPLEMENT = {"02": ["REQUEST", "", ""], "016": ["REJECT", "", ""]}


def lookup_plover(code):
    for k in (code, code[:3], code[:2]):
        if k in SUPPLEMENT:
            return SUPPLEMENT[k]
    for k in (code, code[:3], code[:2]):
        if k in plover and plover[k][0]:
            return plover[k]
    return ["", "", ""]


def goldstein(code):
    for k in (code, code[:3], code[:2]):
        g = rows.get(k, {}).get("goldstein", "")
        if g not in ("", "NULL"):
            return g
    return ""


with open(out, "w", encoding="utf-8", newline="") as fh:
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow(["code", "name", "goldstein", "quad_class", "plover", "plover_mode", "plover_context"])
    for code in sorted(rows, key=lambda c: (c[:2], c.ljust(4, " "))):
        p = lookup_plover(code)
        w.writerow([code, rows[code]["name"], goldstein(code), quad(code), p[0], p[1], p[2].replace(" ", "")])
print(f"wrote {len(rows)} codes to {out}")
