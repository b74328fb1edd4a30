"""Recall audit 2: events told in words the lexicon missed (news sentences that coded
nothing), with the guards that keep the new entries precise."""
from __future__ import annotations

from datetime import date

D = date(2020, 1, 10)


def coded(coder, text):
    """(mode, source code, target code, cameo) of each event."""
    return [(e.mode, e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events]


def asserted(coder, text):
    return {(s, t, c) for m, s, t, c in coded(coder, text) if m == "asserted"}


# --- a killing named by its noun -------------------------------------------------------

def test_a_possessor_killing_of_someone_is_the_doer(coder):
    got = asserted(coder, "The move follows the United States' killing of Qasem Soleimani in an airstrike last week.")
    assert ("USA", "IRNELI", "190") in got


def test_a_killing_with_no_victim_named_codes_nothing(coder):
    got = coded(coder, "The French military in Rwanda helped to plan and carry out killings.")
    assert not any(c[:2] == "19" for _, _, _, c in got)


def test_mass_killings_keep_their_own_entry(coder):
    got = asserted(coder, "Sudan's government is responsible for mass killings and other atrocities in the Darfur region.")
    assert ("SDNGOV", None, "202") in got


def test_killing_animals_is_no_attack(coder):
    got = coded(coder, "The government of Egypt ordered the killing of over 300,000 pigs.")
    assert not any(c[:2] == "19" for _, _, _, c in got)


# --- the possessor of a thing done to a person underwent it ----------------------------

def test_the_possessor_of_an_arrest_is_not_its_doer(coder):
    got = coded(coder, "Protests followed Navalny's arrest.")
    assert not any(c == "173" and s == "RUSOPP" for _, s, _, c in got)


def test_the_possessor_of_an_assassination_is_not_its_doer(coder):
    got = coded(coder, "Iran condemned Soleimani's assassination.")
    assert not any(c == "186" and s == "IRNELI" for _, s, _, c in got)
    assert ("IRN", "IRNELI", "111") in asserted(coder, "Iran condemned Soleimani's assassination.")


# --- protest told with other verbs --------------------------------------------------------

def test_lawmakers_shouting_at_a_leader_protest(coder):
    got = asserted(coder, "Lawmakers shouted at Lam during the session.")
    assert any(s == "LEG" and c == "140" for s, t, c in got)


def test_heckling_a_minister_is_protest_against_him(coder):
    assert ("OPP", "GOV", "140") in asserted(coder, "Protesters heckled the minister.")


# --- administrative, legal and business acts --------------------------------------------

def test_ordering_a_shutdown_is_an_administrative_sanction(coder):
    got = asserted(coder, "The government ordered the broadcaster to shut down.")
    assert any(s == "GOV" and c == "172" for s, t, c in got)


def test_ordering_a_paper_to_suspend_publication_stays_1721(coder):
    got = asserted(coder, "Nicaragua's Sandinista government today ordered the opposition newspaper La Prensa "
                          "to suspend publication indefinitely.")
    assert any(c == "1721" for s, t, c in got)


def test_overturning_convictions_releases_the_convicted(coder):
    got = asserted(coder, "The Supreme Court overturned the convictions of the two journalists.")
    assert ("JUD", "MED", "0841") in got


def test_a_state_firm_acquiring_a_manufacturer_is_economic_cooperation(coder):
    got = asserted(coder, "State-owned HDT acquired Austrian manufacturer Hirtenberger.")
    # the firm is named (an organisation no file knows) and is business; the text does not say whose
    # (HDT is Hungarian: the Austrian state of the sentence, AUTGOV, was a wrong certainty)
    assert ("BUS", "AUTBUS", "061") in got


def test_acquiring_weapons_is_no_economic_cooperation(coder):
    got = coded(coder, "Turkey acquired Russian S-400 missiles.")
    assert not any(c == "061" for _, _, _, c in got)


# --- where protesters gather names whom they protest -------------------------------------

def test_protesters_gathering_around_a_police_complex_protest_the_police(coder):
    got = asserted(coder, "Protesters gathered around the police complex, blocking the exits.")
    # one protest, told by how it was held: blocking the exits is a blockade (144)
    assert ("OPP", "COP", "144") in got


def test_protesters_gathering_in_front_of_a_body_target_it(coder):
    got = asserted(coder, "Thousands of protesters gathered in front of the government headquarters.")
    assert ("OPP", "GOV", "141") in got


def test_a_city_protesters_gather_outside_is_no_target(coder):
    got = asserted(coder, "Protesters gathered outside London.")
    assert ("GBROPP", None, "141") in got


# --- legal, legislative and business acts on a light verb --------------------------------

def test_a_court_upholding_a_conviction_convicts(coder):
    assert ("JUD", "OPP", "116") in asserted(coder, "The court upheld the conviction of the activist.")


def test_a_legislature_passing_sanctions_imposes_them(coder):
    assert ("LEG", "RUS", "163") in asserted(coder, "The Senate passed sanctions against Russia.")


def test_buying_a_stake_in_a_firm_is_aimed_at_the_firm(coder):
    got = asserted(coder, "The company bought a stake in the Russian oil firm.")
    assert ("BUS", "RUSBUS", "061") in got


def test_buying_a_firm_is_economic_cooperation(coder):
    assert ("CHN", "GRC", "061") in asserted(coder, "China purchased the Greek port operator.")
