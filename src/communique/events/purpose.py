"""What a protest or a call for reform is for: CAMEO's topic sub-codes.

CAMEO splits protests (141-145) and requests for political reform (024, 034,
104, 123) by their purpose: a change of leader, of policy, rights, or of
institutions and regime.  A wire states the purpose around the act, not in
its verb: "staged mass demonstrations to demand political reforms",
"demonstrated calling for independence", "a hunger strike in protest of the
arrest of activists", "riots against Israeli military policies".  This module
finds those phrases in the parse and looks their words up in
``data/purposes.yaml``; an act whose purpose names no topic keeps its
three-digit code.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

import yaml
from spacy.tokens import Token

from .lexicon import Match
from .roles import noun_rooted_subject

# Entity types whose words name a party or a thing, not a purpose ("the Liberal
# Democratic Party", "Human Rights Watch", "Independence Square").
NAME_ENTS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC", "EVENT", "WORK_OF_ART", "PRODUCT"})
# Dependents of a request that say what is asked for; not the asker, the addressee
# ("called on the UN to ...", "appealed to Iraq"), when and how, nor an aside hung
# on it ("called for cooperation, claiming a right to a say").
ASKED = frozenset({"dobj", "xcomp", "ccomp", "prep", "pcomp", "acl", "oprd", "attr"})
# Dependents of a protest verb that say what it protests ("protested the arrest of").
PROTESTED = frozenset({"dobj", "prep", "ccomp", "xcomp"})
ADDRESSEE_PREPS = frozenset({"on", "upon", "to", "by", "from", "with"})
# How far from the act its purpose may hang: "rioted following a demonstration
# calling for ...", "rioted ... joining demonstrators in demanding ...".
MAX_DEPTH = 3
# How a kind of cooperation or aid is told: "military aid", "emergency food aid",
# "cooperate militarily", "aid for agricultural development", "cooperation on intelligence".
KIND_MODIFIERS = frozenset({"amod", "compound", "nmod", "advmod"})
KIND_PREPS = frozenset({"for", "on", "in", "of"})
# Prepositions that introduce how force was used: "killed in an air raid", "by a drone",
# "struck with guided missiles".
MEANS_PREPS = frozenset({"in", "by", "with", "during"})
# Codes whose purpose is what is asked for, demanded or refused (the request's own
# complement), rather than a phrase added to an act of dissent.
REQUEST_ROOTS = frozenset({"02", "03", "10", "12"})


class PurposeError(ValueError):
    """purposes.yaml is malformed."""


@dataclass(frozen=True)
class Topic:
    name: str
    words: frozenset[str]
    phrasal: frozenset[tuple[str, str]]
    of_office: frozenset[str]
    compounds: frozenset[tuple[str, str]] = frozenset()  # modifier + head: ("car", "bomb")
    dissent_words: frozenset[str] = frozenset()  # name the topic only as what a protest is against


@dataclass(frozen=True)
class Purposes:
    topics: tuple[Topic, ...]
    codes: dict[str, dict[str, str]]
    verbs: frozenset[str]
    preps: frozenset[str]
    nouns: frozenset[str]
    condition_marks: frozenset[str]
    office_words: frozenset[str]


def _words(raw: dict, key: str, where: str) -> frozenset[str]:
    value = raw.get(key, [])
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise PurposeError(f"{where}: {key} must be a list of words, got {value!r}")
    return frozenset(v.lower() for v in value)


def parse_purposes(raw: dict) -> Purposes:
    """Check and compile the contents of a purposes file."""
    if not isinstance(raw, dict) or not isinstance(raw.get("topics"), dict) or not isinstance(raw.get("codes"), dict):
        raise PurposeError("purposes: expected mappings 'topics' and 'codes'")
    topics = []
    for name, spec in raw["topics"].items():
        if not isinstance(spec, dict):
            raise PurposeError(f"topic {name}: expected a mapping, got {spec!r}")
        pairs = {}
        for key in ("phrasal", "compounds"):
            value = spec.get(key, [])
            if not isinstance(value, list) or not all(
                    isinstance(p, list) and len(p) == 2 and all(isinstance(w, str) for w in p) for p in value):
                raise PurposeError(f"topic {name}: {key} must be a list of word pairs, got {value!r}")
            pairs[key] = frozenset((a.lower(), b.lower()) for a, b in value)
        topics.append(Topic(name, _words(spec, "words", f"topic {name}"), pairs["phrasal"],
                            _words(spec, "of_office", f"topic {name}"), pairs["compounds"],
                            _words(spec, "dissent_words", f"topic {name}")))
    names = {t.name for t in topics}
    codes: dict[str, dict[str, str]] = {}
    for code, table in raw["codes"].items():
        if not isinstance(table, dict) or set(table) - names:
            raise PurposeError(f"codes {code}: expected topic -> code for topics {sorted(names)}, got {table!r}")
        codes[str(code)] = {k: str(v) for k, v in table.items()}
    return Purposes(tuple(topics), codes, _words(raw, "purpose_verbs", "purposes"),
                    _words(raw, "purpose_preps", "purposes"), _words(raw, "purpose_nouns", "purposes"),
                    _words(raw, "condition_marks", "purposes"), _words(raw, "office_words", "purposes"))


def _load(text: str) -> dict:
    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def merge_purposes(base: dict, extra: dict) -> dict:
    """A user's file adds words to topics (new topics go last in precedence), code
    tables and cue lists; it never removes the package's."""
    out = {k: (dict(v) if isinstance(v, dict) else list(v) if isinstance(v, list) else v) for k, v in base.items()}
    for name, spec in (extra.get("topics") or {}).items():
        mine = dict(out["topics"].get(name, {}))
        for key in ("words", "phrasal", "of_office", "compounds", "dissent_words"):
            mine[key] = list(mine.get(key, [])) + list((spec or {}).get(key, []))
        out["topics"][name] = mine
    for code, table in (extra.get("codes") or {}).items():
        out["codes"][code] = {**out["codes"].get(code, {}), **table}
    for key in ("purpose_verbs", "purpose_preps", "purpose_nouns", "condition_marks", "office_words"):
        out[key] = list(out.get(key, [])) + list(extra.get(key, []))
    return out


