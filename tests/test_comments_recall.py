"""Verbal conflict and cooperation told in other words than "criticised" or
"accused": comment nouns with light and undergo verbs, characterisations,
claims that a happening was another's doing; speaker as source, the party
criticised or praised as target, no event where none is reported."""
from __future__ import annotations

from datetime import date

D = date(2020, 1, 10)


def coded(coder, text):
    """(mode, source code, target code, cameo) of each event."""
    return [(e.mode, e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events]


def asserted(coder, text, root):
    return {(s, t) for m, s, t, c in coded(coder, text) if m == "asserted" and c.startswith(root)}


# --- comment nouns: "from X" is who made it ------------------------------------------

def test_drew_criticism_from_is_the_critics_act(coder):
    got = asserted(coder, "The decision drew criticism from the Greek foreign minister.", "111")
    assert got == {("GRCGOV", None)}


def test_drew_praise_from_is_aimed_at_the_subject(coder):
    assert asserted(coder, "Trump drew praise from Germany.", "051") == {("DEU", "USAGOV")}


def test_praise_for_a_party_from_another(coder):
    got = asserted(coder, "The plan drew praise for Germany from the United Nations.", "051")
    assert got == {("IGOUNO", "DEU")}


def test_criticism_by_needs_no_light_verb(coder):
    got = asserted(coder, "Despite criticism by France, Turkey continued the drilling.", "111")
    assert got == {("FRA", "TUR")}


def test_possessed_criticism_of(coder):
    got = asserted(coder, "China's criticism of the United States angered Washington.", "111")
    assert got == {("CHN", "USA")}


def test_accusations_against_by(coder):
    got = asserted(coder, "Accusations against Russia by Ukraine continued.", "112")
    assert got == {("UKR", "RUS")}


def test_came_under_criticism_from(coder):
    assert asserted(coder, "Obama came under criticism from Germany.", "111") == {("DEU", "USAELI")}


def test_condemnation_came_from(coder):
    got = asserted(coder, "Statements of condemnation have come from Egypt.", "111")
    assert got == {("EGY", None)}


def test_criticism_of_no_one_named_codes_nothing(coder):
    assert not asserted(coder, "He received criticism for the move.", "11")
    assert not asserted(coder, "The criticism of Russia was harsh.", "11")


def test_no_criticism_from_is_negated(coder):
    assert not asserted(coder, "There was no criticism from Germany.", "11")


# --- characterisations ------------------------------------------------------------------

def test_referred_to_as_acts_of_terror(coder):
    got = asserted(coder, "Trump referred to the riots as acts of domestic terror.", "111")
    assert got == {("USAGOV", None)}


def test_referred_to_as_a_stunt_is_denunciation_of_the_referent(coder):
    got = asserted(coder, "Iran referred to the sanctions as a stunt.", "111")
    assert got == {("IRN", None)}


def test_referred_to_as_a_neutral_name_is_no_event(coder):
    assert not coded(coder, "Boeing referred to the 707 involved as a cargo plane.")


# --- claims that a happening was another's doing ---------------------------------------

def test_said_it_was_anothers_fault_is_an_accusation(coder):
    got = asserted(coder, "Iran said the crash was Washington's fault.", "112")
    assert got == {("IRN", "USAGOV")}


def test_said_it_was_anothers_doing(coder):
    got = asserted(coder, "Pompeo said the crash was Iran's doing.", "112")
    assert got == {("USAGOV", "IRN")}


def test_not_anothers_doing_is_negated(coder):
    assert not asserted(coder, "Pompeo said the crash was not Iran's doing.", "112")


def test_an_electrical_fault_blames_no_one(coder):
    assert not asserted(coder, "The fire was caused by an electrical fault, Germany said.", "11")


def test_alleged_names_the_subject_of_its_clause_as_the_accused(coder):
    got = asserted(coder, "The Taliban alleged the Afghan government was hiding casualty figures.", "112")
    assert got == {("AFGREB", "AFGGOV")}


# --- disapproval -------------------------------------------------------------------------

def test_expressed_dissatisfaction_with(coder):
    got = asserted(coder, "Germany expressed dissatisfaction with Turkey over the drilling.", "110")
    assert got == {("DEU", "TUR")}


def test_despite_criticism_by_is_aimed_at_who_went_ahead(coder):
    got = asserted(coder, "Turkey continued the drilling despite criticism by France.", "111")
    assert got == {("FRA", "TUR")}


def test_amid_accusations_from(coder):
    got = asserted(coder, "Amid accusations from Ukraine, Russia held elections in Crimea.", "112")
    assert got == {("UKR", "RUS")}


def test_garnered_support_from_is_an_endorsement_of_the_subject(coder):
    assert asserted(coder, "Biden garnered support from France.", "051") == {("FRA", "USAELI")}


def test_a_fault_the_narrator_lays_blames_no_one_for_the_speaker(coder):
    # the clause after "and" is not what Iran said: no accusation, and Washington did nothing
    got = coded(coder, "Iran said the talks failed, and it was Washington's fault.")
    assert not [e for e in got if e[3] == "112"]
