"""The scorer's arithmetic, on predictions fed in directly (no coder)."""
from pathlib import Path

import pytest

from communique.evaluation import read_gold
from communique.evaluation.codes import ActorKey
from communique.evaluation.gold import GoldActorCase, GoldEvent
from communique.evaluation.predictions import PredEvent, directed, plover_05b1
from communique.evaluation.scoring import (
    PRF, check, event_prf, majority_class, score_actors, score_cameo_manual, score_pentaclass,
    score_petr, score_plover,
)
from communique.records import Actor

FIX = Path(__file__).parent / "fixtures" / "eval"


def A(code):
    return ActorKey.from_code(code)


def ev(code, src=None, tgt=None, start=0, mode="asserted", reciprocal=False, plover=None, plover_mode=None):
    return PredEvent(code, A(src) if src else None, A(tgt) if tgt else None, plover=plover,
                     plover_mode=plover_mode, mode=mode, reciprocal=reciprocal, start=start)


def test_prf_arithmetic():
    r = PRF("x", tp=3, fp=1, fn=2)
    assert r.precision == pytest.approx(0.75)
    assert r.recall == pytest.approx(0.6)
    assert r.f1 == pytest.approx(2 * 0.75 * 0.6 / 1.35)
    assert PRF("empty").f1 == 0.0


def test_event_views_count_multisets_per_sentence():
    gold = [GoldEvent("040", A("NOR"), A("SWE")), GoldEvent("040", A("SWE"), A("NOR"))]
    # one right, one duplicated wrong direction, one extra
    pred = [ev("040", "NOR", "SWE"), ev("040", "NOR", "SWE"), ev("111", "NOR", "SWE")]
    by_root = event_prf([(gold, pred)], "root")
    assert (by_root.tp, by_root.fp, by_root.fn) == (2, 1, 0)
    with_countries = event_prf([(gold, pred)], "root", "countries")
    assert (with_countries.tp, with_countries.fp, with_countries.fn) == (1, 2, 1)


def test_full_actor_view_checks_sector_only_where_gold_has_one():
    gold = [GoldEvent("173", A("CHLCOP"), A("CHL"))]
    assert event_prf([(gold, [ev("173", "CHLCOP", "CHLOPP")])], "code", "actors").tp == 1
    assert event_prf([(gold, [ev("173", "CHLGOV", "CHL")])], "code", "actors").tp == 0
    assert event_prf([(gold, [ev("173", "CHLGOV", "CHL")])], "code", "countries").tp == 1


def test_dashes_mean_no_country():
    gold = [GoldEvent("190", A("---REB"), A("NGA"))]
    assert event_prf([(gold, [ev("190", "REB", "NGA")])], "root", "countries").tp == 1
    assert event_prf([(gold, [ev("190", "NGAREB", "NGA")])], "root", "countries").tp == 0


def test_reciprocal_counts_both_ways_once():
    one = [ev("040", "NOR", "SWE", reciprocal=True, start=5)]
    assert [(e.source.country, e.target.country) for e in directed(one)] == [("NOR", "SWE"), ("SWE", "NOR")]
    # the coder may emit the mirror itself: still two directed events, not four
    both = one + [ev("040", "SWE", "NOR", reciprocal=True, start=5)]
    assert len(directed(both)) == 2


def test_only_asserted_events_are_predictions():
    pred = [ev("040", "NOR", "SWE", mode="negated"), ev("040", "NOR", "SWE", mode="future")]
    assert directed(pred) == []


