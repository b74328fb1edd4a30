"""Argument roles: who is the source and who the target of a trigger.

Roles come from the dependency parse, never from word order alone:
active subject and object, passive subject and ``by`` agent, the
prepositions that point at a target ("with", "to", "against", "on"...),
"between A and B" and coordinated subjects of symmetric events (reciprocal),
possessors and modifiers of nominal events ("Russia's invasion of Ukraine",
"US-Russia talks"), and subjects shared through open complements and
coordination ("agreed to meet", "attacked and seized").
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from .. import places
from ..actors.gazetteer import fold, name_words
from ..actors.roles import load_roles
from ..records import Actor
from .wordforms import forms

# Prepositions whose object is the target of an event.
OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
TARGET_PREPS = {"with", "to", "against", "on", "at", "toward", "towards", "into", "upon", "onto", "for", "from", "over"}
# For nominal events the object of "of" is usually the target ("invasion of Ukraine").
NOUN_TARGET_PREPS = TARGET_PREPS | {"of", "in"}
# Prepositions that say whom an act is aimed at, on whatever word of it they hang
AIMED_PREPS = {"against", "toward", "towards"}
SUBJECT_DEPS = {"nsubj", "csubj"}
UNLOCATED = {"MIL", "REF", "UAF"}
# Roles that speak for the body named after "for".
SPOKES_ROLES = {"spokesperson", "spokesman", "spokeswoman", "spokesmen", "spokespeople", "mouthpiece"}
# Sectors whose adjective names a kind of thing ("military aid", "police
# intelligence", "judicial reform") more often than who owns it; religious
# and ethnic adjectives ("Muslim hackers") do name people.
INSTITUTIONAL = {"MIL", "COP", "GOV", "JUD", "LEG", "MED", "HLH", "EDU", "BUS", "SPY"}
FIRST_PERSON = {"i", "me", "my", "we", "us", "our"}
REFLEXIVE_PRONOUNS = frozenset({"itself", "themselves", "himself", "herself", "ourselves", "myself", "yourself"})
REPORTED_PRONOUNS = {"it", "they", "we", "he", "she", "them", "itself", "themselves", "i", "us", "ourselves"}
# "said on Twitter, blaming ...", "wrote in a statement accusing ...": a medium is no doer.
MEDIUM_PREPS = {"on", "via", "through", "in"}
# "imposed a curfew after a demonstration": a happening placed in time by
# another is not its subject's act.
TIME_PREPS = {"after", "before", "following", "amid", "during", "despite", "since", "until", "ahead"}
# What an act is about, not what its verb stages: "lodged a protest with China over the incursion"
TOPIC_PREPS = {"over", "about", "regarding", "concerning"}
# Links through which an argument phrase leads to the actor that names it.
DESCEND_DEPS = {"compound", "amod", "poss", "appos", "nmod", "npadvmod", "prep", "pobj", "det", "conj", "cc"}


@lru_cache(maxsize=1)
def grammar() -> dict[str, frozenset[str]]:
    # (libyaml's loader when built: the same values, twenty times faster than the pure-Python one)
    raw = yaml.load(resources.files("communique.data").joinpath("grammar.yaml").read_text(encoding="utf-8"),
                    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    # (a mapping stays one: group_counts gives each counting word its number)
    return {k: dict(v) if isinstance(v, dict) else frozenset(v) for k, v in raw.items()}


def _press_audience(prep: Token, pobj: Token | None, verb: Token) -> bool:
    """"The minister complained to reporters", "said to journalists": the unnamed press a
    word is said to is its audience, no party (grammar.yaml audience_nouns; not "gave
    documents to journalists": what is given goes to them)."""
    return prep.lower_ == "to" and pobj is not None and pobj.lemma_.lower() in grammar()["audience_nouns"] \
        and not any(c.pos_ == "PROPN" or c.ent_type_ for c in pobj.children) \
        and verb.lemma_.lower() not in grammar()["giving_verbs"]


def _joint_venue(prep: Token, sources: list) -> bool:
    """"Israel and the UAE signed a normalization agreement at the White House": where
    parties named together act is no party."""
    return prep.lower_ == "at" and len(sources) > 1


def _in_target(verb: Token, prep: Token) -> bool:
    """"invested $20 billion in Pakistan": the verb's "in" names whom it is aimed at
    (grammar.yaml in_target_verbs), not where it happened."""
    return prep.lower_ == "in" and verb.lemma_.lower() in grammar()["in_target_verbs"]


def clause_misread_as_object(verb: Token) -> Token | None:
    """"arrested a man after Adamowicz was stabbed": the small parser reads "after" as a
    preposition, its clause's subject as the object, and hangs the verb on the main
    verb as a conjunct, so the conjunct would take the main clause's subject.  The
    noun right before the verb's own auxiliaries, as the object of a subordinating
    preposition, with no "and" between them, is the verb's subject."""
    if verb.dep_ != "conj" or verb.head.pos_ not in ("VERB", "AUX") or any(
            c.dep_ in SUBJECT_DEPS or c.dep_ == "nsubjpass" or c.dep_ == "cc" for c in verb.children):
        return None
    first = min([c.i for c in verb.children if c.dep_ in ("aux", "auxpass", "neg") and c.i < verb.i] + [verb.i])
    doc = verb.doc
    for p in verb.head.children:
        if p.dep_ == "prep" and p.lower_ in grammar()["clause_prepositions"] and p.i < verb.i:
            for g in p.children:
                if g.dep_ == "pobj":
                    gap = doc[g.right_edge.i + 1:first]
                    if all(t.is_punct and t.lower_ != ";" for t in gap) and not any(t.lower_ in ("and", "but", "or") for t in gap):
                        return g
    return None


def subjectless_participle(tok: Token, deps: tuple[str, ...]) -> bool:
    """A present participle with no subject of its own, hung on its head as one of ``deps``
    ("condemned the attack, accusing Israel ...", "a bomb exploded, killing 12"): it tells
    more of its head's clause, whose subject is its doer."""
    return tok.tag_ == "VBG" and tok.dep_ in deps and not any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children)


def small_clause_participle(verb: Token) -> bool:
    """"The army reported three soldiers wounded": a bare past participle with a subject,
    no auxiliary and no object, as the complement of a verb, is a reduced passive (the
    small parser makes "soldiers" its subject): its subject is whom it befell."""
    return verb.tag_ == "VBN" and verb.dep_ == "ccomp" and verb.head.pos_ in ("VERB", "AUX") \
        and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "ccomp", "xcomp") for c in verb.children)


def reduced_relative_read_as_main(verb: Token) -> bool:
    """"The civilians imprisoned for acting against Moscow were released by Putin": the
    small parser reads the reduced relative as the main verb and the real main verb, a
    passive with no subject of its own, as its conjunct with no "and" between them (or as
    an adverbial clause with no "when", "after"). The participle was done to its "subject"."""
    return verb.tag_ in ("VBD", "VBN") and any(c.dep_ == "nsubj" for c in verb.children) \
        and not any(c.dep_ in ("aux", "auxpass", "dobj", "obj", "cc") for c in verb.children) \
        and any(c.dep_ in ("conj", "advcl") and c.tag_ == "VBN" and any(a.dep_ == "auxpass" for a in c.children)
                and not any(a.dep_ in ("nsubj", "nsubjpass", "mark", "advmod") for a in c.children)
                for c in verb.children)


def shifted_object(verb: Token) -> Token | None:
    """"condemned as unacceptable allegations by Rwanda that ...": a verb of judgement
    (grammar.yaml shifted_object_verbs) with no object of its own, whose long object
    follows its "as" predicate; the parser makes the noun the object of "as"."""
    if verb.lemma_.lower() not in grammar()["shifted_object_verbs"] \
            or any(c.dep_ in ("dobj", "obj", "nsubjpass") for c in verb.children):
        return None
    return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "as"
                 for o in p.children if o.dep_ == "pobj" and o.pos_ == "NOUN"
                 and o.i > p.i + 1 and all(t.pos_ == "ADJ" for t in o.doc[p.i + 1:o.i])), None)


def prep_object(tok: Token, word: str, deps: tuple[str, ...] = ("prep",)) -> Token | None:
    """The object of ``tok``'s preposition ``word`` ("summoned to the Foreign Office", "wrote
    to the US Embassy"; a dative "to" too when ``deps`` says so)."""
    return next((o for p in tok.children if p.dep_ in deps and p.lower_ == word
                 for o in p.children if o.dep_ == "pobj"), None)


def relative_pronoun(tok: Token) -> bool:
    """"that", "which", "who" opening a relative clause (the tagger gives "that" IN as often as WDT)."""
    return tok.tag_ in ("WDT", "WP") or (tok.lower_ in ("that", "which") and tok.head.dep_ in ("relcl", "acl"))


_BODY_KINDS = {"state", "capital", "org", "igo", "group"}


def _a_body(tok: Token, actors: list[Actor]) -> bool:
    """The phrase names a body "it" can stand for: a state, an organisation, or a state body
    named by a word for bodies ("the ministry"), not a person ("its ambassador")."""
    return bool(actors) and all(a.kind in _BODY_KINDS or (a.kind == "sector" and tok.lemma_.lower() in name_words()["body_words"])
                                for a in actors)


def noun_rooted_subject(verb: Token) -> Token | None:
    """"Doctors from two American aid groups donated goods to Baghdad", "A rights
    group protested that ...": the small parser sometimes roots such a sentence in
    its first noun and hangs the one verb on it as a participle.  A participle that
    takes an object or a clause, in a sentence with no verb above it, is the main
    verb, active, and the root noun is its subject (a true reduced relative, "the
    aid donated to Iraq", has no object of its own).  The same misparse under a
    reporting verb shows as two subjects ("Palestinian youths resorted to throwing
    stones, officials said": "youths" and "officials" both subjects of "said"): a
    participle on the first of them is that subject's own verb."""
    if verb.dep_ != "acl" or verb.tag_ not in ("VBN", "VBD"):
        return None
    verbs = [verb, *(c for c in verb.children if c.dep_ == "conj" and c.pos_ == "VERB")]
    if any(c.dep_ == "agent" for v in verbs for c in v.children):
        return None
    head = verb.head  # the noun it hangs on, or a modifier inside that noun's phrase
    while head.dep_ in ("pobj", "prep", "compound", "appos", "conj") and head.head.i < verb.i:
        head = head.head
    if head.i > verb.i or head.pos_ not in ("NOUN", "PROPN", "PRON"):
        return None
    if head.dep_ == "nsubj" and head.head.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and c.i > verb.i for c in head.head.children):
        return head
    if head.dep_ == "ROOT" and any(c.dep_ in ("dobj", "obj", "ccomp") for v in verbs for c in v.children):
        return head
    return None


@dataclass
class Roles:
    sources: list[Actor] = field(default_factory=list)
    targets: list[Actor] = field(default_factory=list)
    reciprocal: bool = False
    source_via: Token | None = None
    target_via: Token | None = None


def quantity_noun(noun: Token) -> Token | None:
    """The quantity noun a happening is counted by ("a series of pardons", "a wave
    of airstrikes"): through it a verb governs the happening."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_.lower() in grammar()["quantity_nouns"]:
        return noun.head.head
    return None


def _absolute_with(prep: Token, pobj: Token | None) -> bool:
    """", with X following suit": a comma, "with", a noun phrase and a gerund."""
    if prep.lower_ != "with" or pobj is None or prep.i == 0 or prep.doc[prep.i - 1].text != ",":
        return False
    after = pobj.right_edge.i + 1
    return after < len(pobj.doc) and pobj.doc[after].tag_ == "VBG"


def _against_prefix(tok: Token) -> bool:
    """The word follows "anti-" ("anti-government", split or not by the tokenizer)."""
    doc = tok.doc
    return tok.lower_.startswith("anti-") or (
        tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ == "anti")


def _platform(prep: Token, pobj: Token | None) -> bool:
    """"on Twitter", "via Facebook": the platform a message went out on, no target."""
    if pobj is None or prep.lower_ not in MEDIUM_PREPS:
        return False
    platforms = grammar()["media_platforms"]
    name = " ".join(t.lower_ for t in pobj.subtree if t.dep_ in ("compound", "pobj") or t == pobj)
    return name in platforms or pobj.lower_ in platforms


def _next_clause_subject(tok: Token) -> bool:
    """"said US troops had defeated ISIS and Turkey would be moving into Syria": the parser
    makes Turkey a second object, but the verb right after it (a conjoined clause with no
    subject of its own) is Turkey's."""
    nxt = tok.doc[tok.i + 1] if tok.i + 1 < len(tok.doc) else None
    if nxt is None or nxt.pos_ not in ("AUX", "VERB") or tok.head.dep_ not in ("dobj", "obj", "pobj"):
        return False
    verb = nxt if nxt.pos_ == "VERB" and nxt.dep_ == "conj" else nxt.head
    return verb.dep_ == "conj" and verb.i > tok.i and verb.pos_ in ("VERB", "AUX") \
        and not any(c.dep_ in ("nsubj", "nsubjpass", "expl") for c in verb.children)


def carrying_on(verb: Token) -> bool:
    """"pressed ahead with", "moving forward with", "proceed with": the verb carries on with
    the act its "with" names (grammar.yaml carry_on_verbs)."""
    g = grammar()
    if verb.pos_ not in ("VERB", "AUX") or verb.lemma_.lower() not in g["carry_on_verbs"] \
            or not any(c.dep_ == "prep" and c.lower_ == "with" for c in verb.children):
        return False
    return verb.lemma_.lower() == "proceed" or any(
        c.dep_ in ("advmod", "prt") and c.lower_ in g["carry_on_adverbs"] for c in verb.children)


