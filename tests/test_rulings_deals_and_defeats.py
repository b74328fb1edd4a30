"""Court rulings against a party, appeals and dismissed suits; deals entered into; a
military defeat; crowds bearing slogans; examples named by "such as".  Sentences written
for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


def codes(coder, text):
    return [(s, t, c) for s, t, c in asserted_triples(coder, text, DATE)]


def test_a_ruling_against_a_party(coder):
    assert ("USAJUD", "USAGOV", "116") in codes(coder, "Judge Amy Berman issued a ruling against President Donald Trump.")


def test_a_suit_dismissed_is_a_ruling_against_whose_suit_it_was(coder):
    assert ("USAJUD", "USAGOV", "116") in codes(coder, "Judge Amy Berman dismissed President Donald Trump's lawsuit.")


def test_a_case_dismissed_against_someone_is_no_ruling_against_them(coder):
    assert not [c for s, t, c in codes(coder, "The judge dismissed the case against President Donald Trump.")
                if c == "116" and t == "USAGOV"]


def test_appealing_a_decision_is_a_legal_action(coder):
    triples = codes(coder, "The government appealed the decision to the Supreme Court of Kenya.")
    assert any(c == "115" for s, t, c in triples), triples


def test_entering_into_an_agreement(coder):
    triples = codes(coder, "The Kurdish-led Syrian Democratic Forces entered into an agreement with the Syrian government.")
    assert any(c == "057" and {s, t} == {"SYRREB", "SYRGOV"} for s, t, c in triples), triples


def test_troops_defeating_a_group_use_force_a_bill_defeated_does_not(coder):
    triples = codes(coder, "Iraqi troops defeated the Islamic State in Mosul.")
    assert any(c == "190" and s == "IRQMIL" for s, t, c in triples), triples
    assert not [c for s, t, c in codes(coder, "Democrats defeated the bill in the Senate.") if c.startswith("19")]


def test_a_crowd_with_slogans_demonstrates(coder):
    triples = codes(coder, "Thousands of people gathered outside the Argentine Congress with slogans supporting the bill.")
    assert any(c == "141" for s, t, c in triples), triples
    assert not codes(coder, "Thousands of people gathered in the square with their families.")


def test_examples_named_by_such_as(coder):
    triples = codes(coder, "The United States urged allies such as Germany to restrict the airline's flights.")
    assert ("USA", "DEU", "020") in triples or any(s == "USA" and t == "DEU" for s, t, c in triples), triples


def test_a_second_object_that_opens_the_next_clause_is_its_subject(coder):
    # the parser makes Turkey a second object of "defeated"; "would be moving" is Turkey's
    triples = codes(coder, "The statement said US troops had defeated ISIS and Turkey would be moving into Syria.")
    assert not [t for s, t, c in triples if t == "TUR"], triples
    assert {t for s, t, c in codes(coder, "Russia attacked Ukraine and Georgia.")} == {"UKR", "GEO"}
