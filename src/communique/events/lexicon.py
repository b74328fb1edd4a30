"""The trigger lexicon: words that code events, as reviewed data.

``data/triggers.yaml`` holds plain dict entries (see its header).  They are
compiled once into an index keyed by (part of speech, head lemma), so finding
the candidate triggers of a sentence is one dict lookup per token; the
constraints of each entry (preposition, object, complement, light verb) are
then checked against the dependency parse.

Users add their own entries with ``Lexicon(extra_paths=[...])`` or the
``COMMUNIQUE_TRIGGERS`` setting (files separated by ``os.pathsep``); their
entries are added to the packaged ones.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Iterable

import yaml
from spacy.tokens import Span as SpacySpan, Token

from .. import codebook, places
from ..cache import cached
from .wordforms import deinflections, forms
from .roles import grammar, noun_rooted_subject, quantity_noun, shifted_object

ALLOWED_KEYS = {
    "code", "verb", "noun", "adj", "prep", "object", "xcomp", "light", "reciprocal",
    "cue", "passive", "not_object", "note", "proposal", "question", "intransitive", "subject",
    "not_prep",
}
CUES = {"speech", "harm", "hope"}
VERB_POS = {"VERB", "AUX"}
NAMED = {"DATE", "GPE", "PERSON", "ORG", "NORP", "LOC", "FAC", "EVENT", "WORK_OF_ART", "LAW", "PRODUCT"}
NOUN_POS = {"NOUN", "PROPN"}
# Prepositions after which a noun is not the object of the verb but its
# complement ("call for talks"): the object constraint also looks here.
OBJECT_DEPS = {"dobj", "obj", "attr", "oprd", "nsubjpass"}
# Clauses a verb governs ("called for X to withdraw": advcl in en_core_web_sm).
CLAUSE_DEPS = ("advcl", "ccomp", "xcomp")


SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class LexiconError(ValueError):
    """A lexicon file or entry that cannot be used; names the file and entry."""


# An object word that stands for any place the parser names as a state or city ("recognized
# Kosovo"): the lexicon cannot list every country, and the actor finder runs after matching.
GPE_OBJECT = "@gpe"
PERSON_OBJECT = "@person"  # any object the parser tags as a person's name
CLASS_OBJECTS = frozenset({GPE_OBJECT, PERSON_OBJECT})


def town_name(tok: Token) -> SpacySpan | None:
    """The name of a town, region or state ``tok`` heads, as the offline gazetteer knows it, when
    the small model calls it a person, an organisation or a title ("captured Goma", "took control
    of Mariupol", "suspended Mali"): the name's entity span, or None.  Not a surname the text
    gives a person elsewhere ("Mike Jackson ... captured Jackson")."""
    if tok.pos_ != "PROPN" or tok.ent_type_ not in ("PERSON", "ORG", "WORK_OF_ART", ""):
        return None
    doc = tok.doc
    ent = next((e for e in doc.ents if e.start <= tok.i < e.end), None)
    if ent is None:
        # (a name the model tags as no entity: "captured Bakhmut")
        first = min((c.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN"), default=tok.i)
        ent = doc[first:tok.i + 1]
    if ent.root != tok:
        return None
    if any(e.label_ == "PERSON" and len(e) > 1 and e.start != ent.start and e[-1].lower_ == ent[-1].lower_
           for e in doc.ents):
        return None
    hit = places.geocode(ent.text)
    # (the place's own name, not one of its alternate names: "Khan" is no name of Haan)
    return ent if hit is not None and hit.feature in ("city", "region", "country") \
        and places.same_name(hit.name, ent.text) else None


def _place_object(tok: Token) -> bool:
    return tok.ent_type_ == "GPE" or town_name(tok) is not None


@dataclass(frozen=True)
class Entry:
    code: str | None
    pos: str  # "verb" | "noun" | "adj" (a predicate adjective: "X was skeptical")
    lemma: str  # head lemma
    modifiers: tuple[str, ...] = ()  # lemmas before the head in a multi-word noun ("car bomb")
    prep: frozenset[str] = frozenset()
    objects: frozenset[str] = frozenset()
    not_objects: frozenset[str] = frozenset()
    # particles that give the verb another sense: "pressed ahead with the vote" asks no one
    not_preps: frozenset[str] = frozenset()
    xcomp: frozenset[str] = frozenset()
    light: frozenset[str] = frozenset()
    reciprocal: bool = False
    cue: str | None = None
    passive: bool | None = None
    proposal: bool = False  # the complement proposes an act ("suggested holding talks"), not a fact
    question: bool = False  # the complement is an indirect question ("asked whether he would resign")
    intransitive: bool = False  # no direct object: "protesters demonstrated", not "demonstrated ignorance"
    # what the verb's subject must be ("rockets hit the embassy"): a weapon, never a party
    subjects: frozenset[str] = frozenset()
    origin: str = ""

    @property
    def specificity(self) -> tuple[int, int]:
        # (a weapon for subject counts twice: it says more of the act than its object does,
        # "rockets that hit Israeli towns" are fire, whatever else hits a town)
        constraints = sum(bool(c) for c in (self.prep, self.objects, self.xcomp, self.light, self.modifiers,
                                            self.proposal, self.question, self.subjects)) + bool(self.subjects)
        return (constraints, len(self.code or ""))


@dataclass(frozen=True)
class Match:
    """A token that triggers an entry, with the tokens that satisfied it."""

    token: Token
    entry: Entry
    thing: Token | None = None  # the object that made the match ("sanctions" in "impose sanctions")
    prep: Token | None = None  # the preposition that made the match ("for" in "call for")
    complement: Token | None = None  # the xcomp verb ("attack" in "threatened to attack")
    light: Token | None = None  # the light verb that made a noun's match ("offered" in "offered support")
    # False when the object that made the match was found below the verb's own object
    # ("forces" in "called for the withdrawal of forces"): see Lexicon.match
    direct: bool = True


def _as_set(value, where: str) -> frozenset[str]:
    if value is None:
        return frozenset()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise LexiconError(f"{where}: expected a word or a list of words, got {value!r}")
    return frozenset(v.lower() for v in value)


def parse_entry(raw: dict, where: str) -> Entry:
    if not isinstance(raw, dict):
        raise LexiconError(f"{where}: an entry must be a mapping, got {raw!r}")
    unknown = set(raw) - ALLOWED_KEYS
    if unknown:
        raise LexiconError(f"{where}: unknown keys {sorted(unknown)}")
    if sum(k in raw for k in ("verb", "noun", "adj")) != 1:
        raise LexiconError(f"{where}: give exactly one of verb / noun / adj")
    cue = raw.get("cue")
    if cue is not None and cue not in CUES:
        raise LexiconError(f"{where}: cue must be one of {sorted(CUES)}")
    code = raw.get("code")
    if code is not None:
        code = str(code)
        if not codebook.is_code(code):
            raise LexiconError(f"{where}: {code!r} is not a CAMEO code")
    elif cue is None:
        raise LexiconError(f"{where}: an entry needs a code unless it is a cue")
    pos = "verb" if "verb" in raw else "noun" if "noun" in raw else "adj"
    if not isinstance(raw[pos], str):
        # a list here would be read as one odd word and silently match nothing
        raise LexiconError(f"{where}: {pos} must be one word or phrase, got {raw[pos]!r}")
    words = raw[pos].lower().split()
    if not words:
        raise LexiconError(f"{where}: empty {pos}")
    return Entry(
        code=code,
        pos=pos,
        lemma=words[-1],
        modifiers=tuple(words[:-1]),
        prep=_as_set(raw.get("prep"), where),
        objects=_as_set(raw.get("object"), where),
        not_objects=_as_set(raw.get("not_object"), where),
        not_preps=_as_set(raw.get("not_prep"), where),
        xcomp=_as_set(raw.get("xcomp"), where),
        light=_as_set(raw.get("light"), where),
        reciprocal=bool(raw.get("reciprocal", False)),
        cue=cue,
        passive=raw.get("passive"),
        proposal=bool(raw.get("proposal", False)),
        question=bool(raw.get("question", False)),
        intransitive=bool(raw.get("intransitive", False)),
        subjects=_as_set(raw.get("subject"), where),
        origin=where,
    )


def load_entries(path: Path | str, text: str | None = None) -> list[Entry]:
    name = str(path)
    try:
        # libyaml's C loader when present: the packaged lexicon is thousands of
        # entries and the pure-Python loader takes seconds of start-up
        data = yaml.load(text if text is not None else Path(path).read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except yaml.YAMLError as exc:
        raise LexiconError(f"{name}: not valid YAML: {exc}") from None
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise LexiconError(f"{name}: expected a mapping with an 'entries' list")
    return [parse_entry(raw, f"{name} entry {i + 1}") for i, raw in enumerate(data["entries"])]


def _packaged() -> list[Entry]:
    text = resources.files("communique.data").joinpath("triggers.yaml").read_text(encoding="utf-8")
    import sys

    return cached("triggers", [text], lambda: load_entries("triggers.yaml", text), modules=(sys.modules[__name__],))


class Lexicon:
    """Trigger entries indexed by (pos, head lemma)."""

    def __init__(self, entries: Iterable[Entry] | None = None, extra_paths: Iterable[str | Path] = ()):
        entries = list(_packaged() if entries is None else entries)
        env = os.environ.get("COMMUNIQUE_TRIGGERS")
        paths = list(extra_paths) + ([p for p in env.split(os.pathsep) if p] if env else [])
        for path in paths:
            entries.extend(load_entries(path))
        self.entries = entries
        self._index: dict[tuple[str, str], list[Entry]] = {}
        for e in entries:
            self._index.setdefault((e.pos, e.lemma), []).append(e)
        for bucket in self._index.values():
            # Most specific first, so the first entry that fits is the one to use.
            bucket.sort(key=lambda e: e.specificity, reverse=True)

    def candidates(self, token: Token) -> list[Entry]:
        pos = ("verb" if token.pos_ in VERB_POS else "noun" if token.pos_ in NOUN_POS
               else "adj" if token.pos_ == "ADJ" and token.dep_ in ("acomp", "oprd", "ROOT", "conj") else None)
        if pos is None:
            return []
        if token.pos_ == "PROPN" and token.ent_type_ in NAMED:
            return []  # "March" the month, "Strike" in a name
        lemma = token.lemma_.lower()
        if pos == "noun" and token.dep_ == "compound" and token.head.pos_ == "NOUN" \
                and token.head.lemma_.lower() in grammar()["holder_nouns"]:
            return []  # "the negotiation team", "aid workers": a kind of holder, no act
        if pos == "verb" and token.tag_ == "VBN" and (token.dep_ == "acomp" or any(
                c.dep_ == "auxpass" for c in token.children)) and ("adj", token.lower_) in self._index:
            # "it was appalled by the verdict", "was deeply concerned by": a participle of feeling
            # told of the subject is the predicate adjective, whatever the tagger calls it
            return self._index[("adj", token.lower_)]
        found = self._index.get((pos, lemma))
        if found is None and pos == "noun" and token.lower_ != lemma:
            # The tagger sometimes lemmatizes a plural proper-noun-tagged word
            # oddly; the lower-case form is a safe second key.
            found = self._index.get((pos, token.lower_))
        if found is None and pos == "verb":
            # the small model lemmatizes "hoped" and "hopes" as "hop": try the
            # plain de-inflections of the written word
            found = next((f for w in deinflections(token.lower_, ("d", "s", "ed", "es"))
                          if (f := self._index.get((pos, w))) is not None), None)
        return found or []

    def match(self, token: Token) -> Match | None:
        """The most specific entry whose constraints the parse satisfies."""
        entries = self.candidates(token)
        if not entries:
            return None
        parse = _TokenParse(token)
        first = None
        for entry in entries:
            if first is not None and entry.specificity != first.entry.specificity:
                break
            m = _satisfies(token, entry, parse)
            if m is not None and m.direct:
                return m
            first = first or m
        # (of equally specific entries, one matched by the verb's own object beats one matched
        # below it: "called for the withdrawal of forces" asks for a withdrawal, 0256, not 0234)
        if first is not None:
            return first
        return None


class _TokenParse:
    """What every entry of one token reads from the parse, read once for all of them.

    spaCy builds new Token objects each time ``token.children`` is walked, and a
    common verb has a dozen entries to try.  ``objects`` is computed on first use.
    """

    __slots__ = ("token", "children", "passive", "_objects")

    def __init__(self, token: Token):
        self.token = token
        self.children = list(token.children)
        self.passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in self.children)
        self._objects: list[Token] | None = None

    @property
    def objects(self) -> list[Token]:
        if self._objects is None:
            self._objects = _objects(self.token, self.children)
        return self._objects


def _objects(token: Token, children: list[Token] | None = None) -> list[Token]:
    if children is None:
        children = list(token.children)
    out = [c for c in children if c.dep_ in OBJECT_DEPS]
    # "fight off COVID-19": the parser hangs the object on the particle
    out += [g for c in children if c.dep_ == "prt" for g in c.children if g.dep_ in ("pobj", "dobj")]
    if not out and token.dep_ == "conj":
        # "trust was undermined and destroyed": the second verb shares the first's object
        out = [c for c in token.head.children if c.dep_ in OBJECT_DEPS]
    if not out and not any(c.dep_ in ("prep", "ccomp", "xcomp", "advcl", "dative", "prt") for c in token.children):
        # "donated and delivered goods": a verb with no complement of its own shares
        # the next one's object ("arrived in Kabul and signed a deal" shares nothing)
        out = [c for v in token.children if v.dep_ == "conj" and v.pos_ == "VERB"
               for c in v.children if c.dep_ in ("dobj", "obj")]
    if token.dep_ in ("relcl", "acl") and token.head.pos_ in NOUN_POS and noun_rooted_subject(token) is None:
        # "the sanctions imposed on Iran": the modified noun is the object
        out.append(token.head)
    if not out and (shifted := shifted_object(token)) is not None:
        out.append(shifted)  # "dismissed as baseless reports by Ukraine that ..."
    if not any(o.dep_ in ("dobj", "obj") for o in out):
        # "allowed candidate Ouattara to participate": the parser often makes the
        # raised object the subject of a to-infinitive clause; it is what the verb acts on
        out += [s for c in children if c.dep_ == "ccomp"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                for s in c.children if s.dep_ == "nsubj"]
    return out


# Modals of obligation keep a complement a proposal ("suggested the talks should resume");
# any other auxiliary ("could result", "will", "to") makes it a claim or a plan.
PROPOSAL_MODALS = {"should", "must", "ought", "shall"}


def _proposed(token: Token, children: list[Token] | None = None) -> Token | None:
    """The complement that proposes an act: a gerund ("suggested expanding the Court"), a
    bare subjunctive ("suggested supporters fill out ballots") or one with "should"."""
    for c in (token.children if children is None else children):
        if c.dep_ == "xcomp" and c.tag_ == "VBG":
            return c
        if c.dep_ == "ccomp" and c.tag_ == "VB":
            aux = [a for a in c.children if a.dep_ in ("aux", "auxpass") and a.lower_ != "be"]
            if all(a.lower_ in PROPOSAL_MODALS for a in aux):
                return c
    return None


# Words that open an indirect question: "asked whether/if he would resign", "asked why
# the troops stayed", "asked what steps Russia would take" (tags: why how when where / who
# what / which / whose).
QUESTION_OPENERS = {"whether", "if"}
WH_TAGS = {"WRB", "WP", "WDT", "WP$"}
# Appeals (02) and demands (10) ask for the act of their complement; a question asks for none.
# ("considering whether to impose sanctions" still considers the option: 014 keeps it.)
ASKING_ROOTS = {"02", "10"}


def _wants_object(act: Token) -> bool:
    """An act asked for or offered that names the act only with an object it lacks
    (grammar.yaml object_needing_acts): "urged residents to evacuate" asks them to flee."""
    return act.lemma_.lower() in grammar()["object_needing_acts"] and not any(
        o.dep_ in ("dobj", "obj") for o in act.children)


def _question(clause: Token) -> bool:
    """The complement clause is an indirect question: it begins with whether/if or a
    wh-word.  What it tells is asked about, not asked for: "asked why Biden did not
    implement the policies" appeals to no one to implement them."""
    first = clause.left_edge
    return clause.dep_ in ("ccomp", "xcomp", "dobj") and (first.lower_ in QUESTION_OPENERS or first.tag_ in WH_TAGS)


def subject_among(token: Token, words: frozenset[str], children: list[Token] | None = None) -> Token | None:
    """The verb's subject when it is one of ``words`` ("rockets hit"), or the word it
    counts ("a barrage of rockets"); a conjunct with no subject of its own has its
    head's, a relative clause the noun it describes."""
    if children is None:
        children = list(token.children)
    subj = next((c for c in children if c.dep_ == "nsubj"), None)
    if subj is None and token.dep_ == "conj":
        subj = next((c for c in token.head.children if c.dep_ == "nsubj"), None)
    if token.dep_ == "relcl" and (subj is None or subj.tag_ in ("WDT", "WP")):
        subj = token.head  # "rockets that hit Israeli towns"
    if subj is None:
        return None
    if subj.lemma_.lower() in words or subj.lower_ in words:
        return subj
    return next((g for p in subj.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in words), None)


def _counted(objs: list[Token]) -> list[Token]:
    """The objects and what a count among them counts ("hosts thousands of American troops")."""
    counts = grammar()["count_nouns"]
    return objs + [g for o in objs if o.lemma_.lower() in counts for p in o.children
                   if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]


def _satisfies(token: Token, entry: Entry, parse: _TokenParse | None = None) -> Match | None:
    parse = parse or _TokenParse(token)
    children = parse.children
    if entry.passive is not None and entry.passive != parse.passive:
        return None
    if entry.subjects and subject_among(token, entry.subjects, children) is None:
        return None
    if entry.intransitive and any(c.dep_ in ("dobj", "obj") for c in children):
        return None
    if entry.not_preps and any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in entry.not_preps for c in children):
        return None
    if entry.modifiers:
        # ("test-fired": the parser hangs "test" on the verb as a noun-phrase adverbial)
        mods = {c.lemma_.lower() for c in children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
        mods |= {c.lower_ for c in children if c.dep_ in ("compound", "amod", "nmod", "npadvmod")}
        if not set(entry.modifiers) <= mods:
            return None
    prep_tok = None
    if entry.prep:
        # "stepped down": the parser may tag the particle as an adverb
        preps = [c for c in children if c.dep_ in ("prep", "prt", "agent", "dative", "advmod")
                 and c.lower_ in entry.prep]
        if not preps:
            # "called for Russia to withdraw": the parser makes the preposition the
            # mark of an infinitive clause rather than the verb's own child
            preps = [g for c in children if c.dep_ in CLAUSE_DEPS
                     and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
                     for g in c.children if g.dep_ == "mark" and g.lower_ in entry.prep]
        if not preps and entry.pos == "noun" and entry.light and token.dep_ in ("dobj", "obj"):
            # "joined the calls for a ceasefire": the parser hangs the noun's preposition
            # on the verb that governs it
            preps = [c for c in token.head.children if c.dep_ == "prep" and c.lower_ in entry.prep]
        if not preps:
            return None
        prep_tok = preps[0]
    objs = list(parse.objects)  # (a copy: the constraints below add to it)
    if prep_tok is not None:
        # (a gerund too: "accused the rebels of violating the ceasefire")
        objs += [c for c in prep_tok.children if c.dep_ in ("pobj", "pcomp")]
        if prep_tok.dep_ == "mark":
            # what is called for: the clause's verb and its subject ("the prisoners to be released")
            clause = prep_tok.head
            objs += [clause] + [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if entry.pos == "noun":
        # "called for a ceasefire": the noun's own prepositional complement
        objs += [g for c in children if c.dep_ == "prep" for g in c.children if g.dep_ == "pobj"]
    thing = None
    if entry.objects:
        hits = [o for o in objs if o.lemma_.lower() in entry.objects or o.lower_ in entry.objects
                or (GPE_OBJECT in entry.objects and _place_object(o))
                # (a name the parser hangs on the verb beside its real object is none:
                # "received the party's nomination over two contenders: Joshua Perkins")
                or (PERSON_OBJECT in entry.objects and o.ent_type_ == "PERSON"
                    and sum(c.dep_ in ("dobj", "obj") for c in children) == 1)]
        direct = bool(hits)
        if not hits:
            # one level down: "imposed new economic sanctions" is fine; "called for the release of" too
            # (the word as written too: the small model lemmatizes "goods" as "good")
            hits = [g for o in objs for g in o.children
                    if (g.dep_ in ("pobj", "compound", "conj") or (g.dep_ == "dobj" and o.dep_ == "pcomp"))
                    and (g.lemma_.lower() in entry.objects
                                                                  or g.lower_ in entry.objects)]
            # (a compound is the object's own noun phrase: "violated the ceasefire agreement" is
            # direct; "the withdrawal of forces" names the forces below the withdrawal)
            direct = bool(hits) and hits[0].dep_ == "compound"
            hits += [g for o in objs for p in o.children if p.dep_ == "prep"
                     for g in p.children if g.dep_ == "pobj" and (g.lemma_.lower() in entry.objects
                                                                 or g.lower_ in entry.objects)]
            # "called the plan \"a disaster\"": the complement parsed as an apposition of the object
            # ...or as a modifier after it ("called the deal \"lousy\"": an adjective after its
            # noun is the verb's complement, English puts its modifiers before)
            hits += [g for o in objs if o.dep_ in ("dobj", "obj") for g in o.children
                     if (g.dep_ == "appos" or (g.dep_ == "amod" and g.i > o.i))
                     and (g.lemma_.lower() in entry.objects or g.lower_ in entry.objects)]
        if not hits:
            # "ruled that the law was unconstitutional", "found the prorogation (to be)
            # unlawful", "declared the results void": the predicate of a small clause
            # is what the verb says of its object
            preds = [c for c in children if (c.dep_ in ("ccomp", "xcomp") and c.pos_ in ("ADJ", "NOUN"))
                     or (c.dep_ == "advmod" and c.tag_ == "JJ")  # (the small model's "ruled X unlawful")
                     # ("declared X persona non grata", whatever the tagger calls the word; not a
                     # clause of its own: "demanded that the government grant ...")
                     or (c.dep_ == "ccomp" and c.lower_ in entry.objects
                         and not any(a.dep_ in ("mark", "aux", "auxpass") for a in c.children))]
            preds += [g for c in children if c.dep_ in ("ccomp", "xcomp", "conj") and c.lemma_ == "be"
                      for g in c.children if g.dep_ in ("acomp", "attr")]
            hits = [p for p in preds if p.lemma_.lower() in entry.objects or p.lower_ in entry.objects]
        if not hits:
            return None
        thing = hits[0]
        if direct and thing.lemma_.lower() not in entry.objects and thing.lower_ not in entry.objects \
                and thing.head == token and thing.dep_ in ("dobj", "obj"):
            # a place named as the verb's own object ("suspended Russia from the council", @gpe) is
            # its party, not a thing (one found through a relative pronoun still stands for it:
            # "Cyprus, which Turkey does not recognize")
            thing = None
    if entry.not_objects and any(o.lemma_.lower() in entry.not_objects or o.lemma_.lower().split("-")[0]
                                 in entry.not_objects for o in _counted(objs)):  # ("COVID-19" is "covid")
        return None
    complement = None
    if entry.xcomp:
        # (an adverbial clause with a subordinator is an adjunct, not what was declined:
        # "has declined 40%, while the ratio has increased")
        # (a noun's infinitive hangs on it as a clause: "Turkey's threats to invade Syria")
        comps = [c for c in children if (c.dep_ in ("xcomp", "ccomp", "advcl") or (
                     entry.pos == "noun" and c.dep_ == "acl" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                     for a in c.children)))
                 and c.lemma_.lower() in entry.xcomp
                 and not (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ not in ("for", "to")
                                                    for m in c.children))  # ("called for X to resign" stays)
                 # a clause in the simple past tells what was done, not what is proposed or
                 # threatened: "scholars have suggested Egyptians raised the birds"
                 and not (c.dep_ == "ccomp" and c.tag_ == "VBD")
                 and not (_question(c) and (entry.code or "")[:2] in ASKING_ROOTS)
                 # "urged Kyiv not to release the prisoners": asking that an act not be done
                 # is no asking for it
                 and not any(n.dep_ == "neg" for n in c.children)
                 and not _wants_object(c)]
        if not comps:
            comps = [c for c in children if c.dep_ in ("xcomp",)
                     and not (_question(c) and (entry.code or "")[:2] in ASKING_ROOTS)
                     and not any(n.dep_ == "neg" for n in c.children)
                     for g in [c] + [x for x in c.children if x.dep_ in ("xcomp", "conj")]
                     if g.lemma_.lower() in entry.xcomp and not _wants_object(g)]
        if not comps:
            return None
        complement = comps[0]
        if entry.not_preps and any(c.dep_ in ("prep", "prt", "advmod") and c.lower_ in entry.not_preps
                                   for c in complement.children):
            return None  # "failed to break through its lines" is no deadlock unbroken
    if entry.proposal:
        complement = _proposed(token, children)
        if complement is None:
            return None
    if entry.question:
        complement = next((c for c in children if _question(c)), None)
        if complement is None:
            return None
    light = None
    if entry.light:
        head = light = token.head
        quantity = quantity_noun(token)
        if quantity is not None:
            head = quantity.head  # "issued a series of pardons": the verb of the quantity noun
        if token.dep_ == "appos" and head.dep_ in ("dative", "dobj") and head.head != head:
            # "granted Angela Stanton a full pardon": the parser hangs the second
            # object on the first as an apposition; the verb governs both
            head = head.head
        elif token.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ in VERB_POS:
            # "insisted on its demands", "went on strike": the verb governs the noun through its preposition
            head = head.head
        elif token.dep_ in ("ccomp", "xcomp") and head.dep_ == "acomp" and head.head.pos_ in VERB_POS:
            # 'the crash was "likely" Iran's doing': a quoted hedge takes the noun for
            # its own clause; the copula above the hedge governs it
            head = head.head
        if head == token or entry.light.isdisjoint(forms(head)):
            return None  # (the written form too: the small model lemmatizes "waged" as "wag")
        light = head
    return Match(token=token, entry=entry, thing=thing, prep=prep_tok, complement=complement, light=light,
                 direct=not entry.objects or direct)
