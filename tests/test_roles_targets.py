"""Whom an act is done to when no object names it: the place a state's own
measure covers, the aim a protest states (PLOVER GSR's target conventions,
which CAMEO shares)."""
from __future__ import annotations

from datetime import date

D = date(2015, 6, 9)


def coded(coder, text):
    """(mode, source code, target code, cameo) of each event."""
    return [(e.mode, e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events]


def targets(coder, text, root):
    return [t for m, s, t, c in coded(coder, text) if c[:2] == root and m == "asserted"]


def test_a_threatened_curfew_in_ones_own_city_threatens_it(coder):
    got = targets(coder, "Egyptian President Hosni Mubarak threatened to impose a curfew in Alexandria.", "13")
    assert got and got[0] and got[0][:3] == "EGY"


def test_lifting_a_curfew_in_ones_own_city_eases_it(coder):
    got = targets(coder, "Kenya's government on Monday lifted a curfew in Mombasa.", "08")
    assert got and got[0] and got[0][:3] == "KEN"


def test_a_hunger_strike_to_demand_a_resignation_targets_who_should_resign(coder):
    got = targets(coder, "Hundreds of Kenyan nurses began a hunger strike to demand the resignation "
                         "of Kenyan President Uhuru Kenyatta.", "14")
    assert got == ["KENGOV"]


def test_a_strike_in_protest_of_a_refusal_targets_who_refused(coder):
    got = targets(coder, "Hundreds of Kenyan nurses began a hunger strike in protest of the Kenyan "
                         "government's refusal to raise wages.", "14")
    assert got == ["KENGOV"]


def test_a_protest_in_defiance_of_authorities_targets_them(coder):
    # (not the town where they stood)
    got = targets(coder, "Thousands of Palestinians blocked roads in Hebron in defiance of Israeli authorities.", "14")
    assert got == ["ISRGOV"]


def test_a_name_in_apposition_to_an_office_the_gazetteer_knows_whole_holds_it(coder):
    # "UN secretary-general" is one gazetteer entry, not a role word on a body
    got = [(s, t) for m, s, t, c in coded(coder, "Russia on Monday rejected calls by Marta Lindqvist, "
                                                   "UN secretary-general, to end the blockade.") if c[:2] == "12"]
    assert got and got[0][1] == "IGOUNOGOV"


def test_what_is_given_is_no_party_whom_it_goes_to_is(coder):
    text = "Britain is providing aerial photographs and other military intelligence to Ukraine which is preparing an offensive."
    got = targets(coder, text, "06") + targets(coder, text, "07")
    assert got and got[0] == "UKR"


def test_forces_readied_are_the_doers_own_not_the_target(coder):
    assert targets(coder, "France mobilized army reservists for a possible war against Libya.", "15") == ["LBY"]
    # ...and where they are reinforced abroad is the other party
    got = targets(coder, "Turkey has strengthened its forces in Syria after the attack.", "15")
    assert got and got[0][:3] == "SYR"


def test_an_act_aimed_through_its_object_targets_whom_it_is_against(coder):
    got = targets(coder, "Chancellor Merkel has threatened further action against Iran in a televised address.", "13")
    assert got and got[0] == "IRN"


def test_weapons_fired_are_no_party_whom_they_are_fired_against_is(coder):
    got = targets(coder, "Syrian forces launched artillery, mortar, and rocket fire against Turkish "
                         "army posts near the border today.", "19")
    assert got and got[0].startswith("TUR")


def test_up_to_a_number_is_the_object_counted(coder):
    got = targets(coder, "Somali gunmen have kidnapped up to 16 French civilian engineers from a town market.", "18")
    assert got and got[0].startswith("FRA")


def test_suspending_ties_is_done_to_the_party_at_their_other_end(coder):
    got = targets(coder, "France announced a suspension of air links with Libya on Tuesday.", "16")
    assert got and got[0] == "LBY"


def test_an_investigation_into_crimes_targets_who_committed_them(coder):
    got = targets(coder, "Bosnian police have launched an investigation into alleged crimes committed by "
                         "Serbian forces against civilians.", "09")
    assert got and got[0].startswith("SRB")


def test_refuge_sought_in_a_state_asks_that_state(coder):
    got = targets(coder, "Thousands of Syrian refugees sought refuge in Turkey last month.", "10")
    assert got and got[0] == "TUR"


def test_a_school_of_a_university_is_of_its_country(coder):
    got = targets(coder, "Doctors from two British aid groups delivered medicine to Kabul University Medical School.", "07")
    assert got and got[0] == "AFGEDU"


def test_refugees_fleeing_a_war_in_a_state_are_its_refugees(coder):
    got = targets(coder, "The United Nations will provide food aid to refugees fleeing the civil war in Sudan.", "07") \
        + targets(coder, "The United Nations will provide food aid to refugees fleeing the civil war in Sudan.", "03")
    assert got and got[0] == "SDNREF"


def test_a_riot_at_a_place_in_a_state_is_hosted_by_that_state(coder):
    got = targets(coder, "Kurdish prisoners rioted on Monday at this jail in southern Turkey.", "14")
    assert got and got[0].startswith("TUR")


def test_coordinated_nationalities_on_one_head_are_both_parties(coder):
    events = [e for e in coder.code("The Armenian and Azerbaijani sides agreed to exchange prisoners on Friday.",
                                    date=D, doc_id="t").events if e.cameo[:2] == "03" and e.mode == "asserted"]
    assert events and events[0].reciprocal
    assert {events[0].source.code, events[0].target.code} == {"ARM", "AZE"}


def test_forces_readied_for_an_attack_target_its_victim(coder):
    got = targets(coder, "Iran has trained more than 300 computer hackers capable of launching cyber "
                         "warfare against Israel, officials said.", "15")
    assert got and got[0] == "ISR"
    got = targets(coder, "The Syrian army prepared to resume shelling Kurdish rebel-held territory.", "15")
    assert got and got[0].endswith("REB")


def test_an_act_done_during_a_protest_against_someone_is_against_them(coder):
    got = targets(coder, "Syrian youths threw stones during demonstrations against the alleged abuses "
                         "of the Turkish army.", "14")
    assert got == ["TURMIL"]


def test_a_bare_complement_names_the_target_of_its_act(coder):
    # "help support": no "to" before the complement
    got = targets(coder, "Qatar has mobilized lobby groups in Europe to help support the rights of Palestinians.", "05")
    assert got and got[0].startswith("PSE")


def test_a_protest_is_aimed_at_who_did_what_it_is_about(coder):
    got = targets(coder, "Kenyan farmers began a hunger strike outside parliament to demand the return of "
                         "land seized by Kenyan security forces.", "14")
    assert got == ["KENCOP"]


def test_a_promise_reneged_on_is_reneged_on_toward_whom_it_was_made(coder):
    got = targets(coder, "President Robert Mugabe has reneged on his commitment to the Zimbabwean people "
                         "to hold elections.", "12")
    assert got and got[0].startswith("ZWE")


def test_stopping_a_protest_is_done_to_who_staged_it(coder):
    got = targets(coder, "Russian police prevented the march organized by Ukrainian activists in Moscow.", "17")
    assert got == ["UKROPP"]


def test_an_attack_on_a_camp_for_refugees_is_on_them(coder):
    got = targets(coder, "A camp for Somali refugees was attacked by Kenyan militiamen armed with machetes.", "18")
    assert got == ["SOMREF"]


def test_a_refusal_despite_pressure_defies_who_pressed(coder):
    got = targets(coder, "The Serbian prime minister has declined to resign despite growing pressure by "
                         "the European Union.", "12")
    assert got and got[0].startswith("IGO")


def test_halting_mediation_among_parties_is_done_to_them(coder):
    got = targets(coder, "Norway suspended its mediation between the Sri Lankan government and the Tamil rebels.", "16")
    assert "LKAGOV" in got


def test_partners_named_by_a_body_are_that_body(coder):
    # "the wife of X" is not X, but "its NATO partners" are NATO
    got = targets(coder, "Turkey demanded that its European Union partners refuse to recognize the new government.", "10")
    assert got and got[0].startswith("IGO")


def test_people_in_a_territory_the_gazetteer_keeps_as_a_body_are_of_it(coder):
    # "the Gaza Strip" is an organisation-like entry (PSEGZA) with a country and no sector
    got = targets(coder, "Israel will evacuate all 17 settlements in the Gaza Strip next year, officials said.", "03")
    assert got == ["PSECVL"]
