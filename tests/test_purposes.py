"""What a protest or a call for reform is for (data/purposes.yaml, events/purpose.py):
CAMEO's topic sub-codes (1411-1454, 024x, 034x, 104x, 123x), the integrity of the data
file, and the guards that keep an unstated purpose unrefined.  Sentences are made up
in the style of a news wire, not copied from the dev sets."""
from __future__ import annotations

from datetime import date

import pytest

from communique import codebook
from communique.events.purpose import PurposeError, kinds, means, parse_purposes, purposes

D = date(2020, 1, 10)


def codes(coder, text):
    return {e.cameo for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"}


# --- the data file -----------------------------------------------------------------------

def test_every_code_is_in_the_codebook_and_in_its_family():
    p = purposes()
    assert [t.name for t in p.topics] == ["leadership", "regime", "rights", "policy"]
    for base, table in p.codes.items():
        assert codebook.is_code(base), base
        for topic, code in table.items():
            assert codebook.is_code(code), code
            # a topic refines its own family: 141 -> 141x, 020 -> 024x (the appeal's reform branch)
            assert code[:3] == base or (base[2] == "0" and code[:2] == base[:2]), (base, code)
    # the same topic keeps the same last digit everywhere (CAMEO's parallel numbering)
    digits = {t: {c[-1] for table in p.codes.values() for k, c in table.items() if k == t} for t in p.codes["141"]}
    assert all(len(d) == 1 for d in digits.values()), digits


@pytest.mark.parametrize("table", [purposes, kinds, means])
def test_topic_words_are_unique_across_topics(table):
    seen: dict[str, str] = {}
    for t in table().topics:
        for w in t.words | t.of_office:
            assert w not in seen, f"{w} is in both {seen[w]} and {t.name}"
            seen[w] = t.name


def test_means_refine_violence_only_to_bombings_and_aerial_weapons():
    w = means()
    assert not set(w.codes) & (set(purposes().codes) | set(kinds().codes))
    for base, table in w.codes.items():
        assert base[:2] in ("18", "19")
        for code in table.values():
            assert codebook.is_code(code) and code[:3] in ("183", "195"), (base, code)


def test_kind_codes_are_in_their_family_and_apart_from_purposes():
    k = kinds()
    assert not set(k.codes) & set(purposes().codes)  # one table refines a code, never two
    names = {t.name for t in k.topics}
    for base, table in k.codes.items():
        assert codebook.is_code(base) and set(table) <= names
        for code in table.values():
            # "070" -> "071" (its own 3-digit family) or "023" -> "0231"
            assert codebook.is_code(code) and code.startswith(base if len(code) == 4 else base[:2]), (base, code)


@pytest.mark.parametrize("raw, message", [
    ({"codes": {}}, "topics"),
    ({"topics": {"rights": {"words": "freedom"}}, "codes": {}}, "list of words"),
    ({"topics": {"rights": {"words": ["freedom"], "phrasal": [["step"]]}}, "codes": {}}, "phrasal"),
    ({"topics": {"aerial": {"words": ["jet"], "compounds": "air raid"}}, "codes": {}}, "compounds"),
    ({"topics": {"rights": {"words": ["freedom"]}}, "codes": {"141": {"rites": "1413"}}}, "codes 141"),
])
def test_malformed_files_are_refused_with_the_reason(raw, message):
    with pytest.raises(PurposeError, match=message):
        parse_purposes(raw)


# --- protests by purpose -----------------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Thousands of students staged demonstrations in Jakarta on Friday to demand the resignation of the president.",
     "1411"),
    ("Farmers blocked highways near Lyon on Monday to protest against the new fuel tax.", "1442"),
    ("Opposition supporters rioted in the capital on Sunday, demanding a referendum on independence.", "1454"),
    ("Jailed activists began a hunger strike on Tuesday in protest of the detention of their lawyers.", "1423"),
    ("Protesters marched through Cairo on Friday calling for the removal of President Hosni Mubarak.", "1411"),
    # the purpose of the rally the riot followed: "following" takes it as an object
    ("Students rioted in Dhaka following a rally calling for the resignation of the prime minister.", "1451"),
])
def test_a_protest_is_coded_by_what_it_is_for(coder, text, code):
    assert code in codes(coder, text)


def test_a_protest_without_a_stated_topic_keeps_its_code(coder):
    assert "141" in codes(coder, "Thousands of people demonstrated in Lagos on Monday.")
    # removing troops is no change of leader
    got = codes(coder, "Protesters marched through Cairo on Friday calling for the removal of foreign troops.")
    assert "141" in got and "1411" not in got


def test_what_describes_a_place_in_the_purpose_is_not_the_purpose(coder):
    # "where they say they face persecution" describes Ruritania; the protest is against a decision
    got = codes(coder, "Hundreds of refugees began a hunger strike on Monday to protest against the decision "
                       "to send them back to Ruritania, where they say they face persecution.")
    assert "142" in got and "1423" not in got


