"""The actor knowledge: entities (states, capitals, people, IGOs, groups, outlets) from TSV files.

Entity files share one format, so a user's own file is written the same way::

    # comment
    name <TAB> kind <TAB> codes <TAB> aliases [<TAB> gender]

* ``kind``: state, capital (a seat of power used as a metonym: Moscow, the
  Kremlin), place (a city or province: resolve only, never a mention),
  person, igo, group (armed or non-state group), org (a named national
  body: ministry, party, agency, university, company), outlet (a news
  source: attribution, never an event actor).
* ``codes``: ``;``-separated ``CODE [FROM..TO]`` items, ISO dates, either end
  open (``RUSGOV 2000-05-07..2008-05-07; RUSGOV 2012-05-07..; RUSELI``).  An
  undated item is the fallback outside every range.
* ``aliases``: ``|``-separated phrases; the name is always one.  An all-capitals
  alias of at most five letters (``US``, ``UN``, ``NATO``) matches only in
  capitals (or, from four letters, in title case: ``Nato``).
* ``gender``: m or f, for pronouns (optional).

Files load in order: the generated ``oeda_*.tsv``, then the curated files,
then ``extra_paths`` and the ``COMMUNIQUE_ACTORS`` files (``os.pathsep``
separated).  A later entity with the same kind and name replaces the earlier
one's codes and adds its aliases; a later person also absorbs an earlier
person who had its full name as an alias.
"""
from __future__ import annotations

import datetime as dt
import os
import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml

from .codes import split_code

DATA = "data/actors"
GENERATED = ("oeda_states.tsv", "subdivisions.tsv", "oeda_national.tsv", "oeda_international.tsv", "oeda_nonstate.tsv")
CURATED = ("states.tsv", "orgs.tsv", "group_homes.tsv", "ethnic_groups.tsv", "people.tsv", "outlets.tsv")
KINDS = {"state", "capital", "place", "person", "igo", "group", "org", "outlet"}
ENV_VAR = "COMMUNIQUE_ACTORS"

_DATE_RANGE = re.compile(r"^([A-Z]{3,18})(?:\s+(\d{4}-\d{2}-\d{2})?\.\.(\d{4}-\d{2}-\d{2})?)?$")


def fold(text: str) -> str:
    """Lowercase, accents off, curly quotes straight, spaces single: the matching key."""
    if text.isascii():
        return " ".join(text.split()).lower()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.replace("’", "'").replace("‘", "'").replace("‐", "-").replace("–", "-")
    return re.sub(r"\s+", " ", text).strip().lower()


@dataclass
class Entity:
    name: str
    kind: str
    codes: list[tuple[str, dt.date | None, dt.date | None]]
    aliases: list[str]
    gender: str | None = None
    source: str = ""
    id: int = -1

    def code_at(self, date: dt.date | None) -> str | None:
        """The code valid on ``date`` (today when None); the undated fallback otherwise.

        Several ranges may hold (a source lists overlapping terms): the one that
        began last wins.  A person with no range and no fallback that day is an
        elite (ELI) of the country of the latest range: out of office.
        """
        day = date or dt.date.today()
        best = None
        for code, start, end in self.codes:
            if start is None and end is None:
                continue
            if (start is None or start <= day) and (end is None or day < end):
                if best is None or (start or dt.date.min) >= (best[1] or dt.date.min):
                    best = (code, start)
        if best:
            return best[0]
        for code, start, end in self.codes:
            if start is None and end is None:
                return code
        if self.kind == "person" and self.codes:
            country, _ = split_code(self.codes[-1][0])
            if country and len(country) == 3:
                return country + "ELI"
        return None

    @property
    def dated(self) -> bool:
        return any(s or e for _, s, e in self.codes)


def _parse_date(text: str | None) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def parse_codes(text: str, where: str) -> list[tuple[str, dt.date | None, dt.date | None]]:
    out = []
    for item in text.split(";"):
        item = item.strip()
        if not item:
            continue
        m = _DATE_RANGE.match(item)
        if not m:
            raise ValueError(f"{where}: bad code item {item!r} (want CODE or CODE FROM..TO)")
        out.append((m.group(1), _parse_date(m.group(2)), _parse_date(m.group(3))))
    return out


def read_entities(path: Path | str, text: str | None = None) -> list[Entity]:
    """Entities of one file; a bad row raises ValueError naming the file, line and reason."""
    path = Path(path)
    if text is None:
        text = path.read_text(encoding="utf-8")
    out = []
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cols = line.rstrip("\n").split("\t")
        where = f"{path.name}:{n}"
        if len(cols) < 3:
            raise ValueError(f"{where}: want name<TAB>kind<TAB>codes[<TAB>aliases], got {len(cols)} columns")
        name, kind, codes = cols[0].strip(), cols[1].strip(), cols[2]
        if kind not in KINDS:
            raise ValueError(f"{where}: unknown kind {kind!r}")
        aliases = [a.strip() for a in (cols[3].split("|") if len(cols) > 3 else []) if a.strip()]
        if name not in aliases:
            aliases.insert(0, name)
        gender = cols[4].strip() or None if len(cols) > 4 else None
        out.append(Entity(name, kind, parse_codes(codes, where), aliases, gender, path.name))
    return out


@lru_cache(maxsize=1)
def name_words() -> dict[str, frozenset[str]]:
    """The word lists of name_words.yaml (organisation nouns, ends of names of things,
    words for bodies), read once."""
    raw = yaml.safe_load(_data_text("name_words.yaml"))
    return {k: frozenset(str(w) for w in v) for k, v in raw.items()}


