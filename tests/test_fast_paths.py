"""The shortcuts taken for speed give what the plain way gives, for every input they keep."""
from communique.actors.gazetteer import fold
from communique.actors.matcher import _lead, _lead_keys
from communique.events.lexicon import _objects, _TokenParse
from communique.nlp import sentence_starts


def test_sentence_starts_are_each_tokens_sentence_start(nlp):
    doc = nlp("Russia protested.\n\nThe talks in Geneva failed on Monday. Iran said nothing.")
    assert sentence_starts(doc) == [t.sent.start for t in doc]
    # kept per doc: another doc, of another length or not, gets its own
    other = nlp("One sentence only. And a second one here, a little longer.")
    assert sentence_starts(other) == [t.sent.start for t in other]
    assert sentence_starts(doc) == [t.sent.start for t in doc]
    same_length = nlp("Alpha beta. Gamma delta epsilon zeta eta theta iota kappa lambda mu nu.")
    same_length.user_data["communique_sent_starts"] = [0] * len(same_length)  # another doc's leftover
    assert sentence_starts(same_length) == [0] * len(same_length)  # (trusted when the length fits)
    assert len(sentence_starts(nlp("A short one."))) == 4


def test_lead_keys_memo_is_per_word():
    for word in ("Russia", "russia", "Éire", "U.S.", "al-Assad", "'s", "NATO", "Nato"):
        low = word.lower()
        assert _lead_keys(word) == (_lead(low if low.isascii() else fold(low)), _lead(word))
    assert _lead_keys("US") != _lead_keys("us")


def test_token_parse_reads_what_the_token_has(nlp):
    doc = nlp("The United States imposed new sanctions on Iran and it was condemned by China.")
    for tok in doc:
        parse = _TokenParse(tok)
        assert parse.children == list(tok.children)
        assert parse.passive == any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children)
        assert parse.objects == _objects(tok)
    imposed, condemned = doc[3], doc[11]
    assert [t.text for t in _TokenParse(imposed).objects] == ["sanctions"]
    assert _TokenParse(condemned).passive and not _TokenParse(imposed).passive
