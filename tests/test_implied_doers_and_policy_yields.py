"""Acts whose doer the verb implies, policies given up, mourning declared, purposes placed.

- "Two suspects were arrested": only the police arrest, only a court sentences; the
  event is coded with that body (grammar.yaml implied_doers), of the state the text
  gives, else of none.
- A contested bill withdrawn is a demand met (0832) only under pressure told in the
  sentence; announced for the future it is an intent to change policy (0342), with no
  party taken from what the bill would have done.
- A period of mourning declared is an expression of condolence (018).
- A protest that is the purpose of a gathering is placed where the gathering is.
Sentences written for these tests.
"""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2019, 9, 5)


def test_an_agentless_arrest_is_the_police(coder):
    assert ("IDNCOP", None, "173") in asserted_triples(coder, "Two suspects were arrested in Jakarta.", DATE)
    assert ("COP", None, "173") in asserted_triples(coder, "Two suspects were arrested.", DATE)


def test_an_agentless_sentence_is_a_court(coder):
    triples = asserted_triples(coder, "Manafort was sentenced to 47 months in prison.", DATE)
    assert [(s, c) for s, t, c in triples] == [("JUD", "173")], triples


def test_a_named_doer_is_kept(coder):
    assert asserted_triples(coder, "The man was arrested by soldiers.", DATE) == [("MIL", None, "173")]


def test_a_governments_spokesman_announcing_arrests_names_its_police(coder):
    text = "Iran's foreign ministry said two suspects were arrested."
    assert asserted_triples(coder, text, DATE) == [("IRNCOP", None, "173")]
    # its own nationals are often held abroad: not its doing
    assert asserted_triples(coder, "The UK said two of its nationals had been detained.", DATE) == []


def test_an_arrest_told_to_say_who_someone_is_is_no_event(coder):
    text = "The release of Adli Yaish, who had been arrested 15 months ago, came as talks resumed."
    assert not [c for s, t, c in asserted_triples(coder, text, DATE) if c == "173"]


def test_a_bill_withdrawn_under_pressure_is_a_demand_met(coder):
    triples = asserted_triples(coder, "The government withdrew the bill after months of protests.", DATE)
    assert ("GOV", None, "0832") in triples, triples
    # with no demand told, a bill dropped is procedure
    assert asserted_triples(coder, "The government withdrew the bill.", DATE) == []


def test_a_bill_to_be_withdrawn_is_an_intent_without_the_bills_parties(coder):
    text = ("Carrie Lam, the chief executive of Hong Kong, announced that her government will officially "
            "withdraw a proposed bill that would have allowed China to extradite accused criminals.")
    intents = [(s, t) for s, t, c in asserted_triples(coder, text, DATE) if c == "0342"]
    assert len(intents) == 1 and intents[0][1] is None, intents


def test_mourning_declared_is_condolence(coder):
    text = "Egypt's current President Abdel Fattah al-Sisi announced three days of national mourning."
    assert ("EGYGOV", None, "018") in asserted_triples(coder, text, DATE)


def test_a_protest_that_a_gathering_is_for_is_placed_there(coder):
    triples = asserted_triples(coder, "Several thousand supporters turned out in Washington to protest.", DATE)
    assert ("USAOPP", None, "140") in triples, triples


def test_another_doer_of_one_code_is_another_happening(coder):
    text = ("A Moscow judge sentenced the Russian opposition leader Alexei Navalny to three years in prison. "
            "His lawyers spoke to reporters. In a separate case, another judge sentenced Navalny to nine years.")
    sentences = [e.sentence_index for e in coder.code(text, date=DATE).events if e.cameo == "173"]
    assert len(set(sentences)) == 2, sentences
