"""Court rulings against acts (116), impeachment and blame by attribution (112), epithets
parsed as appositions or small clauses (111), and police force on crowds (175).

Sentences written for these tests, none from a gold set."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


@pytest.mark.parametrize("text", [
    "A federal judge ruled the ministry's new visa policy unconstitutional on Monday.",
    "The Supreme Court ruled that the emergency law was unconstitutional.",
    "The High Court found the suspension of parliament unlawful.",
    "The appeals court found the decree to be illegal.",
    "The Constitutional Court struck down the government's curfew order.",
    "The electoral court declared the results of the vote void.",
])
def test_a_court_finding_an_act_unlawful_finds_its_maker_liable(coder, text):
    codes = [c for _, _, c in asserted_triples(coder, text, DATE)]
    assert "116" in codes, codes


def test_the_ruled_policy_is_its_government_s(coder):
    events = asserted_triples(coder, "A federal judge ruled the government's deportation policy unconstitutional.", DATE)
    assert any(c == "116" and s and s.endswith("JUD") and t and t.endswith("GOV") for s, t, c in events), events


@pytest.mark.parametrize("text", [
    "The minister said the plan was a disaster.",
    "The general ruled out a return to the capital.",
    "He found the documents in a drawer.",
])
def test_no_ruling_without_a_finding_of_unlawfulness(coder, text):
    assert all(c != "116" for _, _, c in asserted_triples(coder, text, DATE))


@pytest.mark.parametrize("text", [
    "The National Assembly impeached the president on Thursday.",
    "The Senate passed three articles of impeachment against the governor.",
])
def test_impeachment_is_an_accusation(coder, text):
    codes = [c for _, _, c in asserted_triples(coder, text, DATE)]
    assert "112" in codes, codes


def test_attributing_an_attack_blames_whom_it_is_attributed_to(coder):
    events = asserted_triples(coder, "The Afghan interior minister attributed the bombing to the Taliban.", DATE)
    assert any(c == "112" and s == "AFGGOV" and t and t.startswith("TAL") for s, t, c in events) \
        or any(c == "112" and s == "AFGGOV" and t is not None for s, t, c in events), events


@pytest.mark.parametrize("text", [
    'The opposition leader called the finance minister\'s budget "a disaster."',
    'Senator Kim called the Prime Minister\'s trade deal "lousy".',
    'The speaker called the president\'s conduct a "breach of the constitution," according to the BBC.',
    'Senator Mark Hale called Prime Minister John Reed\'s proposed trade deal "lousy".',
])
def test_epithets_however_parsed_are_criticism(coder, text):
    codes = [c for _, _, c in asserted_triples(coder, text, DATE)]
    assert "111" in codes, codes


@pytest.mark.parametrize("text", [
    "He called his mother on Sunday.",
    "They called the new ship the Liberty.",
])
def test_calling_someone_is_no_criticism(coder, text):
    assert all(c != "111" for _, _, c in asserted_triples(coder, text, DATE))


@pytest.mark.parametrize("text", [
    "Police opened fire on demonstrators in Khartoum on Monday.",
    "A police officer shot a protester in Santiago on Tuesday.",
    "Police beat protesters with batons in Minsk.",
])
def test_police_force_on_a_crowd_is_repression(coder, text):
    events = asserted_triples(coder, text, DATE)
    assert any(c == "175" and s and s.endswith("COP") for s, t, c in events), events
    assert not any(c[:2] in ("18", "19") and s and s.endswith("COP") for s, t, c in events), events


def test_the_toll_of_police_fire_on_a_crowd_is_the_same_repression(coder):
    events = asserted_triples(coder, "Police opened fire on demonstrators in Khartoum, killing two.", DATE)
    assert [c for _, _, c in events] == ["175"], events


def test_police_fighting_gunmen_is_still_combat(coder):
    events = asserted_triples(coder, "Police exchanged fire with gunmen in Karachi.", DATE)
    assert all(c != "175" for _, _, c in events), events


def test_police_killing_protesters_keeps_its_toll_code(coder):
    events = asserted_triples(coder, "Police killed two protesters in Nairobi.", DATE)
    assert any(c[:2] in ("18", "19") for _, _, c in events), events
    assert all(c != "175" for _, _, c in events), events


def test_the_verb_s_own_object_beats_one_below_it(coder):
    # "withdrawal" is asked for (0256); "forces" is only whose withdrawal
    events = asserted_triples(coder, "Kenya called for the withdrawal of foreign forces from Somalia.", DATE)
    assert any(c == "0256" for _, _, c in events), events


def test_a_compound_modifier_is_the_object_s_own(coder):
    # "ceasefire agreement": the ceasefire says which agreement was violated (196, not 128)
    events = asserted_triples(coder, "The rebels violated the ceasefire agreement on Monday, the army said.", DATE)
    assert any(c == "196" for _, _, c in events), events
