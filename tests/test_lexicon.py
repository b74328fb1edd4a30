"""Integrity of the trigger lexicon (data/triggers.yaml): it loads, every code is
a CAMEO code, keys are the documented ones, entries are well formed, no entry is
repeated, and every 3-digit CAMEO code has at least one trigger."""
from __future__ import annotations

import collections
import json
import re
from importlib import resources

import pytest
import yaml

from communique.codebook import codebook
from communique.events.lexicon import CLASS_OBJECTS  # the object words that are no lemma

ALLOWED = {"code", "verb", "noun", "adj", "prep", "object", "xcomp", "light", "reciprocal",
           "cue", "passive", "not_object", "note", "proposal", "question", "intransitive", "subject", "not_prep"}
LISTS = ("prep", "object", "xcomp", "light", "not_object", "subject", "not_prep")
CONSTRAINTS = ("prep", "object", "xcomp", "light", "subject")
CUES = {"speech", "harm", "hope"}
# A lemma: lower-case letters, digits, apostrophes; several words for a compound noun.
PARTICLES = {"up", "down", "out", "off", "on", "in", "over", "away", "back", "through", "along", "about",
             "around", "by", "for", "to", "into", "onto", "with"}
LEMMA = re.compile(r"^[a-zé0-9']+( [a-zé0-9']+)*$")


@pytest.fixture(scope="module")
def data():
    text = resources.files("communique.data").joinpath("triggers.yaml").read_text(encoding="utf-8")
    return yaml.safe_load(text)


@pytest.fixture(scope="module")
def entries(data):
    return data["entries"]


def label(i, e):
    return f"entry {i + 1} {e}"


def test_loads_with_version(data):
    assert data["version"] == 1
    assert isinstance(data["entries"], list) and len(data["entries"]) > 500


def test_keys_are_allowed(entries):
    bad = [label(i, e) for i, e in enumerate(entries) if not isinstance(e, dict) or set(e) - ALLOWED]
    assert not bad, bad[:5]


def test_exactly_one_of_verb_noun(entries):
    bad = [label(i, e) for i, e in enumerate(entries) if sum(k in e for k in ("verb", "noun", "adj")) != 1]
    assert not bad, bad[:5]


def test_lemmas_are_lower_case_words(entries):
    """Lemmas as spaCy gives them; YAML 1.1 must not have turned 'on'/'off'/'no' into booleans."""
    bad = []
    for i, e in enumerate(entries):
        words = [e.get("verb") or e.get("noun") or e.get("adj")] + [w for k in LISTS for w in e.get(k, [])
                                                                   if not (k == "object" and w in CLASS_OBJECTS)]
        if not all(isinstance(w, str) and LEMMA.match(w) for w in words):
            bad.append(label(i, e))
        if "verb" in e and any(w in PARTICLES for w in e["verb"].split()[:-1]):
            # (a modifier the parser hangs on the verb may come first: "test fire" for "test-fired")
            bad.append(label(i, e) + ": a verb is one lemma (particles go in prep)")
    assert not bad, bad[:5]


def test_lists_are_lists(entries):
    bad = [label(i, e) for i, e in enumerate(entries)
           for k in LISTS if k in e and not (isinstance(e[k], list) and e[k])]
    assert not bad, bad[:5]


def test_flags_are_booleans(entries):
    bad = [label(i, e) for i, e in enumerate(entries)
           for k in ("reciprocal", "passive", "proposal", "question", "intransitive") if k in e and not isinstance(e[k], bool)]
    assert not bad, bad[:5]


def test_light_only_on_nouns(entries):
    bad = [label(i, e) for i, e in enumerate(entries) if "light" in e and "noun" not in e]
    assert not bad, bad[:5]


def test_codes_exist(entries):
    book = codebook()
    bad = [label(i, e) for i, e in enumerate(entries)
           if "code" in e and not (isinstance(e["code"], str) and e["code"] in book)]
    assert not bad, bad[:5]


