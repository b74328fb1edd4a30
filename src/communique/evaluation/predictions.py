"""Predicted events as the scorer sees them.

The scorer never touches ``records.Event`` directly: the coder's events are
turned into :class:`PredEvent` here, so tests (and other coders) can feed
predictions straight to the scoring functions.

Conventions (docs/evaluation.md):
- only ``asserted`` events are predictions;
- a reciprocal event A<->B counts as the two directed events A->B and B->A
  (once, even when the coder already emitted the mirror event);
- events are ordered by where their trigger starts in the text.
"""
from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Iterable

from ..codebook import PENTACLASS
from .codes import ActorKey


@dataclass(frozen=True)
class PredEvent:
    code: str
    source: ActorKey | None = None
    target: ActorKey | None = None
    plover: str | None = None
    plover_mode: str | None = None
    mode: str = "asserted"
    reciprocal: bool = False
    start: int = 0  # trigger offset, for ordering

    @property
    def root(self) -> str:
        return self.code[:2]

    @property
    def pentaclass(self) -> int | None:
        return PENTACLASS.get(self.code[:2])

    def label(self) -> str:
        src = self.source.label() if self.source else "-"
        tgt = self.target.label() if self.target else "-"
        arrow = "<->" if self.reciprocal else "->"
        return f"{src} {arrow} {tgt} {self.code}"


def from_event(event: Any) -> PredEvent:
    """From a ``records.Event`` (or any object with the same field names)."""
    trigger = getattr(event, "trigger", None)
    return PredEvent(
        code=str(event.cameo),
        source=ActorKey.from_actor(getattr(event, "source", None)),
        target=ActorKey.from_actor(getattr(event, "target", None)),
        plover=getattr(event, "plover", None),
        plover_mode=getattr(event, "plover_mode", None),
        mode=getattr(event, "mode", "asserted") or "asserted",
        reciprocal=bool(getattr(event, "reciprocal", False)),
        start=getattr(trigger, "start", 0) or 0,
    )


def asserted(events: Iterable[PredEvent]) -> list[PredEvent]:
    """The asserted events, in text order (stable for equal offsets)."""
    return sorted((e for e in events if e.mode == "asserted"), key=lambda e: e.start)


def directed(events: Iterable[PredEvent]) -> list[PredEvent]:
    """Asserted events with each reciprocal event counted in both directions."""
    out: list[PredEvent] = []
    seen_pairs: set[tuple] = set()
    for ev in asserted(events):
        if not ev.reciprocal:
            out.append(ev)
            continue
        key = (ev.code, frozenset([ev.source, ev.target]), ev.start)
        if key in seen_pairs:
            continue  # the coder already emitted the mirror of this one
        seen_pairs.add(key)
        out.append(replace(ev, reciprocal=False))
        if ev.source != ev.target:
            out.append(replace(ev, source=ev.target, target=ev.source, reciprocal=False))
    return out


# communique emits current PLOVER types; the PLOVER gold is coded in 0.5b1.
def plover_05b1(event: PredEvent) -> str | None:
    """The PLOVER 0.5b1 type of a predicted event (for the PLOVER gold)."""
    kind = event.plover
    if not kind:
        return None
    kind = kind.upper()
    if kind == "REQUEST":
        return "DEMAND"
    if kind == "ACCUSE":
        if event.plover_mode == "investigate" or event.root == "09":
            return "INVESTIGATE"
        return "DISAPPROVE"
    if kind == "ASSAULT":
        # 0.5b1 split conventional fighting (FIGHT, CAMEO 19) from
        # unconventional violence (ASSAULT, CAMEO 18 and 20)
        return "FIGHT" if event.root == "19" else "ASSAULT"
    return kind