def one_person(head: Token) -> bool:
    """"a man", "an individual", "the woman": one person named by a word for a person
    (roles.tsv sector UNK), a party whose code the event's place may give; not "nine men",
    nor "all individuals undermining stability", whom no act names one by one."""
    role = load_roles().get(fold(head.text))
    return role is not None and role.sectors == ("UNK",) and head.tag_ == "NN"


def in_sequence(noun: Token) -> bool:
    """A noun placed in a sequence: "the first country", "the last NATO member" (grammar.yaml sequence_words)."""
    words = grammar()["sequence_words"]
    return any(c.dep_ in ("amod", "advmod") and c.lower_ in words for c in noun.children)


def names_court(actor: Actor) -> bool:
    """The actor's own words name a court or a judge (grammar.yaml court_nouns, or their plural)."""
    words = grammar()["court_nouns"]
    return any(w in words or w[:-1] in words for w in fold(actor.text).split())


def counted_arms(thing: Token) -> Token | None:
    """The noun that counts arms ("hundreds of drones", "a barrage of rockets"): the means
    its verb uses, no party to it."""
    if weapon_or_craft(thing) and thing.dep_ == "pobj" and thing.head.lower_ == "of":
        return thing.head.head
    return None


def weapon_or_craft(tok: Token) -> bool:
    """A weapon or a vehicle (grammar.yaml weapon_nouns, vehicle_nouns): used by someone, never
    a party or a victim itself."""
    g = grammar()
    lemma = tok.lemma_.lower()
    return lemma in g["weapon_nouns"] or lemma in g["vehicle_nouns"]


def counted_victims(tok: Token) -> bool:
    """A number standing alone for the people a verb of harm hits ("killing four", "wounding
    at least 30", "dozens were injured"; grammar.yaml harm_verbs, count_nouns), or counting
    people named by a word for anyone ("abducted 30 women")."""
    g = grammar()
    if tok.dep_ not in ("dobj", "obj", "nsubjpass") or tok.head.lemma_.lower() not in g["harm_verbs"]:
        return False
    if tok.pos_ == "NUM":
        # ("shot down 54 of the 81 missiles": a count of weapons or craft is no people)
        return tok.like_num and not any(p.dep_ == "prep" and p.lower_ == "of" and any(
            o.dep_ == "pobj" and weapon_or_craft(o) for o in p.children) for p in tok.children)
    if any(c.dep_ == "nummod" for c in tok.children) and tok.tag_ == "NNS":
        # "abducted 30 women", "killed five men": people counted by a word for anyone (roles.tsv
        # sector UNK) are the act's victims, civilians as a bare number is
        role = load_roles().get(fold(tok.text))
        if role is not None and role.sectors == ("UNK",):
            return True
    return tok.lemma_.lower() in g["count_nouns"] and not any(c.dep_ == "prep" for c in tok.children)


def _bare_body(tok: Token) -> list[Actor]:
    """"anti-government", "anti-police": a role word the actor finder leaves alone
    inside a hyphenated modifier is that body, of no country yet (the event's
    place or article gives one)."""
    role = load_roles().get(fold(tok.text))
    if role is None or role.sector is None or role.generic or role.outlet:
        return []
    return [Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), code=role.sector,
                  sector=role.sector, kind="sector")]