def _read(name: str, env: str) -> Purposes:
    """A package file, plus the user's named in ``env`` (files separated by ``os.pathsep``)."""
    raw = _load(resources.files("communique.data").joinpath(name).read_text(encoding="utf-8"))
    for path in filter(None, os.environ.get(env, "").split(os.pathsep)):
        try:
            raw = merge_purposes(raw, _load(Path(path).read_text(encoding="utf-8")) or {})
            parse_purposes(raw)  # checked file by file, so that the error names the file
        except (OSError, yaml.YAMLError, AttributeError, TypeError, PurposeError) as exc:
            raise PurposeError(f"{path}: {exc}") from exc
    return parse_purposes(raw)


@lru_cache(maxsize=None)
def purposes() -> Purposes:
    """What protests and reform requests are for: ``purposes.yaml`` and ``COMMUNIQUE_PURPOSES``."""
    return _read("purposes.yaml", "COMMUNIQUE_PURPOSES")


@lru_cache(maxsize=None)
def means() -> Purposes:
    """With what force was used: ``means.yaml`` and ``COMMUNIQUE_MEANS``."""
    return _read("means.yaml", "COMMUNIQUE_MEANS")


@lru_cache(maxsize=None)
def kinds() -> Purposes:
    """What kind of cooperation or aid an act is: ``kinds.yaml`` and ``COMMUNIQUE_KINDS``."""
    return _read("kinds.yaml", "COMMUNIQUE_KINDS")


def _of_office(tok: Token, p: Purposes) -> bool:
    """"the removal of President Mubarak", "the dismissal of the government"."""
    for prep in tok.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in prep.children:
                if obj.dep_ == "pobj" and (obj.ent_type_ == "PERSON" or obj.lemma_.lower() in p.office_words
                                           or any(c.lemma_.lower() in p.office_words for c in obj.children
                                                  if c.dep_ in ("compound", "amod"))):
                    return True
    return False


def _topic_of_word(tok: Token, p: Purposes, dissent: bool = False) -> str | None:
    if tok.ent_type_ in NAME_ENTS or tok.pos_ == "PROPN":
        return None
    lemma = tok.lemma_.lower()
    for topic in p.topics:
        if lemma in topic.words and (lemma != "right" or tok.pos_ == "NOUN"):
            return topic.name
        if dissent and lemma in topic.dissent_words:
            return topic.name
        if lemma in topic.of_office and _of_office(tok, p):
            return topic.name
        if topic.phrasal and any((lemma, c.lemma_.lower()) in topic.phrasal
                                 for c in tok.children if c.dep_ in ("prt", "advmod")):
            return topic.name
        if topic.compounds and tok.dep_ in ("compound", "amod", "nmod") \
                and (lemma, tok.head.lemma_.lower()) in topic.compounds:
            return topic.name
    return None


def _described(tok: Token, top: Token, of_phrases: bool = False) -> bool:
    """The word is in a relative clause below ``top`` ("to Bulgaria, where they say they
    face persecution"): it describes a party or a place, not what is sought.  With
    ``of_phrases``, also a word in an "of" phrase of a noun below ``top``: it qualifies
    the noun, which must name the topic itself ("would not commit to accepting the
    results of the election" asks no change of regime)."""
    # (spaCy makes a new Token object per access: compare positions, not identities)
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        if of_phrases and tok.dep_ == "prep" and tok.lower_ == "of" and tok.head.pos_ == "NOUN":
            return True
        tok = tok.head
    return False


