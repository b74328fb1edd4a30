"""A truce or ceasefire that two parties named together keep is one mutual event between
them (triggers.yaml: the ceasefire nouns are reciprocal), not one event per party aimed at no
one; a ceasefire one party declares stays its own.  Sentences written for these tests."""
import datetime as dt

DATE = dt.date(2023, 6, 1)


def events(coder, text):
    return [(e.cameo, e.source.code if e.source else None, e.target.code if e.target else None, e.reciprocal)
            for e in coder.code(text, date=DATE).events if e.mode == "asserted"]


def test_a_truce_two_parties_extend_is_one_mutual_event(coder):
    assert events(coder, "Israel and Hamas extended the truce.") == [("0871", "ISR", "PSEREB", True)]


def test_an_agreement_to_extend_a_ceasefire_is_one_event(coder):
    assert events(coder, "Israel and Hamas agreed to extend the ceasefire.") == [("0356", "ISR", "PSEREB", True)]


def test_a_ceasefire_declared_by_one_party_is_its_own(coder):
    assert events(coder, "Hezbollah declared a unilateral ceasefire on Wednesday.") == [("0871", "LBNREB", None, False)]