def test_events_have_codes_and_cues_are_known(entries):
    bad = []
    for i, e in enumerate(entries):
        cue = e.get("cue")
        if cue is None and "code" not in e:
            bad.append(label(i, e) + ": an event entry needs a code")
        if cue is not None and cue not in CUES:
            bad.append(label(i, e) + ": unknown cue")
        if cue == "speech" and "code" not in e:
            bad.append(label(i, e) + ": a speech cue says which code it makes on its own")
    assert not bad, bad[:5]


def test_no_exact_duplicates(entries):
    seen = collections.Counter(json.dumps(e, sort_keys=True) for e in entries)
    dup = [k for k, n in seen.items() if n > 1]
    assert not dup, dup[:5]


def test_no_ties_between_codes(entries):
    """Two entries for the same word with the same kinds of constraints, overlapping values and
    equally deep codes would leave the engine's choice to file order: make one more specific."""
    by = collections.defaultdict(list)
    for e in entries:
        pos = "verb" if "verb" in e else "noun" if "noun" in e else "adj"
        by[(pos, e[pos])].append(e)
    ties = []
    for key, es in by.items():
        for a_i, a in enumerate(es):
            for b in es[a_i + 1:]:
                if a.get("code") == b.get("code") or a.get("cue") != b.get("cue"):
                    continue
                ka = {k for k in CONSTRAINTS if k in a}
                if ka != {k for k in CONSTRAINTS if k in b}:
                    continue
                if len(a.get("code") or "") != len(b.get("code") or ""):
                    continue
                if all(set(a[k]) & set(b[k]) for k in ka):
                    ties.append((key, a.get("code"), b.get("code")))
    assert not ties, ties[:5]


def test_every_three_digit_code_has_a_trigger(entries):
    # a speech cue with a code codes it when what was said yields nothing more specific (010)
    covered = {e["code"][:3] for e in entries if "code" in e and e.get("cue") in (None, "speech")}
    missing = sorted(c for c in codebook() if len(c) == 3 and c not in covered)
    assert not missing, f"3-digit CAMEO codes with no trigger: {missing}"


def test_every_root_has_verbal_and_nominal_triggers(entries):
    roots = {c for c in codebook() if len(c) == 2}
    verbal = {e["code"][:2] for e in entries if "code" in e and "verb" in e and e.get("cue") is None}
    nominal = {e["code"][:2] for e in entries if "code" in e and "noun" in e and e.get("cue") is None}
    assert roots <= verbal, sorted(roots - verbal)
    assert roots <= nominal, sorted(roots - nominal)


def test_cues_present(entries):
    cues = collections.Counter(e.get("cue") for e in entries)
    assert cues["speech"] >= 10 and cues["harm"] >= 5 and cues["hope"] >= 5
    speech = {e["verb"] for e in entries if e.get("cue") == "speech" and "verb" in e}
    assert {"say", "tell", "announce", "confirm"} <= speech
    assert not speech & {"praise", "criticize", "accuse", "deny"}, "these are events, not reporting verbs"


def test_engine_loads_the_lexicon():
    """The engine's own loader accepts every entry (it raises on the first bad one)."""
    from communique.events.lexicon import Lexicon

    lex = Lexicon(entries=None, extra_paths=())
    assert len(lex.entries) > 500


def test_multiword_nouns_precede_generic_light_entries(entries):
    """"launched an air strike": the engine breaks ties of equal specificity by file order, so a
    multi-word noun (air strike 195) must come before a same-head entry constrained only by its
    light verb (strike 190), or the generic code wins."""
    first_light = {}
    bad = []
    for i, e in enumerate(entries):
        if "noun" not in e or e.get("cue"):
            continue
        words = e["noun"].split()
        head = words[-1]
        if len(words) == 1 and "light" in e and not any(k in e for k in ("object", "prep", "xcomp")):
            first_light.setdefault(head, (i, e.get("code")))
        elif len(words) > 1 and not any(k in e for k in CONSTRAINTS) and head in first_light:
            j, code = first_light[head]
            if code != e.get("code"):
                bad.append(f"{label(i, e)} comes after the light entry {j + 1} for {head!r}")
    assert not bad, bad[:5]