def _topic(tokens: list[Token], p: Purposes, dissent: bool = False) -> str | None:
    """The first topic in the file's order that any of the words names (``dissent``:
    the words are what a protest is against, see ``Topic.dissent_words``)."""
    found = {t for t in (_topic_of_word(tok, p, dissent) for tok in tokens) if t is not None}
    return next((t.name for t in p.topics if t.name in found), None)


def _stated(start: Token, p: Purposes, depth: int, out: list[Token]) -> None:
    """Collect the heads of the purpose phrases hung on ``start`` (see the module doc)."""
    for c in start.children:
        lemma = c.lemma_.lower()
        if c.dep_ in ("nsubj", "nsubjpass", "punct", "det", "poss"):
            continue
        if c.pos_ == "VERB" and lemma in p.verbs and c.dep_ in ("advcl", "xcomp", "acl", "relcl", "pcomp", "conj"):
            out.extend(k for k in c.children if k.dep_ not in ("nsubj", "nsubjpass"))
        elif c.dep_ == "prep" and c.lower_ in p.preps:
            out.append(c)
        elif c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in p.condition_marks for m in c.children):
            out.append(c)
        elif c.pos_ == "NOUN" and lemma in p.nouns:
            out.extend(c.children)
        elif depth + 1 < MAX_DEPTH and c.dep_ in ("advcl", "prep", "pcomp", "pobj", "dobj", "acl", "xcomp", "relcl"):
            _stated(c, p, depth + 1, out)


def _dissent_purpose(m: Match, p: Purposes) -> list[Token]:
    starts = [m.token]
    if m.light is not None:
        starts.append(m.light)
    elif m.token.pos_ == "NOUN" and m.token.dep_ in ("dobj", "nsubj") and m.token.head.pos_ == "VERB":
        starts.append(m.token.head)  # "continued their hunger strike to demand ..."
    out: list[Token] = []
    for s in starts:
        if s.pos_ == "VERB" and s.lemma_.lower() in p.verbs:
            # the act is itself the protest: "protested the arrest of activists"
            out.extend(k for k in s.children if k.dep_ in PROTESTED)
        _stated(s, p, 0, out)
    return out


def _asked(m: Match) -> list[Token]:
    """What a request, promise or refusal is about: its complement, not its
    addressee ("urged the electoral commission to ..." asks nothing of elections)."""
    tok = m.token
    kids = [c for c in tok.children if c.dep_ in ASKED
            and not (c.dep_ == "prep" and c.lower_ in ADDRESSEE_PREPS and tok.pos_ == "VERB"
                     and any(k.dep_ in ("xcomp", "ccomp") for k in tok.children))]
    if any(c.dep_ in ("xcomp", "ccomp") for c in kids):
        kids = [c for c in kids if c.dep_ != "dobj"]  # "urged Serbia to hold a referendum": Serbia is asked
    return kids


def _kind_words(m: Match) -> list[Token]:
    """The words that qualify the act's noun or its object: "emergency food aid",
    "aid for agricultural development projects", "cooperate militarily"."""
    heads = [m.token]
    if m.thing is not None:
        heads.append(m.thing)
    elif m.token.pos_ == "VERB":
        heads.extend(c for c in m.token.children if c.dep_ == "dobj")
    if m.complement is not None:
        # "agreed to send military aid": the promised act and what it gives
        heads.append(m.complement)
        heads.extend(c for c in m.complement.children if c.dep_ == "dobj")
    out: list[Token] = []
    for h in heads:
        out.append(h)
        for c in h.children:
            if c.dep_ in KIND_MODIFIERS or (c.dep_ == "prep" and c.lower_ in KIND_PREPS):
                out.extend(c.subtree)
    return out


def _means_words(m: Match) -> list[Token]:
    """The words that tell with what force was used: the doer's phrase ("two suicide
    bombers killed", "aircraft using precision guided missiles killed"), the agent of a
    passive ("killed by a roadside bomb"), the act's instrument and setting ("killed in a
    car bomb explosion", "hit with guided missiles"), and the act noun's modifiers ("a
    drone strike").  Not its object: "shot down a drone" was not done with one."""
    tok = m.token
    tops = [c for c in tok.children if c.dep_ in ("nsubj", "amod", "compound", "nmod")
            or (c.dep_ in ("prep", "agent") and c.lower_ in MEANS_PREPS)]
    words = [t for top in tops for t in top.subtree if not _described(t, top)]
    if (rooted := noun_rooted_subject(tok)) is not None:
        # "Israeli airstrikes killed 30 people", parsed as a noun with a participle: the
        # noun is the doer's phrase all the same (its own words, not the participle's)
        words += [t for t in rooted.subtree if t.i < tok.i]
    return words


