"""Bombings told by what they hit, with no doer and no party named: the country hit is the
target (GDELT codes such an event with no Actor1); the doer of an attack named by a
participle on the noun.  Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


def test_bombs_that_struck_a_building_in_a_town_hit_its_country(coder):
    triples = asserted_triples(coder, "Two bombs struck a church in Jolo on Sunday.", DATE)
    assert (None, "PHL", "183") in triples, triples


def test_the_place_of_what_was_hit(coder):
    # the place hangs on the object, not on the verb
    triples = asserted_triples(coder, "A powerful blast ripped through a crowded market in Kabul.", DATE)
    assert [(s, t[:3] if t else t, c[:2]) for s, t, c in triples] == [(None, "AFG", "18")], triples


def test_a_bombing_named_in_passing_is_no_new_attack(coder):
    triples = asserted_triples(coder, "Survivors of the 2017 bombing in Manchester met the mayor.", DATE)
    assert not [c for s, t, c in triples if c.startswith("18")], triples


def test_an_accidental_explosion_is_no_attack(coder):
    triples = asserted_triples(coder, "A gas explosion destroyed an apartment building in Magnitogorsk.", DATE)
    assert not [c for s, t, c in triples if c[:2] in ("18", "19", "20")], triples


def test_the_doer_of_an_attack_is_the_agent_of_its_participle(coder):
    for text in ("Dozens of soldiers died in the attack, reportedly carried out by the Taliban.",
                 "The raid, conducted by Israeli troops, killed two men."):
        triples = asserted_triples(coder, text, DATE)
        assert any(s and s[:3] in ("AFG", "ISR") and c[:2] in ("18", "19") for s, t, c in triples), (text, triples)
