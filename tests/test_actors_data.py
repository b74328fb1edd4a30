"""Integrity of the actor data files and the user's own files on top."""
import datetime as dt
from collections import defaultdict

import pytest

from communique.actors import ActorFinder
from communique.actors.codes import SPECIAL_COUNTRIES, is_country, split_code, well_formed
from communique.actors.gazetteer import CURATED, fold, load_gazetteer, name_words, read_entities
from communique.actors.roles import load_roles
from communique.actors.codes import SECTORS
from communique.nlp import load


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer(())


def test_sizes(gaz):
    kinds = defaultdict(int)
    for e in gaz.entities:
        kinds[e.kind] += 1
    assert kinds["state"] >= 190 and kinds["person"] >= 10000 and kinds["igo"] >= 50
    assert len(load_roles()) >= 3000


def test_every_code_well_formed(gaz):
    bad = [(e.name, c) for e in gaz.entities for c, _, _ in e.codes if not well_formed(c)]
    assert not bad, bad[:20]


def test_every_country_is_iso_or_documented(gaz):
    bad = []
    for e in gaz.entities:
        for c, _, _ in e.codes:
            country, _ = split_code(c)
            if country is not None and not is_country(country):
                bad.append((e.name, c))
    assert not bad, bad[:20]
    assert {"IGO", "UNO", "EUR", "XKX"} <= set(SPECIAL_COUNTRIES)


def test_date_ranges_ordered(gaz):
    bad = [(e.name, c, s, t) for e in gaz.entities for c, s, t in e.codes if s and t and s > t]
    assert not bad, bad[:20]


def test_role_sectors_known():
    bad = [(p, r.sectors) for p, r in load_roles().items() if not r.sectors or r.sectors[0] not in SECTORS]
    assert not bad, bad[:20]


def test_curated_aliases_do_not_conflict_undated(gaz):
    """An alias of the curated files may name two entities only if dates (or kinds) tell them apart,
    or if it is listed as a name two states share (name_words.yaml shared_state_names)."""
    shared = {fold(n) for n in name_words()["shared_state_names"]}
    seen = defaultdict(list)
    for e in gaz.entities:
        if e.source not in CURATED:
            continue
        for a in e.aliases:
            if fold(a) not in shared:
                seen[fold(a)].append(e)
    bad = []
    for alias, ents in seen.items():
        undated = {(e.kind, split_code(e.codes[0][0])[0]) for e in ents if not e.dated}
        by_kind = defaultdict(set)
        for kind, country in undated:
            by_kind[kind].add(country)
        if any(len(v) > 1 for v in by_kind.values()):
            bad.append((alias, [e.name for e in ents]))
    assert not bad, bad[:20]


def test_curated_people_have_dates_and_gender(gaz):
    people = [e for e in gaz.entities if e.kind == "person" and e.source == "people.tsv"]
    assert len(people) >= 400
    assert all(e.gender in ("m", "f") for e in people)
    g20 = {"ARG", "AUS", "BRA", "CAN", "CHN", "FRA", "DEU", "IND", "IDN", "ITA", "JPN", "KOR", "MEX",
           "RUS", "SAU", "ZAF", "TUR", "GBR", "USA"}
    on = dt.date(2025, 6, 1)
    holders = {split_code(e.code_at(on))[0] for e in people if e.code_at(on).endswith("GOV")}
    assert g20 <= holders


def test_bad_row_names_file_and_line(tmp_path):
    p = tmp_path / "mine.tsv"
    p.write_text("# mine\nFoo\tperson\tRUSGOV 2020-01-01..oops\tFoo\n", encoding="utf-8")
    with pytest.raises(ValueError, match="mine.tsv:2"):
        read_entities(p)


def test_user_extra_file_loads_and_overrides(tmp_path, monkeypatch):
    extra = tmp_path / "extra.tsv"
    extra.write_text(
        "# my own actors\n"
        "Zorbia Liberation Front\tgroup\tTURREB\tZorbia Liberation Front|ZLF\n"
        "Sergey Lavrov\tperson\tRUSELI\tSergey Lavrov|Lavrov\tm\n", encoding="utf-8")
    nlp = load()
    finder = ActorFinder(nlp, extra_paths=[str(extra)])
    assert finder.resolve("the Zorbia Liberation Front").code == "TURREB"
    assert finder.resolve("Lavrov", date=dt.date(2024, 1, 1)).code == "RUSELI"  # the user's file wins
    env = tmp_path / "env.tsv"
    env.write_text("Quux Party\torg\tFRAPTY\tQuux Party\n", encoding="utf-8")
    monkeypatch.setenv("COMMUNIQUE_ACTORS", str(env))
    assert ActorFinder(nlp).resolve("Quux Party").code == "FRAPTY"
    # the packaged data is not changed by either
    assert ActorFinder(nlp, extra_paths=[]).resolve("Lavrov", date=dt.date(2024, 1, 1)) is not None


