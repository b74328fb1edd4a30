"""Article text cut into highlighted segments, and each event explained field by field.

Spans overlap (an actor inside a quote, a trigger inside a quote), so the text
is cut at every span boundary and each piece carries the classes of all the
spans covering it.  The template escapes every piece; nothing here builds
markup.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Iterable, Mapping

KINDS = ("actor", "trigger", "quote", "place", "date", "evidence")


@dataclass(frozen=True)
class Mark:
    """A highlighted span of the article text."""

    start: int
    end: int
    kind: str  # one of KINDS
    event: str | None = None  # the event it belongs to (for hover links)
    label: str | None = None  # the tooltip: what the span was read as

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "kind": self.kind, "event_id": self.event, "label": self.label}


@dataclass
class Segment:
    text: str
    kinds: list[str] = field(default_factory=list)
    events: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)

    @property
    def css(self) -> str:
        return " ".join(["hl", *self.kinds]) if self.kinds else ""


def _valid(mark: Mark, n: int) -> bool:
    return isinstance(mark.start, int) and isinstance(mark.end, int) and 0 <= mark.start < mark.end <= n


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """The text cut at every mark boundary; marks with offsets outside the text are dropped."""
    marks = [m for m in marks if _valid(m, len(text))]
    cuts = sorted({0, len(text), *(m.start for m in marks), *(m.end for m in marks)})
    out: list[Segment] = []
    for lo, hi in zip(cuts, cuts[1:]):
        covering = [m for m in marks if m.start <= lo and hi <= m.end]
        kinds = [k for k in KINDS if any(m.kind == k for m in covering)]
        events = list(dict.fromkeys(m.event for m in covering if m.event))
        labels = list(dict.fromkeys(m.label for m in covering if m.label))
        out.append(Segment(text=text[lo:hi], kinds=kinds, events=events, labels=labels))
    return out


def _span(d: Any) -> tuple[int, int] | None:
    if isinstance(d, Mapping) and isinstance(d.get("start"), int) and isinstance(d.get("end"), int):
        return d["start"], d["end"]
    return None


def _who(actor: Mapping | None) -> str:
    if not actor:
        return "unknown"
    code = actor.get("code") or "no code"
    name = actor.get("name")
    return f"{code} ({name})" if name and name != code else code


_EVIDENCE_KIND = {"source": "actor", "target": "actor", "trigger": "trigger", "date": "date",
                  "location": "place", "place": "place"}


def event_marks(ev: Mapping[str, Any]) -> list[Mark]:
    """The spans that gave an event its fields."""
    eid = ev.get("event_id")
    out: list[Mark] = []
    trig = _span(ev.get("trigger"))
    if trig:
        out.append(Mark(*trig, "trigger", eid, f"trigger of {ev.get('cameo')}"))
    for role in ("source", "target"):
        sp = _span(ev.get(role))
        if sp:
            out.append(Mark(*sp, "actor", eid, f"{role}: {_who(ev.get(role))}"))
    sp = _span(ev.get("location"))
    if sp:
        out.append(Mark(*sp, "place", eid, f"place: {ev['location'].get('name')}"))
    for key, value in (ev.get("evidence") or {}).items():
        sp = _span(value)
        if sp:
            out.append(Mark(*sp, _EVIDENCE_KIND.get(key, "evidence"), eid, f"{key} evidence"))
    return out


def explain(ev: Mapping[str, Any], cameo_name: str | None = None) -> list[tuple[str, str, str | None]]:
    """(field, value, words in the text that gave it) lines for an event card."""
    lines: list[tuple[str, str, str | None]] = []
    trig = ev.get("trigger") or {}
    what = f"{ev.get('cameo')} {cameo_name}" if cameo_name else str(ev.get("cameo"))
    lines.append(("action", what, trig.get("text")))
    scale = [f"QuadClass {ev.get('quad_class')}"]
    if ev.get("goldstein") is not None:
        scale.append(f"Goldstein {ev['goldstein']:+g}")
    if ev.get("plover"):
        scale.append(f"PLOVER {ev['plover']}")
    lines.append(("scales", ", ".join(scale), None))
    for role in ("source", "target"):
        actor = ev.get(role)
        if actor:
            lines.append((role, _who(actor), actor.get("text")))
        else:
            # no doer named ("was shot dead"), or no one aimed at
            lines.append((role, "not named" if role == "source" else "none", None))
    evidence = ev.get("evidence") or {}
    date_ev = evidence.get("date")
    date_words = ev.get("date_text") or (date_ev.get("text") if isinstance(date_ev, Mapping) else None)
    if date_words:
        lines.append(("date", str(ev.get("date") or "unknown"), date_words))
    else:
        lines.append(("date", f"{ev['date']} (the article's date)" if ev.get("date") else "unknown", None))
    loc = ev.get("location")
    if loc:
        where = ", ".join(str(x) for x in (loc.get("name"), loc.get("country")) if x)
        lines.append(("place", where, loc.get("text")))
    mode_words = evidence.get("mode", {}).get("text") if isinstance(evidence.get("mode"), Mapping) else None
    lines.append(("mode", str(ev.get("mode")), mode_words))
    for key, value in evidence.items():
        if key in ("date", "mode", "trigger", "source", "target", "location"):
            continue
        words = value.get("text") if isinstance(value, Mapping) else str(value)
        lines.append((key, "evidence", words))
    if ev.get("reported_by"):
        lines.append(("reported by", " ← ".join(ev["reported_by"]), None))
    if ev.get("speaker"):
        lines.append(("said by", _who(ev["speaker"]), ev["speaker"].get("text")))
    if ev.get("confidence") is not None:
        lines.append(("confidence", f"{ev['confidence']:.2f}", None))
    if (ev.get("mentions") or 1) > 1:
        lines.append(("mentions", str(ev["mentions"]), None))
    return lines
