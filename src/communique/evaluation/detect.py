"""Which gold format a file is in, from its first readable record."""
from __future__ import annotations

import json
from pathlib import Path

KINDS = ("petr", "plover", "cameo-manual", "pentaclass", "actors")


class UnknownKind(ValueError):
    pass


def kind_of_record(obj: dict) -> str | None:
    if not isinstance(obj, dict):
        return None
    if "plover_event" in obj or ("event" in obj and "source" in obj and isinstance(obj.get("source"), list)):
        return "plover"
    if isinstance(obj.get("input"), dict) and "actor_text" in obj["input"]:
        return "actors"
    if "cameo_code" in obj:
        return "cameo-manual"
    if "pentaclass" in obj:
        return "pentaclass"
    if isinstance(obj.get("events"), list) or "noevents" in obj:
        return "petr"
    return None


def detect_kind(path: str | Path, probe_lines: int = 20) -> str:
    """The gold kind of ``path``; raises :class:`UnknownKind` when no record
    among the first lines looks like any known format."""
    path = Path(path)
    with open(path, encoding="utf-8-sig", errors="replace", newline="") as fh:
        head = fh.read(65536)
    stripped = head.lstrip()
    if stripped.startswith("["):
        # a JSON array: only the upstream PLOVER file comes this way
        if '"event"' in head or '"plover_event"' in head:
            return "plover"
        raise UnknownKind(f"{path}: a JSON array, but not PLOVER records")
    lines = [ln for ln in head.splitlines() if ln.strip()][:probe_lines]
    tsv = 0
    for line in lines:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            _, tab, label = line.rpartition("\t")
            if tab and label.strip() in {"0", "1", "2", "3", "4"}:
                tsv += 1
            continue
        kind = kind_of_record(obj)
        if kind:
            return kind
    if tsv:
        return "pentaclass"
    raise UnknownKind(
        f"{path}: cannot tell the gold format from its first records; pass --kind ({'|'.join(KINDS)})"
    )
