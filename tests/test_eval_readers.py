"""Gold readers and kind detection, on hand-made fixtures."""
from pathlib import Path

import pytest

from communique.evaluation import UnknownKind, detect_kind, read_gold
from communique.evaluation.codes import ActorKey, split_code

FIX = Path(__file__).parent / "fixtures" / "eval"


@pytest.mark.parametrize("name,kind", [
    ("petr_small.jsonl", "petr"),
    ("plover_small.jsonl", "plover"),
    ("cameo_manual_small.jsonl", "cameo-manual"),
    ("pentaclass_small.jsonl", "pentaclass"),
    ("pentaclass_small.tsv", "pentaclass"),
    ("actors_small.jsonl", "actors"),
])
def test_detects_kind(name, kind):
    assert detect_kind(FIX / name) == kind


def test_unknown_kind_is_a_clear_error(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text('{"hello": 1}\n')
    with pytest.raises(UnknownKind, match="--kind"):
        detect_kind(path)


def test_petr_reader_skips_malformed_lines_with_their_numbers():
    gold = read_gold(FIX / "petr_small.jsonl")
    assert [r.id for r in gold.records] == ["P1", "P2", "P3", "P6"]
    assert [p.line for p in gold.problems] == [4, 5]
    assert "not JSON" in gold.problems[0].reason
    assert "eventcode" in gold.problems[1].reason
    p2 = gold.records[1]
    assert p2.events[0].code == "173"
    assert p2.events[0].source == ActorKey("CHL", ("COP",))
    assert gold.records[2].events == []  # the no-event sentence is kept
    assert str(gold.records[0].date) == "2024-03-12"


def test_petr_codes_split_into_country_and_sectors():
    assert split_code("---REB") == (None, ("REB",))
    assert split_code("IRQGOVMIL") == ("IRQ", ("GOV", "MIL"))
    assert split_code("PSEREBHMSGOV") == ("PSE", ("REB", "GOV"))  # HMS is a group, not a sector
    assert split_code("IGOEUREEC") == ("IGO", ())
    assert split_code("JAP") == ("JPN", ())  # legacy CAMEO spelling


def test_plover_reader():
    gold = read_gold(FIX / "plover_small.jsonl")
    assert [r.id for r in gold.records] == ["PL1", "PL2", "PL3", "PL4"]
    assert [(p.line, "plover_event" in p.reason) for p in gold.problems] == [(5, True)]
    pl2 = gold.records[1]
    assert pl2.reciprocal and [a.country for a in pl2.sources] == ["GHA", "TGO"]
    assert gold.records[0].sources[0] == ActorKey("PER", ("GOV",), "Peru")


def test_plover_reads_upstream_array(tmp_path):
    path = tmp_path / "gsr.json"
    path.write_text('[{"id": "D", "event": "DOCUMENT"},'
                    ' {"id": "A1", "text": "Chad and Niger agreed.", "event": "AGREE",'
                    '  "source": [{"code": "TCD"}], "target": [], "textInfo": {"markup": "(SRC/TAR: Chad)"}}]')
    gold = read_gold(path)
    assert gold.kind == "plover" and len(gold.records) == 1 and gold.records[0].reciprocal


def test_cameo_manual_reader():
    gold = read_gold(FIX / "cameo_manual_small.jsonl")
    assert [r.label for r in gold.records] == ["042", "1123", "0233", "190"]
    assert [p.line for p in gold.problems] == [4]


def test_pentaclass_readers():
    js = read_gold(FIX / "pentaclass_small.jsonl")
    assert [r.label for r in js.records] == [0, 1, 2, 3, 4]
    assert [p.line for p in js.problems] == [6]
    tsv = read_gold(FIX / "pentaclass_small.tsv")
    assert [r.label for r in tsv.records] == [1, 3, 4]
    assert tsv.records[0].text == "Vietnam and Laos agreed to cooperate on river management."
    assert [p.line for p in tsv.problems] == [3]


def test_actor_case_reader():
    gold = read_gold(FIX / "actors_small.jsonl")
    assert [c.id for c in gold.records] == ["t_state", "t_minister", "t_role_only", "t_none", "t_in"]
    assert [p.line for p in gold.problems] == [6]
    assert str(gold.records[1].date) == "2024-01-01"
    assert gold.records[4].ops["code_1"] == "In" and gold.records[4].context == "Gaza"
    assert gold.records[0].ops == {"country": "Eq"}


def test_flat_actor_assertions_are_grouped_into_cases():
    gold = read_gold(FIX / "actor_assertions_small.jsonl", kind="actors")
    cases = {c.id: c for c in gold.records}
    assert set(cases) == {"test_nat1", "test_short", "test_pres", "test_none"}
    assert cases["test_nat1"].expected == {"country": "GBR"} and cases["test_nat1"].text == "Great Britain"
    assert cases["test_short"].expected == {"code_1": "MIL"}
    assert cases["test_pres"].expected == {"country": "FRA", "code_1": "GOV"}
    assert str(cases["test_pres"].date) == "2021-05-01"
    assert cases["test_none"].expected == {"__return__": None} and cases["test_none"].ops["__return__"] == "Is"
    # what communique does not do (Wikipedia titles) is reported, by line, as not scored
    reasons = {p.line: p.reason for p in gold.problems}
    assert set(reasons) == {2, 4} and "not scored" in reasons[4] and "Wikipedia" in reasons[4]
