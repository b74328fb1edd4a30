"""Role nouns and titles -> sector codes ("foreign minister" -> GOV, "troops" -> MIL).

File format (``oeda_agents.tsv`` generated, ``roles.tsv`` curated, the latter wins)::

    phrase <TAB> sectors <TAB> flags

``sectors`` is space-separated agent codes, the first the main one (``GOV MIL``
for a defence minister).  ``flags`` (comma-separated):

* ``generic``: a head word that says little on its own (official, chief,
  spokesman, leader): another role in the same title decides the sector;
* ``host``: an envoy: "ambassador to X" names where they are posted, not
  their country;
* ``country=XXX``: the country the role implies when nothing else says
  (Secretary of State -> USA);
* ``outlet``: the media: a source of news, not an event actor;
* ``former``: a modifier that turns an office holder into an elite (ELI);
* ``case``: match only as written (FM, PM);
* ``noplural``: do not generate a plural form.
* ``definite``: a role only right after "the" ("the House" is a legislature; "Opera House",
  "Government House" and "House prices" are not).
* ``place``: a place where a body works, not a party ("prison": "life in prison", "a prison
  sentence"): it gives the sector of a title it begins ("prison officials", "prison guards"),
  and names no actor by itself.
* ``noindefinite``: not a role right after "a"/"an" ("a party to the conflict", "a shooting at
  a party" name no political party; "the ruling party", "a new party" still do).
* ``site``: a body's fixed site that stands for it ("an army base", "a police station"): the
  place it stands in says whose it is, as it does not for the body's soldiers ("troops in
  Iraq" are as often foreign ones).

Regular plurals are generated (minister -> ministers, police stays).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .gazetteer import DATA, fold


@dataclass(frozen=True)
class Role:
    phrase: str
    sectors: tuple[str, ...]
    generic: bool = False
    host: bool = False
    country: str | None = None
    outlet: bool = False
    former: bool = False
    case: bool = False
    place: bool = False
    site: bool = False
    definite: bool = False
    noindefinite: bool = False

    @property
    def sector(self) -> str | None:
        return self.sectors[0] if self.sectors else None


_IRREGULAR = {"man": "men", "woman": "women", "person": "people", "child": "children",
              "chief": "chiefs", "staff": "staff", "police": "police", "personnel": "personnel",
              "military": "military", "media": "media", "clergy": "clergy", "youth": "youths",
              "press": "press",
              # (a Greek "-arch" takes -s: "monarchs", "oligarchs", not "monarches")
              "monarch": "monarchs", "oligarch": "oligarchs", "patriarch": "patriarchs", "matriarch": "matriarchs"}


def plural(phrase: str) -> str:
    """Regular English plural of a role phrase's head noun ("minister of defence" -> "ministers of defence")."""
    words = phrase.split(" ")
    head = next((i - 1 for i, w in enumerate(words) if w in ("of", "for", "to") and i > 0), len(words) - 1)
    w = words[head]
    for sing, plu in _IRREGULAR.items():
        if w == sing or (w.endswith(sing) and sing in ("man", "woman", "person")):
            w = w[: len(w) - len(sing)] + plu
            break
    else:
        if w.endswith("s"):
            pass  # troops, forces, services: already plural or uncountable
        elif w.endswith(("x", "ch", "sh", "z")):
            w += "es"
        elif w.endswith("y") and len(w) > 2 and w[-2] not in "aeiou":
            w = w[:-1] + "ies"
        else:
            w += "s"
    words[head] = w
    return " ".join(words)


FLAGS = frozenset({"generic", "host", "outlet", "former", "case", "noplural", "definite", "noindefinite",
                   "place", "site"})  # and country=XXX


def _read(text: str, name: str) -> list[tuple[str, Role, bool]]:
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) < 2:
            raise ValueError(f"{name}:{n}: want phrase<TAB>sectors[<TAB>flags]")
        flags = {f.strip() for f in (cols[2] if len(cols) > 2 else "").split(",") if f.strip()}
        unknown = sorted(f for f in flags if f not in FLAGS and not f.startswith("country="))
        if unknown:  # a misspelt flag would silently do nothing
            raise ValueError(f"{name}:{n}: unknown flag {', '.join(unknown)} (known: {', '.join(sorted(FLAGS))})")
        country = next((f.split("=", 1)[1] for f in flags if f.startswith("country=")), None)
        phrase = cols[0].strip()
        if phrase.endswith((" to", " of", " for")):
            continue  # a fragment ("ambassador to"): the chain grammar joins "to <country>" itself
        if any(w in phrase.lower().split() for w in ("ambassador", "envoy", "consul", "ambassadors", "envoys")):
            flags.add("host")
        # two agent labels of the source that are not sectors: people at large, international militants
        sectors = tuple({"PPL": "CVL", "IMG": "REB"}.get(x, x) for x in cols[1].split())
        role = Role(phrase if "case" in flags else fold(phrase), sectors,
                    generic="generic" in flags, host="host" in flags, country=country,
                    outlet="outlet" in flags, former="former" in flags, case="case" in flags,
                    place="place" in flags, definite="definite" in flags, site="site" in flags,
                    noindefinite="noindefinite" in flags)
        out.append((role.phrase, role, "noplural" not in flags))
    return out


ROLE_FILES = ("oeda_agents.tsv", "roles.tsv")


@lru_cache(maxsize=1)
def load_roles() -> dict[str, Role]:
    """fold(phrase) -> Role, plurals included (case-sensitive roles keyed as written)."""
    roles: dict[str, Role] = {}
    for name in ROLE_FILES:
        text = resources.files("communique").joinpath(DATA, name).read_text(encoding="utf-8")
        rows = _read(text, name)
        for phrase, role, make_plural in rows:
            roles[phrase] = role
        for phrase, role, make_plural in rows:
            if make_plural and not role.case:
                roles.setdefault(plural(phrase), role)
    return roles
