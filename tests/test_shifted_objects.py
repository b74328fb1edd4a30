"""A verb of judgement whose long object follows its "as" predicate ("condemned as
unacceptable allegations by Rwanda that ..."): the parser makes the noun the object of
"as"; it is the verb's object, for the lexicon's object words and for the target.
Sentences written for these tests."""
from asserted_events import asserted_triples


def test_the_shifted_object_names_the_target(coder):
    text = "France on Wednesday condemned as unacceptable allegations by Rwanda that it had played a role in the genocide."
    assert ("FRA", "RWA", "111") in asserted_triples(coder, text)


def test_the_shifted_object_meets_the_lexicons_object_words(coder):
    text = "Moscow dismissed as baseless reports by Ukraine that its troops had crossed the border."
    assert [(t, c[:2]) for s, t, c in asserted_triples(coder, text)] == [("UKR", "01")]


def test_a_role_after_as_is_no_object(coder):
    assert asserted_triples(coder, "The general served as foreign minister of Egypt.") == []