@dataclass
class Gazetteer:
    entities: list[Entity] = field(default_factory=list)
    by_alias: dict[str, list[int]] = field(default_factory=dict)  # fold(alias) -> entity ids
    index: dict[tuple, Entity] = field(default_factory=dict)  # _key -> entity
    _surnames: dict[str, list[int]] | None = None

    def add(self, ents: list[Entity]) -> None:
        index = self.index
        for e in ents:
            old = index.get(_key(e))
            if old is None and e.kind == "person" and len(e.name.split()) >= 2:
                # only the full name, and only across files: within one source two rows sharing an
                # alias ("President George Bush") are two people, for the date to tell apart
                hit = [self.entities[i] for i in self.by_alias.get(fold(e.name), [])
                       if self.entities[i].kind == "person" and self.entities[i].source != e.source]
                if hit:
                    old = hit[0]
            if old is not None:
                old.codes = e.codes or old.codes
                old.aliases = list(dict.fromkeys(old.aliases + e.aliases))
                old.gender = e.gender or old.gender
                old.source = e.source
                if e.kind == "person" or e.kind == "state":
                    old.name = e.name
                target = old
            else:
                e.id = len(self.entities)
                self.entities.append(e)
                index[_key(e)] = e
                target = e
            self._surnames = None
            for a in target.aliases:
                ids = self.by_alias.setdefault(fold(a), [])
                if target.id not in ids:
                    ids.append(target.id)

    def lookup(self, phrase: str) -> list[Entity]:
        return [self.entities[i] for i in self.by_alias.get(fold(phrase), [])]

    def people(self, phrase: str) -> list[Entity]:
        """The people a name may be: its alias (any case), else, for one word, everyone of that surname."""
        key = fold(phrase)
        hit = [self.entities[i] for i in self.by_alias.get(key, []) if self.entities[i].kind == "person"]
        if hit or " " in key:
            return hit
        return [self.entities[i] for i in self.surnames().get(key, ())]

    def surnames(self) -> dict[str, list[int]]:
        """fold(last word of a person's name or multi-word alias) -> person ids; built on first use."""
        if self._surnames is None:
            index: dict[str, list[int]] = {}
            for e in self.entities:
                if e.kind != "person":
                    continue
                for a in e.aliases:
                    words = fold(a).split()
                    if len(words) >= 2 and len(words[-1]) > 2 and words[-1].isalpha() \
                            and words[-1] not in name_words()["body_words"]:
                        ids = index.setdefault(words[-1], [])
                        if e.id not in ids:
                            ids.append(e.id)
            self._surnames = index
        return self._surnames


def settle_people(ents: list[Entity], date: dt.date | None,
                  sector: str | None = None) -> tuple[Entity | None, str | None]:
    """Of several people one name may be, the one the article date settles; else only their shared country.

    One person holding an office (a dated, non-ELI code) that day wins; of
    several office holders, the one whose sector the title names ("President
    Bush" in 2008: the Bush then in office), else the one of the curated files.  With nobody in office, the one
    curated person of the name, if one.  When nothing settles it but every
    candidate is of one country, that country is returned alone.
    """
    people = [e for e in ents if e.kind == "person"]
    if len(people) <= 1:
        return (people[0] if people else None), None
    day = date or dt.date.today()
    holding = []
    for e in people:
        for code, start, end in e.codes:
            if (start or end) and (start is None or start <= day) and (end is None or day < end) \
                    and split_code(code)[1] not in (None, "ELI"):
                holding.append((e, split_code(code)[1]))
                break
    if sector and len(holding) > 1:
        fit = [h for h in holding if h[1] == sector]
        if len(fit) == 1:
            holding = fit
    if len(holding) > 1:
        # several in office: the one of the curated files (Mckeeva Bush of the Caymans, in the OEDA
        # lists, was in office in 2004 too)
        curated = [h for h in holding if not h[0].source.startswith("oeda_")]
        if len(curated) == 1:
            holding = curated
    if len({id(e) for e, _ in holding}) == 1:
        return holding[0][0], None
    if not holding:
        # nobody in office that day: the one person of the curated files (the people in the news)
        curated = [e for e in people if not e.source.startswith("oeda_")]
        if len(curated) == 1:
            return curated[0], None
    countries = {split_code(c)[0] for e in people for c, _, _ in e.codes} - {None}
    return None, (countries.pop() if len(countries) == 1 else None)


def _key(e: Entity) -> tuple:
    # a state is its code (one entity per country, whatever file names it); others by name
    if e.kind == "state" and len(e.codes) == 1:
        return ("state", e.codes[0][0])
    return (e.kind, fold(e.name))


def extra_paths_from_env() -> list[str]:
    value = os.environ.get(ENV_VAR, "")
    return [p for p in value.split(os.pathsep) if p.strip()]


def _data_text(name: str) -> str:
    return resources.files("communique").joinpath(DATA, name).read_text(encoding="utf-8")


@lru_cache(maxsize=8)
def load_gazetteer(extra_paths: tuple[str, ...] = ()) -> Gazetteer:
    """The packaged entities, then the user's files on top (loaded once per set of paths)."""
    gaz = Gazetteer()
    for name in GENERATED + CURATED:
        gaz.add(read_entities(name, _data_text(name)))
    for p in extra_paths:
        gaz.add(read_entities(p))
    return gaz