# --- requests, demands and refusals ----------------------------------------------------------

def test_a_demand_for_rights_is_a_demand_for_reform(coder):
    assert "1043" in codes(coder, "The rebels demanded that the government grant the minority more rights.")


def test_bare_requests_are_not_refined_by_policy_words(coder):
    # most demands are about some plan or program: only the narrow topics refine a bare 100
    got = codes(coder, "The rebels demanded that the government cancel its plans to build a dam.")
    assert "100" in got and "1042" not in got


def test_an_aside_on_a_request_is_not_what_is_asked(coder):
    got = codes(coder, "The Turkish president called for regional cooperation on Wednesday, "
                       "claiming a right for Turkey to have a say.")
    assert "0243" not in got


def test_users_add_their_own_topic_words(tmp_path, monkeypatch):
    mine = tmp_path / "mine.yaml"
    mine.write_text("topics:\n  policy:\n    words: [climate]\n", encoding="utf-8")
    monkeypatch.setenv("COMMUNIQUE_PURPOSES", str(mine))
    purposes.cache_clear()
    try:
        p = purposes()
        policy = next(t for t in p.topics if t.name == "policy")
        assert "climate" in policy.words and "tax" in policy.words
        assert p.codes["141"]["policy"] == "1412"
        bad = tmp_path / "bad.yaml"
        bad.write_text("topics: [1, 2]\n", encoding="utf-8")
        monkeypatch.setenv("COMMUNIQUE_PURPOSES", str(bad))
        purposes.cache_clear()
        with pytest.raises(PurposeError, match="bad.yaml"):
            purposes()
    finally:
        monkeypatch.delenv("COMMUNIQUE_PURPOSES")
        purposes.cache_clear()


# --- kinds of cooperation and aid (data/kinds.yaml) -------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Germany sent military aid to Ukraine on Monday.", "072"),
    ("Japan provided emergency food aid to Somalia on Tuesday.", "073"),
    ("The European Union halted economic aid to Belarus on Friday.", "1621"),
    ("Angola has asked Portugal for military aid, officials said.", "0232"),
])
def test_aid_is_coded_by_its_kind(coder, text, code):
    assert code in codes(coder, text)


def test_a_kind_word_further_away_is_not_the_kind(coder):
    # "military-ruled" qualifies the country the aid goes to, not the aid
    got = codes(coder, "Japan sent aid to the military-ruled country on Monday.")
    assert "070" in got and "072" not in got


# --- means of force (data/means.yaml) -----------------------------------------------------------

@pytest.mark.parametrize("text, code", [
    ("Two suicide bombers killed 15 people at a market in Baghdad on Monday.", "1831"),
    ("A prominent journalist was killed in a car bomb explosion in Beirut on Friday.", "1832"),
    ("Russian warplanes killed 30 civilians in Idlib on Tuesday.", "195"),
    ("Israeli aircraft using precision guided missiles struck a Hamas base in Gaza on Sunday.", "1951"),
])
def test_force_is_coded_by_its_means(coder, text, code):
    assert code in codes(coder, text)


def test_what_was_struck_is_not_the_means(coder):
    # the warplanes were attacked, not used
    got = codes(coder, "Government forces attacked the rebel warplanes at the airfield on Monday.")
    assert "190" in got and not got & {"195", "1951", "1952"}


def test_a_topic_word_in_an_of_phrase_qualifies_its_noun(coder):
    # the results are not a regime; "the independence of X" still is (the noun names it)
    got = codes(coder, "The president would not commit to accepting the results of the election.")
    assert "1234" not in got
    assert "1044" in codes(coder, "The rebels demanded that the government accept the independence of the province.")


def test_a_bad_user_table_stops_the_coder_at_start(tmp_path, monkeypatch):
    from communique.events.extractor import EventExtractor

    bad = tmp_path / "means.yaml"
    bad.write_text("topics:\n  aerial:\n    compounds: [air]\ncodes: {}\n", encoding="utf-8")
    monkeypatch.setenv("COMMUNIQUE_MEANS", str(bad))
    means.cache_clear()
    try:
        with pytest.raises(PurposeError, match="means.yaml.*compounds"):
            EventExtractor()
    finally:
        monkeypatch.delenv("COMMUNIQUE_MEANS")
        means.cache_clear()


def test_an_arrest_is_a_protest_topic_not_a_request_topic(coder):
    # protesting an arrest is for rights; asking for one is not a request for rights
    assert "1433" in codes(coder, "Opposition parties organized a general strike on Monday "
                                  "in protest of the arrest of a number of activists.")
    got = codes(coder, "The family demanded the arrest of the killers.")
    assert "100" in got and "1043" not in got
