"""Violence whose doer the text does not identify, and deaths that are accidents."""
from __future__ import annotations

from datetime import date

D = date(2019, 1, 15)


def coded(coder, text):
    """(mode, source code, target code, cameo) of each event."""
    return [(e.mode, e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events]


def test_a_stabbing_is_a_physical_assault(coder):
    assert ("asserted", None, "IDNGOV", "182") in coded(coder, "Indonesia's security minister Wiranto was stabbed.")
    assert ("asserted", None, "FRAGOV", "1823") in coded(coder, "The French mayor was stabbed to death at a rally.")


def test_an_unidentified_person_who_attacks_is_an_unnamed_doer(coder):
    assert coded(coder, "A man stabbed the French mayor at a rally.") == [("asserted", None, "FRAGOV", "182")]
    assert ("asserted", None, "MEXMED", "193") in coded(coder, "Unknown attackers shot a Mexican journalist.")


def test_a_storm_or_a_fire_that_kills_attacks_nobody(coder):
    # guard: only persons are unnamed doers
    assert coded(coder, "The storm killed three Filipino villagers.") == []
    assert coded(coder, "A fire killed five Polish girls at an escape room in Koszalin.") == []


def test_an_accident_has_no_doer_for_its_place_to_stand_in_for(coder):
    assert not [c for m, s, t, c in coded(coder, "Two Israeli soldiers were killed in a car crash in southern Lebanon.")
                if c[:2] in ("18", "19", "20")]
    # guard: with no accident told, the place stands in for the doer (CAMEO)
    assert ("asserted", "LBN", "ISRMIL", "190") in coded(coder, "Two Israeli soldiers were killed in southern Lebanon.")


def test_fire_told_by_where_it_fell_targets_whose_it_hit(coder):
    assert coded(coder, "Rockets hit the US embassy in Baghdad.") == [("asserted", None, "USAGOV", "194")]
    assert coded(coder, "Two mortar shells landed near the US embassy.") == [("asserted", None, "USAGOV", "194")]
    assert coded(coder, "A barrage of rockets slammed into Israeli towns.") == [("asserted", None, "ISR", "194")]


def test_who_fired_what_fell_did_it(coder):
    assert coded(coder, "Hamas fired rockets that hit Israeli towns.") == [("asserted", "PSEREB", "ISR", "194")]
    assert ("asserted", "SYRMIL", "TUR", "194") in coded(
        coder, "Shells fired by the Syrian army hit the Turkish town of Akcakale.")


def test_things_that_hit_or_fall_are_not_fire_unless_they_are_weapons(coder):
    # guard: the subject constraint
    assert coded(coder, "The Russian rouble fell sharply against the dollar.") == []
    assert coded(coder, "A storm hit the Philippine coast.") == []
