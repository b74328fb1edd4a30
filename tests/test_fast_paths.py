"""The shortcuts taken for speed give what the plain way gives, for every input they keep."""
from communique import places
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


def test_packed_city_index_gives_the_buckets_of_the_dict():
    e = places._Entry
    cities = {
        "springfield": [e("Springfield", "USA", 39.80172, -89.64371, 4250542, 116565, "city"),
                        e("Springfield", "USA", 37.21533, -93.29824, 4409896, 166810, "city")],
        "punjab": [e("Punjab", "PAK", None, None, None, 0, "region"), e("Punjab", "IND", None, None, None, 0, "region")],
        "sao paulo": [e("São Paulo", "BRA", -23.5475, -46.63611, 3448439, 10021295, "city")],
        "": [e("Nameless", None, 0.0, -0.0, 1, 0, "city")],
    }
    index = places._CityIndex(cities)
    for key, bucket in cities.items():
        got = index.get(key)
        assert got == bucket and [type(v) for g in got for v in g] == [type(v) for b in bucket for v in b]
    for missing in ("springfiel", "springfield ", "a", "zzz", "Punjab"):
        assert index.get(missing) is None
    assert index.get("nowhere", []) == []
    # the packed form is what is pickled (communique.cache) and what is read back
    import pickle

    again = pickle.loads(pickle.dumps(index, protocol=pickle.HIGHEST_PROTOCOL))
    assert all(again.get(k) == v for k, v in cities.items()) and len(again) == len(cities)
