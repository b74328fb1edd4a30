"""Deduplication: the same article twice, wire copies, and one happening told by many articles.

Three levels, from strictest to loosest:

1. **Same article** (:func:`content_hash`): the SHA-256 of the normalised
   body text, the URL and the outlet.  An article whose hash *or* URL is
   already stored is skipped: a rerun or an overlapping batch adds nothing.

2. **Wire copies** (:func:`minhash`, :func:`similarity`): near-duplicate
   articles -- an agency story republished by several outlets, with a changed
   headline, a dropped paragraph or a different byline.  Each body is cut
   into 5-word shingles and summarised by a 64-value MinHash signature;
   16 LSH bands of 4 values find the candidates, and a candidate is a copy
   when the estimated Jaccard similarity of the shingle sets is at least
   :data:`NEAR_DUPLICATE` (0.8).  Bodies too short for shingling to be
   reliable (under :data:`MIN_SHINGLES` shingles) are copies only when the
   normalised text is identical.  A copy is stored and counted (its outlet
   and article count towards the original's events) but never coded again.

3. **One happening, many articles** (:func:`same_happening`): two events
   from *different* articles are the same happening when

   * they have the same mode (asserted, negated, future, hypothetical);
   * their dates are the same day or adjacent days (an event without a date
     never merges);
   * they have the same dyad: the same source and the same target, each side
     compared by its country when known, else by its actor code; a
     reciprocal event also matches the swapped dyad; an event with neither a
     source nor a target never merges;
   * they have the same CAMEO root (``04`` consult merges "talks" with
     "meeting"; a more specific code is kept on the happening from its
     first report);
   * their places are compatible: either place unknown, or the same
     GeoNames id, or -- when one side is only known at country level -- the
     same country.

   Two events of the same article never merge: the coder has already joined
   the mentions of one happening within an article, so two events it kept
   apart are two happenings.  Each happening keeps ``num_mentions`` (every
   mention in every article, copies included), ``num_articles`` and
   ``num_sources`` (distinct outlets; an article without an outlet counts
   as its own source), like GDELT's NumMentions/NumArticles/NumSources.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import date
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Mapping

if TYPE_CHECKING:
    import numpy as np

SHINGLE = 5
NUM_PERM = 64
BANDS = 16
ROWS = NUM_PERM // BANDS
NEAR_DUPLICATE = 0.8
MIN_SHINGLES = 20
_PRIME = 4294967311  # the first prime above 2**32


@lru_cache(maxsize=1)
def _permutations():
    # numpy is imported here, not at module load: queries need no fingerprints
    import numpy as np

    rng = np.random.default_rng(20250412)  # fixed: signatures must agree across runs and machines
    return (rng.integers(1, 2**32 - 1, size=NUM_PERM, dtype=np.uint64),
            rng.integers(0, 2**32 - 1, size=NUM_PERM, dtype=np.uint64))
_WORD = re.compile(r"\w+", re.UNICODE)


def normalize_text(text: str) -> str:
    """Lower-cased words joined by single spaces: what a copy keeps of its original."""
    text = unicodedata.normalize("NFKC", text).casefold()
    return " ".join(_WORD.findall(text))


def content_hash(text: str, url: str | None = None, outlet: str | None = None) -> str:
    """The identity of one published article: its normalised body at its URL in its outlet."""
    h = hashlib.sha256()
    for part in (normalize_text(text), url or "", outlet or ""):
        h.update(part.encode("utf-8"))
        h.update(b"\0")
    return h.hexdigest()


def _shingle_hashes(words: list[str]) -> "np.ndarray":
    import numpy as np

    if len(words) < SHINGLE:
        grams = [" ".join(words)]
    else:
        grams = [" ".join(words[i : i + SHINGLE]) for i in range(len(words) - SHINGLE + 1)]
    return np.fromiter(
        (int.from_bytes(hashlib.blake2b(g.encode("utf-8"), digest_size=4).digest(), "little") for g in set(grams)),
        dtype=np.uint64,
    )


def minhash(text: str) -> "tuple[np.ndarray, int]":
    """(signature of :data:`NUM_PERM` uint32 values, number of shingles) of a body text."""
    import numpy as np

    _A, _B = _permutations()
    words = normalize_text(text).split()
    hashes = _shingle_hashes(words)
    # (a*x + b) mod p with a, x, b < 2**32 stays below 2**64: no overflow in uint64
    perm = (np.outer(hashes, _A) + _B) % np.uint64(_PRIME)
    sig = perm.min(axis=0).astype(np.uint64) & np.uint64(0xFFFFFFFF)
    return sig.astype(np.uint32), int(len(hashes))


def signature_bytes(sig: "np.ndarray", n_shingles: int) -> bytes:
    """Stored form: the shingle count (4 bytes) then the signature."""
    return int(min(n_shingles, 2**32 - 1)).to_bytes(4, "little") + sig.astype("<u4").tobytes()


def signature_from_bytes(raw: bytes) -> "tuple[np.ndarray, int]":
    import numpy as np

    return np.frombuffer(raw[4:], dtype="<u4"), int.from_bytes(raw[:4], "little")


def buckets(sig: "np.ndarray") -> list[int]:
    """The LSH bucket of each band, as signed 63-bit integers (fit a BIGINT column)."""
    out = []
    raw = sig.astype("<u4").tobytes()
    for band in range(BANDS):
        chunk = bytes([band]) + raw[band * ROWS * 4 : (band + 1) * ROWS * 4]
        out.append(int.from_bytes(hashlib.blake2b(chunk, digest_size=8).digest(), "little") >> 1)
    return out


def similarity(a: "np.ndarray", b: "np.ndarray") -> float:
    """Estimated Jaccard similarity of two signatures' shingle sets."""
    import numpy as np

    return float(np.mean(a == b))


