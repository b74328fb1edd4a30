"""Score ``ActorFinder.resolve`` on the NGEC/POLECAT actor-resolution cases.

    from communique.actors import ngec_score
    ngec_score("../shared/data/dev/ngec-actor-resolution-tests/ngec_agent_to_code_cases.jsonl")

Each case gives an actor phrase (with optional context, date, known country)
and the expected ``country`` and ``code_1`` (and sometimes ``code_2``); each
expected field is one assertion.  Their labels are PLOVER agent codes; ours
are CAMEO, mapped here: our HLH (health) is their MED, our MED (media) their
JRN; religions (MUS, CHR, ...) are REL except BUD; UNO/EUR/IGO countries as
they are.  ``__return__ Is None`` cases hold when resolve returns None.
Cases marked skip are left out; xfail cases are counted (they are real cases).
"""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

_TO_PLOVER = {"HLH": "MED", "MED": "JRN", "MUS": "REL", "CHR": "REL", "JEW": "REL", "HIN": "REL",
              "CTH": "REL", "ORT": "REL", "PRO": "REL", "SHI": "REL", "SUN": "REL", "INS": "REB"}


def _date(text) -> dt.date | None:
    if not text or str(text).lower() == "today":
        return None
    try:
        return dt.date.fromisoformat(str(text))
    except ValueError:
        import dateparser

        d = dateparser.parse(str(text))
        return d.date() if d else None


def _plover(sector: str | None) -> str:
    if not sector:
        return ""
    return _TO_PLOVER.get(sector, sector)


def ngec_score(path: str | Path, finder=None, errors: int = 0) -> dict:
    """Share of assertions (country, code_1, code_2, None-returns) that hold; per-field figures too."""
    if finder is None:
        from .finder import ActorFinder

        finder = ActorFinder()
    totals = {"country": [0, 0], "code_1": [0, 0], "code_2": [0, 0], "none": [0, 0]}
    cases = held_cases = 0
    misses = []
    for line in Path(path).read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        if case.get("status") == "skip":
            continue
        inp, exp, ops = case["input"], case["expected"], case.get("expected_ops", {})
        actor = finder.resolve(inp.get("actor_text", ""), date=_date(inp.get("query_date")),
                               context=inp.get("context") or "", known_country=inp.get("known_country"))
        got = {"country": (actor.country or "") if actor else "",
               "code_1": _plover(actor.sector) if actor else ""}
        ok_all = True
        checked = False
        for field in ("country", "code_1", "code_2"):
            if field not in exp or field not in ops:
                continue
            want = exp[field]
            op = ops[field]
            if field == "code_2":
                have = ""  # we keep one sector per actor
            else:
                have = got[field]
            if op == "In":
                ok = have in [w or "" for w in want]
            elif op == "NotEq":
                ok = have != (want or "")
            else:
                ok = have == (want or "")
            totals[field][0] += ok
            totals[field][1] += 1
            ok_all &= ok
            checked = True
        if "__return__" in ops:
            ok = actor is None
            totals["none"][0] += ok
            totals["none"][1] += 1
            ok_all &= ok
            checked = True
        if not checked:
            continue
        cases += 1
        held_cases += ok_all
        if not ok_all:
            misses.append({"text": inp.get("actor_text"), "date": inp.get("query_date"),
                           "expected": {k: exp.get(k) for k in ("country", "code_1", "code_2") if k in exp},
                           "got": got if actor else None})
    main = [totals[k] for k in ("country", "code_1", "none")]
    held = sum(a for a, _ in main)
    n = sum(b for _, b in main)
    out = {
        "assertions": n,
        "held": held,
        "accuracy": round(held / n, 4) if n else 0.0,
        "cases": cases,
        "cases_all_held": round(held_cases / cases, 4) if cases else 0.0,
        "by_field": {k: {"held": a, "of": b, "accuracy": round(a / b, 4) if b else None}
                     for k, (a, b) in totals.items()},
        "note": "accuracy counts country, code_1 and None-return assertions; code_2 is reported apart "
                "(communique keeps one sector per actor)",
    }
    if errors:
        out["misses"] = misses[:errors]
    return out
