"""The CAMEO codebook as data: names, Goldstein values, QuadClass, PLOVER type.

Loaded once from ``data/cameo.tsv`` (built from the CAMEO 1.1b3 table and
the 2021 CAMEO->PLOVER map by ``scripts/build_codebook.py``).
"""
from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources


@dataclass(frozen=True)
class CameoCode:
    code: str
    name: str
    goldstein: float | None
    quad_class: int
    plover: str | None
    plover_mode: str | None
    plover_context: str | None

    @property
    def root(self) -> str:
        return self.code[:2]


@lru_cache(maxsize=1)
def codebook() -> dict[str, CameoCode]:
    out: dict[str, CameoCode] = {}
    with resources.files("communique.data").joinpath("cameo.tsv").open(encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            out[row["code"]] = CameoCode(
                code=row["code"],
                name=row["name"],
                goldstein=float(row["goldstein"]) if row["goldstein"] else None,
                quad_class=int(row["quad_class"]),
                plover=row["plover"] or None,
                plover_mode=row["plover_mode"] or None,
                plover_context=row["plover_context"] or None,
            )
    return out


def lookup(code: str) -> CameoCode:
    """The entry for a CAMEO code; unknown 4-digit codes fall back to their parent."""
    book = codebook()
    for key in (code, code[:3], code[:2]):
        if key in book:
            return book[key]
    raise KeyError(f"unknown CAMEO code {code!r}")


def is_code(code: str) -> bool:
    return code in codebook()


def quad_class(code: str) -> int:
    return lookup(code).quad_class


# ConfliBERT's five coarse classes (CAMEO roots): statements/appeals, verbal
# cooperation, material cooperation, verbal conflict (incl. 16), material conflict.
PENTACLASS = {
    **{r: 0 for r in ("01", "02")},
    **{r: 1 for r in ("03", "04", "05")},
    **{r: 2 for r in ("06", "07", "08")},
    **{r: 3 for r in ("09", "10", "11", "12", "13", "16")},
    **{r: 4 for r in ("14", "15", "17", "18", "19", "20")},
}


def pentaclass(code: str) -> int:
    return PENTACLASS[code[:2]]
