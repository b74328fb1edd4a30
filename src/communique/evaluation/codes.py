"""Actor codes as the scorer compares them: a country part and sectors.

Gold files spell actor codes in several ways (``USAGOV``, ``---REB``,
``IGOEUREEC``, PLOVER's ``{"code": "JAP", "sector": "GOV"}``) and communique
emits ``Actor(code, country, sector)``.  Both sides are reduced to an
:class:`ActorKey` so that "same country" and "same country and sector" are
simple comparisons.  The alias tables live in ``data/eval/code_aliases.yaml``.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

import yaml


@lru_cache(maxsize=1)
def _aliases() -> dict:
    path = resources.files("communique.data").joinpath("eval/code_aliases.yaml")
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    return {
        "countries": {k.upper(): v for k, v in (data.get("countries") or {}).items()},
        "international": set(data.get("international") or ()),
        "sectors": dict(data.get("sectors") or {}),
        "plover_sectors": dict(data.get("plover_sectors") or {}),
        "sector_codes": set(data.get("sector_codes") or ()),
    }


def _is_iso3(code: str | None) -> bool:
    if not code:
        return False
    import pycountry  # only needed for codes that come without a country field

    return pycountry.countries.get(alpha_3=code) is not None


def norm_country(code: str | None) -> str | None:
    """ISO alpha-3 (or an international prefix such as IGO); None for no country."""
    if not code:
        return None
    code = code.strip().upper()
    if not code or set(code) <= {"-", "*"}:
        return None
    return _aliases()["countries"].get(code, code)


def norm_sector(code: str | None, vocabulary: str = "cameo") -> str | None:
    """One sector code in CAMEO's vocabulary, synonyms folded; None for
    none/unknown.  ``vocabulary="plover"`` reads PLOVER/NGEC agent codes,
    where MED means medical and JRN media."""
    if not code:
        return None
    code = code.strip()
    # PLOVER gold appends ethnic/religious qualifiers in lower case (CVLalb)
    head = code[:3].upper()
    if vocabulary == "plover" and head in _aliases()["plover_sectors"]:
        head = _aliases()["plover_sectors"][head]
    table = _aliases()["sectors"]
    if head in table:
        return table[head]
    return head or None


def split_code(code: str | None) -> tuple[str | None, tuple[str, ...]]:
    """``USAGOVMIL`` -> ("USA", ("GOV", "MIL")); ``---REB`` -> (None, ("REB",)).

    The first three characters are the country part (``---`` means none);
    later 3-letter chunks count as sectors only when they are agent codes.
    A code that starts with a sector (``REB``, ``MIL``) has no country.
    """
    if not code:
        return None, ()
    code = code.strip().upper()
    known = _aliases()["sector_codes"]
    head, rest = code[:3], code[3:]
    if head in known and head not in _aliases()["international"]:
        country = None
        rest = code
    else:
        country = norm_country(head)
    sectors = []
    for i in range(0, len(rest) - 2, 3):
        chunk = rest[i:i + 3]
        if chunk in known:
            folded = norm_sector(chunk)
            if folded:
                sectors.append(folded)
    return country, tuple(sectors)


@dataclass(frozen=True)
class ActorKey:
    """What the scorer knows of one actor: country part and sectors."""

    country: str | None = None
    sectors: tuple[str, ...] = ()
    text: str | None = None

    @property
    def sector(self) -> str | None:
        return self.sectors[0] if self.sectors else None

    def label(self) -> str:
        if self.country is None and not self.sectors:
            return "-"
        return (self.country or "---") + "".join(self.sectors)

    @classmethod
    def from_code(cls, code: str | None, text: str | None = None) -> "ActorKey":
        country, sectors = split_code(code)
        return cls(country, sectors, text)

    @classmethod
    def from_actor(cls, actor: Any) -> "ActorKey | None":
        """From a ``records.Actor`` (or anything with code/country/sector)."""
        if actor is None:
            return None
        code = getattr(actor, "code", None)
        country = norm_country(getattr(actor, "country", None))
        code_country, code_sectors = split_code(code)
        if code_country in _aliases()["international"]:
            # an IGO/NGO code: its prefix is what gold files compare, whatever
            # region the actor's own country field names (EUR, UNO ...)
            country = code_country
        elif country is None and _is_iso3(code_country):
            country = code_country
        sectors = list(code_sectors)
        sector = norm_sector(getattr(actor, "sector", None))
        if sector and sector not in sectors:
            sectors.insert(0, sector)
        return cls(country, tuple(sectors), getattr(actor, "text", None))


def same_country(gold: ActorKey | None, pred: ActorKey | None) -> bool:
    return (gold.country if gold else None) == (pred.country if pred else None)


def same_actor(gold: ActorKey | None, pred: ActorKey | None) -> bool:
    """Same country, and the same first sector where the gold gives one."""
    if not same_country(gold, pred):
        return False
    if gold is None or gold.sector is None:
        return True
    return pred is not None and pred.sector == gold.sector