def test_petr_report_on_known_predictions():
    gold = read_gold(FIX / "petr_small.jsonl").records  # P1 P2 P3(no events) P6
    preds = [
        [ev("040", "NOR", "SWE", reciprocal=True)],  # 2 tp
        [ev("173", "CHLCOP", "CHL")],  # tp at root+countries and full actor (gold target OPP)
        [ev("010", "PRT", None)],  # false positive on a no-event sentence
        [ev("112", "KENGOV", "UGA"), ev("042", "KEN", "UGA", mode="hypothetical")],  # root tp, code fn/fp
    ]
    rep = score_petr(list(zip(gold, preds)), errors=5)
    head = rep.events[[r.name for r in rep.events].index("root + countries")]
    assert (head.tp, head.fp, head.fn) == (4, 1, 0)
    assert rep.headline == pytest.approx(head.f1) == pytest.approx(8 / 9)
    code = rep.events[[r.name for r in rep.events].index("code")]
    assert (code.tp, code.fp, code.fn) == (3, 2, 1)
    actors = rep.events[[r.name for r in rep.events].index("root + actors")]
    # P2's target CHL has no sector in the prediction but OPP in gold
    assert (actors.tp, actors.fp, actors.fn) == (3, 2, 1)
    assert rep.metric("no-event sentences left empty") == 0.0
    assert rep.metric("gold events found only as non-asserted (root + countries)") == 0.0
    assert rep.coverage.correct == 3 and rep.coverage.total == 3
    assert rep.confusion.counts[("11", "11")] == 1 and rep.confusion.counts[("none", "01")] == 1
    assert [m.id for m in rep.misses] == ["P3"]
    d = rep.to_dict()
    assert d["headline"]["value"] == round(8 / 9, 4) and d["kind"] == "petr"


def test_majority_class_and_ties():
    assert majority_class([]) is None
    assert majority_class([ev("010", start=9), ev("190", start=1), ev("193", start=3)]) == 4
    # tie: the class of the earliest event wins
    assert majority_class([ev("111", start=9), ev("042", start=2)]) == 1
    assert majority_class([ev("111", start=1), ev("042", start=2), ev("190", mode="negated")]) == 3


def test_pentaclass_report():
    gold = read_gold(FIX / "pentaclass_small.jsonl").records  # labels 0..4
    preds = [[ev("010")], [ev("030")], [ev("070", mode="future")], [ev("190")],
             [ev("190"), ev("111", start=-1), ev("193", start=2)]]
    rep = score_pentaclass(list(zip(gold, preds)))
    assert rep.headline == pytest.approx(3 / 5)  # uncoded counts as wrong
    assert rep.metric("accuracy on coded sentences") == pytest.approx(3 / 4)
    rows = {r.label: r for r in rep.classes}
    assert (rows["4"].tp, rows["4"].fp, rows["4"].fn) == (1, 1, 0)
    assert (rows["3"].tp, rows["3"].fn) == (0, 1)
    assert rows["2"].support == 1 and rows["2"].fn == 1
    assert rep.coverage.correct == 4
    assert rep.misses[0].id == "c2"  # uncoded is the worst miss
    assert rep.misses[0].predicted == ["(future) - -> - 070"]  # shown, though it did not count
    assert rep.metric("gold class found only as non-asserted event") == pytest.approx(1 / 5)


def test_cameo_manual_report_uses_first_asserted_event():
    gold = read_gold(FIX / "cameo_manual_small.jsonl").records  # 042 1123 0233 190
    preds = [
        [ev("042", start=10), ev("010", start=0, mode="negated")],
        [ev("010", start=0), ev("1123", start=5)],  # first is 010: wrong root, but "any" is right
        [ev("0233")],
        [],
    ]
    rep = score_cameo_manual(list(zip(gold, preds)))
    assert rep.headline == pytest.approx(0.5)
    assert rep.metric("code (first event)") == pytest.approx(0.5)
    assert rep.metric("root (any asserted event)") == pytest.approx(0.75)
    assert rep.confusion.counts[("11", "01")] == 1 and rep.confusion.counts[("19", "none")] == 1
    assert [m.id for m in rep.misses][0].startswith("190")


def test_plover_type_mapping():
    assert plover_05b1(ev("100", plover="REQUEST")) == "DEMAND"
    assert plover_05b1(ev("111", plover="ACCUSE")) == "DISAPPROVE"
    assert plover_05b1(ev("091", plover="ACCUSE", plover_mode="investigate")) == "INVESTIGATE"
    assert plover_05b1(ev("193", plover="ASSAULT")) == "FIGHT"
    assert plover_05b1(ev("183", plover="ASSAULT")) == "ASSAULT"
    assert plover_05b1(ev("010")) is None


