"""Scoring predicted events against gold sentences.

Pure functions over :class:`GoldSentence` and :class:`PredEvent` lists; the
coder is not needed here, so the arithmetic can be tested on hand-made
predictions.  The conventions are documented in docs/evaluation.md.

Event matching: within one sentence, gold and predicted events are matched
one-to-one (a maximum bipartite matching under the view's compatibility
rule); true positives are the matched pairs, false positives the unmatched
predictions, false negatives the unmatched gold events, summed over
sentences (micro-average).  For views that compare whole keys this is the
multiset intersection.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, asdict
from typing import Any, Callable, Iterable, Sequence

from ..codebook import PENTACLASS
from .codes import ActorKey, norm_country, norm_sector, same_actor, same_country
from .gold import GoldActorCase, GoldEvent, GoldSentence
from .predictions import PredEvent, asserted, directed, plover_05b1


# ---------------------------------------------------------------- results

@dataclass
class PRF:
    """Precision/recall/F1 from counts."""

    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def to_dict(self) -> dict:
        return {"name": self.name, "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(self.precision, 4), "recall": round(self.recall, 4),
                "f1": round(self.f1, 4)}


@dataclass
class Rate:
    """A share: correct out of total."""

    name: str
    correct: int = 0
    total: int = 0

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 0.0

    def to_dict(self) -> dict:
        return {"name": self.name, "correct": self.correct, "total": self.total,
                "value": round(self.value, 4)}


@dataclass
class ClassRow:
    """Per-class precision and recall of a single-label classification."""

    label: str
    name: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    def prf(self) -> PRF:
        return PRF(self.label, self.tp, self.fp, self.fn)

    def to_dict(self) -> dict:
        p = self.prf()
        return {"label": self.label, "name": self.name, "support": self.support,
                "tp": self.tp, "fp": self.fp, "fn": self.fn,
                "precision": round(p.precision, 4), "recall": round(p.recall, 4), "f1": round(p.f1, 4)}


NONE = "none"  # the confusion-matrix label for "no event"


@dataclass
class Confusion:
    """Counts of (gold label, predicted label); NONE on either side means no event."""

    title: str
    counts: Counter = field(default_factory=Counter)

    def add(self, gold: str, pred: str) -> None:
        self.counts[(gold, pred)] += 1

    def labels(self) -> list[str]:
        seen = {g for g, _ in self.counts} | {p for _, p in self.counts}
        return sorted(seen - {NONE}) + ([NONE] if NONE in seen else [])

    def to_dict(self) -> dict:
        return {"title": self.title, "labels": self.labels(),
                "counts": [{"gold": g, "pred": p, "n": n} for (g, p), n in sorted(self.counts.items())]}


@dataclass
class Miss:
    """One badly coded sentence (or actor case), for the error listing."""

    id: str
    line: int
    text: str
    gold: list[str]
    predicted: list[str]
    cost: float

    def to_dict(self) -> dict:
        return asdict(self)


@dataclass
class EvalReport:
    """What ``communique eval`` prints; ``to_dict`` is its ``--json`` form."""

    kind: str
    path: str
    records: int = 0
    problems: list[str] = field(default_factory=list)
    headline_name: str = ""
    headline: float = 0.0
    target: float | None = None
    coverage: Rate | None = None
    events: list[PRF] = field(default_factory=list)
    accuracy: list[Rate] = field(default_factory=list)
    classes: list[ClassRow] = field(default_factory=list)
    confusion: Confusion | None = None
    misses: list[Miss] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def metric(self, name: str) -> float:
        """Any figure of the report by its row name (events, accuracy)."""
        for row in self.events:
            if row.name == name:
                return row.f1
        for row in self.accuracy:
            if row.name == name:
                return row.value
        raise KeyError(name)

    def to_dict(self) -> dict:
        return {
            "kind": self.kind, "path": self.path, "records": self.records,
            "skipped": len(self.problems), "problems": self.problems,
            "headline": {"name": self.headline_name, "value": round(self.headline, 4),
                         "target": self.target},
            "coverage": self.coverage.to_dict() if self.coverage else None,
            "events": [r.to_dict() for r in self.events],
            "accuracy": [r.to_dict() for r in self.accuracy],
            "classes": [r.to_dict() for r in self.classes],
            "confusion": self.confusion.to_dict() if self.confusion else None,
            "misses": [m.to_dict() for m in self.misses],
            "notes": self.notes, "seconds": round(self.seconds, 2),
        }


# ---------------------------------------------------------------- matching

def match_pairs(gold: Sequence, pred: Sequence, compat: Callable[[Any, Any], bool]) -> list[tuple[int, int]]:
    """A maximum one-to-one matching (Kuhn's augmenting paths; sentences
    hold a handful of events, so the cubic worst case does not matter)."""
    owner: dict[int, int] = {}  # pred index -> gold index

    def augment(g: int, seen: set[int]) -> bool:
        for p in range(len(pred)):
            if p in seen or not compat(gold[g], pred[p]):
                continue
            seen.add(p)
            if p not in owner or augment(owner[p], seen):
                owner[p] = g
                return True
        return False

    for g in range(len(gold)):
        augment(g, set())
    return sorted((g, p) for p, g in owner.items())


LEVELS: dict[str, Callable[[Any], Any]] = {
    "code": lambda e: e.code,
    "root": lambda e: e.code[:2] if e.code else None,
    "pentaclass": lambda e: PENTACLASS.get(e.code[:2]) if e.code else None,
}
ACTOR_RULES: dict[str, Callable[[Any, Any], bool] | None] = {
    "": None,
    "countries": lambda g, p: same_country(g.source, p.source) and same_country(g.target, p.target),
    "actors": lambda g, p: same_actor(g.source, p.source) and same_actor(g.target, p.target),
}


def view_name(level: str, actors: str) -> str:
    return f"{level} + {actors}" if actors else level


def compat_for(level: str, actors: str = "") -> Callable[[GoldEvent, PredEvent], bool]:
    key = LEVELS[level]
    rule = ACTOR_RULES[actors]

    def compat(g: GoldEvent, p: PredEvent) -> bool:
        k = key(g)
        if k is None or k != key(p):
            return False
        return rule(g, p) if rule else True

    return compat


def event_prf(pairs: Iterable[tuple[list[GoldEvent], list[PredEvent]]], level: str, actors: str = "") -> PRF:
    """P/R/F1 over sentences; ``pairs`` holds (gold events, predicted events)
    per sentence, the predictions already asserted-only and directed."""
    compat = compat_for(level, actors)
    out = PRF(view_name(level, actors))
    for gold, pred in pairs:
        tp = len(match_pairs(gold, pred, compat))
        out.tp += tp
        out.fp += len(pred) - tp
        out.fn += len(gold) - tp
    return out


def event_views(pairs: list, with_actors: bool = True) -> list[PRF]:
    """The nine event rows: code, root, pentaclass x (no actors, countries, actors)."""
    rows = []
    for level in LEVELS:
        for actors in ACTOR_RULES:
            if actors and not with_actors:
                continue
            rows.append(event_prf(pairs, level, actors))
    return rows


def align(gold: list[GoldEvent], pred: list[PredEvent]) -> list[tuple[GoldEvent | None, PredEvent | None]]:
    """Pair gold and predicted events for the confusion matrix and actor
    accuracy: first same root and countries, then same root, then same
    countries (a root confusion); what is left is unmatched on one side."""
    pairs: list[tuple[GoldEvent | None, PredEvent | None]] = []
    g_left, p_left = list(gold), list(pred)
    for rule in (compat_for("root", "countries"), compat_for("root"),
                 lambda g, p: ACTOR_RULES["countries"](g, p)):
        matched = match_pairs(g_left, p_left, rule)
        pairs += [(g_left[g], p_left[p]) for g, p in matched]
        gi, pi = {g for g, _ in matched}, {p for _, p in matched}
        g_left = [e for i, e in enumerate(g_left) if i not in gi]
        p_left = [e for i, e in enumerate(p_left) if i not in pi]
    pairs += [(g, None) for g in g_left] + [(None, p) for p in p_left]
    return pairs


def coverage(results: Sequence[tuple[GoldSentence, list[PredEvent]]], name: str = "coverage") -> Rate:
    """Share of sentences with at least one asserted event."""
    return Rate(name, sum(1 for _, pred in results if asserted(pred)), len(results))


# ---------------------------------------------------------------- single label

def first_event(pred: list[PredEvent]) -> PredEvent | None:
    events = asserted(pred)
    return events[0] if events else None


def majority_class(pred: list[PredEvent]) -> int | None:
    """The pentaclass most of the asserted events have; a tie goes to the
    class of the earliest event among the tied classes."""
    events = [e for e in asserted(pred) if e.pentaclass is not None]
    if not events:
        return None
    counts = Counter(e.pentaclass for e in events)
    best = max(counts.values())
    for e in events:
        if counts[e.pentaclass] == best:
            return e.pentaclass
    return None  # unreachable


def _gold_label(g: GoldEvent | None) -> str:
    return g.code[:2] if g and g.code else NONE


def _pred_label(p: PredEvent | None) -> str:
    return p.root if p else NONE


def _describe_gold(g: GoldEvent) -> str:
    src = g.source.label() if g.source else "-"
    tgt = g.target.label() if g.target else "-"
    return f"{src} -> {tgt} {g.code or g.plover}"


def _shown(pred: list[PredEvent], fmt: Callable[[PredEvent], str] = PredEvent.label) -> list[str]:
    """Predictions for the miss listing: asserted events, then the others
    with their mode (they did not count, but show what the coder saw)."""
    out = [fmt(e) for e in asserted(pred)]
    out += [f"({e.mode}) {fmt(e)}" for e in sorted(pred, key=lambda e: e.start) if e.mode != "asserted"]
    return out or ["(no event)"]


def _any_mode(pred: list[PredEvent]) -> list[PredEvent]:
    """Every predicted event as if asserted: for the 'lost to modality' rows."""
    from dataclasses import replace

    return [replace(e, mode="asserted") for e in pred]


def _top(misses: list[Miss], n: int) -> list[Miss]:
    return sorted(misses, key=lambda m: (-m.cost, m.line))[:n]


# ---------------------------------------------------------------- per kind

def score_petr(results: list[tuple[GoldSentence, list[PredEvent]]], errors: int = 10) -> EvalReport:
    """PETR2 validation: events with full actor codes, incl. no-event sentences."""
    pairs = [(g.events, directed(pred)) for g, pred in results]
    rep = EvalReport(kind="petr", path="", records=len(results))
    rep.events = event_views(pairs)
    head = next(r for r in rep.events if r.name == view_name("root", "countries"))
    rep.headline_name, rep.headline, rep.target = "F1 root + countries", head.f1, 0.90
    with_events = [(g, p) for g, p in results if g.events]
    no_events = [(g, p) for g, p in results if not g.events]
    rep.coverage = coverage(with_events, "coverage (sentences with gold events)")
    rep.accuracy.append(Rate("no-event sentences left empty",
                             sum(1 for _, p in no_events if not asserted(p)), len(no_events)))
    rep.accuracy.append(coverage(results, "sentences with >=1 asserted event"))
    compat = compat_for("root", "countries")
    any_pairs = [(g.events, directed(_any_mode(pred))) for g, pred in results]
    found_any = sum(len(match_pairs(g, p, compat)) for g, p in any_pairs)
    rep.accuracy.append(Rate("gold events found only as non-asserted (root + countries)",
                             found_any - head.tp, head.tp + head.fn))
    _actor_and_confusion(rep, pairs)
    misses = []
    for (g, pred), (gold, dpred) in zip(results, pairs):
        tp = len(match_pairs(gold, dpred, compat))
        cost = (len(gold) - tp) + (len(dpred) - tp)
        if cost:
            misses.append(Miss(g.id, g.line, g.text, [_describe_gold(e) for e in gold] or ["(no event)"],
                               _shown(pred), cost))
    rep.misses = _top(misses, errors)
    return rep


def _actor_and_confusion(rep: EvalReport, pairs: list) -> None:
    conf = Confusion("gold root (rows) x predicted root (columns)")
    src_c, tgt_c, src_a, tgt_a = (Rate("actor country: source"), Rate("actor country: target"),
                                  Rate("actor code: source"), Rate("actor code: target"))
    for gold, pred in pairs:
        for g, p in align(gold, pred):
            conf.add(_gold_label(g), _pred_label(p))
            if g is None or p is None or g.code[:2] != p.root:
                continue
            # the event was found: were its actors resolved?
            for rate_c, rate_a, ga, pa in ((src_c, src_a, g.source, p.source), (tgt_c, tgt_a, g.target, p.target)):
                rate_c.total += 1
                rate_a.total += 1
                rate_c.correct += same_country(ga, pa)
                rate_a.correct += same_actor(ga, pa)
    both = Rate("actor country (events found at root)", src_c.correct + tgt_c.correct, src_c.total + tgt_c.total)
    rep.accuracy += [both, src_c, tgt_c, src_a, tgt_a]
    rep.confusion = conf


def score_cameo_manual(results: list[tuple[GoldSentence, list[PredEvent]]], errors: int = 10) -> EvalReport:
    """One code per sentence: the prediction is the first asserted event."""
    rep = EvalReport(kind="cameo-manual", path="", records=len(results))
    conf = Confusion("gold root (rows) x first asserted event's root (columns)")
    rates = {k: Rate(k) for k in ("root (first event)", "code (first event)", "pentaclass (first event)",
                                  "root (any asserted event)", "code (any asserted event)",
                                  "root found only as non-asserted event")}
    misses = []
    for g, pred in results:
        code = g.label
        first = first_event(pred)
        events = asserted(pred)
        for r in rates.values():
            r.total += 1
        rates["root (first event)"].correct += bool(first and first.root == code[:2])
        rates["code (first event)"].correct += bool(first and first.code == code)
        rates["pentaclass (first event)"].correct += bool(first and first.pentaclass == PENTACLASS[code[:2]])
        rates["root (any asserted event)"].correct += any(e.root == code[:2] for e in events)
        rates["code (any asserted event)"].correct += any(e.code == code for e in events)
        rates["root found only as non-asserted event"].correct += (
            not any(e.root == code[:2] for e in events) and any(e.root == code[:2] for e in pred))
        conf.add(code[:2], first.root if first else NONE)
        if not first or first.root != code[:2]:
            cost = 3 if not first else (1 + (first.pentaclass != PENTACLASS[code[:2]]))
            misses.append(Miss(g.id, g.line, g.text, [code], _shown(pred), cost))
    rep.accuracy = list(rates.values())
    rep.headline_name, rep.headline, rep.target = "root accuracy (first event)", rates["root (first event)"].value, 0.80
    rep.coverage = coverage(results)
    rep.events = event_views([(g.events, directed(p)) for g, p in results], with_actors=False)
    rep.confusion = conf
    rep.misses = _top(misses, errors)
    rep.notes.append("event P/R count every extra asserted event as a false positive, "
                     "though the manual labels only the one code it illustrates")
    return rep


def score_pentaclass(results: list[tuple[GoldSentence, list[PredEvent]]], errors: int = 10) -> EvalReport:
    """Five coarse classes: the majority class of the asserted events;
    an uncoded sentence counts as wrong."""
    from .pentaclass import CLASS_NAMES

    rep = EvalReport(kind="pentaclass", path="", records=len(results))
    classes = {c: ClassRow(str(c), name) for c, name in CLASS_NAMES.items()}
    conf = Confusion("gold class (rows) x predicted class (columns)")
    acc = Rate("accuracy (majority class; uncoded = wrong)")
    acc_coded = Rate("accuracy on coded sentences")
    any_rate = Rate("gold class among asserted events")
    lost = Rate("gold class found only as non-asserted event")
    misses = []
    for g, pred in results:
        guess = majority_class(pred)
        acc.total += 1
        any_rate.total += 1
        any_rate.correct += any(e.pentaclass == g.label for e in asserted(pred))
        lost.total += 1
        lost.correct += (not any(e.pentaclass == g.label for e in asserted(pred))
                         and any(e.pentaclass == g.label for e in pred))
        conf.add(str(g.label), NONE if guess is None else str(guess))
        if guess is not None:
            acc_coded.total += 1
        if guess == g.label:
            acc.correct += 1
            acc_coded.correct += 1
            classes[g.label].tp += 1
            continue
        classes[g.label].fn += 1
        if guess is not None:
            classes[guess].fp += 1
        # material conflict taken for cooperation is worse than a near miss
        cost = 5 if guess is None else abs(guess - g.label)
        misses.append(Miss(g.id, g.line, g.text, [f"{g.label} {CLASS_NAMES[g.label]}"],
                           _shown(pred), cost))
    rep.accuracy = [acc, acc_coded, any_rate, lost]
    rep.classes = list(classes.values())
    rep.headline_name, rep.headline, rep.target = acc.name, acc.value, 0.80
    rep.coverage = coverage(results)
    rep.confusion = conf
    rep.misses = _top(misses, errors)
    return rep


def _chosen(pred: list[PredEvent], gold_type: str) -> PredEvent | None:
    """The event the PLOVER record describes: the first asserted event of
    the gold type, else the first asserted event."""
    events = asserted(pred)
    for e in events:
        if plover_05b1(e) == gold_type:
            return e
    return events[0] if events else None


def score_plover(results: list[tuple[GoldSentence, list[PredEvent]]], errors: int = 10) -> EvalReport:
    """PLOVER 0.5b1 gold: event type of the first asserted event, and the
    actors of the event of the gold type."""
    rep = EvalReport(kind="plover", path="", records=len(results))
    conf = Confusion("gold type (rows) x first asserted event's type (columns)")
    type_first, type_any = Rate("type (first event)"), Rate("type (any asserted event)")
    src_country, tgt_country = Rate("source country"), Rate("target country")
    src_actor = Rate("source country + sector")
    root_rate = Rate("CAMEO root (records with a manual code)")
    lost = Rate("type found only as non-asserted event")
    misses = []
    for g, pred in results:
        events = asserted(pred)
        first = events[0] if events else None
        first_type = plover_05b1(first) if first else None
        type_first.total += 1
        type_any.total += 1
        type_first.correct += first_type == g.label
        type_any.correct += any(plover_05b1(e) == g.label for e in events)
        lost.total += 1
        lost.correct += (not any(plover_05b1(e) == g.label for e in events)
                         and any(plover_05b1(e) == g.label for e in pred))
        conf.add(g.label, first_type or NONE)
        chosen = _chosen(pred, g.label)
        gold_src = [a for a in g.sources if a.country]
        gold_tgt = [a for a in g.targets if a.country]
        if g.reciprocal:
            gold_src = gold_tgt = gold_src + gold_tgt
        pred_src = [chosen.source] if chosen else []
        pred_tgt = [chosen.target] if chosen else []
        if chosen and chosen.reciprocal:
            pred_src = pred_tgt = [chosen.source, chosen.target]
        src_ok = any(same_country(a, p) for a in gold_src for p in pred_src if p)
        if gold_src:
            src_country.total += 1
            src_country.correct += src_ok
            src_actor.total += 1
            src_actor.correct += any(same_actor(a, p) for a in gold_src for p in pred_src if p)
        if gold_tgt:
            tgt_country.total += 1
            tgt_country.correct += any(same_country(a, p) for a in gold_tgt for p in pred_tgt if p)
        code = g.events[0].code if g.events else None
        if code:
            root_rate.total += 1
            root_rate.correct += bool(first and first.root == code[:2])
        if first_type != g.label or (gold_src and not src_ok):
            cost = (2 if first is None else (first_type != g.label)) + (bool(gold_src) and not src_ok)
            gold_desc = f"{g.label} src={'/'.join(a.label() for a in g.sources) or '-'}" \
                        f" tgt={'/'.join(a.label() for a in g.targets) or '-'}"
            misses.append(Miss(g.id, g.line, g.text, [gold_desc],
                               _shown(pred, lambda e: f"{plover_05b1(e) or '?'} {e.label()}"), cost))
    rep.misses = _top(misses, errors)
    rep.accuracy = [type_first, type_any, src_country, src_actor, tgt_country, root_rate, lost]
    rep.headline_name, rep.headline, rep.target = "type accuracy (first event)", type_first.value, 0.75
    rep.coverage = coverage(results)
    rep.confusion = conf
    rep.notes.append("types are PLOVER 0.5b1: REQUEST->DEMAND, ACCUSE->DISAPPROVE "
                     "(INVESTIGATE for CAMEO 09), ASSAULT->FIGHT for CAMEO 19; target 0.85 on source country")
    return rep


# ---------------------------------------------------------------- actors

SCORED_FIELDS = ("country", "code_1", "code_2", "__return__")


def _resolved(result: Any) -> tuple[bool, ActorKey, set]:
    """(is an actor at all, its key, the country readings) from whatever the
    resolver returned.  An international body has several readings, because
    gold files name it differently: NGEC writes the EU as ``EUR`` and UN
    bodies as ``UNO``, PETR and PLOVER write ``IGO``; ``IGOEUREEC`` gives
    IGO, EUR and EEC."""
    if isinstance(result, (list, tuple)):
        result = result[0] if result else None
    if result is None:
        return False, ActorKey(), {None}
    key = ActorKey.from_actor(result) or ActorKey()
    if key.country is None and ("IGO" in key.sectors or str(getattr(result, "kind", "") or "").lower() == "igo"):
        key = ActorKey("IGO", key.sectors, key.text)
    readings = {key.country}
    own = norm_country(getattr(result, "country", None))
    if own:
        readings.add(own)
    code = (getattr(result, "code", None) or "").upper()
    if key.country in ("IGO", "NGO") and code.startswith(key.country):
        readings |= {code[i:i + 3] for i in range(3, len(code) - 2, 3)}
    return key.country is not None or bool(key.sectors), key, readings


def _value(field_: str, found: bool, key: ActorKey) -> Any:
    if field_ == "country":
        return key.country
    if field_ == "code_1":
        return key.sectors[0] if key.sectors else None
    if field_ == "code_2":
        return key.sectors[1] if len(key.sectors) > 1 else None
    return key if found else None


def _norm_expected(field_: str, value: Any) -> Any:
    if field_ == "country":
        return norm_country(value)
    if field_ in ("code_1", "code_2"):
        return norm_sector(value, vocabulary="plover")
    return value


def check(case: GoldActorCase, result: Any) -> list[tuple[str, bool, Any, Any]]:
    """Every scorable assertion of ``case`` as (field, holds, expected, got)."""
    found, key, readings = _resolved(result)
    out = []
    for field_, expected in case.expected.items():
        if field_ not in SCORED_FIELDS:
            continue  # wiki titles, job titles, internal fields: not ours to give
        op = case.ops.get(field_, "Eq")
        got = _value(field_, found, key)
        if field_ == "country":
            wanted = ({_norm_expected(field_, v) for v in (expected or [])} if op == "In"
                      else {_norm_expected(field_, expected)})
            holds = bool(readings & wanted) if op != "NotEq" else not (readings & wanted)
        elif op == "In":
            holds = got in {_norm_expected(field_, v) for v in (expected or [])}
        elif field_ == "__return__":
            holds = (got is None) == (expected is None) if op in ("Is", "Eq") else (got is None) != (expected is None)
        elif op == "NotEq":
            holds = got != _norm_expected(field_, expected)
        else:
            holds = got == _norm_expected(field_, expected)
        out.append((field_, holds, expected, got.label() if isinstance(got, ActorKey) else got))
    return out


def score_actors(results: list[tuple[GoldActorCase, Any]], errors: int = 10) -> EvalReport:
    rep = EvalReport(kind="actors", path="", records=len(results))
    total = Rate("assertions holding (all cases)")
    by_field = {f: Rate(f"{f} assertions") for f in SCORED_FIELDS}
    by_status: dict[str, Rate] = {}
    cases_ok = Rate("cases with every assertion holding")
    unscored = 0
    misses = []
    for case, result in results:
        checks = check(case, result)
        unscored += len([f for f in case.expected if f not in SCORED_FIELDS])
        if not checks:
            continue
        status = by_status.setdefault(case.status, Rate(f"assertions holding ({case.status} cases)"))
        ok = 0
        for field_, holds, _, _ in checks:
            total.total += 1
            by_field[field_].total += 1
            status.total += 1
            total.correct += holds
            by_field[field_].correct += holds
            status.correct += holds
            ok += holds
        cases_ok.total += 1
        cases_ok.correct += ok == len(checks)
        if ok < len(checks):
            ctx = f" [context: {case.context}]" if case.context else ""
            date = f" [{case.date}]" if case.date else ""
            misses.append(Miss(case.id, case.line, case.text + ctx + date,
                               [f"{f}={e!r}" for f, h, e, _ in checks if not h],
                               [f"{f}={g!r}" for f, h, _, g in checks if not h], len(checks) - ok))
    rep.accuracy = [total, cases_ok] + [r for r in by_field.values() if r.total] + list(by_status.values())
    rep.headline_name, rep.headline, rep.target = total.name, total.value, 0.85
    rep.misses = _top(misses, errors)
    if unscored:
        rep.notes.append(f"{unscored} assertions on fields communique does not produce "
                         "(Wikipedia titles, job titles, matcher internals) were not scored")
    return rep


SCORERS = {
    "petr": score_petr,
    "plover": score_plover,
    "cameo-manual": score_cameo_manual,
    "pentaclass": score_pentaclass,
    "actors": score_actors,
}