class RoleFinder:
    """Maps parse tokens to the actor mentions the actor pass found."""

    def __init__(self, doc, actors: list[Actor], quoted: list[tuple[int, int, Actor]] = ()):
        self.doc = doc
        # the countries the text names itself: they decide a town name several share
        # ("protests in the capital, San Juan" in a story that names Puerto Rico)
        self.countries = frozenset(a.country for a in actors if a.country and a.country_from is None)
        self.by_token: dict[int, Actor] = {}
        for a in actors:
            if a.kind == "outlet" or (a.code is None and a.country is None and a.sector is None
                                        and a.kind not in ("person", "org", "sector")):
                continue  # outlets are attribution; a name with no code at all says nothing
                # (but a person or an organisation named is a party, code unknown)
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            if span is None:
                continue
            if a.kind == "sector" and a.code is None and a.country is None and a.sector is None \
                    and not one_person(span.root):
                continue  # "leaders", "members": a generic word of no sector names nobody
            for t in span:
                self.by_token.setdefault(t.i, a)
        # "our condolences", "I regret": inside a quotation the first person is its speaker
        for start, end, speaker in quoted:
            if speaker.code is None and speaker.country is None and speaker.sector is None:
                continue
            span = doc.char_span(start, end, alignment_mode="contract")
            for t in span if span is not None else ():
                if t.lower_ in FIRST_PERSON and t.pos_ == "PRON" and t.i not in self.by_token:
                    self.by_token[t.i] = replace(speaker, text=t.text, start=t.idx, end=t.idx + len(t.text),
                                                 kind="pronoun", country_from=speaker.country_from)
        # Towns and regions the actor pass leaves alone are still where an attack
        # or a visit lands: "shelled the town of Afrin" targets Syria (CAMEO codes
        # a place by its country).  Only for the parser's GPE names, never as a doer.
        for ent in doc.ents:
            if ent.label_ != "GPE" or any(t.i in self.by_token for t in ent) or ent.root.pos_ != "PROPN":
                continue
            hit = places.geocode(ent.text, self.countries)
            if hit is None or not hit.country:
                continue
            place = Actor(text=ent.text, start=ent.start_char, end=ent.end_char, code=hit.country,
                          country=hit.country, name=hit.name, kind="place")
            for t in ent:
                self.by_token[t.i] = place

    # -- mapping a phrase to actors -------------------------------------------------
    def _locate(self, actor: Actor, tok: Token) -> Actor:
        """A role with no country takes the country its phrase names: "Cairo's
        security chief", "opposition groups in Zimbabwe".  Troops and refugees
        in a country are often foreign, so they are left as they are."""
        if actor.country is not None or actor.sector is None or actor.country_from == "foreign":
            return actor  # ("Western officials in Jeddah", "foreign journalists in Moscow": not of the place)
        # ...but "troops from Chad", "refugees from Syria" name where they come from -- when they
        # are a clause's own argument, not "the withdrawal of forces from Panama"
        if actor.sector == "REF":
            # "refugees fleeing the civil war in Liberia", "people fleeing Syria": of where they flee
            flee = [a for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() in grammar()["fleeing_verbs"]]
            fled = [o for a in flee for o in a.children if o.dep_ in ("dobj", "obj")]
            fled += [g for o in flee + fled for p in o.children if p.dep_ == "prep" and p.lower_ in ("in", "of", "from")
                     for g in p.children if g.dep_ == "pobj"]
            home = next((a for a in map(self.by_token.get, (o.i for o in fled))
                         if a is not None and a.country and a.kind in ("state", "capital", "place")), None)
            if home is not None:
                actor.country = home.country
                actor.code = home.country + (actor.code or actor.sector)
                return actor
        if actor.sector in UNLOCATED:
            if tok.dep_ not in ("nsubj", "nsubjpass", "appos", "ROOT", "conj", "dobj"):
                return actor
            preps = ("from",)
        else:
            preps = ("in", "of", "from", "throughout", "across")
        holders = [tok] + ([tok.head] if tok.dep_ in ("compound", "amod", "nmod") else [])
        if tok.lemma_.lower() in SPOKES_ROLES:
            preps = preps + ("for",)  # "the spokesperson for the German government" speaks as it
        for c in (c for h in holders for c in h.children):
            cand = None
            part = self.by_token.get(c.i) if c.dep_ == "compound" else None
            if part is not None and part is not actor and part.country and part.sector == actor.sector:
                # "Baghdad University Medical School": a part of a body with a country is of it
                actor.country = part.country
                actor.code = part.country + (actor.code or actor.sector)
                return actor
            if c.dep_ == "poss" and actor.sector not in UNLOCATED:
                cand = self.by_token.get(c.i)
            elif c.dep_ == "prep" and c.lower_ in preps:
                g = next((g for g in c.children if g.dep_ == "pobj"), None)
                cand = self.by_token.get(g.i) if g is not None else None
            if cand is not None and cand is not actor and cand.country and (
                    cand.kind in ("state", "capital", "place") or c.lower_ == "for"
                    or (cand.kind == "org" and c.lower_ == "in" and cand.sector is None)):
                # ("settlements in the Gaza Strip": a territory the gazetteer keeps as a body)
                actor.country = cand.country
                actor.code = cand.country + (actor.code or actor.sector)
                return actor
        return actor

    def actor_of(self, tok: Token, depth: int = 3) -> Actor | None:
        """The actor a phrase headed by ``tok`` names, or None."""
        if tok.i in self.by_token:
            return self._locate(self.by_token[tok.i], tok)
        if counted_victims(tok):
            # "killing four", "at least 20 were killed": people, counted (civilians of no
            # country yet: the place of the act gives one, see events/placed_people.py)
            # (the count alone: "30 women in Borno state" are placed by where the act is, below)
            end = min([c.i for c in tok.children if c.dep_ == "prep" and c.i > tok.i] + [tok.right_edge.i + 1])
            span = tok.doc[tok.left_edge.i:end]
            return Actor(text=span.text, start=span.start_char, end=span.end_char, code="CVL", sector="CVL",
                         kind="sector", sentence_index=None)
        if tok.pos_ == "PRON" and self._own_subject(tok) is not None:
            return None  # the doer acting on itself: no other party
        if tok.pos_ == "PRON" and tok.lower_ in REPORTED_PRONOUNS:
            return self.reporter_of(tok)
        if tok.pos_ == "PRON" and tok.dep_ == "poss" and tok.lower_ in ("its", "their"):
            # "the ILO reiterated its demand": the owner is the clause's subject
            verb = tok.head.head
            if verb.pos_ in ("VERB", "AUX") and tok.head.dep_ in ("dobj", "obj"):
                subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
                if subj is not None and subj.conjuncts and tok.lower_ == "their":
                    # "France and Germany announced their decision": their is both doers at
                    # once, not the first of them (who would then be the second's target)
                    return None
                if subj is not None and subj.pos_ != "PRON":
                    return self.actor_of(subj, depth=2)
            return None
        if depth == 0:
            return None
        if tok.lower_ in grammar()["follower_nouns"] and tok.pos_ == "NOUN" and depth > 0 \
                and (followed := self._followed(tok, depth)) is not None:
            return self._followers(tok, followed)
        if tok.lemma_.lower() in grammar()["relation_nouns"] or tok.lower_ in grammar()["relation_nouns"]:
            # "the wife of X" is not X, but "its European Community partners" are the Community
            # (a name right before the noun says who it is)
            for c in tok.children:
                if c.dep_ == "compound" and c.i == tok.i - 1 and c.i in self.by_token:
                    found = self.by_token[c.i]
                    return found if found.kind in ("state", "igo") else None
            return None
        # Prefer modifiers that name who it is ("the US delegation", "Iraq's
        # advisor") over prepositional attachments further away.
        owned = any(c.dep_ == "poss" for c in tok.children)
        ordered = sorted(
            (c for c in tok.children if c.dep_ in DESCEND_DEPS and c.dep_ not in ("conj", "cc", "det")),
            # (the owner before a name compounded into the noun: "Sweden's NATO bid" is Sweden's)
            key=lambda c: (c.dep_ in ("prep", "pobj"), c.dep_ == "compound" and owned, abs(c.i - tok.i)),
        )
        if tok.lemma_.lower() in grammar()["deed_nouns"] | grammar()["policy_nouns"] | grammar()["filed_nouns"]:
            # "crimes committed by Croat forces", "abuses carried out by the army": a deed is its doer's
            # (and "the law passed by Congress" its maker's; not "a law criticized by the United
            # States": judging a measure does not make it)
            ordered += [g for a in tok.children if a.dep_ == "acl" and a.tag_ == "VBN"
                        and a.lemma_.lower() not in grammar()["citing_verbs"]
                        for b in a.children if b.dep_ == "agent" for g in b.children if g.dep_ == "pobj"]
        g = grammar()
        if tok.lemma_.lower() in g["policy_nouns"] | g["deed_nouns"] | g["filed_nouns"] | g["conferred_nouns"] \
                | g["agreement_nouns"] | g["promise_nouns"] | {"emergency"}:
            # "a lawsuit against the state of emergency Trump declared", "the sanctions the
            # US imposed": a measure or a deed is who made it, told by a relative clause with
            # the measure as its object (the clause has a subject and no object of its own but the
            # relative pronoun; not "the policies Trump mentioned": naming a measure does not make it)
            ordered += [sj for a in tok.children if a.dep_ in ("relcl", "acl") and a.pos_ == "VERB"
                        and a.lemma_.lower() not in g["citing_verbs"] | g["undergo_verbs"] | g["receive_verbs"]
                        and not any(o.dep_ in ("dobj", "obj", "nsubjpass") and not relative_pronoun(o)
                                    for o in a.children)
                        for sj in a.children if sj.dep_ == "nsubj" and sj.pos_ != "PRON"]
        # "oil facilities belonging to Saudi Aramco", "a plant operated by Aramco": a thing is
        # its owner's (grammar.yaml owning_participles)
        ordered += [g for a in tok.children if a.dep_ == "acl" and a.lemma_.lower() in grammar()["owning_participles"]
                    for b in a.children if b.dep_ in ("agent", "prep") and b.lower_ in ("by", "to")
                    for g in b.children if g.dep_ == "pobj"]
        housing = tok.lemma_.lower() in grammar()["housing_nouns"]
        for c in ordered:
            if c.dep_ == "prep" and housing and c.lower_ == "for":
                pass  # "a camp for Congolese refugees": its people
            elif c.dep_ == "prep" and (c.lower_ == "including" or (
                    c.lower_ == "as" and any(s.lower_ == "such" for s in c.children))) and tok.tag_ == "NNS":
                pass  # "allies such as Germany", "Western countries including France": the ones named
            elif c.dep_ == "prep" and c.lower_ not in ("of", "from", "by"):
                continue  # "officials in Baghdad" is not Baghdad; "allegations by Rwanda" are Rwanda's
            if c.dep_ == "amod" and c.lower_ in grammar()["territorial_participles"] and any(
                    h.tag_ == "HYPH" for h in c.children):
                continue  # "a government-held part of the city" is a place, not the government
            found = self.actor_of(c, depth - 1)
            if found is not None:
                if c.dep_ == "amod" and found.country is None and found.sector in INSTITUTIONAL:
                    continue  # "military aid", "police intelligence": a kind of thing, not its owner
                return found
        return None

    def reporter_of(self, pron: Token) -> Actor | None:
        """"Syria says it will not accept ...": a pronoun subject of a reported
        clause is the reporting subject (the finder leaves it/they unresolved)."""
        subj = self._reporting_subject(pron)
        return self.actor_of(subj, depth=2) if subj is not None else None

    def group_antecedent(self, tok: Token) -> list[Actor]:
        """"Putin and Xi met in Moscow. The two countries signed an agreement": a counted plural
        of a group noun (grammar.yaml group_nouns, group_counts) with no country of its own
        names the last list of exactly that many parties with countries, in its sentence
        before it or in the three sentences before; none found, nothing (not a guess)."""
        g = grammar()
        if tok.pos_ != "NOUN" or tok.tag_ != "NNS" or tok.lemma_.lower() not in g["group_nouns"]:
            return []
        own = self.by_token.get(tok.i)
        if own is not None and own.country is not None and not own.country_from:
            return []  # "the two Koreas' leaders", "the three Baltic states" name their own (a country
            # only the article or the sentence lent is no naming)
        counts = g["group_counts"]
        n = next((counts[c.lower_] for c in tok.children
                  if c.dep_ in ("nummod", "det", "predet", "quantmod") and c.lower_ in counts), None)
        if n is None:
            return []
        doc = tok.doc
        sent_start = tok.sent.start
        first = sent_start
        for _ in range(3):
            if first == 0:
                break
            first = doc[first - 1].sent.start
        for i in range(tok.i - 1, first - 1, -1):
            t = doc[i]
            if t.lemma_.lower() in g["group_nouns"]:
                continue
            found: list[Actor] = []
            if not (i in self.by_token and t.conjuncts):
                # "He met his Chinese counterpart. The two ministers signed an agreement": a
                # pair is also the doer and the one met, of two states
                if n != 2 or t.dep_ not in ("dobj", "obj") or t.head.pos_ != "VERB" or t.head.i >= tok.i:
                    continue
                subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
                pair = [self.actor_of(subj) if subj is not None else None, self.actor_of(t)]
                if not (all(a is not None and a.country for a in pair) and pair[0].country != pair[1].country):
                    continue
                found = pair
            for a in self.actors_of(t) if not found else []:
                if a.country and all(a.country != b.country for b in found):
                    found.append(a)
            if len(found) == n:
                # each party standing at the anaphor ("the two countries"), as a pronoun stands
                # for its antecedent: the evidence is in the event's own sentence
                left = min([c.i for c in tok.children if c.i < tok.i and c.dep_ in ("det", "predet", "nummod", "amod",
                                                                                   "quantmod", "compound")] + [tok.i])
                span = doc[left:tok.i + 1]
                return [replace(a, text=span.text, start=span.start_char, end=span.end_char, kind="alias",
                                country_from=a.country_from) for a in found]
            if len(found) > 1:
                return []  # the nearest list is of another size: "the two" is not a list further back
        return []

    def plural_antecedent(self, tok: Token, hops: int = 2) -> list[Actor]:
        """"Shoukry and his Greek, Cypriot and French counterparts gathered in Cairo. [...]
        They called on Turkey to halt drilling": "they" as a clause's subject is the list of
        parties that was the subject of a main clause, in its sentence before it or in the
        three sentences before, passing over singular subjects only (a plural one that is
        no list of parties -- "the protesters", "officials" -- is more likely what "they"
        means: then nothing, not a guess)."""
        if tok.pos_ != "PRON" or tok.lower_ != "they" or tok.dep_ not in ("nsubj", "nsubjpass") \
                or tok.i in self.by_token:
            return []
        doc = tok.doc
        sent = tok.sent
        for _ in range(4):
            subjects = [t for t in doc[sent.start:min(sent.end, tok.i)]
                        if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ in ("ROOT", "conj")
                        and sent.root in (t.head, t.head.head)]
            for subj in reversed(subjects):
                if subj.conjuncts:
                    found: list[Actor] = []
                    for a in self.actors_of(subj):
                        if a.country and all(a.country != b.country for b in found):
                            found.append(a)
                    if len(found) < 2:
                        return []
                    return [replace(a, text=tok.text, start=tok.idx, end=tok.idx + len(tok.text), kind="alias",
                                    country_from=a.country_from) for a in found]
                if subj.pos_ == "PRON" and subj.lower_ == "they":
                    return self.plural_antecedent(subj, hops - 1) if hops > 0 else []
                if subj.tag_ in ("NNS", "NNPS") or subj.pos_ == "PRON" and subj.lower_ in ("we", "both"):
                    return []
            while True:  # (the line breaks between paragraphs are sentences of their own)
                if sent.start == 0:
                    return []
                sent = doc[sent.start - 1].sent
                if not all(t.is_space for t in sent):
                    break
        return []

    @staticmethod
    def _own_subject(pron: Token) -> Token | None:
        """A reflexive pronoun's antecedent: the subject of its own clause ("Russia said
        Ukraine had shelled itself" is Ukraine, not the reporting Russia), which is no
        other party to its act."""
        if pron.lower_ not in REFLEXIVE_PRONOUNS:
            return None
        verb = pron.head
        while verb.dep_ in ("prep", "pobj") and verb.head is not verb:
            verb = verb.head  # "defended themselves against", "fired at itself"
        return next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c is not pron
                     and c.pos_ != "PRON"), None)

    def _reporting_subject(self, pron: Token) -> Token | None:
        clause = pron.head
        for _ in range(3):
            # "fired at it": from the preposition up to its verb
            if clause.pos_ in ("VERB", "AUX") or clause.head == clause:
                break
            clause = clause.head
        for _ in range(3):
            if clause.dep_ not in ("ccomp", "xcomp", "conj") or clause.head == clause:
                return None
            governor = clause.head
            subj = next((c for c in governor.children if c.dep_ in SUBJECT_DEPS and c != pron), None)
            if subj is None and governor.pos_ in ("VERB", "AUX"):
                inverted = self.subject(governor, depth=1)  # the speaker after the verb of a quote
                subj = inverted if inverted is not None and inverted != pron and inverted.i > governor.i else None
            if subj is None:
                clause = governor
                continue
            found = self.actor_of(subj, depth=2)
            if pron.lower_ in ("it", "itself") and (
                    subj.tag_ in ("NNS", "NNPS") or subj.conjuncts or (found is not None and found.kind == "person")):
                # "officials confirmed it has killed three", "the spokesman said it carried out
                # the attack": "it" is neither the officials nor the spokesman
                return None
            if subj.pos_ != "PRON" and found is not None:
                return subj
            clause = governor
        return None

    def _own_loss(self, prep: Token, pobj: Token | None, sources: list[Actor]) -> bool:
        """"vowed revenge for the killing of its top general", "retaliated for the attack on
        its embassy": a deed done to the doer's own people is what the act answers, not
        whom it is aimed at (grammar.yaml deed_nouns)."""
        if prep.lower_ not in ("for", "against", "over") or pobj is None or not sources \
                or pobj.lemma_.lower() not in grammar()["deed_nouns"]:
            return False
        found = self.actors_of(pobj)
        return bool(found) and all(a.country is not None and any(a.country == s.country for s in sources) for a in found)

    def _only_where(self, verb: Token, prep: Token, pobj: Token | None, sources: list[Actor],
                    reciprocal: bool) -> bool:
        """A place a "from" or "over" phrase names that is no party to the act: the doer's own
        soil ("expelled the German ambassador from Venezuela", "shot down a drone over Kyiv"),
        or, with "over", any place when the act's object or its mutual parties name the other
        side ("shot down a Russian jet over Syria", "clashed over Taiwan")."""
        if prep.lower_ not in ("from", "over") or pobj is None:
            return False
        places = self.actors_of(pobj)
        if any(a.kind in ("state", "capital", "place") and a.country is not None
               and any(a.country == s.country for s in sources) for a in places):
            return True
        return prep.lower_ == "over" and bool(places) and all(a.kind in ("state", "capital", "place") for a in places) \
            and (reciprocal or any(a.code for o in verb.children if o.dep_ in ("dobj", "obj") for a in self.actors_of(o)))

    def stationed(self, actor: Actor, leaving: bool = False) -> Actor | None:
        """The state where soldiers or refugees with no country of their own are
        sent or stand: "troops to a peacekeeping force in Liberia", "peacekeepers
        deployed in East Timor" (``leaving``: also "forces from Panama").  CAMEO
        and PLOVER code that state as the target; the troops are not its own."""
        if actor.country is not None or actor.sector not in UNLOCATED:
            return None
        span = self.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        if span is None:
            return None
        preps = ("in", "to", "into") + (("from", "out") if leaving else ())
        tok = span.root
        holders = [tok]
        while tok.dep_ in ("pobj", "prep", "compound", "conj") and tok.head is not tok and len(holders) < 5:
            tok = tok.head  # "contribute troops to a force in Liberia": up through the phrase's own words
            holders.append(tok)
        if tok.pos_ in ("NOUN", "PROPN"):
            holders += [c for c in tok.children if c.dep_ in ("acl", "relcl")]  # "peacekeepers deployed in"
        # "sent troops to a peacekeeping force in Liberia": down through what they are sent to
        senders = holders + ([tok.head] if tok.dep_ == "dobj" else [])
        holders += [g for h in senders for p in h.children if p.dep_ == "prep" and p.lower_ in ("to", "into")
                    for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
        for h in holders:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ in preps:
                    for g in p.children:
                        a = self.by_token.get(g.i) if g.dep_ == "pobj" else None
                        if a is not None and a is not actor and a.country and a.kind in ("state", "capital", "place"):
                            return a
        return None

    def _followed(self, tok: Token, depth: int) -> Actor | None:
        """The person a follower noun follows ("supporters of Imran Khan", "Khan supporters"):
        a person only; followers of a party or an armed group act for it, as before."""
        owners = [c for c in tok.children if c.dep_ in ("poss", "compound") and c.i < tok.i]
        owners += [g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                   for g in p.children if g.dep_ == "pobj"]
        return next((a for o in owners if (a := self.actor_of(o, depth - 1)) is not None and a.kind == "person"), None)

    @staticmethod
    def _followers(tok: Token, followed: Actor) -> Actor | None:
        """Followers of a person are civilians of that person's country (grammar.yaml
        follower_nouns), no one we know when the person has none."""
        if not followed.country:
            return None
        span = tok.doc[tok.left_edge.i:tok.right_edge.i + 1]
        return Actor(text=span.text, start=span.start_char, end=span.end_char, code=followed.country + "CVL",
                     country=followed.country, sector="CVL", kind="sector", sentence_index=followed.sentence_index,
                     country_from="possessor")

    def actors_of(self, tok: Token | None) -> list[Actor]:
        """Actors of a phrase and of the phrases coordinated with it."""
        if tok is None:
            return []
        if tok.pos_ == "PRON" and self._own_subject(tok) is not None:
            return []  # "Russia said Ukraine had shelled itself": Ukraine's own act on itself
        if tok.pos_ == "PRON" and tok.lower_ in ("they", "them", "themselves"):
            # "Obama and Putin said they will ...": every one of the reporters
            subj = self._reporting_subject(tok)
            if subj is not None:
                return self.actors_of(subj)
        group = self.group_antecedent(tok) or self.plural_antecedent(tok)
        if group:
            return group
        out: list[Actor] = []
        # "Barack Obama and Vladimir Putin": the parse may hang the conjunct on
        # any word of the first name
        heads = [tok]
        first = self.by_token.get(tok.i)
        if first is not None:
            heads = [t for t in tok.doc[tok.i:].sent if first.start <= t.idx < first.end] or [tok]
        conjuncts = [c for h in heads for c in h.conjuncts if c not in heads and not _next_clause_subject(c)]
        # "The US, Russia, and Switzerland": the parse makes the second item an
        # apposition of the first and hangs the rest on it; a list, not a renaming
        for h in heads:
            # (not a list of people: "Shoukry and his Greek and French counterparts, Nikos Dendias and
            # Jean-Yves Le Drian, respectively" names the counterparts again)
            for ap in (c for c in h.children if c.dep_ == "appos" and c.conjuncts and c.i in self.by_token
                       and self.by_token[c.i].kind != "person"):
                conjuncts += [ap, *(c for c in ap.conjuncts if c not in conjuncts)]
        for t in [tok, *conjuncts]:
            a = self.actor_of(t)
            if a is not None and all(a is not b for b in out):
                out.append(a)
                # "the Turkish and Greek sides", "Israeli and Palestinian negotiators", "Shoukry and
                # his Greek, Cypriot and French counterparts": coordinated nationalities on one
                # head are as many parties
                out += [b for b in self._coordinated_nationalities(t, a) if all(b is not x for x in out)]
        if tok.pos_ == "NOUN" and all(a.kind == "sector" and a.country is None for a in out):
            # (only people the text names by no more than a word: "gunmen", "people")
            out = self._affiliated(tok) or out
        # "US-Russia talks", "Russia-US contacts": several actors in one modifier chain
        if len(out) == 1 and tok.i in self.by_token and out[0].kind in ("state", "capital"):
            for c in tok.children:
                a = self.by_token.get(c.i)
                if c.dep_ in ("compound", "amod", "nmod") and a is not None and a.kind in ("state", "capital") \
                        and all(a is not b for b in out):
                    out.append(a)
        return out

    def _affiliated(self, noun: Token) -> list[Actor]:
        """People the text names only by what they are linked to ("hackers linked to Russian
        military intelligence", "gunmen affiliated with Islamic State") act as that body
        (grammar.yaml affiliation_participles; not "backed by" or "allied with": a patron or
        an ally is another party)."""
        for c in noun.children:
            if c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in grammar()["affiliation_participles"]:
                pobj = next((g for p in c.children if p.dep_ == "prep" and p.lower_ in ("to", "with")
                             for g in p.children if g.dep_ == "pobj"), None)
                if pobj is not None:
                    return self.actors_of(pobj)
        return []

    def _coordinated_nationalities(self, head: Token, first: Actor) -> list[Actor]:
        """The other states (or counterparts) coordinated with the modifier of ``head`` that
        gave ``first``, when the head itself names no one."""
        if head.i in self.by_token or head.pos_ != "NOUN" or first.kind not in ("state", "sector") \
                or not first.country:
            return []
        for c in head.children:
            if c.dep_ in ("amod", "compound", "nmod") and self.by_token.get(c.i) is first:
                found = [self.by_token.get(d.i) for d in c.conjuncts]
                return [a for a in found if a is not None and a.kind == first.kind and a.country]
        return []

    # -- subjects --------------------------------------------------------------------
    def _punished(self, gov: Token) -> Token | None:
        """Who is punished, blamed or thanked "for" doing something, and so did it: the
        verb's object, or its subject in the passive ("sentenced the Turpins to life for
        torturing their children", "nine men were jailed for abusing two girls", "thanked
        Russia for helping").  Only a party or a person ("won a prize for negotiating the
        peace": the prize negotiated nothing)."""
        who = next((c for c in gov.children if c.dep_ in ("dobj", "obj")), None)
        if who is None and self.is_passive(gov):
            who = next((c for c in gov.children if c.dep_ == "nsubjpass"), None)
        if who is None:
            return None
        if self.actor_of(who) is not None or who.pos_ in ("PROPN", "PRON") \
                or who.lemma_.lower() in grammar()["human_nouns"]:
            return who
        return None

    def subject(self, verb: Token, depth: int = 5) -> Token | None:
        """The logical subject of a verb, looking through complements and coordination."""
        subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
        # "The Red Cross operating in Iraq said ...": the parser makes the participle the
        # subject and the noun it describes the participle's own subject
        subjects = [next((s for s in c.children if s.dep_ == "nsubj" and s.i < c.i), c)
                    if c.tag_ == "VBG" and c.dep_ == "nsubj" else c for c in subjects]
        if not subjects and any(c.dep_ == "ccomp" and c.i < verb.i for c in verb.children):
            # '"...," tweeted Johnson', '"...," said the chancellor': the speaker after the verb
            subjects = [c for c in verb.children if c.dep_ in ("attr", "dobj", "npadvmod") and c.i > verb.i
                        and c.pos_ in ("PROPN", "NOUN")]
        if subjects and all(self.actor_of(c) is None for c in subjects) and verb.dep_ == "conj" \
                and verb.tag_ in ("VBD", "VBZ", "VBP") and verb.head.tag_ == "VBG" \
                and not any(c.dep_ in ("aux", "auxpass") for c in verb.head.children):
            # "thousands of protesters wearing black clothes, face masks, and helmets gathered
            # around ...": the parser took the participle for the main verb and the last thing
            # worn for the subject of the real one; a bare participle is no finite verb, so its
            # subject is the subject of the finite verb coordinated with it
            own = next((c for c in verb.head.children if c.dep_ == "nsubj" and c.i < verb.head.i), None)
            if own is not None and self.actors_of(own):
                return own
        who = next((c for c in subjects if c.lower_ == "who"), None)
        if who is not None and verb.dep_ == "relcl" and verb.head.pos_ in ("NOUN", "PROPN") and who.i > 0 \
                and verb.doc[who.i - 1].text == "," and (named := self.actor_of(verb.head)) is not None \
                and named.country is not None \
                and (named.kind in ("person", "state", "capital", "igo") or named.sector in ("GOV", "MIL")):
            # "Kim Jong Un, who met Vladimir Putin": the relative pronoun is the noun it hangs on
            # (only an aside on a placed actor: "people who fear inflation" names no one)
            return verb.head
        if subjects:
            # a misparse can give a verb two subjects: prefer the one that names an actor
            return next((c for c in subjects if self.actor_of(c) is not None), subjects[0])
        if (main_subject := noun_rooted_subject(verb)) is not None:
            return main_subject
        agent = self.agent(verb) if self.is_passive(verb) else None
        if agent is not None:
            return agent
        if depth == 0 or verb.head == verb:
            return None
        head = verb.head
        if verb.dep_ == "xcomp":
            # object control: "urged Iran to talk" -> Iran talks
            obj = next((c for c in head.children if c.dep_ in ("dobj", "obj")), None)
            if obj is not None and head.lemma_ not in ("promise",) and not weapon_or_craft(obj) and not (
                    head.lemma_.lower() == "summon" and verb.lemma_.lower() in grammar()["summoner_purpose_verbs"]):
                return obj
            patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            if patient is not None and self.agent(head) is None:
                return patient  # "Obama is scheduled to attend", "X was forced to resign"
            return self.subject(head, depth - 1)
        if (own := clause_misread_as_object(verb)) is not None:
            return own  # "... after Russia attacked Ukraine": Russia attacked
        if verb.dep_ == "conj" and head.pos_ in ("VERB", "AUX"):
            if verb.tag_ in ("VBD", "VBZ", "VBP") and head.tag_ == "VB" and any(
                    c.dep_ == "aux" and c.lower_ == "to" for c in head.children):
                # "urged India to release the pilot and called for talks": a finite verb
                # the parser hung on an infinitive is coordinated with the verb above it
                while head.tag_ == "VB" and head.dep_ in ("xcomp", "advcl", "ccomp") and head.head != head and depth > 1:
                    head, depth = head.head, depth - 1
                return self.subject(head, depth - 1)
            if self.is_passive(head) and not self.is_passive(verb):
                # "the minister has been indicted ... and will resign": the minister resigns
                patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
                if patient is not None:
                    return patient
            return self.subject(head, depth - 1)
        if verb.dep_ in ("acomp", "oprd") and head.pos_ in ("VERB", "AUX"):
            return self.subject(head, depth - 1)  # "Syria is willing to withdraw"
        if verb.dep_ in ("advcl",) and any(c.dep_ == "mark" and c.lower_ in ("to", "before", "after") for c in verb.children):
            return self.subject(head, depth - 1)
        if verb.dep_ == "advcl" and verb.tag_ == "VB" and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            if head.lemma_.lower() in grammar()["giving_verbs"]:
                taker = prep_object(head, "to", ("dative", "prep"))
                if taker is not None and self.actor_of(taker) is not None:
                    return taker  # "paid bounties to the Taliban to kill": the Taliban kill
            return self.subject(head, depth - 1)  # "began a hunger strike to protest ...": the strikers protest
        if verb.dep_ == "advcl" and verb.tag_ == "VBG" and not any(c.dep_ == "mark" for c in verb.children):
            return self.subject(head, depth - 1)  # "wrote to Bush urging him to ...": the writers urge
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ == "pobj" and head.head.lower_ in MEDIUM_PREPS:
            # "posted a message on Twitter blaming Iran": the poster blames, not the medium
            gov = head.head.head
            if gov.pos_ in ("NOUN", "PROPN") and gov.dep_ in ("dobj", "obj"):
                gov = gov.head  # "posted a message on ..."
            if gov.pos_ in ("VERB", "AUX"):
                return self.subject(gov, depth - 1)
        if verb.dep_ == "pcomp" and head.dep_ == "prep":
            # "youths resorted to throwing stones", "both sides are guilty of violating the truce"
            gov, g = head.head, grammar()
            if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in g["engage_verbs"]:
                return self.subject(gov, depth - 1)
            if gov.pos_ in ("VERB", "AUX") and head.lower_ in g["manner_prepositions"] and verb.tag_ == "VBG" \
                    and not self.is_passive(gov):
                # "Russia retaliated by expelling ten diplomats", "spoke after meeting Erdogan":
                # the gerund of how or when one acts is the actor's own
                return self.subject(gov, depth - 1)
            if gov.pos_ == "ADJ" and gov.lemma_.lower() in g["culpable_adjectives"] and gov.head.pos_ in ("VERB", "AUX"):
                return self.subject(gov.head, depth - 1)
            if gov.pos_ in ("VERB", "AUX") and head.lower_ == "for" and verb.tag_ == "VBG" \
                    and (who := self._punished(gov)) is not None:
                return who
            if gov.pos_ == "NOUN" and head.lower_ == "of" and gov.lemma_.lower() in g["process_nouns"] \
                    and gov.dep_ in ("dobj", "obj") and gov.head.pos_ in ("VERB", "AUX"):
                # "Malaysian authorities have initiated the process of returning the gorillas",
                # "began the task of disarming the militias": who does the process does the act
                return self.subject(gov.head, depth - 1)
        if verb.dep_ == "acl" and verb.tag_ == "VBG" and head.dep_ in ("dobj", "obj") \
                and head.head.pos_ in ("VERB", "AUX") and not self.actors_of(head):
            # "issued a declaration demanding ...", "released a statement condemning ...":
            # the issuer demands; a document is nobody
            return self.subject(head.head, depth - 1)
        if verb.dep_ in ("relcl", "acl") and head.dep_ in ("attr", "oprd") and head.head.pos_ in ("VERB", "AUX") \
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and in_sequence(head):
            # "Hungary was the last NATO member to ratify it": who the noun is said to be
            own = next((c for c in head.head.children if c.dep_ == "nsubj"), None)
            if own is not None and self.actor_of(own) is not None:
                return own
        if verb.dep_ in ("relcl", "acl") and not self.is_passive(verb) and verb.tag_ != "VBN":
            return head  # "troops who attacked the town"
        return None

    @classmethod
    def is_passive(cls, verb: Token) -> bool:
        if any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children):
            return True
        if verb.dep_ in ("acl", "relcl") and verb.tag_ == "VBN":
            if any(c.dep_ == "nsubj" for c in verb.children) and any(
                    c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children):
                return False  # "rumours that the army had arrested the president": a clause of its own
            if verb.dep_ == "relcl" and any(c.dep_ == "nsubj" and c.i < verb.i and not relative_pronoun(c)
                                            for c in verb.children):
                return False  # "the sanctions (that) the US imposed": the tagger's VBN is a past tense
            return noun_rooted_subject(verb) is None
        if small_clause_participle(verb) or reduced_relative_read_as_main(verb):
            return True
        # "was undermined and destroyed": the second participle shares the voice (not one with a
        # subject of its own: "was claimed by the Houthis, but Saudi Arabia has alleged ...")
        return verb.dep_ == "conj" and verb.tag_ == "VBN" and verb.head != verb and cls.is_passive(verb.head) \
            and not any(c.dep_ == "nsubj" for c in verb.children)

    @staticmethod
    def agent(verb: Token) -> Token | None:
        # "undermined and destroyed by X": the agent hangs on the last conjunct
        # (not a reduced relative misread as a main verb: "imprisoned ... were released by
        # Putin" -- the conjunct is another clause, its agent another act's)
        verbs = [verb] if reduced_relative_read_as_main(verb) else [verb, *(c for c in verb.conjuncts if c.tag_ == "VBN")]
        for v in verbs:
            for c in v.children:
                if c.dep_ == "agent":
                    return next((g for g in c.children if g.dep_ == "pobj"), None)
        # "was condemned in a joint statement by Egypt": the medium's author
        for v in verbs:
            for p in v.children:
                if p.dep_ == "prep" and p.lower_ in ("in", "through", "via"):
                    for medium in (g for g in p.children if g.dep_ == "pobj"):
                        by = next((b for b in medium.children if b.dep_ in ("prep", "agent") and b.lower_ == "by"), None)
                        if by is not None:
                            return next((g for g in by.children if g.dep_ == "pobj"), None)
        # "were given asylum by Germany", "were given weapons by the US": the parser
        # sometimes makes the agent a plain "by" phrase, on the verb or its object
        # (which may also be a time, "by Monday": that names no actor)
        objs = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        by = next((p for h in (verb, *objs) for p in h.children if p.dep_ == "prep" and p.lower_ == "by"), None)
        if by is not None:
            return next((g for g in by.children if g.dep_ == "pobj"), None)
        return None

    def between(self, *holders: Token) -> list[Actor]:
        """The parties of a "between A and B" phrase on any of ``holders`` ("a
        memorandum was signed between Cyprus, Greece and Israel")."""
        return self.actors_of(self.between_phrase(*holders))

    def between_phrase(self, *holders: Token) -> Token | None:
        """The object of the first "between" phrase on ``holders`` that names two parties or more."""
        for h in holders:
            for p in h.children:
                if p.dep_ == "prep" and p.lower_ == "between":
                    pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if len(self.actors_of(pobj)) > 1:
                        return pobj
        return None

    # -- roles for verbs -------------------------------------------------------------
    @staticmethod
    def patient(verb: Token) -> Token | None:
        """Who a passive verb was done to."""
        patient = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
        if patient is None and (small_clause_participle(verb) or reduced_relative_read_as_main(verb)):
            patient = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "three soldiers wounded"
        if patient is None and verb.dep_ in ("acl", "relcl"):
            patient = verb.head  # "the village attacked by troops"
        if patient is None and verb.dep_ in ("advcl", "pcomp") and verb.tag_ == "VBN":
            # "died after being shot in his car": the main clause's subject was shot
            main = verb.head.head if verb.head.dep_ == "prep" else verb.head
            if main.pos_ in ("VERB", "AUX"):
                patient = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if patient is None and (own := clause_misread_as_object(verb)) is not None:
            return own  # "arrested a man after Adamowicz was stabbed": Adamowicz was stabbed
        if patient is None and verb.dep_ == "conj" and verb.head.pos_ in ("VERB", "AUX"):
            # "the men were detained and were released": the conjuncts share the subject
            patient = next((c for c in verb.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        return patient

    def _from_actor(self, verb: Token, kinds: tuple[str, ...] | None = None) -> Token | None:
        """The object of the verb's "from" that names an actor (of one of ``kinds``, if given)."""
        return next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                     for o in p.children if o.dep_ == "pobj" and (a := self.actor_of(o)) is not None
                     and (kinds is None or a.kind in kinds)), None)

    def verb_roles(self, verb: Token, thing: Token | None, reciprocal: bool, speech: bool = False) -> Roles:
        g = grammar()
        if verb.lower_ in g["stative_participles"] and self.is_passive(verb) and self.agent(verb) is None:
            return self.adjective_roles(verb)  # "Israel is opposed to French mediation"
        r = Roles()
        passive = self.is_passive(verb)
        if passive:
            patient = self.patient(verb)
            agent = self.agent(verb)
            if agent is not None and agent.lemma_.lower() in g["weapon_nouns"] and not self.actors_of(agent):
                # "killed by a roadside bomb planted by the Taliban", "blown up by a missile
                # believed to be fired by rebels": who used the weapon did it
                agent = self.weapon_user(agent) or agent
            if agent is None and verb.lemma_.lower() in g["projectile_verbs"]:
                # "a mortar was fired at Israel from Gaza": where it came from did it
                # (not "was evacuated from the capital": only what is fired comes from its doer)
                agent = self._from_actor(verb)
            if agent is None and verb.lemma_.lower() in g["expelling_verbs"]:
                # "the French ambassador was expelled from Niger": the state sending them out did it
                agent = self._from_actor(verb, ("state", "capital"))
            if agent is None and verb.lemma_.lower() in g["summoning_verbs"]:
                # "the Chinese ambassador was summoned to the Foreign Office in London": the body
                # one is summoned to did it
                to = prep_object(verb, "to")
                agent = to if any(a.sector == "GOV" for a in self.actors_of(to)) else None
            r.sources = self.actors_of(agent)
            r.source_via = agent
            if patient is not None and patient != thing:
                r.targets = self.actors_of(patient)
                r.target_via = patient
            if not r.sources and not r.targets and (parties := self.between(verb)):
                r.sources, r.targets, r.reciprocal = parties[:1], parties[1:], True
        else:
            subj = self.subject(verb)
            r.sources = self.actors_of(subj)
            r.source_via = subj
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj", "dative", "iobj")), None)
            if obj is None:
                # "kidnapped up to 16 Russian advisers": the parser reads "up to" as a
                # particle and a preposition; the counted phrase is the object
                obj = next((o for u in verb.children if u.dep_ == "prt" and u.lower_ == "up"
                            for p in u.children if p.dep_ == "prep" and p.lower_ == "to"
                            for o in p.children if o.dep_ == "pobj" and any(n.dep_ == "nummod" for n in o.children)),
                           None)
            if obj is None:
                obj = shifted_object(verb)  # "condemned as unacceptable allegations by Rwanda"
            if obj is None and thing is not None and thing.dep_ == "ccomp" and thing.head == verb \
                    and verb.lemma_.lower() in g["small_clause_verbs"]:
                # "declared two German diplomats persona non grata": the subject of the small
                # clause whose predicate the entry asks for (the parser's clause, whatever its tag)
                obj = next((c for c in thing.children if c.dep_ == "nsubj"), None)
            if obj is None and not speech and verb.dep_ == "amod" and verb.i < verb.head.i and subj is not None \
                    and subj.head == verb:
                # "Macron hosted German Chancellor Angela Merkel": the small parser reads the
                # verb as an adjective of the name after it; with a subject of its own, that
                # name is its object
                obj = verb.head
            if thing is not None and obj is not None and counted_arms(thing) == obj:
                # "launched hundreds of drones at Israel": the object counts the arms asked
                # for, which are the means; whom they are aimed at is the party
                obj = None
            if obj is not None and obj.lemma_.lower() in g["release_nouns"] and (
                    verb.lemma_.lower() in g["about_verbs"] | g["release_asking_verbs"] or verb.lemma_.lower() == "thank"):
                # "welcomed the release of two Canadians by China": the releaser, not the released
                releaser = next((c for c in obj.children if c.dep_ == "poss"), None) or next(
                    (g2 for p in obj.children if p.dep_ == "prep" and p.lower_ == "by"
                     for g2 in p.children if g2.dep_ == "pobj"), None)
                if releaser is None and verb.lemma_.lower() in g["release_asking_verbs"]:
                    # "demanded the release of the hostages held in Gaza": who, or where, holds them
                    releaser = next((h for p in obj.children if p.dep_ == "prep" and p.lower_ == "of"
                                     for c in p.children if c.dep_ == "pobj"
                                     for v in c.children if v.dep_ == "acl" and v.lemma_.lower() in g["holding_verbs"]
                                     for q in v.children if q.dep_ in ("agent", "prep") and q.lower_ in ("by", "in")
                                     for h in q.children if h.dep_ == "pobj"), None)
                r.targets = [a for a in self.actors_of(releaser) if self._other(a, r.sources)]
                r.target_via = releaser if r.targets else None
                obj = None
            if obj is not None and self._fired_means(verb, obj):
                obj = None
            if obj is not None and obj != thing and not (thing is not None and thing in obj.subtree and obj.lemma_ == thing.lemma_):
                targets = self.actors_of(obj)
                if targets:
                    r.targets, r.target_via = targets, obj
            elif obj is not None and obj == thing:
                # the object the trigger asks for is itself another state's party ("summoned
                # the Iranian ambassador over the execution of ...", "expelled the French
                # ambassador"): it is the target, before any phrase after it
                # (all of them: "recalled its ambassadors to the US and Australia" names its own)
                homes = {a.country for a in r.sources}
                targets = self.actors_of(obj)
                if targets and homes and None not in homes and all(
                        a.country is not None and a.country not in homes and self._other(a, r.sources)
                        for a in targets):
                    r.targets, r.target_via = targets, obj
            if not r.targets and obj is not None and obj.pos_ == "PRON" and obj.lower_ in OBJECT_PRONOUNS \
                    and verb.dep_ in ("advcl", "conj") and verb.head.pos_ == "VERB":
                # "expelled the German ambassador, accusing him of meddling": the pronoun
                # is the main clause's object (its antecedent in the same sentence)
                first = next((c for c in verb.head.children if c.dep_ in ("dobj", "obj")), None)
                if first is None:
                    # "wrote to the US Embassy, asking it to waive ...": whom the main clause
                    # addresses
                    first = prep_object(verb.head, "to")
                if obj.lower_ == "it" and first is not None and not _a_body(first, self.actors_of(first)):
                    # "Israel recalled its ambassador to Turkey after Ankara accused it": "it" is
                    # no person; the main clause's subject, when that is a body
                    first = self.subject(verb.head)
                    first = first if first is not None and _a_body(first, self.actors_of(first)) else None
                found = [a for a in self.actors_of(first) if self._other(a, r.sources)]
                if found:
                    r.targets, r.target_via = found, obj
            if r.targets and obj is not None and r.target_via is obj \
                    and verb.lemma_.lower() in g["giving_verbs"] | g["handover_verbs"]:
                # "is providing photographs and other military intelligence to Macedonia":
                # what is given is no party, whom it goes to is (so is whom a suspect is
                # extradited to: CAMEO's note to 063)
                to = prep_object(verb, "to", ("prep", "dative"))
                found = [a for a in self.actors_of(to) if self._other(a, r.sources)]
                if found:
                    r.targets, r.target_via = found, to
            if r.targets and obj is not None and r.target_via is obj and verb.lemma_.lower() in g["topic_verbs"]:
                # "discussed Lebanon with Trump": whom it was discussed with is the party;
                # "Biden and Xi discussed Taiwan": each other (below)
                partner = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
                                for o in p.children if o.dep_ == "pobj"), None)
                found = [a for a in self.actors_of(partner) if self._other(a, r.sources)]
                if found:
                    r.targets, r.target_via = found, partner
                elif reciprocal and len(r.sources) > 1:
                    r.targets, r.target_via = [], None
        if not r.targets and thing is not None and thing != verb:
            # "tightened the blockade of Serbia (with Albania's help)", "lifted the
            # siege of Sarajevo": what the act is of is its target, before partners
            of = next((g for p in thing.children if p.dep_ == "prep" and p.lower_ == "of"
                       for g in p.children if g.dep_ == "pobj"), None)
            found = [a for a in self.actors_of(of) if self._other(a, r.sources)]
            if found:
                r.targets, r.target_via = found, of
        if not r.targets and thing is not None and thing != verb and thing.lemma_.lower() in g["holding_nouns"]:
            # "bought a stake in the Russian oil firm": the firm held
            held = next((g for p in thing.children if p.dep_ == "prep" and p.lower_ == "in"
                         for g in p.children if g.dep_ == "pobj"), None)
            found = [a for a in self.actors_of(held) if self._other(a, r.sources)]
            if found:
                r.targets, r.target_via = found, held
        if not r.targets and thing is not None and thing != verb:
            # "launched missiles targeting US troops", "fired rockets hitting the
            # base": what the weapon is aimed at
            aimed = next((o for c in thing.children if c.dep_ == "acl" and c.tag_ == "VBG"
                          and c.lemma_.lower() in g["victim_verbs"]
                          for o in c.children if o.dep_ in ("dobj", "obj")), None)
            found = [a for a in self.actors_of(aimed) if self._other(a, r.sources)]
            if found:
                r.targets, r.target_via = found, aimed
        if not r.targets:
            # "imposed sanctions on Iran", "met with Putin", "talked to reporters"
            # (never the phrase that gave the source: "fired at it from Gaza")
            holders = [verb] + ([thing] if thing is not None and thing != verb else [])
            if thing is not None and thing.dep_ == "pobj" and thing.head.lower_ == "of" \
                    and thing.head.head.dep_ in ("dobj", "obj") and thing.head.head.head == verb:
                holders.append(thing.head.head)  # "delivered $50,000 worth of goods to the school"
            if thing is not None and thing.dep_ in ("compound", "amod", "nmod") \
                    and thing.head.dep_ in ("dobj", "obj") and thing.head.head == verb:
                holders.append(thing.head)  # "halted arms exports to Saudi Arabia": the noun "arms" qualifies
            for holder in holders:
                for p in holder.children:
                    if p.dep_ in ("prep", "dative") and (p.lower_ in TARGET_PREPS or _in_target(holder, p)):
                        if speech and p.lower_ not in ("to",):
                            continue
                        if p.lower_ == "from" and holder.lemma_.lower() in g["journey_verbs"] \
                                and not any(o.dep_ in ("dobj", "obj") for o in holder.children):
                            continue  # where a journey began (grammar.yaml journey_verbs; "returned
                            # weapons seized from peacekeepers" is no journey)
                        if p.lower_ == "from" and holder.lemma_.lower() in g["expelling_verbs"]:
                            continue  # the state they were sent out of: its doer's, no target
                        # ("against the disputed re-election of President Lukashenko": the tokenizer
                        # splits "re-election" and the parser makes each piece an object; the one
                        # that names someone)
                        pobjs = [g for g in p.children if g.dep_ == "pobj"]
                        pobj = next((g for g in pobjs if self.actors_of(g)), pobjs[0]) if len(pobjs) > 1 \
                            else (pobjs[0] if pobjs else None)
                        if pobj is None:
                            # "clashed with protesters demanding reforms": parsed as a clause
                            pobj = next((s for g in p.children if g.dep_ == "pcomp"
                                         for s in g.children if s.dep_ == "nsubj"), None)
                        if pobj is not None and r.source_via is not None and pobj == r.source_via:
                            continue
                        if self._own_loss(p, pobj, r.sources):
                            continue
                        if self._grievance(p, pobj) or self._reprisal_reason(holder, p, pobj):
                            continue  # "protested over the death of X", "retaliate for the killing of X": the victim
                        if p.lower_ == "for" and pobj is not None and pobj.lemma_.lower() in g["prize_nouns"]:
                            continue  # "fought for control of Khartoum": the prize
                        if p.lower_ == "with" and pobj is not None and pobj.lemma_.lower() in g["weapon_nouns"]:
                            continue  # "attacked a ship with drones": what it was done with
                        if _press_audience(p, pobj, verb):
                            continue  # "complained to reporters about the traffic": whom it was said before
                        if self._only_where(verb, p, pobj, r.sources, reciprocal):
                            continue
                        if _joint_venue(p, r.sources):
                            continue
                        if self._court_venue(holder, p, pobj):
                            continue  # "filed a case at the ICJ accusing Israel": where, not against whom
                        if _platform(p, pobj):
                            continue  # "praised it on Twitter": where it was said
                        if _absolute_with(p, pobj):
                            continue  # "declared an emergency, with X following suit": an absolute clause
                        targets = self.actors_of(pobj)
                        if reciprocal and p.lower_ == "at" and targets and all(a.kind == "capital" for a in targets):
                            continue  # "signed an agreement at the White House": where, not with whom
                        if targets:
                            r.targets, r.target_via = targets, pobj
                            break
                if r.targets:
                    break
        if verb.lemma_.lower() in g["taking_verbs"] and not passive \
                and all(t.code is None or t.kind in ("place", "capital", "state") for t in r.targets):
            # "recaptured the town of Saraqeb from rebels", "retook Mosul from the Islamic
            # State": what is taken (an unknown name, a place) is no party, whom it is taken from is
            taken_from = next((o for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                               for o in p.children if o.dep_ == "pobj"), None)
            found = [a for a in self.actors_of(taken_from) if a.code is not None and self._other(a, r.sources)]
            places = {t.country for t in r.targets if t.country}
            if len(places) == 1:
                # "seized Kunduz from government forces": the forces of the place's state
                home = next(iter(places))
                found = [replace(a, code=home + a.code, country=home, country_from="sentence")
                         if a.country is None and a.sector and a.code == a.sector else a for a in found]
            if found:
                r.targets, r.target_via = found, taken_from
        left = self.out_of(verb)
        if left is not None and (not r.targets or (r.target_via is not None and r.target_via.dep_ in ("dobj", "obj")
                                                   and all(self._own(t, r.sources) for t in r.targets))):
            # "pulled out of the Council of Europe", "pulled the United States out of the
            # Paris agreement": what is left is the other party, not the state taken out
            if left.lemma_.lower() in g["agreement_nouns"]:
                # "the Paris agreement": where it was signed is no party; "the nuclear deal with
                # Iran": the other party to it is
                found, via = self.party_after([left], ("with", "between"), r.sources)
                r.targets, r.target_via = found, via
            elif found := [a for a in self.actors_of(left) if self._other(a, r.sources)]:
                r.targets, r.target_via = found, left
        if not r.targets:
            # "reneged on his commitment to the Zambian people", "broke its promise to Kyiv":
            # a promise is kept or broken toward whom it was made to
            promises = [c for c in verb.children if c.dep_ in ("dobj", "obj") and c.lemma_.lower() in g["promise_nouns"]]
            promises += [o for p in verb.children if p.dep_ == "prep" for o in p.children
                         if o.dep_ == "pobj" and o.lemma_.lower() in g["promise_nouns"]]
            found, via = self.party_after(promises, ("to",), r.sources)
            if found:
                r.targets, r.target_via = found, via
        obj = None if passive else next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
        if obj is not None and (not r.targets or (
                r.target_via is obj and all(a.country is None and a.kind == "sector" for a in r.targets))):
            # "threatened further action against Russia": what the act is aimed at
            # through its object; "launched artillery, mortar and rocket fire against
            # guerrilla camps": the object with no country (a weapon the finder took
            # for a unit) yields to whom it is fired against
            found, via = self.party_after((obj, *obj.conjuncts), AIMED_PREPS, r.sources)
            if found:
                r.targets, r.target_via = found, via
        if not r.targets and not reciprocal:
            # "may halt mediation efforts among Serbia's feuding republics", "ended mediation
            # between rival militias": an act on what goes on between parties is done to them
            # ("mediated between the Taliban and the United States": on the verb itself)
            for o in [o for o in (thing, obj) if o is not None and o != verb] + [verb]:
                between = next((g for p in o.children if p.dep_ == "prep" and p.lower_ in ("between", "among", "amongst")
                                for g in p.children if g.dep_ == "pobj"), None)
                found = [a for a in self.actors_of(between) if self._other(a, r.sources)]
                if found:
                    r.targets, r.target_via = found, between
                    break
        if not r.targets and not passive and verb.lemma_.lower() in g["demonstration_verbs"]:
            # "protesters gathered outside the parliament", "around the police complex",
            # "in front of the government headquarters": the body besieged
            for p in verb.children:
                if p.dep_ != "prep" or p.lower_ not in ("outside", "around", "in", "before"):
                    continue
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                if pobj is not None and p.lower_ == "in":
                    # only "in front of"
                    pobj = next((g for q in pobj.children if pobj.lower_ == "front" and q.dep_ == "prep"
                                 and q.lower_ == "of" for g in q.children if g.dep_ == "pobj"), None)
                found = [a for a in self.actors_of(pobj) if self._other(a, r.sources) and a.kind not in ("state", "capital", "place")]
                if not found and pobj is not None and pobj.lemma_.lower() in g["mission_nouns"]:
                    # "in front of the Russian embassy": the state whose mission it is
                    found = [replace(a, code=a.country + "GOV", sector="GOV", kind="sector")
                             for c in pobj.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                             for a in self.actors_of(c) if a.kind == "state" and a.country and self._other(a, r.sources)]
                if found:
                    r.targets, r.target_via = found, pobj
                    break
        if not r.sources and verb.tag_ == "VBG" and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            self._nominal_gerund(verb, r)
        if not r.targets and not speech and thing is not None and thing != verb and not self._fired_means(verb, thing):
            # "rejected an Australian ultimatum", "dismissed an appeal from the
            # president": a reaction is aimed at whoever made what it reacts to,
            # before anyone named in what that was for ("rejected North Korea's
            # demand to sever the alliance with Washington")
            found = [a for a in self.actors_of(thing) if self._other(a, r.sources)]
            if found:
                r.targets, r.target_via = found, thing
        if not r.targets and not speech:
            # "used tear gas to disperse demonstrators", "threatened to break
            # relations with Russia": what the act is for names its target
            found, via = self._complement_targets(verb, r.sources)
            if found:
                r.targets, r.target_via = found, via
        if not r.targets and not speech and verb.lemma_.lower() in g["accusing_verbs"]:
            # "Hotak alleged the central government are hiding figures": the accused
            accused = next((s for c in verb.children if c.dep_ == "ccomp"
                            for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
            if accused is not None and accused.dep_ == "nsubjpass" and accused.head.lemma_.lower() in g["harm_verbs"]:
                # "alleged that protesters were tortured in custody": the victims are not the
                # accused; whoever did it (by ...) is, or no one named
                accused = self.agent(accused.head)
            found = [a for a in self.actors_of(accused) if self._other(a, r.sources)]
            if found:
                r.targets, r.target_via = found, accused
        if verb.lemma_.lower() in g["receive_verbs"] and not passive:
            # "Kyiv received weapons from Washington": the giver is the source
            giver = next((gc for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                          for gc in p.children if gc.dep_ == "pobj"), None)
            givers = self.actors_of(giver)
            if givers:
                r.sources, r.targets, r.source_via, r.target_via = givers, r.sources, giver, r.source_via
        if r.source_via is not None and r.source_via.lemma_.lower() in g["accident_nouns"] \
                and not (r.source_via.lemma_.lower() in g["gunfire_nouns"] and any(a.code for a in r.sources)):
            return Roles()  # "killed by the crash": nobody did it (but "by Israeli fire" is Israel's)
        if verb.lemma_.lower() in g["victim_verbs"] and any(
                c.dep_ == "advcl" and c.lemma_.lower() in g["accident_verbs"] for c in verb.children):
            return Roles()  # "were killed when a bomber crashed"
        if not r.sources and verb.lemma_.lower() in g["victim_verbs"] and any(
                t.pos_ == "VERB" and t.lemma_.lower() in g["accident_verbs"] for t in verb.subtree):
            return Roles()  # "killed yesterday, when a bomber crashed" (the parser hangs the clause anywhere)
        if reciprocal and not r.sources and not r.targets and not passive:
            # "fighting between Armenia and Azerbaijan killed 20" (a gerund, parsed as a
            # verb), "clashes broke out between protesters and police" (the phrase hangs
            # on the verb the noun is the subject of): the parties of a mutual act
            holders = [verb] + ([verb.head] if verb.dep_ == "nsubj" and verb.head.pos_ == "VERB" else [])
            if (via := self.between_phrase(*holders)) is not None:
                parties = self.actors_of(via)
                r.sources, r.targets, r.reciprocal = parties[:1], parties[1:], True
                r.source_via = r.target_via = via
        if len(r.sources) > 1 and not r.targets and not passive and (mutual := self._mutual_object(verb)) is not None:
            # "Armenia and Azerbaijan accused each other", "fired on one another": any act
            # done to "each other" goes both ways between the coordinated subjects
            r.sources, r.targets, r.reciprocal = r.sources[:1], r.sources[1:], True
            r.target_via = mutual
        if reciprocal and len(r.sources) > 1 and (not r.targets or self._topic_only(r)):
            # "Russia and the US held talks": each other.  "A met with B" stays
            # directed: CAMEO codes the initiator as the source.
            r.sources, r.targets, r.reciprocal = r.sources[:1], r.sources[1:], True
        return r

    def weapon_user(self, weapon: Token) -> Token | None:
        """Who planted, fired or dropped a weapon, told by a participle on it: its agent
        ("planted by the Taliban", "believed to be fired by rebels") or, for what is fired,
        where it came from ("a rocket fired from Gaza"); or the subject of the verb that
        fired it ("Hamas fired rockets that hit Israeli towns")."""
        g = grammar()
        if weapon.dep_ in ("dobj", "obj") and weapon.head.lemma_.lower() in g["projectile_verbs"]:
            user = self.subject(weapon.head)
            if user is not None and self.actors_of(user):
                return user
        for part in (c for c in weapon.children if c.dep_ == "acl" and c.tag_ == "VBN"):
            for v in [part, *(x for x in part.children if x.dep_ in ("xcomp", "ccomp"))]:
                by = self.agent(v)
                if by is not None and self.actors_of(by):
                    return by
                if v.lemma_.lower() in g["projectile_verbs"]:
                    origin = next((o for p in v.children if p.dep_ == "prep" and p.lower_ == "from"
                                   for o in p.children if o.dep_ == "pobj" and self.actors_of(o)), None)
                    if origin is not None:
                        return origin
        return None

    @staticmethod
    def out_of(verb: Token) -> Token | None:
        """The object of "out of" on the verb ("pulled out of the WHO"; the parser makes
        "out" a preposition or a particle and hangs "of" on it)."""
        for o in (c for c in verb.children if c.dep_ in ("prep", "prt") and c.lower_ == "out"):
            for p in (c for c in o.children if c.dep_ == "prep" and c.lower_ == "of"):
                return next((g for g in p.children if g.dep_ == "pobj"), None)
        if verb.lemma_.lower() in grammar()["self_moving_verbs"] and any(c.dep_ in ("dobj", "obj") for c in verb.children):
            # "withdrew the US from the nuclear deal with Iran": what the object is taken from
            for p in (c for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"):
                return next((g for g in p.children if g.dep_ == "pobj"), None)
        return None

    def _fired_means(self, verb: Token, tok: Token) -> bool:
        """"Fired a cruise missile", "launched drones": a weapon of no named state that is fired is
        the means, no party ("shot down 20 Ukrainian drones": whose they are is hit)."""
        g = grammar()
        return verb.lemma_.lower() in g["projectile_verbs"] and tok.lemma_.lower() in g["weapon_nouns"] \
            and not any(a.country for a in self.actors_of(tok))

    @staticmethod
    def _own(a: Actor, sources: list[Actor]) -> bool:
        """The same state as one of the sources ("Trump ... the United States")."""
        return a.country is not None and a.kind in ("state", "capital") and any(s.country == a.country for s in sources)

    @staticmethod
    def _mutual_object(verb: Token) -> Token | None:
        """The verb's object or prepositional object when it is "each other" or "one
        another" (the parser makes "other" or "one" the head)."""
        objects = [c for c in verb.children if c.dep_ in ("dobj", "obj")]
        for ch in [*verb.children, *(c for o in objects for c in o.children if c.dep_ == "prep")]:
            # ("imposed sanctions on each other": the phrase can hang on the object)
            heads = [ch] if ch.dep_ in ("dobj", "obj") else \
                [o for o in ch.children if o.dep_ == "pobj"] if ch.dep_ == "prep" else []
            for h in heads:
                dets = {d.lower_ for d in h.children if d.dep_ == "det"}
                if (h.lower_ == "other" and "each" in dets) or (h.lower_ == "one" and "another" in dets):
                    return h
        return None

    @staticmethod
    def _topic_only(r: Roles) -> bool:
        """'Russia and Ukraine exchanged prisoners', 'Egypt and Israel will cooperate
        on border security': what a mutual act is done with or about (no country of
        its own, not a partner named with "with") is no party beside the two sides."""
        via = r.target_via
        return via is not None and all(t.country is None for t in r.targets) \
            and not (via.dep_ == "pobj" and via.head.lower_ in ("with", "against", "between", "among"))

    def _nominal_gerund(self, verb: Token, r: Roles) -> None:
        """"killed in Israeli (tank) shelling": the parser reads the gerund as a
        clause and the nationality as the preposition's object; the nationality
        right before it (past bare nouns) is the doer, the verb it hangs on
        names the victims."""
        doc, j = verb.doc, verb.i - 1
        while j >= 0 and verb.i - j <= 2 and doc[j].pos_ == "NOUN" and doc[j].ent_type_ == "":
            j -= 1
        a = self.by_token.get(j) if j >= 0 else None
        if a is None or doc[j].ent_type_ != "NORP" or not a.country:
            return
        r.sources, r.source_via = [a], doc[j]
        head = verb.head
        if not r.targets and verb.dep_ == "advcl" and self.is_passive(head) \
                and head.lemma_.lower() in grammar()["victim_verbs"]:
            patient = next((c for c in head.children if c.dep_ == "nsubjpass"), None)
            found = [t for t in self.actors_of(patient) if t is not a]
            if found:
                r.targets, r.target_via = found, patient

    @staticmethod
    def _other(a: Actor, sources: list[Actor]) -> bool:
        return all(a is not s and (a.entity is None or a.entity != s.entity) for s in sources)

    def _grievance(self, p: Token, pobj: Token | None) -> bool:
        """"Over/about the death of X" (grammar.yaml grievance_nouns): the harm complained of,
        whose "of" names its victim, not a party."""
        return p.lower_ in ("over", "about") and pobj is not None \
            and pobj.lemma_.lower() in grammar()["grievance_nouns"] and pobj.i not in self.by_token

    def _court_venue(self, holder: Token, p: Token, pobj: Token | None) -> bool:
        """"Filed a case at the International Court of Justice", "lodged a complaint with the
        court": the court a claim (grammar.yaml filed_nouns) is brought before is where it is
        heard, not whom it is against."""
        g = grammar()
        if p.lower_ not in ("at", "in", "with", "before", "to") or pobj is None:
            return False
        if holder.lemma_.lower() not in g["filed_nouns"] and not any(
                o.dep_ in ("dobj", "obj") and o.lemma_.lower() in g["filed_nouns"] for o in holder.children):
            return False
        return any(a.sector == "JUD" or names_court(a) for a in self.actors_of(pobj))

    def _reprisal_reason(self, holder: Token, p: Token, pobj: Token | None) -> bool:
        """"Retaliate for the killing of X" (grammar.yaml reprisal_verbs), "vowed revenge for
        the killing of X" (a verb whose object is one of the reprisal_nouns): the act a reprisal
        answers, whose victims are not whom it is aimed at."""
        g = grammar()
        return p.lower_ in ("for", "to") and pobj is not None and pobj.pos_ == "NOUN" and pobj.i not in self.by_token \
            and (holder.lemma_.lower() in g["reprisal_verbs"]
                 or any(o.dep_ in ("dobj", "obj") and o.lemma_.lower() in g["reprisal_nouns"] for o in holder.children))

    def party_after(self, heads, preps, sources: list[Actor]) -> tuple[list[Actor], Token | None]:
        """The first parties other than ``sources`` named by the object of one of
        ``preps`` hung on ``heads`` ("commitment to the Zambian people", "air links with
        Serbia", "action against Russia"), with that object; ([], None) if none."""
        for p in (c for h in heads for c in h.children):
            if p.dep_ == "prep" and p.lower_ in preps:
                pobj = next((o for o in p.children if o.dep_ == "pobj"), None)
                found = [a for a in self.actors_of(pobj) if self._other(a, sources)]
                if found:
                    return found, pobj
        return [], None

    def _complement_targets(self, verb: Token, sources: list[Actor], depth: int = 2) -> tuple[list[Actor], Token | None]:
        """Targets named inside an infinitive complement or purpose clause of
        ``verb`` or of its object: its object, its target prepositions, those of its object."""
        # "signed a deal to export gas to Egypt": the object's infinitive counts too
        clauses = list(verb.children) + [a for o in verb.children if o.dep_ in ("dobj", "obj")
                                         for a in o.children if a.dep_ in ("acl", "relcl")]
        for c in clauses:
            if c.dep_ not in ("xcomp", "advcl", "ccomp", "acl", "relcl") or c.pos_ not in ("VERB", "AUX"):
                continue
            if not any(a.lower_ == "to" for a in c.children if a.dep_ in ("aux", "mark")) and not (
                    c.dep_ == "xcomp" and c.tag_ in ("VB", "VBG")):
                continue  # (a bare complement too: "help support the rights of", "resume shelling")
            if any(ch.dep_ in ("nsubj", "nsubjpass") for ch in c.children):
                continue  # "wants Putin to attack": another actor's act, not this one's aim
            obj = next((o for o in c.children if o.dep_ in ("dobj", "obj", "dative")), None)
            if obj is not None and c.lemma_.lower() in grammar()["reprisal_verbs"]:
                obj = None  # "vowed to avenge the victims": whom a reprisal is for, not against
            holders = [(left, None)] if (left := self.out_of(c)) is not None else []
            # ("to pull Brazil out of the WHO": what is left, before the state taken out)
            holders += [(obj, None)] if obj is not None else []
            holders += [(g, p) for p in c.children if p.dep_ in ("prep", "dative")
                        and (p.lower_ in TARGET_PREPS or p.lower_ in ("between", "among") or _in_target(c, p))
                        for g in p.children if g.dep_ == "pobj"]
            # ("offered to mediate between Saudi Arabia and the Houthis": both are aimed at)
            if obj is not None:
                holders += [(g, p) for p in obj.children if p.dep_ == "prep"
                            and (p.lower_ in TARGET_PREPS - {"from"} or p.lower_ in ("between", "among"))
                            for g in p.children if g.dep_ == "pobj"]
                # "to send 5 billion euros in military aid to Ukraine": a measure of
                # what is given, and whom that goes to
                holders += [(g, q) for p in obj.children if p.dep_ == "prep" and p.lower_ in ("in", "of")
                            for k in p.children if k.dep_ == "pobj"
                            for q in k.children if q.dep_ == "prep" and q.lower_ in ("to", "for")
                            for g in q.children if g.dep_ == "pobj"]
            # ("vowed to retaliate for the killing of its scientist": the reason's victim)
            holders = [(g, p) for g, p in holders if p is None or not self._reprisal_reason(c, p, g)]
            if obj is not None and c.lemma_.lower() in grammar()["giving_verbs"] | {"send"}:
                # "threatened to send refugees to Europe", "offered to sell jets to India":
                # what is sent or given is no party when whom it goes to is named
                holders.sort(key=lambda h: h[0] is obj)
            for tok, _ in holders:
                found = [a for a in self.actors_of(tok) if self._other(a, sources)]
                if found:
                    return found, tok
            if depth > 1:
                found, via = self._complement_targets(c, sources, depth - 1)
                if found:
                    return found, via
        return [], None

    def _comment_from(self, noun: Token, r: Roles) -> None:
        """Who made a comment told as a noun: "criticism from Greece", "condemnation
        (statements of condemnation) came from the EU"; whom it is aimed at when
        nothing on the noun says: "X came under criticism from Y", "X went ahead
        despite criticism by Y"."""
        holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "of" else noun
        verb = None
        if holder.dep_ == "pobj" and holder.head.lower_ in ("under", "despite", "amid") \
                and holder.head.head.pos_ in ("VERB", "AUX"):
            verb = holder.head.head
            if not r.targets:
                subj = self.subject(verb)
                r.targets, r.target_via = [a for a in self.actors_of(subj) if self._other(a, r.sources)], subj
        elif holder.dep_ == "nsubj" and holder.head.pos_ == "VERB":
            verb = holder.head
        if r.sources:
            return
        giver = next((gc for h in (noun, holder, verb) if h is not None for p in h.children
                      if p.dep_ == "prep" and p.lower_ == "from" for gc in p.children if gc.dep_ == "pobj"), None)
        givers = [a for a in self.actors_of(giver) if self._other(a, r.targets)]
        if givers:
            r.sources, r.source_via = givers, giver

    def _blamed(self, noun: Token) -> Roles:
        """"Pompeo said the crash was likely Iran's doing": the reporter blames the possessor."""
        r = Roles()
        poss = next((c for c in noun.children if c.dep_ == "poss"), None)
        clause = noun.head
        if noun.dep_ in ("ccomp", "xcomp") and clause.dep_ == "acomp":
            # 'said the crash was "likely" Iran's doing': the quoted hedge takes the
            # noun for its own clause; the copula above it is what was said
            clause = clause.head
        elif noun.dep_ != "attr":
            return r
        if poss is None or clause.dep_ != "ccomp" or clause.head.pos_ != "VERB":
            return r
        reporter = self.subject(clause.head)
        sources = self.actors_of(reporter)
        targets = [a for a in self.actors_of(poss) if self._other(a, sources)]
        if sources and targets:
            r.sources, r.source_via, r.targets, r.target_via = sources, reporter, targets, poss
        return r

    # -- roles for predicate adjectives ----------------------------------------------
    def adjective_roles(self, adj: Token) -> Roles:
        """"Israel is opposed to French mediation", "he was skeptical over Moscow's will"."""
        r = Roles()
        copula = adj.head if adj.dep_ in ("acomp", "oprd", "conj") else adj
        subj = self.subject(copula) if copula != adj else next(
            (c for c in adj.children if c.dep_ in SUBJECT_DEPS | {"nsubjpass"}), None)
        r.sources, r.source_via = self.actors_of(subj), subj
        for p in adj.children:
            # ("appalled by the verdict": the participle's agent is what it is felt about)
            if (p.dep_ == "prep" and p.lower_ in TARGET_PREPS | {"about", "of", "over"}) or p.dep_ == "agent":
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                if pobj is not None and pobj.lemma_.lower() in grammar()["grievance_nouns"] \
                        and pobj.i not in self.by_token:
                    continue  # "shocked by the killing of its diplomat": the victim is no target
                found = [a for a in self.actors_of(pobj) if all(a is not s for s in r.sources)]
                if found:
                    r.targets, r.target_via = found, pobj
                    break
        return r

    # -- roles for nouns -------------------------------------------------------------
    @staticmethod
    def _possessor_undergoes(noun: Token) -> bool:
        """A noun of something done to a person whose possessor is who underwent it
        ("Khashoggi's killing", "Navalny's arrest"), unless an "of" object names that
        one ("the United States' killing of Soleimani": then the possessor did it)."""
        if noun.lemma_.lower() not in grammar()["patient_possessor_nouns"]:
            return False
        return not any(p.dep_ == "prep" and p.lower_ == "of" and any(g.dep_ == "pobj" for g in p.children)
                       for p in noun.children)

    def noun_roles(self, noun: Token, reciprocal: bool, light_verb: Token | None = None) -> Roles:
        """Roles of an event noun. ``light_verb``: the verb the lexicon entry named as
        staging the noun ("raised concerns", "submitted a complaint", "observed the
        truce"): it lends its subject like the grammar's light verbs, unless it is one
        whose subject does not do what the noun names ("foiled an attempt", "won
        assurances": grammar.yaml not_doer_light_verbs)."""
        r = Roles()
        g = grammar()
        if light_verb is not None and not g["not_doer_light_verbs"].isdisjoint(forms(light_verb)):
            light_verb = None
        # between A and B (on the noun, or on the verb that stages it: "held talks on Monday between A and B")
        # ("clashes broke out between protesters and police": on the verb it is the subject of, for mutual acts)
        stager = [noun.head] if (noun.dep_ in ("dobj", "obj") or (reciprocal and noun.dep_ == "nsubj")) \
            and noun.head.pos_ == "VERB" else []
        for p in [c for h in [noun, *stager] for c in h.children]:
            if p.dep_ == "prep" and p.lower_ in ("between", "among", "amongst"):
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                parties = self.actors_of(pobj)
                if len(parties) >= 2:
                    r.sources, r.targets = parties[:1], parties[1:]
                    r.reciprocal = True
                    r.source_via = r.target_via = pobj
                    return r
        # "Pelosi's Taiwan visit", "the Moscow trip": the place named before a visit is where
        # it goes, not who makes it
        destination, places = None, []
        for c in noun.children if noun.lemma_.lower() in g["destination_nouns"] else ():
            if c.dep_ == "compound" and c.i < noun.i:
                places = [a for a in self.actors_of(c) if a.kind in ("state", "capital", "place")]
                if places:
                    destination = c
                    break
        if destination is not None and not r.targets:
            r.targets, r.target_via = places, destination
        # possessor or actor modifier is the doer ("Russia's invasion", "Israeli airstrikes")
        for c in sorted(noun.children, key=lambda c: c.dep_ != "poss"):
            if c.dep_ in ("compound", "amod", "nmod") and c.i < noun.i and _against_prefix(c):
                # "anti-government protests", "anti-American rallies": what they are against
                found = self.actors_of(c) or _bare_body(c)
                if found and not r.targets:
                    r.targets, r.target_via = found, c
                continue
            if c is destination:
                continue
            if c.dep_ == "compound" and c.lemma_.lower() in g["captive_nouns"]:
                continue  # "a prisoner swap", "the hostage release": who is held is no doer
            if c.dep_ == "compound" and weapon_or_craft(c) and not any(a.country for a in self.actors_of(c)):
                continue  # "a drone attack", "a missile strike": the means, not who used it
            if c.dep_ in ("compound", "amod") and noun.lemma_.lower() in g["victim_named_nouns"]:
                # "the Armenian genocide": the people it was done to
                found = self.actors_of(c)
                if found and not r.targets:
                    r.targets, r.target_via = found, c
                continue
            if c.dep_ in ("poss", "compound", "amod", "nmod") and c.i < noun.i:
                found = self.actors_of(c)
                if not found and c.dep_ in ("amod", "compound") and c.n_lefts + c.n_rights == 0:
                    # "in a rebel attack": the parser tags the role word an adjective and the
                    # actor finder leaves it; the body it names did it (of no country yet)
                    found = _bare_body(c) if c.lower_ in g["modifier_doers"] else []
                if found and c.dep_ == "poss" and self._possessor_undergoes(noun):
                    # "Khashoggi's killing", "Navalny's arrest": the possessor underwent it
                    r.targets, r.target_via = found, c
                    break
                if found:
                    if len(found) > 1 and reciprocal:
                        r.sources, r.targets, r.reciprocal = found[:1], found[1:], True
                        r.source_via = r.target_via = c
                        return r
                    r.sources, r.source_via = found, c
                    break
        # by X
        for p in noun.children:
            if p.dep_ == "prep" and p.lower_ == "by" and not r.sources:
                pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                r.sources, r.source_via = self.actors_of(pobj), pobj
        frame = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "during" else None
        if not r.sources and noun.lemma_.lower() in g["destination_nouns"] and frame is not None \
                and frame.pos_ in ("VERB", "AUX") and frame.lemma_.lower() not in (
                    g["light_verbs"] | g["gathering_verbs"] | g["topic_verbs"]):
            # "called for a ceasefire during a visit to Egypt": whoever speaks or acts on the visit
            # makes it (not "held talks during a visit": the talks are the visit's, told once)
            subj = self.subject(frame)
            found = [a for a in self.actors_of(subj) if self._other(a, r.targets)]
            if found:
                r.sources, r.source_via = found, subj
        if not r.sources and noun.lemma_.lower() in g["deed_nouns"]:
            # "the attack carried out by the Taliban": the agent of a participle that stages
            # a deed is its doer (also where the parser hangs the participle on the clause:
            # "died in the attack, reportedly conducted by the Taliban")
            staged = [a for a in noun.children if a.dep_ == "acl"]
            if noun.dep_ == "pobj" and noun.head.head.pos_ == "VERB":
                staged += [a for a in noun.head.head.children if a.dep_ == "advcl" and a.left_edge.i > noun.i]
            for a in staged:
                if a.tag_ == "VBN" and not g["light_verbs"].isdisjoint(forms(a)) \
                        and g["not_doer_light_verbs"].isdisjoint(forms(a)):
                    agent = self.agent(a)
                    found = self.actors_of(agent)
                    if found:
                        r.sources, r.source_via = found, agent
                        break
        g = grammar()
        comment = noun.lemma_.lower() in g["comment_nouns"] or noun.lower_ in g["comment_nouns"]
        if noun.lemma_.lower() in g["blame_nouns"]:
            return self._blamed(noun)  # the possessor is blamed, not the doer
        # the governing verb's subject: "held talks", "launched an attack"
        head = noun.head
        if noun.dep_ == "appos" and head.dep_ in ("dative", "dobj") and head.head.pos_ in ("VERB", "AUX"):
            # "granted Angela Stanton a full pardon": the parser hangs the second
            # object on the first; the verb governs the noun, the first object is its target
            if not r.targets:
                r.targets, r.target_via = self.actors_of(head), head
            noun_dep, head = "dobj", head.head
        elif (quantity := quantity_noun(noun)) is not None and quantity.head.pos_ in ("VERB", "AUX"):
            # "issued a series of seven pardons": the verb governs through the quantity noun
            noun_dep, head = quantity.dep_, quantity.head
        else:
            noun_dep = noun.dep_
        lemma = head.lemma_.lower()
        weak = r.sources and all(a.country is None for a in r.sources)  # "military exercises": MIL only
        light = not g["light_verbs"].isdisjoint(forms(head)) or head == light_verb  # "waged" (lemma "wag") is "wage"
        # "was granted amnesty by the president": a passive light verb with the noun as its object
        passive_gift = noun_dep in ("dobj", "obj") and head != noun and head.pos_ in ("VERB", "AUX") and light \
            and self.is_passive(head) and lemma not in g["undergo_verbs"]
        # "in what the police declared a terrorist attack", "declared it an attack": the noun
        # is what the verb's first object is named, and its namer is no doer of it
        named_as = lemma in g["naming_verbs"] and any(
            c.dep_ in ("dobj", "obj") and c.i < noun.i and noun not in c.subtree for c in head.children)
        if (not r.sources or weak) and head != noun and head.pos_ in ("VERB", "AUX") and light \
                and (noun.i > head.i or noun_dep == "nsubjpass") and not named_as:
            # (word order: in "The talks ..., the Kremlin announced" the talks are not the Kremlin's)
            if weak:
                subj = self.subject(head)
                better = self.actors_of(subj)
                if better and any(a.country for a in better) and noun_dep in ("dobj", "obj", "attr", "oprd"):
                    r.sources, r.source_via = better, subj
            elif noun_dep in ("dobj", "obj", "attr", "oprd") and lemma in g["undergo_verbs"]:
                subj = self.subject(head)
                r.targets, r.target_via = self.actors_of(subj), subj
                # "received assurances from the government", "faces pressure from
                # Congress": who gave it is the source
                giver = next((gc for p in [*head.children, *noun.children] if p.dep_ == "prep" and p.lower_ == "from"
                              for gc in p.children if gc.dep_ == "pobj"), None)
                givers = [a for a in self.actors_of(giver) if self._other(a, r.targets)]
                if givers:
                    r.sources, r.source_via = givers, giver
            elif passive_gift:
                # the agent gave it (who got it: below)
                agent = self.agent(head)
                r.sources, r.source_via = self.actors_of(agent), agent
            elif noun_dep in ("dobj", "obj", "attr", "oprd") and not named_as:
                subj = self.subject(head)
                r.sources, r.source_via = self.actors_of(subj), subj
            elif noun_dep == "nsubjpass":
                agent = self.agent(head)
                r.sources, r.source_via = self.actors_of(agent), agent
                if not r.sources and not r.targets and (parties := self.between(head, noun)):
                    # "talks were held between Russia and Ukraine"
                    r.sources, r.targets, r.reciprocal = parties[:1], parties[1:], True
        if passive_gift:
            # "were granted a pardon by President Putin": the passive's subject got it
            patient = self.patient(head)
            got = [a for a in self.actors_of(patient) if self._other(a, r.sources)]
            if got:
                r.targets, r.target_via = got, patient
        if comment:
            self._comment_from(noun, r)
        if not r.sources and noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ in ("in", "during", "at") \
                and head.head.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in g["meeting_frame_nouns"] \
                and any(p.dep_ == "prep" and p.lower_ == "with" for p in noun.children):
            # "said in a meeting with Honcharuk", "In talks with Putin, Erdogan said": whoever
            # speaks or acts in a meeting with someone is meeting them
            subj = self.subject(head.head)
            r.sources, r.source_via = self.actors_of(subj), subj
        # ("Ukraine was behind the drone attack": a weapon before the noun is its means; the
        # one said to be behind it is the doer)
        means_only = r.source_via is not None and r.source_via.dep_ == "compound" and weapon_or_craft(r.source_via) \
            and not any(a.country for a in r.sources)
        if (not r.sources or means_only) and noun.dep_ == "pobj" and head.dep_ == "prep" and head.lower_ not in TIME_PREPS \
                and head.lower_ not in TOPIC_PREPS:
            # "engaged in ethnic cleansing", "resorted to violence", "responsible
            # for mass killings", "guilty of violating": the doer is the subject
            gov = head.head
            glemma = gov.lemma_.lower()
            staged_other = glemma not in g["engage_verbs"] and any(
                c.dep_ in ("dobj", "obj") and c != noun and c.lemma_.lower() not in g["share_nouns"] for c in gov.children)
            # (not "launched a probe into the attack": the parser hangs "into" on the verb,
            # but what the verb stages is its object, the probe; "took part in the protests" does)
            if (gov.pos_ in ("VERB", "AUX") and not staged_other
                    and (glemma in g["light_verbs"] | g["engage_verbs"] or gov == light_verb
                         or (head.lower_ == "with" and carrying_on(gov)))) or (
                    gov.pos_ == "ADJ" and glemma in g["culpable_adjectives"]) or (
                    # "negotiators return to Geneva for talks", "converged for a rally"
                    gov.pos_ == "VERB" and glemma in g["gathering_verbs"] and head.lower_ == "for"):
                # "were engaged in" reads as active: its grammatical patient did it
                subj = next((c for c in gov.children if c.dep_ == "nsubjpass"), None) or self.subject(gov)
                doers = self.actors_of(subj)
                if doers or not means_only:
                    r.sources, r.source_via = doers, subj
        # target prepositions on the noun (or its quantity noun: "a wave of airstrikes on Gaza"), then on its verb
        for holder in (noun, quantity_noun(noun), head if head != noun and noun_dep in ("dobj", "obj", "nsubjpass") else None):
            if holder is None or r.targets:
                continue
            for p in holder.children:
                # ("offered his condolences to Erdogan": the parser's dative on the verb)
                if p.dep_ in ("prep", "dative") and p.lower_ in (NOUN_TARGET_PREPS if holder == noun else TARGET_PREPS):
                    if p.lower_ == "from" and comment:
                        continue  # "criticism from Greece" is Greece's
                    if p.lower_ == "in" and holder == noun:
                        continue  # "clashes in Kabul" is a place, not a target
                    pobj = next((g for g in p.children if g.dep_ == "pobj"), None)
                    if _platform(p, pobj) or self._own_loss(p, pobj, r.sources):
                        continue
                    if self._grievance(p, pobj):
                        continue  # "demonstrations over the death of Mahsa Amini": the victim
                    if _joint_venue(p, r.sources):
                        continue
                    if self._court_venue(holder, p, pobj):
                        continue  # "filed a complaint with the ICJ against Russia": where it is heard
                    found = [a for a in self.actors_of(pobj) if all(a is not s for s in r.sources)]
                    if pobj is not None and weapon_or_craft(pobj) and all(a.country is None for a in found):
                        continue  # "the sale of F-16 fighter jets to Turkey": what is sold is no party
                    if found:
                        r.targets, r.target_via = found, pobj
                        break
        if not r.targets:
            # "announced a suspension of air links with Serbia": what the act is on is
            # a tie, and the party at its other end is the target
            ties = [t for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                    for t in p.children if t.dep_ == "pobj" and t.lemma_.lower() in g["tie_nouns"]]
            found, via = self.party_after(ties, ("with",), r.sources)
            if found:
                r.targets, r.target_via = found, via
        if not r.targets and not comment:
            # "Turkey's threats to invade northern Syria", "a plan to send troops to Mali":
            # the noun's own infinitive names whom the act is aimed at, as a verb's does
            found, via = self._complement_targets(noun, r.sources)
            if found:
                r.targets, r.target_via = found, via
        if not r.targets and head != noun and noun_dep in ("dobj", "obj") and head.pos_ == "VERB" and light:
            # "granted the prisoners an amnesty", "gave Israel assurances": the
            # indirect object of the light verb gets what the noun names
            given = next((c for c in head.children if c.dep_ in ("dative", "iobj") and c.pos_ in ("NOUN", "PROPN")), None)
            found = [a for a in self.actors_of(given) if self._other(a, r.sources)]
            if found:
                r.targets, r.target_via = found, given
        victim_verbs = [head] if noun.dep_ == "nsubj" else []
        # "the US airstrike that killed Iranian general Soleimani": the relative
        # clause's subject is the noun itself
        victim_verbs += [c for c in noun.children if c.dep_ == "relcl" and any(
            s.dep_ == "nsubj" and s.lower_ in ("that", "which") for s in c.children)]
        for verb in victim_verbs:
            if r.targets or verb.pos_ != "VERB" or verb.lemma_.lower() not in g["victim_verbs"]:
                continue
            # "A roadside bombing killed one U.S. soldier"
            obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
            found = [a for a in self.actors_of(obj) if all(a is not s for s in r.sources)]
            if found:
                r.targets, r.target_via = found, obj
        if noun.dep_ == "pobj" and noun.head.lower_ in ("in", "with", "during") and not r.sources:
            # "guerrillas wounded two soldiers in a bomb attack": the verb's doer and victim
            verb = noun.head.head
            if verb.pos_ == "VERB" and not self.is_passive(verb) and verb.lemma_.lower() in g["victim_verbs"]:
                subj = self.subject(verb)
                obj = next((c for c in verb.children if c.dep_ in ("dobj", "obj")), None)
                r.sources, r.source_via = self.actors_of(subj), subj
                if not r.targets:
                    r.targets, r.target_via = [a for a in self.actors_of(obj) if all(a is not s for s in r.sources)], obj
        if not r.sources and r.targets and noun.dep_ == "pobj" and noun.head.lower_ in ("after", "following", "before", "during") \
                and r.target_via is not None and r.target_via.dep_ == "pobj" and r.target_via.head.lower_ == "with" \
                and r.target_via.head.head == noun and noun.head.head.pos_ in ("VERB", "AUX"):
            # "After talks with his French counterpart, Blinken said ...": talks held with
            # someone, set as the time of another act, were held by that act's doer
            subj = self.subject(noun.head.head)
            found = [a for a in self.actors_of(subj) if all(a is not t for t in r.targets)]
            if found:
                r.sources, r.source_via = found, subj
        if not r.targets and noun.dep_ == "pobj" and noun.head.lower_ in ("in", "by", "during"):
            # "Four children were killed in Israeli tank shelling": the victims
            verb = noun.head.head
            dying = verb.pos_ == "VERB" and verb.lemma_.lower() in g["dying_verbs"]
            framed = noun.head.lower_ == "during" and verb.lemma_.lower() not in g["victim_verbs"]
            # ("were arrested during protests": the protests frame the arrests, not aimed at
            # those arrested; "were killed during shelling" are its victims)
            if (verb.pos_ == "VERB" and self.is_passive(verb) and verb.lemma_.lower() not in g["engage_verbs"]
                    and not framed) or dying:
                # ("five soldiers died in a roadside bomb attack": who died is the victim)
                patient = next((c for c in verb.children if c.dep_ == ("nsubj" if dying else "nsubjpass")), None)
                found = [a for a in self.actors_of(patient) if all(a is not s for s in r.sources)]
                if found:
                    r.targets, r.target_via = found, patient
        if reciprocal and len(r.sources) > 1 and not r.targets:
            r.sources, r.targets, r.reciprocal = r.sources[:1], r.sources[1:], True
        if not r.targets and noun.lemma_.lower() in g["victim_nouns"] and not any(
                c.dep_ in ("amod", "compound") and not self.actors_of(c) for c in noun.children):
            # "helped carry out killings": a killing with no victim named is no dyad of its own
            # (a modifier makes another entry: "mass killings", "targeted killing")
            return Roles()
        return r