def _purpose_words(code: str, m: Match, p: Purposes) -> list[Token]:
    """What a request asks for (its complement) or what a protest is for (its stated purpose)."""
    tops = _asked(m) if code[:2] in REQUEST_ROOTS else _dissent_purpose(m, p)
    return [t for top in tops for t in top.subtree if not _described(t, top, of_phrases=True)]


# Each table with the words it reads; their codes are apart (tests/test_purposes.py),
# so at most one refines a code.
REFINERS = (
    (purposes, _purpose_words),
    (kinds, lambda code, m, table: _kind_words(m)),
    (means, lambda code, m, table: _means_words(m)),
)


def refine(code: str, m: Match) -> str:
    """The sub-code of ``code`` for the purpose the act states (purposes.yaml), the
    kind of cooperation or aid it is (kinds.yaml) or the means of force (means.yaml),
    or ``code``."""
    for table_of, words_of in REFINERS:
        table = table_of()
        sub = table.codes.get(code)
        if sub is not None:
            topic = _topic(words_of(code, m, table), table, dissent=code[:2] not in REQUEST_ROOTS)
            return sub.get(topic, code) if topic is not None else code
    return code


# Where what a request, offer, refusal or threat is about may be told, from the trigger
# down: "urged Iran to resume talks" (xcomp), "demanded that Israel free the prisoners"
# (ccomp), "called for the withdrawal of troops" (for), "rejected a proposal for a
# ceasefire", "renewed an appeal to Belgium to extradite" (the noun's own clause), "to
# bring an end to the embargo" (to, of: below the first word only; at the trigger "to"
# names the addressee).  Never the asker, an aside (advcl, relcl) or a condition.
ACT_DEPS = frozenset({"xcomp", "ccomp", "dobj", "obj", "acl", "pcomp", "pobj", "oprd"})
ACT_PREPS = frozenset({"for"})
ACT_INNER_PREPS = frozenset({"for", "of", "to"})
MAX_ACT_DEPTH = 3
# Words whose own act is the one below them, when they code nothing themselves: "agreed to
# undertake joint exercises", "to continue military aid".  Other verbs are not looked
# through ("demanded that it halt the exercises" asks no exercises), nor nouns that end
# what they govern ("an end to the embargo").
CARRYING_VERBS = frozenset({"undertake", "continue", "resume", "conduct", "launch", "carry", "begin", "start",
                            "hold", "stage", "renew", "keep", "maintain", "expand", "extend", "intensify", "step"})
ENDING_NOUNS = frozenset({"end", "halt", "stop", "cessation", "suspension", "cancellation", "abandonment", "reduction",
                          "freeze", "cut", "curb", "limit", "ban", "moratorium", "removal", "reversal", "rejection"})


def looked_through(t: Token) -> bool:
    """Whether what ``t`` governs may name the act, ``t`` coding none (see CARRYING_VERBS)."""
    if t.pos_ in ("VERB", "AUX"):
        return t.lemma_.lower() in CARRYING_VERBS
    return t.lemma_.lower() not in ENDING_NOUNS


def asked_acts(tok: Token, through=looked_through) -> list[Token]:
    """The words that may name the act a request, promise, refusal or threat made by
    ``tok`` is about, nearest first (breadth first, at most MAX_ACT_DEPTH steps down, below
    the words ``through`` lets pass).
    A clause that asks a question ("asked whether ...") or is negated ("urged them not to
    ...") names none: what it would code is not what is asked."""
    out: list[Token] = []
    level = [tok]
    for depth in range(MAX_ACT_DEPTH):
        nxt: list[Token] = []
        for t in level:
            if t is not tok and not through(t):
                continue  # (a word the lexicon codes stops the caller before its children)
            for c in t.children:
                if c.dep_ == "prep":
                    if c.lower_ in (ACT_PREPS if depth == 0 else ACT_INNER_PREPS):
                        nxt.extend(g for g in c.children if g.dep_ in ("pobj", "pcomp")
                                   and g.ent_type_ not in NAME_ENTS and g.pos_ != "PROPN")
                    continue
                if c.dep_ not in ACT_DEPS or c.ent_type_ in NAME_ENTS or c.pos_ == "PROPN":
                    continue
                if any(k.dep_ == "neg" or (k.dep_ == "mark" and k.lower_ in ("whether", "if")) for k in c.children):
                    return out  # what is asked is unknown: stop here, keep what was nearer
                nxt.append(c)
        out.extend(nxt)
        level = nxt
    return out