def is_near_duplicate(a: "tuple[np.ndarray, int]", b: "tuple[np.ndarray, int]") -> tuple[bool, float]:
    """Whether two (signature, shingle count) pairs are copies of one text, and their similarity."""
    sim = similarity(a[0], b[0])
    if min(a[1], b[1]) < MIN_SHINGLES:
        return sim == 1.0 and a[1] == b[1], sim
    return sim >= NEAR_DUPLICATE, sim


# --- happenings ------------------------------------------------------------------


def dyad_key(code: str | None, country: str | None) -> str | None:
    """How one side of a dyad is compared: its country when known, else its code."""
    return country or code or None


def places_compatible(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Rule 3's place test on two mappings with ``location_country``/``location_geonameid``.

    ``location_feature`` (``"country"`` for a country-level place) is used
    when present: a country-level place is compatible with any place in it.
    """
    ca, cb = a.get("location_country"), b.get("location_country")
    ga, gb = a.get("location_geonameid"), b.get("location_geonameid")
    if (ca is None and ga is None) or (cb is None and gb is None):
        return True
    if ga is not None and gb is not None and ga == gb:
        return True
    country_level = a.get("location_feature") == "country" or b.get("location_feature") == "country" \
        or ga is None or gb is None
    return country_level and ca is not None and ca == cb


def same_happening(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Rule 3 on two flat event mappings (the store's ``events`` columns plus ``article_id``)."""
    if a.get("article_id") is not None and a.get("article_id") == b.get("article_id"):
        return False
    if a["mode"] != b["mode"] or a["cameo_root"] != b["cameo_root"]:
        return False
    da, db = a.get("date"), b.get("date")
    if not isinstance(da, date) or not isinstance(db, date) or abs((da - db).days) > 1:
        return False
    sa_, ta = dyad_key(a.get("source_code"), a.get("source_country")), dyad_key(a.get("target_code"), a.get("target_country"))
    sb, tb = dyad_key(b.get("source_code"), b.get("source_country")), dyad_key(b.get("target_code"), b.get("target_country"))
    if sa_ is None and ta is None:
        return False
    dyad_ok = (sa_, ta) == (sb, tb) or ((a.get("reciprocal") or b.get("reciprocal")) and (sa_, ta) == (tb, sb))
    return bool(dyad_ok) and places_compatible(a, b)
