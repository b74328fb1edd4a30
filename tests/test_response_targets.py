"""Whom a response is aimed at when the text names only the act it answers.

"For several days Iran denied the accusation": a denial, rejection, acceptance or
reply whose object is a definite noun naming an earlier act ("the accusation", "the
demand", "the offer", "the proposal") is aimed at whoever did the latest earlier act
of that kind in the story (grammar.yaml ``referent_nouns_*``), a few sentences back;
when that act is the responder's own, was not done, or there is none, the response
keeps no target.  A noun with an owner of its own ("the accusation by the United
States", "Washington's accusation") is aimed at that owner.
"""
from __future__ import annotations

import datetime

D = datetime.date(2020, 1, 11)


def coded(coder, text):
    return {(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None)
            for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"}


def target_of(coder, text, code_prefix, source_prefix):
    got = [t for c, s, t in coded(coder, text) if c.startswith(code_prefix) and (s or "").startswith(source_prefix)]
    assert got, f"no {code_prefix} event by {source_prefix}: {coded(coder, text)}"
    return got[0]


def test_a_denial_answers_an_accusation_told_by_a_quoted_hedge(coder):
    # the accusation is the blame noun under a quoted "likely"; the denial answers it
    text = ('US Secretary of State Mike Pompeo said the crash was "likely" Iran\'s doing. '
            "For several days Iran denied the accusation.")
    got = coded(coder, text)
    assert any(c == "112" and (s or "").startswith("USA") and t == "IRN" for c, s, t in got)
    assert (target_of(coder, text, "016", "IRN") or "").startswith("USA")


def test_a_proposal_is_answered_whether_it_was_coded_as_a_request_or_an_offer(coder):
    # "proposed a truce" codes 020; "the proposal" names acts of 02 and 03 alike
    text = "Egypt proposed a truce between Israel and Hamas. Hamas accepted the proposal."
    assert target_of(coder, text, "03", "PSE") == "EGY"
    text = "The European Union proposed a new trade plan to Britain. London welcomed the plan."
    assert target_of(coder, text, "05", "GBR") == "IGOEUREEC"


def test_the_owner_named_after_the_noun_is_the_target(coder):
    # the parser hangs "by the United States" on the verb, right after the noun
    assert target_of(coder, "Iran denied the accusation by the United States.", "016", "IRN") == "USA"
    assert target_of(coder, "Iran denied the accusation from Washington.", "016", "IRN") == "USAGOV"
    # an owner of its own wins over the latest earlier act of that kind
    text = "Israel accused Iran of sabotage. Iran denied the accusation by the United States."
    assert target_of(coder, text, "016", "IRN") == "USA"


def test_owners_in_the_sentence_still_count(coder):
    assert target_of(coder, "Iran rejected the US demand.", "12", "IRN") == "USA"
    assert target_of(coder, "Iran rejected Washington's accusation.", "016", "IRN") == "USAGOV"


def test_no_earlier_act_of_that_kind_no_target(coder):
    assert target_of(coder, "Iran denied the accusation.", "016", "IRN") is None
    # an offer is no demand
    assert target_of(coder, "Russia offered Ukraine a ceasefire on Monday. Kyiv rejected the demand.",
                     "12", "UKR") is None


def test_the_responders_own_latest_act_leaves_the_target_unknown(coder):
    # the latest demand is Russia's own: "the demand" names no one else we know
    text = "Russia said Ukraine must withdraw its troops from the border. Moscow rejected the demand."
    assert target_of(coder, text, "12", "RUS") is None
    # and no guess further back past it
    text = ("Germany asked Poland to accept more refugees. Poland asked Germany for more money. "
            "Poland rejected the request.")
    assert target_of(coder, text, "12", "POL") is None


def test_an_act_not_done_is_nothing_to_answer(coder):
    text = "Russia did not accuse Ukraine of anything. Ukraine denied the accusation."
    assert target_of(coder, text, "016", "UKR") is None


def test_an_act_many_sentences_back_is_too_far(coder):
    text = ("The opposition demanded that the government resign. He met farmers on Monday. He visited a "
            "school on Tuesday. He opened a bridge on Wednesday. He toured a factory on Thursday. "
            "He returned home on Friday. The government rejected the demand.")
    assert target_of(coder, text, "12", "GOV") is None


def test_an_investigation_of_the_allegations_answers_no_one(coder):
    text = "Ukraine accused Russia of shelling the city. Police investigated the allegations."
    assert target_of(coder, text, "09", "COP") is None


def test_of_several_doers_of_the_latest_act_the_one_not_responding(coder):
    text = ("Germany and the European Commission asked Poland to accept more refugees. "
            "Berlin rejected the request.\n\n")
    # the request was Germany's too: the Commission is whom Berlin answers, not itself
    assert (target_of(coder, text, "12", "DEU") or "IGO").startswith("IGO")


def test_criticism_of_a_measure_is_aimed_at_whoever_took_it(coder):
    # sanctions, expulsions, bans, executions, withdrawals and inquiries are named by
    # their nouns just like accusations and offers are
    text = "The United States imposed sanctions on Chinese officials. China condemned the sanctions."
    assert target_of(coder, text, "11", "CHN") == "USA"
    text = "Russia expelled two British diplomats. London condemned the expulsions."
    assert target_of(coder, text, "11", "GBR") == "RUS"
    text = "Saudi Arabia executed 37 people on Tuesday. Iran denounced the executions."
    assert target_of(coder, text, "11", "IRN") == "SAU"
    text = "The United States said it would withdraw its troops from Syria. The SDF criticized the withdrawal."
    assert target_of(coder, text, "11", "SYR") == "USA"
    text = "Nancy Pelosi launched an impeachment inquiry into President Trump. Republicans attacked the inquiry."
    assert target_of(coder, text, "11", "USA") == "USALEG"


def test_a_noun_of_one_kind_names_the_act_of_that_kind(coder):
    # "the impeachment inquiry" is Pelosi's, not the later inquiry Trump asked Ukraine for
    text = ("Nancy Pelosi launched an impeachment inquiry into President Trump. "
            "Trump had asked Ukraine to investigate Hunter Biden. "
            "Trump attacked the impeachment inquiry as a witch hunt.")
    assert target_of(coder, text, "11", "USAGOV") == "USALEG"
    # without a kind of its own, the latest act of the noun's roots is the one named
    text = ("Nancy Pelosi launched an impeachment inquiry into President Trump. "
            "Ukraine opened an investigation into Hunter Biden. "
            "Trump praised the investigation.")
    assert target_of(coder, text, "05", "USAGOV") == "UKR"


def test_an_apology_or_condolences_are_aimed_at_the_victims(coder):
    # the act apologized for may be the apologizer's own; its victims are whom it is aimed at
    text = ("Iran's military shot down a Ukrainian passenger jet near Tehran. "
            "Iranian President Hassan Rouhani said Iran deeply regrets this disastrous mistake.")
    assert (target_of(coder, text, "055", "IRN") or "").startswith("UKR")
    text = "A drone strike killed ten civilians in Kabul. The United States apologized for the strike."
    assert (target_of(coder, text, "055", "USA") or "").startswith("AFG")
    text = "A gunman killed 50 worshippers at two mosques in Christchurch. Britain offered its condolences over the attack."
    assert (target_of(coder, text, "018", "GBR") or "").startswith("NZL")


def test_condemning_the_violence_is_aimed_at_its_doer(coder):
    text = "Police fired tear gas at protesters in Nairobi. The United Nations condemned the violence."
    assert target_of(coder, text, "11", "IGO") == "KENCOP"