def test_plover_report():
    gold = read_gold(FIX / "plover_small.jsonl").records  # DEMAND, AGREE (recip), FIGHT, DISAPPROVE
    preds = [
        [ev("1053", "PERGOV", "BOL", plover="REQUEST")],
        [ev("057", "TGOGOV", "GHA", plover="AGREE", reciprocal=True)],  # reciprocal: TGO is a source too
        [ev("010", "MLI", None, start=0), ev("190", "MLIMIL", "MLIREB", start=9, plover="ASSAULT")],
        [],
    ]
    rep = score_plover(list(zip(gold, preds)))
    assert rep.headline == pytest.approx(0.5)  # PL3's first event is a statement
    assert rep.metric("type (any asserted event)") == pytest.approx(0.75)
    assert rep.metric("source country") == pytest.approx(3 / 4)
    # PL3 chosen event (FIGHT) has source MLIMIL, gold MLIREB: country right, sector wrong
    assert rep.metric("source country + sector") == pytest.approx(2 / 4)
    assert rep.metric("target country") == pytest.approx(3 / 4)
    assert rep.misses[0].id == "PL4"


class R:
    """A stand-in for whatever ActorFinder.resolve returns."""

    def __init__(self, code=None, country=None, sector=None, kind=None):
        self.code, self.country, self.sector, self.kind, self.text = code, country, sector, kind, None


def test_actor_assertions():
    cases = read_gold(FIX / "actors_small.jsonl").records
    results = [
        Actor("Kenya", 0, 5, code="KEN", country="KEN"),  # holds
        R("KENGOV", "KEN", "GOV"),  # both hold
        R("COP", None, "COP"),  # both hold
        R(None, None, None),  # an empty actor counts as "not an actor": holds
        R("PSEPTY", "PSE", "PTY"),  # country and In hold; wiki is not scored
    ]
    rep = score_actors(list(zip(cases, results)))
    assert rep.headline == 1.0 and rep.accuracy[0].total == 8
    assert any("not scored" in n for n in rep.notes)
    wrong = [R("UGA", "UGA"), None, R("CHLMIL", "CHL", "MIL"), R("KEN", "KEN"), R("ISR", "ISR", "MIL")]
    rep = score_actors(list(zip(cases, wrong)))
    assert rep.accuracy[0].correct == 0
    assert rep.misses[0].id in {"t_minister", "t_role_only", "t_in"}


def test_actor_check_reads_ngec_sectors_and_igo_names():
    # NGEC/PLOVER agents: JRN is media (CAMEO MED), MED is medical (CAMEO HLH)
    case = GoldActorCase("x", 1, "state media", expected={"code_1": "JRN", "country": "IGO"},
                         ops={"code_1": "Eq", "country": "Eq"})
    assert all(h for _, h, _, _ in check(case, R("IGOMED", None, "MED")))
    ambulance = GoldActorCase("y", 2, "ambulance", expected={"code_1": "MED"}, ops={"code_1": "Eq"})
    assert all(h for _, h, _, _ in check(ambulance, R("HLH", None, "HLH")))
    # the EU is EUR to NGEC, IGO to PETR: both readings of IGOEUREEC hold
    eu = GoldActorCase("z", 3, "the European Union", expected={"country": "EUR"}, ops={"country": "Eq"})
    assert all(h for _, h, _, _ in check(eu, Actor("the EU", 0, 6, code="IGOEUREEC", country="EUR", kind="igo")))
    assert all(h for _, h, _, _ in check(eu, R("IGOEUREEC", None, None)))
    assert not any(h for _, h, _, _ in check(eu, R("FRA", "FRA", None)))


def test_igo_codes_compare_by_prefix_whatever_the_country_field():
    key = ActorKey.from_actor(Actor("the EU", 0, 6, code="IGOEUREEC", country="EUR", kind="igo"))
    assert key.country == "IGO"
    assert ActorKey.from_actor(Actor("Amnesty", 0, 7, code="NGOHRIAMN", country="NGO", sector="HRI")).country == "NGO"