def test_no_open_term_beside_a_later_closed_copy(gaz):
    """The source's copies of an office with the end missing are closed by build_actors.py."""
    bad = []
    for e in gaz.entities:
        if e.kind != "person" or not e.source.startswith("oeda_"):
            continue
        for code, start, end in e.codes:
            if start and end is None and any(c == code and s and t and s >= start and t > start
                                             for c, s, t in e.codes):
                bad.append((e.name, code, start))
    assert not bad, bad[:10]


def test_subdivisions_are_places_of_one_state(gaz):
    subs = [e for e in gaz.entities if e.source == "subdivisions.tsv"]
    assert len(subs) >= 1000
    state_aliases = {fold(a) for e in gaz.entities if e.kind == "state" for a in e.aliases}
    names = defaultdict(set)
    for e in subs:
        assert e.kind == "place" and len(e.codes) == 1 and is_country(e.codes[0][0]), e
        names[fold(e.name)].add(e.codes[0][0])
    assert all(len(c) == 1 for c in names.values())
    assert not set(names) & {"punjab", "georgia", "balkan", "victoria"}  # shared, a state, everyday words
    assert "sindh" in names and "texas" in names


def test_subdivisions_locate_bodies():
    nlp = load()
    finder = ActorFinder(nlp)
    got = {a.text: a.code for a in finder.find(nlp("Police in Texas arrested two men."))}
    assert got.get("Police in Texas") == "USACOP", got
    got = {a.text: a.code for a in finder.find(nlp("The government of Sindh ordered patrols."))}
    assert got.get("The government of Sindh") == "PAKGOV", got


def _build_script():
    """scripts/build_actors.py as a module (it is a script, not part of the package)."""
    import importlib.util
    from pathlib import Path

    path = Path(__file__).resolve().parents[1] / "scripts" / "build_actors.py"
    spec = importlib.util.spec_from_file_location("build_actors", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_reviewed_exclusions_hold_in_the_generated_files():
    """Every alias the review took out (oeda_exclusions.tsv) names a generated row that no longer has it:
    the list and the files agree, so rebuilding with scripts/build_actors.py gives the reviewed files."""
    from communique.actors.gazetteer import _data_text

    build = _build_script()
    exclusions = build.read_exclusions(_data_text("oeda_exclusions.tsv"))
    assert ("oeda_states.tsv", "places in Poland") in exclusions  # "Pole": the South Pole is no Polish place
    for (filename, name), gone in exclusions.items():
        rows = [line.split("\t") for line in _data_text(filename).splitlines() if line and not line.startswith("#")]
        row = next((r for r in rows if r[0] == name), None)
        assert row is not None, (filename, name)
        assert not gone & set(row[3].split("|")), (filename, name, gone)


def test_build_script_leaves_out_reviewed_aliases():
    build = _build_script()
    exclusions = build.read_exclusions("oeda_states.tsv\tplaces in Poland\tPole\twhy\n")
    rows = ["Poland\tstate\tPOL\tPoland|Pole", "places in Poland\tplace\tPOL\tPolish|Pole|Polska"]
    assert build.drop_excluded("oeda_states.tsv", rows, exclusions) == [
        "Poland\tstate\tPOL\tPoland|Pole", "places in Poland\tplace\tPOL\tPolish|Polska"]
    assert build.drop_excluded("oeda_national.tsv", rows, exclusions) == rows


def test_the_south_pole_is_no_pole(nlp, finder):
    got = finder.find(nlp("The expedition reached the South Pole on Monday."), date=dt.date(2020, 1, 1))
    assert not any(a.country == "POL" for a in got), got


def test_name_words_are_lower_case_word_lists():
    from communique.actors.gazetteer import name_words
    words = name_words()
    assert set(words) == {"org_nouns", "thing_ends", "thing_words", "body_words", "media_nouns",
                          "voice_nouns", "courtesy_titles", "given_name_roles", "foreign_words", "weapon_heads", "person_title_heads", "national_nouns", "craft_heads",
                          "shared_state_names", "water_words", "place_nouns", "embassy_nouns"}
    for key, values in words.items():
        assert values, key
        assert all(w == w.lower() and w.strip() == w and " " not in w for w in values), key
    # an organisation noun that also ends names of things must be a known double ("a TV station",
    # "a railway station"); any other overlap would hide every "<noun> X" organisation name
    assert words["org_nouns"] & words["thing_ends"] <= {"station"}
    # a title that names one person is no body ("he" after "the foreign ministry" is someone else)
    assert not words["person_title_heads"] & words["body_words"]


def test_shared_state_names_name_two_states(gaz):
    """A name listed as shared is an alias of at least two states of the curated files."""
    for name in name_words()["shared_state_names"]:
        states = {e.codes[0][0] for e in gaz.lookup(name) if e.kind == "state" and e.source in CURATED}
        assert len(states) >= 2, (name, states)
