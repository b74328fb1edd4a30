"""A start-up cache for knowledge compiled from data files.

Parsing thousands of YAML/TSV entries costs seconds at every start; the
compiled form is pickled under the user's cache directory, keyed by a hash
of the source texts and the package version, so an edited file is simply a
new key.  The data files stay the one source of truth: the cache is never
read for a text it was not built from.  ``COMMUNIQUE_NO_CACHE=1`` turns it
off; an unwritable cache directory just means no caching.
"""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
VERSION = "1"


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "communique"


def cached(kind: str, sources: Iterable[str], build: Callable[[], T], modules: Iterable = ()) -> T:
    """``build()``, or its pickled result from an earlier run on the same sources.

    ``modules``: the modules whose code builds the value; their source is part
    of the key, so a changed builder never meets a stale cache.
    """
    if os.environ.get("COMMUNIQUE_NO_CACHE"):
        return build()
    from . import __version__

    h = hashlib.sha256(f"{kind}\0{VERSION}\0{__version__}".encode())
    for text in sources:
        h.update(text.encode("utf-8"))
        h.update(b"\0")
    for module in modules:
        h.update(Path(module.__file__).read_bytes())
    path = cache_dir() / f"{kind}-{h.hexdigest()[:24]}.pickle"
    try:
        with path.open("rb") as fh:
            # the collector would scan the growing heap again and again while
            # hundreds of thousands of objects arrive: 3-4x slower start-up
            enabled = gc.isenabled()
            gc.disable()
            try:
                return pickle.load(fh)
            finally:
                if enabled:
                    gc.enable()
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        # write then rename: a reader never sees half a file
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        _prune(path.parent, kind)
    except OSError:
        pass
    return value


KEEP = 4  # caches of one kind kept: several checkouts or versions may share the directory


def _prune(directory: Path, kind: str) -> None:
    """Drop all but the newest ``KEEP`` caches of a kind: every edit of a data
    file makes a new key, and old keys would otherwise pile up (megabytes each)."""
    files = sorted(directory.glob(f"{kind}-*.pickle"), key=lambda p: p.stat().st_mtime, reverse=True)
    for old in files[KEEP:]:
        try:
            old.unlink()
        except OSError:
            pass
