"""Acts done to "each other" go both ways; traded accusations, insults, threats and fire are
mutual (not commerce); an envoy recalled is an act towards the state of posting; leaving an
international body or an accord cuts relations (160); event nouns that only qualify a kind
("the protest movement") are no events; a pronoun object in a participle clause is the main
clause's object; and a lexicon entry whose verb is a list is refused, not silently dead."""
import pytest

from communique.events.lexicon import LexiconError, load_entries


def coded(coder, text):
    """(source, target, cameo, reciprocal) of each asserted event, sorted."""
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.reciprocal)
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text, expected", [
    ("Armenia and Azerbaijan accused each other of shelling civilian areas.", [("ARM", "AZE", "1123", True)]),
    ("India and China blamed one another for the clash.", [("IND", "CHN", "112", True)]),
    ("The United States and China imposed sanctions on each other.", [("USA", "CHN", "163", True)]),
    ("Azerbaijani and Armenian forces fired on each other overnight.", [("ARMMIL", "AZEMIL", "193", True)]),
])
def test_each_other_is_both_ways(coder, text, expected):
    assert coded(coder, text) == expected


@pytest.mark.parametrize("text, expected", [
    ("China and Australia traded accusations over the ban.", [("CHN", "AUS", "112", True)]),
    ("India and China exchanged accusations over the clash.", [("IND", "CHN", "112", True)]),
    ("Israel and Hezbollah traded fire on Sunday.", [("ISR", "LBNREB", "193", True)]),
    ("Washington and Pyongyang traded threats last year.", [("USAGOV", "PRKGOV", "130", True)]),
])
def test_traded_words_and_fire_are_mutual_not_trade(coder, text, expected):
    assert coded(coder, text) == expected


def test_trading_goods_is_still_commerce(coder):
    assert [c for _, _, c, _ in coded(coder, "Iran traded oil with China.")] == ["061"]


@pytest.mark.parametrize("text, expected", [
    ("France recalled its ambassador to Washington.", [("FRA", "USA", "161", False)]),
    ("Saudi Arabia recalled its envoy in Ottawa.", [("SAU", "CAN", "161", False)]),
    ("France recalled its ambassadors to the United States and Australia.",
     [("FRA", "AUS", "161", False), ("FRA", "USA", "161", False)]),
    # no posting named: towards someone unnamed, never the recalling state itself
    ("The Netherlands recalled its envoy for consultations.", [("NLD", None, "161", False)]),
    # a high commissioner is an envoy too, and the capital he is recalled from says where
    ("Pakistan recalled its high commissioner from New Delhi.", [("PAK", "INDGOV", "161", False)]),
])
def test_recalled_envoys(coder, text, expected):
    assert coded(coder, text) == expected


def test_another_states_envoy_keeps_its_country(coder):
    assert coded(coder, "Britain summoned the Russian ambassador.") == [("GBR", "RUSGOV", "110", False)]


@pytest.mark.parametrize("text, expected", [
    ("Brazil pulled out of the World Health Organization.", [("BRA", "IGOUNOHLHWHO", "160", False)]),
    ("Russia pulled out of the Council of Europe.", [("RUS", "IGOCOE", "160", False)]),
    ("The US withdrew from UNESCO.", [("USA", "IGOUNOEDU", "160", False)]),
    ("The US pulled out of the nuclear deal with Iran.", [("USA", "IRN", "160", False)]),
    # the state taken out is not the other party, nor the city an accord is named for
    ("Trump pulled the United States out of the Paris agreement.", [("USAGOV", None, "160", False)]),
    # troops leaving a country still retreat
    ("French troops pulled out of Mali.", [("FRAMIL", "MLI", "0874", False)]),
])
def test_leaving_a_body_or_an_accord(coder, text, expected):
    assert coded(coder, text) == expected


def test_threat_to_leave_is_aimed_at_the_body(coder):
    events = coder.code("Bolsonaro threatened to pull Brazil out of the World Health Organization.").events
    assert {e.target.code for e in events if e.target} == {"IGOUNOHLHWHO"}


@pytest.mark.parametrize("text", [
    "Sudan's military leaders signed a power-sharing deal with the protest movement.",
    "The army met with protest organisers on Monday.",
    "Russian attack helicopters flew over the city.",
])
def test_event_nouns_naming_a_kind_are_no_events(coder, text):
    assert not any(c[:2] in ("14", "18", "19") for _, _, c, _ in coded(coder, text))


def test_the_protest_movement_is_the_opposition(coder):
    assert coded(coder, "Sudan's military leaders signed a power-sharing deal with the protest movement.") == \
        [("SDNMIL", "OPP", "057", False)]


@pytest.mark.parametrize("text, expected", [
    ("Venezuela expelled the German ambassador, accusing him of meddling in its internal affairs.",
     ("VEN", "DEUGOV", "112")),
    ("Iran arrested a British diplomat, accusing him of spying.", ("IRN", "GBRGOV", "1125")),
    ("China sanctioned US lawmakers, accusing them of interference.", ("CHN", "USALEG", "112")),
])
def test_pronoun_object_of_a_participle_clause(coder, text, expected):
    assert expected in [(s, t, c) for s, t, c, _ in coded(coder, text)]


@pytest.mark.parametrize("text, expected", [
    ("Germany sent 5,000 helmets to Ukraine.", [("DEU", "UKR", "072", False)]),
    ("The US delivered howitzers and shells to Kyiv.", [("USA", "UKR", "072", False)]),
])
def test_military_gear_given_is_military_aid(coder, text, expected):
    assert coded(coder, text) == expected


def test_a_verb_list_in_an_entry_is_refused():
    with pytest.raises(LexiconError, match="verb must be one word or phrase"):
        load_entries("x.yaml", 'entries:\n  - {code: "112", verb: [trade, exchange], object: [accusation]}\n')


def test_a_military_post_attacked_is_force(coder):
    codes = [c for _, _, c, _ in coded(coder, "Militants attacked a military post in Burkina Faso.")]
    assert codes and all(c[:2] in ("18", "19") for c in codes)
