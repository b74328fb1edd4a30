"""An act on a happening or a thing named only with where it is concerns the
country it is in ("condemned the coup in Niger", "missiles struck a shopping
centre in Kremenchuk")."""
from __future__ import annotations

from datetime import date

D = date(2023, 8, 1)


def coded(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


def test_condemning_a_happening_somewhere_targets_that_country(coder):
    assert coded(coder, "The UN Security Council condemned the coup in Niger.") == [("IGOUNO", "NER", "111")]
    # the country, not the government its capital stands for
    assert coded(coder, "France condemned the attack on a mosque in Kabul.") == [("FRA", "AFG", "111")]


def test_violence_on_a_thing_somewhere_targets_that_country(coder):
    # (the small model calls Kremenchuk a person; the gazetteer knows the town)
    assert coded(coder, "Russian missiles struck a shopping centre in Kremenchuk.") == [("RUS", "UKR", "194")]


def test_a_party_named_as_the_object_is_kept(coder):
    # guard: the place only stands in when no party is named
    assert coded(coder, "Kenyan police killed two protesters in Nairobi.") == [("KENCOP", "KENOPP", "190")]
    assert coded(coder, "The minister rejected the plan.") == [("GOV", None, "127")]


def test_investigating_a_happening_somewhere_targets_that_country(coder):
    assert coded(coder, "The ICC investigated alleged war crimes in Ukraine.") == [("IGOJUDICC", "UKR", "091")]


def test_blocking_a_bid_to_join_is_a_veto_of_its_maker(coder):
    assert coded(coder, "Turkey blocked Sweden's bid to join NATO.") == [("TUR", "SWE", "129")]
    # guard: blocking a road is still a blockade
    assert [c for s, t, c in coded(coder, "Protesters blocked the road to the airport.")] == ["144"]
