"""ActorFinder: every actor mention of a spaCy Doc, coded; and ``resolve`` for a bare phrase.

    from communique.actors import ActorFinder
    finder = ActorFinder(nlp)                    # nlp: the loaded pipeline (communique.nlp.load())
    actors = finder.find(doc, date=datetime.date(2025, 4, 12), exclude=[(start_char, end_char)])
    actor = finder.resolve("President Kassym-Jomart Tokayev", date=None, context="")

The finder compiles its patterns once (a few seconds); build one per process
or per ``Coder`` and reuse it.  ``find`` costs a PhraseMatcher pass and a walk
over the matches.

Kinds of the mentions returned: state, capital (a seat of power as metonym),
person, igo, group (armed and other non-state groups), org (a named national
body: ministry, party, agency, company, university; or one no file knows, kept by its
name with what its noun and demonym say: 'broadcaster ABS-CBN' MED), sector (a role word
with no name: "Iraqi police"), alias (a later/shorter mention of a person of
the document), pronoun, outlet (a news source: attribution, never an event
actor).  Codes without a country are the sector alone (``GOV``), as GDELT
writes them; unresolvable mentions have ``code`` None.
"""
from __future__ import annotations

import datetime as dt
from typing import Iterable

from spacy.attrs import LOWER
from spacy.tokens import Doc

from .. import places
from ..nlp import sentence_starts, tokens_among
from ..records import Actor
from .codes import join_code, split_code
from .coreference import (POSSESSIVES, antecedent, bodies_it, co_arguments, definite_roles, link_surnames, pronouns,
                          resolve_envoys, unify_people)
from pathlib import Path

from ..cache import cached
from .gazetteer import CURATED, GENERATED, _data_text, extra_paths_from_env, load_gazetteer, name_words
from .matcher import PieceMatcher
from .mentions import AFFILIATIONS, MASS_ROLES, Mention, _country_piece, build, chains
from .roles import ROLE_FILES, load_roles

_COORD = {"and", "or", ",", "&"}
_LOCATING = {"in", "of", "from"}
_PLACE_GLUE = {"the", "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west",
               "northeastern", "northwestern", "southeastern", "southwestern", "north-eastern", "north-western",
               "south-eastern", "south-western", "neighbouring", "neighboring", "occupied", "restive", "war-torn"}
_COUNTERPART_NOUNS = {"counterpart", "counterparts"}
_VOICES = name_words()["voice_nouns"]
_COURTESY = name_words()["courtesy_titles"]
_BODY_WORDS = name_words()["body_words"]
_UNLOCATED = {None, "MIL", "REF", "UAF"}  # soldiers, refugees: "in" a country is not "of" it
_ARMED = {"REB", "INS", "SEP", "RAD", "CRM", "PRM"}
_STATE_BODIES = {"GOV", "COP", "LEG", "JUD", "SPY"}  # what "the ..." names in a one-state story
_NOT_STATES = {"UNO", "EUR", "IGO"}  # international bodies say nothing of where a role sits
# "the country", "his country": a state named by what the text is about (finder._country_meant)
COUNTRY_NOUNS = frozenset({"country", "nation"})
# prepositions whose object is a party to an act, not where it happened ("sanctions on the country",
# "talks with the country"; not "in/across the country")
PARTY_PREPS = frozenset({"on", "against", "to", "with", "toward", "towards", "at"})
_ARTICLE_BODIES = _STATE_BODIES | {"OPP"}  # ...and its protesters


def _roles(m: Mention):
    return [p.role for p in m.pieces if p.type == "role"]


_PERPETRATORS = {"UAF", "CRM"}  # "the gunman", "the attacker", "the perpetrator"
# the bodies that act where the story stands: its police, and its judges, juries, prosecutors and courts
# ("another federal judge sentenced Manafort", "a jury convicted Blankenship" in a US story)
_LOCAL_BODIES = {"COP", "JUD"}
_SEATS = {"JUD", "LEG"}  # bodies that sit in their own state: "was sentenced in U.S. Federal Court"
_LEAD_SENTENCES = 2  # the lead of a news story: where it places the story


def _lone(doc: Doc, m: Mention) -> bool:
    """One person named by a role word alone, no name or state: "the attacker", "the suspected
    gunman", "a perpetrator" (not "gunmen", whose band may come from anywhere)."""
    head = doc[m.pieces[-1].end - 1] if m.pieces else None
    return len(m.pieces) == 1 and m.pieces[0].type == "role" and head is not None and head.tag_ == "NN"


def _lead_country(doc: Doc, ms: list[Mention], sent_of: list[int]) -> str | None:
    """The one state where the story's lead says it happens: the places named as where something happens
    ("at a Walmart store in the U.S. border city of El Paso, Texas", "at Fishmongers' Hall in London") in the
    first sentence of the first two that names any; None when none does or they are of two states."""
    where: dict[int, set[str]] = {}
    for m in ms:
        if sent_of[m.start] < _LEAD_SENTENCES and (m.kind in ("state", "capital", "place") or (
                m.kind == "sector" and m.sector in _SEATS)) and m.country \
                and m.country not in _NOT_STATES and _locative(doc, m):
            where.setdefault(sent_of[m.start], set()).add(m.country)
    if not where:
        return None
    first = where[min(where)]
    return next(iter(first)) if len(first) == 1 else None


def _local_people(ms: list[Mention], home: str, sent_of: list[int], how: str) -> None:
    """'Usman Khan stabbed several people at Fishmongers' Hall in London': a private person no file
    knows, named with no title, in a story placed in one state, is of that state, unless the sentence
    that introduces him, or most of those naming him, name another state ('a Polish chef named
    Lukasz': where he is from, or may be) or a body of another state or of none ('Mary Quant
    described Day to the BBC' in a story about the US, 'Sabrina Bennoui of Reporters Without
    Borders': he may be of the body's).  A body no file knows ('ordered to pay restitution to the
    Internal Revenue Service') is no such sign."""
    # (an organisation no file knows, named by its own text, says nothing of whose it is)
    others: set[int] = {sent_of[m.start] for m in ms if m.country != home and (
        m.country or (m.kind in ("org", "igo", "outlet", "group") and not _unknown_org(m)))}
    people: dict[str, list[Mention]] = {}
    for m in ms:
        if m.kind == "person" and m.person_key:
            people.setdefault(m.person_key, []).append(m)
    for group in people.values():
        if any(m.country or m.sector or m.code or m.host_pending or m.extra.get("known") or m.role_words
               for m in group):
            continue
        # (where he is introduced says who he is; a long story's later passages on other states do not:
        # "Usman Khan stabbed several people ..." then "a Polish chef named Lukasz" fought him off)
        group.sort(key=lambda m: m.start)
        elsewhere = sum(sent_of[m.start] in others for m in group)
        if sent_of[group[0].start] in others or 2 * elsewhere > len(group):
            continue
        for m in group:
            m.locate(home, how)  # (no sector: the state alone, as CAMEO codes an unknown individual)


_CIVIL = {"CVL", "OPP", "LAB", "EDU", "BUS", "HLH", "AGR", "MED", "CRM"}
# sectors of holders of public office (whose aides, spokesmen, governments are of their country)
_OFFICE = {"GOV", "LEG", "JUD", "COP", "MIL", "SPY", "ELI", "OPP", "PTY"}
_WHERE = {"in", "at", "inside", "across", "throughout", "around", "near"}


def _placed_elsewhere(doc: Doc, m: Mention, state: str) -> bool:
    """The mention's own "in"/"at" phrase, or its verb's when it is the object, names a place the
    gazetteer puts in another state than ``state`` ("killed five civilians in Kherson" in a sentence
    whose only state is Russia)."""
    head = next((t for t in doc[m.start:m.end] if not (m.start <= t.head.i < m.end) or t.head is t), None)
    if head is None:
        return False
    holders = [head] + ([head.head] if head.dep_ in ("dobj", "obj", "nsubjpass") else [])  # "killed X in Kherson"
    for p in (c for h in holders for c in h.children):
        if p.dep_ == "prep" and p.lower_ in _WHERE:
            for g in p.children:
                if g.ent_type_ not in ("GPE", "LOC"):
                    continue
                ent = next(e for e in doc.ents if e.start <= g.i < e.end)
                hit = places.geocode(ent.text, set())
                if hit is not None and hit.country and hit.country != state:
                    return True
    return False


def _locative(doc: Doc, m: Mention) -> bool:
    """The mention names where something happens: the object of 'in', 'at' ... ('blocked streets in
    Hong Kong', 'a jail in East Timor's capital Dili'), through possessors and compounds."""
    # (the mention's head, not its article: "in the U.S. border city", where 'the' hangs on 'city')
    tok = next((t for t in doc[m.start:m.end] if (not (m.start <= t.head.i < m.end) or t.head is t)
                and t.dep_ not in ("det", "punct")), None)
    for _ in range(4):
        if tok is None or tok.head is tok:
            return False
        if tok.dep_ == "pobj":
            return tok.head.lower_ in _WHERE
        if tok.dep_ not in ("poss", "compound", "appos", "nmod", "amod"):
            return False
        tok = tok.head
    return False


_PARTY_DEPS = {"nsubj", "nsubjpass", "poss", "dobj", "dative", "agent"}
_PARTY_PREPS = {"by", "with", "against", "between", "toward", "towards", "on", "from"}


def _as_party(doc: Doc, m: Mention) -> bool:
    """The mention stands as a party of a clause: subject, object, possessor, agent ('Moscow said',
    'accused Beijing', "Tehran's response", 'talks with Washington'), through a list it heads or ends."""
    tok = next((t for t in doc[m.start:m.end] if not (m.start <= t.head.i < m.end) or t.head is t), None)
    while tok is not None and tok.dep_ == "conj" and tok.head is not tok:
        tok = tok.head  # "Carrascal, Cantilan, Madrid": what the list is
    if tok is None:
        return False
    if tok.dep_ in _PARTY_DEPS:
        return True
    return tok.dep_ == "pobj" and tok.head.lower_ in _PARTY_PREPS


def _plural_title(doc: Doc, pieces) -> bool:
    """The title's head is plural ('his lawyers', 'county officials'; not 'the head of the police')."""
    first = next((p for p in pieces if p.type == "role"), None)
    return first is not None and doc[first.end - 1].tag_ in ("NNS", "NNPS") and doc[first.end - 1].lower_ not in MASS_ROLES


_DEMONSTRATIVES = ("this", "that", "these", "those")


def _definite(doc: Doc, m: Mention) -> bool:
    """A role word named as one the reader already knows: "the government", "this ministry" (the
    demonstrative may stand just outside the mention: "This Court has already concluded")."""
    return m.kind == "sector" and (doc[m.start].lower_ in ("the",) + _DEMONSTRATIVES or (
        m.start >= 1 and doc[m.start - 1].lower_ in _DEMONSTRATIVES and doc[m.start - 1].dep_ == "det"))


_INDEFINITES = ("a", "an", "another")


def _indefinite(doc: Doc, m: Mention) -> bool:
    """A role word named as one of its kind: "a jury", "another federal judge" (the article may stand
    just outside the mention)."""
    return m.kind == "sector" and (doc[m.start].lower_ in _INDEFINITES or (
        m.start >= 1 and doc[m.start - 1].lower_ in _INDEFINITES and doc[m.start - 1].dep_ == "det"))


def _bare(doc: Doc, m: Mention) -> bool:
    """A role word with no determiner, plural or mass: "police fired tear gas",
    "officials said": news writes these for the bodies of the place it reports on."""
    first = doc[m.start]
    return m.kind == "sector" and len(m.pieces) == 1 and m.pieces[0].type == "role" and first.i == m.pieces[0].start \
        and first.tag_ in ("NNS", "NN", "NNPS") and not first.like_num


def _unknown_org(m: Mention) -> bool:
    """An organisation no file knows ('broadcaster ABS-CBN'): named by its own text."""
    return m.kind == "org" and bool(m.name) and any(p.type == "orgname" for p in m.pieces)


def _only_in_other_party(doc: Doc, m: Mention, ms: list[Mention], state: str, sent_of: list[int]) -> bool:
    """Every mention of ``state`` in ``m``'s sentence is the other party of ``m``'s own clause,
    named as that state's nationals ("Police arrested two Chinese nationals"): people called
    another state's nationals are where they are not from, so they say nothing of whose
    police arrested them."""
    head = doc[m.end - 1]
    if head.dep_ != "nsubj":
        return False  # (the doer's own country is what is at stake; whom it acts on keeps theirs)
    mates = co_arguments(head)
    if not mates:
        return False
    named = [o for o in ms if o.country == state and o is not m and sent_of[o.start] == sent_of[m.start]]
    # only people called another state's nationals or citizens: a body acting on "Peruvian
    # officials" or "the French journalist" is as often of their own state (the domestic default)
    nationals = name_words()["national_nouns"]

    def national(o: Mention) -> bool:
        last = doc[o.end - 1]  # ("two Chinese" before "nationals": the noun the demonym modifies)
        noun = last.head if last.dep_ in ("amod", "compound", "nmod") and last.head.i >= o.end else last
        return noun.lemma_.lower() in nationals or noun.lower_ in nationals

    return bool(named) and all(all(i in mates for i in range(o.start, o.end)) and national(o) for o in named)


def _only_of_things(doc: Doc, m: Mention, ms: list[Mention], state: str, sent_of: list[int]) -> bool:
    """Every mention of ``state`` in ``m``'s sentence is a state's adjective on a thing no actor
    names ("killed in a Russian strike", "cheap Ukrainian grain"): it says whose the thing is,
    not where the people the sentence tells of are."""
    named = [o for o in ms if o.country == state and o is not m and sent_of[o.start] == sent_of[m.start]]
    if not named:
        return False
    covered = {i for o in ms for i in range(o.start, o.end)}
    place_words = name_words()["place_nouns"]

    def of_a_thing(o: Mention) -> bool:
        last = doc[o.end - 1]
        return o.kind == "state" and len(o.pieces) == 1 and last.dep_ in ("amod", "compound") \
            and last.head.pos_ == "NOUN" and last.head.i >= o.end and last.head.i not in covered \
            and last.head.lemma_.lower() not in place_words

    return all(of_a_thing(o) for o in named)


def _locatable(m: Mention) -> bool:
    """A role a place or a sentence may give a country: not soldiers or refugees ("in" a
    country is not "of" it), unless they are named as a government's ("government troops
    in the Central African Republic" are its own), or named by their fixed site ("an army base in
    Kunduz" is Afghan)."""
    return m.sector not in _UNLOCATED or any(r.startswith("government ") for r in m.role_words) \
        or any(r.site for r in _roles(m))


def _titled_member(m: Mention) -> bool:
    """'a reporter for the BBC', 'the general manager of Abu Dhabi Media': a person's title in
    front of a body (not 'the American Independent Party', a body named with its own noun)."""
    first = m.pieces[0]
    return first.type == "role" and first.role is not None and not first.role.outlet \
        and first.role.phrase.split()[-1] not in _BODY_WORDS


def self_people(doc: Doc, m: Mention) -> bool:
    """A people named by a plural demonym ('the Albanians') or a people of no state ('Kurds')."""
    last = doc[m.end - 1]
    if m.kind == "state" and len(m.pieces) == 1 and last.tag_ in ("NNPS", "NNS") and last.text.endswith("s"):
        return True
    return m.kind == "group" and m.country is None and m.sector == "CVL"


def _settle_shared_names(pieces) -> None:
    """A name two bodies share ("RSF": Reporters Without Borders, and Sudan's Rapid Support
    Forces) is the one of a state the document names ("Sudan's army and the RSF"); else one
    of no state (an NGO, an IGO) before a body of a state the document does not name; else
    the gazetteer's order stands.  People are left to their dates."""
    def country(e) -> str | None:
        return split_code(e.codes[0][0])[0] if e.codes else None

    # (only names of one state count: "Georgia" does not name the state it may be; a region
    # does: "North Kivu" names the Democratic Republic of the Congo)
    named = {country(p.ents[0]) for p in pieces
             if p.type == "ent" and p.ents[0].kind in ("state", "capital", "place") and p.ents[0].codes
             and len({country(e) for e in p.ents if e.codes}) == 1}
    # (a place within a state is meant when the document names towns or regions of that state,
    # not the state alone: "the US criticized Georgia" is the Caucasus state)
    named_within = {country(p.ents[0]) for p in pieces
                    if p.type == "ent" and p.ents[0].kind in ("capital", "place") and p.ents[0].codes
                    and len({country(e) for e in p.ents if e.codes}) == 1}

    def rank(e) -> int:
        home = country(e)
        if e.kind == "place":
            return 0 if home in named_within else 3
        return 0 if home in named else 1 if home is None or len(home) != 3 else 2

    for p in pieces:
        if p.type != "ent" or len(p.ents) < 2 or any(e.kind == "person" for e in p.ents):
            continue
        if any(rank(e) == 0 for e in p.ents) or all(e.source in CURATED for e in p.ents):
            # (a generated row beside a curated one is the same body told less well: "AFP"
            # the OEDA organisation and the French outlet; the gazetteer's order stands)
            p.ents = sorted(p.ents, key=rank)  # (stable: the gazetteer's order within a rank)


class ActorFinder:
    """Finds and codes actor mentions.  ``nlp`` is a loaded spaCy pipeline (default: communique.nlp.load()).

    ``extra_paths``: the user's own entity files (the format of gazetteer.py),
    loaded after the packaged data and after the ``COMMUNIQUE_ACTORS`` files.
    """

    def __init__(self, nlp=None, extra_paths: Iterable[str] | None = None):
        if nlp is None:
            from ..nlp import load

            nlp = load()
        self.nlp = nlp
        paths = tuple(extra_paths_from_env()) + tuple(str(p) for p in (extra_paths or ()))
        # the parsed knowledge is cached between runs, keyed by the files' texts
        sources = [_data_text(n) for n in GENERATED + CURATED + ROLE_FILES] + [Path(p).read_text(encoding="utf-8") for p in paths]
        from . import gazetteer, matcher, roles

        self.gazetteer, self.roles, self.matcher = cached(
            "actors", sources, lambda: self._compile(paths), modules=(gazetteer, matcher, roles))

    @staticmethod
    def _compile(paths):
        gazetteer = load_gazetteer(paths)
        roles = load_roles()
        return gazetteer, roles, PieceMatcher(None, gazetteer, roles)

    # ------------------------------------------------------------------ find
    def mentions(self, doc: Doc, date: dt.date | None = None,
                 exclude: Iterable[tuple[int, int]] = ()) -> list[Mention]:
        """The internal mention records (token offsets), places included."""
        blocked = [False] * len(doc)
        spans = list(exclude or ())
        if spans:
            for tok in doc:
                a, b = tok.idx, tok.idx + len(tok.text)
                if any(a < e and s < b for s, e in spans):
                    blocked[tok.i] = True
        sent_of = [0] * len(doc)
        for n, sent in enumerate(doc.sents):
            for i in range(sent.start, sent.end):
                sent_of[i] = n
        pieces = self.matcher.pieces(doc, blocked)
        _settle_shared_names(pieces)
        sent_starts = sentence_starts(doc)
        out: list[Mention] = []
        floor = 0
        for chain, links in chains(doc, pieces):
            sent_start = sent_starts[chain[0].start]
            m = build(doc, chain, links, date, max(floor, sent_start))
            if m is None:
                continue
            floor = m.end
            out.append(m)
        self._foreign(doc, out)
        out = self._apposition(doc, out)
        out = self._shared_titles(doc, out)
        self._coordinate(doc, out)
        self._distributed_of(doc, out)
        out = self._located(doc, out)
        self._capitals_of_nowhere(doc, out)
        taken = list(blocked)
        for m in out:
            for i in range(m.start, m.end):
                taken[i] = True
        out += link_surnames(doc, out, taken)
        unify_people(out)
        for m in out:
            for i in range(m.start, m.end):
                taken[i] = True
        resolve_envoys(doc, out, sent_of)
        unify_people(out)
        definite_roles(doc, out, sent_of)
        self._unknown_body(doc, out)
        self._counterparts(doc, out, sent_of)
        self._country_owned(doc, out, sent_of)
        self._possessed(doc, out, sent_of)
        self._officeholders(doc, out)
        self._loyal(doc, out)
        self._from_body(doc, out)
        self._sentence_country(doc, out, sent_of)
        self._article_country(doc, out, sent_of)
        self._speaks_for(doc, out, sent_of)
        self._one_country_per_person(out)
        out += pronouns(doc, out, sent_of, taken)
        out += bodies_it(doc, out, sent_of, taken)
        out += self._the_country(doc, out, sent_of, taken)
        out.sort(key=lambda m: m.start)
        self._same_org(out)
        self._entities(out)
        return out

    def find(self, doc: Doc, date: dt.date | None = None,
             exclude: Iterable[tuple[int, int]] = ()) -> list[Actor]:
        """Every actor mention in ``doc``, sorted, non-overlapping; nothing from the ``exclude`` spans."""
        sent_index = {}
        for n, sent in enumerate(doc.sents):
            sent_index[sent.start] = n
        sent_starts = sentence_starts(doc)
        actors = []
        for m in self.mentions(doc, date, exclude):
            if m.kind == "place":
                continue  # a city alone is a location (places.py), not an actor
            span = doc[m.start:m.end]
            kind = m.resolved_by if m.resolved_by in ("alias", "pronoun") else m.kind
            actors.append(Actor(text=span.text, start=span.start_char, end=span.end_char, code=m.code,
                                country=m.country, sector=m.sector, name=m.name, kind=kind,
                                entity=m.entity, sentence_index=sent_index.get(sent_starts[m.start]),
                                country_from="foreign" if m.extra.get("foreign") and m.country is None
                                else m.extra.get("country_from"),
                                posted_to=m.host if m.host != m.country else None))
        return actors

    # --------------------------------------------------------------- resolve
    def resolve(self, phrase: str, date: dt.date | None = None, context: str = "",
                known_country: str | None = None) -> Actor | None:
        """The actor a bare phrase names, or None when nothing in it is known.

        ``context`` is text around the phrase (a country hint such as
        "Colombian defense" is used when the phrase gives no country);
        ``known_country`` an ISO code or country name known from elsewhere.
        """
        text = phrase.strip()
        if not text:
            return None
        doc = self.nlp(text)
        ms = [m for m in self.mentions(doc, date) if m.kind != "pronoun"]
        if not ms:
            return None
        head = next((m for m in ms if m.kind in ("person", "alias") and m.code),
                    next((m for m in ms if m.kind not in ("state", "capital", "place")),
                         next((m for m in ms if m.kind in ("state", "capital")), ms[0])))
        country, sector, code = head.country, head.sector, head.code
        kind = head.resolved_by or head.kind
        if head.kind == "place":
            sector = "CVL"
        if country is None and not (head.kind == "person" and head.code is None and head.sector is None):
            others = [m.country for m in ms if m is not head and m.country]
            country = others[0] if others else None
        if country is None and (known_country or context) and (sector or head.kind in ("person",)):
            country = self._context_country(known_country or context, date)
        if head.kind == "person" and country is None and sector is None:
            return None  # a name we do not know
        if country is None and sector is None and code is None:
            return None
        if code is None or split_code(code) != (country, sector):
            code = join_code(country, sector) if not (head.code and split_code(head.code) == (country, sector)) else head.code
        return Actor(text=text, start=0, end=len(text), code=code, country=country, sector=sector,
                     name=head.name, kind=kind)

    def _context_country(self, text: str, date: dt.date | None) -> str | None:
        from .codes import is_country

        if len(text) == 3 and text.isupper() and is_country(text):
            return text
        doc = self.nlp.make_doc(text)
        for p in self.matcher.pieces(doc):
            if p.type == "ent" and p.kind in ("state", "capital", "place"):
                return split_code(p.ent.code_at(date))[0]
        return None

    # --------------------------------------------------------------- helpers
    @staticmethod
    def _apposition(doc: Doc, ms: list[Mention]) -> list[Mention]:
        """'Harry Tseng, Taiwan's deputy foreign minister' (and the reverse): one person mention."""
        out: list[Mention] = []
        i = 0
        while i < len(ms):
            a = ms[i]
            b = ms[i + 1] if i + 1 < len(ms) else None
            gap = [t.lower_.rstrip(".") for t in doc[a.end:b.start]] if b is not None else []
            if b is not None and gap[:1] == [","] and all(w in _COURTESY for w in gap[1:]) \
                    and sentence_starts(doc)[a.start] == sentence_starts(doc)[b.start]:
                person, desc = (a, b) if a.kind == "person" else (b, a)
                # (an office the gazetteer names whole, "UN secretary-general", is a role too)
                # ("Ricardo Rossello Nevares, Puerto Rico's governor": a title of a body's is a role too)
                if person.kind == "person" and (desc.kind in ("sector", "igo") or desc.kind == "org" and desc.role_words
                                                or desc.kind in AFFILIATIONS and _titled_member(desc)) \
                        and not person.role_words \
                        and (desc.role_words or (desc.kind == "igo" and desc.sector)) and (desc.country or desc.sector) \
                        and not _plural_title(doc, desc.pieces):  # not "via his lawyers, X"
                    person.country = desc.country or person.country
                    person.sector = desc.sector or person.sector
                    person.code = join_code(person.country, person.sector)
                    if desc.kind in AFFILIATIONS and desc.code and not person.extra.get("known"):
                        # "Kenneth Roth, the director of Human Rights Watch": a member of a body the
                        # files know is of that body (its code, even with no country)
                        person.code = desc.code
                        person.extra["known"] = True
                        person.extra["member_of"] = desc.kind
                    person.role_words = desc.role_words
                    person.evidence += desc.evidence
                    person.start, person.end = min(a.start, b.start), max(a.end, b.end)
                    out.append(person)
                    i += 2
                    continue
            out.append(a)
            i += 1
        return out

    @staticmethod
    def _shared_titles(doc: Doc, ms: list[Mention]) -> list[Mention]:
        """'former archbishop and cardinal Theodore McCarrick', 'lawyer and activist Jane Doe': two titles
        joined by 'and' before one name are that one person's.  The first title is singular, holds no
        name, and is written as the second is (both in lower case, or both capitalised): "the president
        and Prime Minister Abe" are two people."""
        out: list[Mention] = []
        starts = sentence_starts(doc)
        for m in ms:
            left = out[-1] if out else None
            if left is not None and m.kind == "person" and left.kind == "sector" \
                    and [t.lower_ for t in doc[left.end:m.start]] == ["and"] and starts[left.start] == starts[m.start] \
                    and m.pieces and m.pieces[0].type == "role" and m.person_key \
                    and all(p.type == "role" or _country_piece(p) for p in left.pieces):
                lrole = next((p for p in reversed(left.pieces) if p.type == "role"), None)
                rrole = m.pieces[0]
                if lrole is not None and doc[lrole.end - 1].tag_ in ("NN", "NNP") \
                        and (doc[lrole.start].is_lower or doc[lrole.start].is_sent_start) == doc[rrole.start].is_lower:
                    head = next((r for r in reversed(_roles(m)) if not r.generic), None)
                    m.country = m.country or left.country
                    if head is None and left.sector:
                        m.sector = left.sector  # "spokesman and adviser X": the first title says more
                    m.code = join_code(m.country, m.sector) if (m.country, m.sector) != split_code(m.code or "") else m.code
                    m.role_words = left.role_words + m.role_words
                    m.evidence += left.evidence
                    m.start = left.start
                    m.pieces = left.pieces + m.pieces
                    out[-1] = m
                    continue
            out.append(m)
        return out

    @staticmethod
    def _coordinate(doc: Doc, ms: list[Mention]) -> None:
        """'Hungarian and Romanian officials': the first adjective takes the shared head (HUNGOV, ROUGOV)."""
        for i in range(len(ms) - 1, 0, -1):
            right = ms[i]
            if right.kind not in ("sector", "outlet") or not right.pieces or right.pieces[0].type != "ent":
                continue
            j = i - 1
            while j >= 0:
                left = ms[j]
                gap = doc[left.end:ms[j + 1].start if j + 1 < i else right.start]
                if left.kind != "state" or len(left.pieces) != 1 or not all(t.lower_ in _COORD for t in gap) or not gap:
                    break
                tok = doc[left.pieces[0].end - 1]
                if tok.pos_ not in ("ADJ", "PROPN") or (tok.pos_ == "PROPN" and tok.ent_type_ == "GPE"
                                                         and not tok.text.replace(".", "").isupper()):
                    break  # "Hungarian and Romanian officials", not "the border with Bulgaria, Macedonian officials"
                left.sector = right.sector
                left.kind = right.kind
                left.code = join_code(left.country, left.sector)
                j -= 1

    @staticmethod
    def _distributed_of(doc: Doc, ms: list[Mention]) -> None:
        """'the foreign ministers of Egypt, Greece, Cyprus and France', 'leaders of France and Germany':
        a plural title "of" a list of states is each state's (EGYGOV, GRCGOV, CYPGOV, FRAGOV), not the
        first one's and three bare states.  A singular title ("the ambassador of Egypt and France") is
        left alone: one person is seldom of two states."""
        for i, m in enumerate(ms):
            if m.kind != "sector" or not m.sector or not m.country or len(m.pieces) < 2 \
                    or not _country_piece(m.pieces[-1]):
                continue
            state = m.pieces[-1]
            role = next((p for p in reversed(m.pieces[:-1]) if p.type == "role"), None)
            if role is None or doc[role.end - 1].tag_ not in ("NNS", "NNPS") or state.start < 1 \
                    or doc[state.start - 1].lower_ != "of":
                continue
            prev = m
            for o in ms[i + 1:]:
                gap = doc[prev.end:o.start]
                if o.kind != "state" or o.sector or len(o.pieces) != 1 or not gap \
                        or not all(t.lower_ in _COORD for t in gap):
                    break
                o.sector, o.kind = m.sector, "sector"
                o.code = join_code(o.country, o.sector)
                prev = o

    @staticmethod
    def _located(doc: Doc, ms: list[Mention]) -> list[Mention]:
        """'A court in Guyana', 'police in Kabul', 'the mayor of the northern West Bank city': the
        place gives the country of a body named by its role alone.  Soldiers are left alone: troops
        "in" a country are as often foreign ones."""
        out: list[Mention] = []
        i = 0
        while i < len(ms):
            m = ms[i]
            nxt = ms[i + 1] if i + 1 < len(ms) else None
            if nxt is not None and self_people(doc, m) and nxt.kind in ("state", "place") and nxt.country \
                    and sentence_starts(doc)[m.start] == sentence_starts(doc)[nxt.start] \
                    and [t.lower_ for t in doc[m.end:nxt.start]][:1] == ["of"] \
                    and all(t.lower_ in _PLACE_GLUE for t in doc[m.end + 1:nxt.start]) and nxt.country != m.country \
                    and not (nxt.end < len(doc) and doc[nxt.end].text in ("-", "–")):  # "of the Israeli-occupied West Bank"
                # "the Albanians of southern Serbia", "the Kurds of Iraq": a people of where they live
                m.country, m.sector = nxt.country, "CVL"
                m.code = join_code(m.country, m.sector)
                m.kind = "sector"
                m.end = nxt.end
                m.pieces = m.pieces + nxt.pieces
                out.append(m)
                i += 2
                continue
            if nxt is not None and m.kind == "sector" and m.country is None and _locatable(m) \
                    and not m.host_pending and not any(r.host for r in _roles(m)) and not m.extra.get("foreign") \
                    and nxt.kind in ("state", "capital", "place") and nxt.country and len(nxt.pieces) == 1 \
                    and sentence_starts(doc)[m.start] == sentence_starts(doc)[nxt.start]:
                gap = [t.lower_ for t in doc[m.end:nxt.start]]
                if gap[:1] in (["based"], ["headquartered"]) and gap[1:2] == ["in"]:
                    gap = gap[1:]  # "a terror group based in Trinidad"
                # ("its diplomats from Iraq" are its own, leaving Iraq)
                owned = any(t.lower_ in ("its", "their", "our") for t in doc[max(0, m.start - 1):m.start + 1])
                if gap and gap[0] in _LOCATING and all(w in _PLACE_GLUE for w in gap[1:]) \
                        and not (owned and gap[0] == "from"):
                    m.country = nxt.country
                    m.code = join_code(m.country, m.sector)
                    m.evidence += 2
                    m.end = nxt.end
                    m.pieces = m.pieces + nxt.pieces
                    out.append(m)
                    i += 2
                    continue
            out.append(m)
            i += 1
        return out

    @staticmethod
    def _capitals_of_nowhere(doc: Doc, ms: list[Mention]) -> None:
        """'the towns damaged were Carrascal, Cantilan, Madrid ...' in a story about the Philippines, Mugabe's
        home 'known as the Blue House': a capital or seat of power whose state the text names nowhere else,
        and which does not stand as a party (subject, object, possessor: "Madrid said", "accused Moscow"),
        is a namesake place or building, not that state's government, when the story is placed elsewhere
        (another state named at least twice).  It stays unknown."""
        named: dict[str, int] = {}
        for m in ms:
            if m.country and m.kind not in ("capital", "outlet"):
                named[m.country] = named.get(m.country, 0) + 1
        for m in ms:
            if m.kind != "capital" or not m.country or named.get(m.country) or len(m.pieces) != 1:
                continue
            if not any(n >= 2 for c, n in named.items() if c not in _NOT_STATES):
                continue  # nothing places the story elsewhere ("The Pentagon" alone)
            if _as_party(doc, m):
                continue
            m.kind, m.country, m.sector, m.code = "place", None, None, None

    @staticmethod
    def _foreign(doc: Doc, ms: list[Mention]) -> None:
        """'two foreign journalists in Moscow', 'seized two foreign tankers', 'Western officials in
        Jeddah': people or things called foreign or named by a region of several states are of a
        state other than (or besides) the place or the sentence at hand, which one unknown
        (name_words.yaml foreign_words). A demonym of their own still says whose they are."""
        words = name_words()["foreign_words"]
        for m in ms:
            if m.kind not in ("sector", "person") or any(p.type == "ent" and p.kind == "state" for p in m.pieces):
                continue
            # (right before the role, whatever the parse hangs it on: "Ukraine and Western officials"
            # makes "Western" a conjunct of Ukraine)
            # (not a word of a name: "the Zimbabwe African National Union")
            if not any(t.lower_ in words and (m.start <= t.head.i < m.end or t.i == m.start - 1)
                       and not (t.i > 0 and t.is_title and doc[t.i - 1].is_title
                                and doc[t.i - 1].pos_ in ("PROPN", "ADJ", "NOUN"))
                       for t in doc[max(0, m.start - 3):m.start]):
                continue
            m.extra["foreign"] = True
            if m.country is not None:
                m.country, m.code = None, m.sector

    @staticmethod
    def _loyal(doc: Doc, ms: list[Mention]) -> None:
        """'Forces loyal to Gaddafi', 'militants loyal to Iraq's Al-Qaeda frontman Zarqawi': followers
        of a leader or group are of its country (not of a state they are loyal to: proxies are not
        their patron's)."""
        for k, m in enumerate(ms):
            if m.kind != "sector" or m.country is not None or m.end + 2 >= len(doc):
                continue
            if [t.lower_ for t in doc[m.end:m.end + 2]] not in (["loyal", "to"], ["faithful", "to"]):
                continue
            for o in ms[k + 1:k + 4]:
                if o.start - m.end > 8 or sentence_starts(doc)[o.start] != sentence_starts(doc)[m.start]:
                    break
                if o.kind in ("person", "group", "org") and o.country and o.country not in _NOT_STATES:
                    m.locate(o.country, "leader")
                    break

    @staticmethod
    def _from_body(doc: Doc, ms: list[Mention]) -> None:
        """'Doctors from two American aid groups', 'representatives from Egyptian civil society
        organizations': people from a body are of the body's country.  Not soldiers, refugees or
        armed men ("troops from the coalition", "refugees from the camps" say where they came from)."""
        starts = sentence_starts(doc)
        for k, m in enumerate(ms):
            if m.kind != "sector" or m.country is not None or m.sector in _UNLOCATED or m.sector in _ARMED \
                    or m.end + 1 >= len(doc) or doc[m.end].lower_ != "from":
                continue
            o = ms[k + 1] if k + 1 < len(ms) else None
            if o is None or o.start - m.end > 5 or starts[o.start] != starts[m.start]:
                continue
            if o.kind in ("sector", "org", "group") and o.country and o.country not in _NOT_STATES \
                    and all(not t.is_punct for t in doc[m.end:o.start]):
                m.locate(o.country, "body")

    @staticmethod
    def _unknown_body(doc: Doc, ms: list[Mention]) -> None:
        """'A spokesperson for Stagecoach South', "Daily Xtra's editorial director, Rachel Giese": a
        generic title (spokesperson, director, official) of a body named but not known says nothing of
        the sector; it would otherwise read as the government's (GOV)."""
        covered = {i for m in ms if not _unknown_org(m) for i in range(m.start, m.end)}

        def unknown_name(i: int) -> bool:
            return 0 <= i < len(doc) and i not in covered and doc[i].pos_ == "PROPN" and doc[i].text[:1].isupper()

        for m in ms:
            roles = [p for p in m.pieces if p.type == "role"]
            if m.country is not None or m.sector is None or m.kind not in ("sector", "person") or not roles \
                    or not all(p.role.generic for p in roles) \
                    or any(p.type != "role" and p.kind != "name" for p in m.pieces):
                continue
            first, last = roles[0], roles[-1]
            i = first.start - 1
            while i >= m.start - 3 and i >= 0 and doc[i].is_lower and doc[i].pos_ in ("ADJ", "NOUN") \
                    and not any(p.start <= i < p.end for p in m.pieces):
                i -= 1  # "Daily Xtra's editorial director"
            owner = i >= 1 and doc[i].text in ("'s", "’s") and unknown_name(i - 1)
            j = last.end
            if j < len(doc) and doc[j].lower_ in ("for", "of", "at"):
                j += 1 + (j + 1 < len(doc) and doc[j + 1].lower_ == "the")
                owner = owner or unknown_name(j)
            if owner:
                m.sector = None
                m.code = None
                m.extra["unknown_body"] = True

    @staticmethod
    def _country_meant(doc: Doc, ms: list[Mention], sent_of: list[int], own, verb=None) -> str | None:
        """The state "the country" (or "the nation") whose determiner or owner is ``own`` means:
        the one state whose actors are named before it in its sentence and the two before, and
        unknown when they are of two ("Biden visited Vietnam. Washington pledged to help the
        country"); never one named only after it ("The country's president accused the United
        States"); "his/her country" is the country of the person the pronoun is, "its/their
        country" that of the subject before it in the sentence.
        ``verb``: the verb "the country" is the object of, whose own subject it is not ("Russia
        launched missiles against the country" is not Russia)."""
        here = sent_of[own.i]
        excluded = [o for o in ms if verb is not None and any(
            doc[i].head == verb and doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(o.start, o.end))]
        before = [o for o in ms if o.end <= own.i and here - sent_of[o.start] <= 2
                  and o.country and o.country not in _NOT_STATES and o not in excluded]
        if own.lower_ in POSSESSIVES and own.tag_ == "PRP$":
            people = sorted((p for p in ms if p.kind == "person" and p.person_key and p.end <= own.i),
                            key=lambda p: p.start)
            o = antecedent(doc, people, sent_of, own, POSSESSIVES[own.lower_], reach=1)
        elif own.lower_ in ("its", "their"):
            o = next((o for o in reversed(before) if sent_of[o.start] == here
                      and any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(o.start, o.end))), None)
        elif own.lower_ == "the":
            # (two states in view and the text does not say which: unknown)
            countries = {o.country for o in before}
            return next(iter(countries)) if len(countries) == 1 else None
        else:
            return None
        return o.country if o is not None and o.country not in _NOT_STATES else None

    @classmethod
    def _country_owned(cls, doc: Doc, ms: list[Mention], sent_of: list[int]) -> None:
        """"Iranian state media reported that the country's navy seized a tanker", "Kim said his
        country's army ...": a body or role owned by "the country" is of the state it means."""
        for m in ms:
            if m.kind not in ("sector", "person") or m.country is not None or m.start < 3 \
                    or doc[m.start - 1].text not in ("'s", "’s") \
                    or doc[m.start - 2].lower_ not in COUNTRY_NOUNS:
                continue
            country = cls._country_meant(doc, ms, sent_of, doc[m.start - 3])
            if country:
                m.locate(country, "possessor")

    @classmethod
    def _the_country(cls, doc: Doc, ms: list[Mention], sent_of: list[int], taken: list[bool]) -> list[Mention]:
        """"Kim warned that his country would use nuclear weapons", "Biden visited the country":
        "the country", "his country" as a party (subject, object, or after a preposition of a
        party) is the state it means (``_country_meant``); not a place ("across the country")."""
        out: list[Mention] = []
        for tok in tokens_among(doc, LOWER, tuple(COUNTRY_NOUNS)):
            if taken[tok.i] or tok.i == 0 or tok.tag_ != "NN" \
                    or (tok.i + 1 < len(doc) and doc[tok.i + 1].text in ("'s", "’s")) \
                    or [c.dep_ for c in tok.children] != ["det" if doc[tok.i - 1].lower_ == "the" else "poss"]:
                continue
            own = doc[tok.i - 1]
            if own.head != tok or not (tok.dep_ in ("nsubj", "nsubjpass", "dobj") or (
                    tok.dep_ == "pobj" and tok.head.lower_ in PARTY_PREPS)):
                continue
            # (the clause's verb: "launched an attack against the country" is launched's)
            verb = next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), None) \
                if tok.dep_ in ("dobj", "pobj") else None
            country = cls._country_meant(doc, ms, sent_of, own, verb)
            if country:
                out.append(Mention(own.i, tok.i + 1, [], code=country, country=country, kind="pronoun",
                                   resolved_by="pronoun"))
        return out

    @staticmethod
    def _counterparts(doc: Doc, ms: list[Mention], sent_of: list[int]) -> None:
        """'Lavrov held talks with his Chinese counterpart': a counterpart holds, in its own
        country, the office of the one it is the counterpart of -- the nearest actor before it
        in the sentence with a sector and another country (passing over its own state's)."""
        for n, m in enumerate(ms):
            if m.kind != "state":
                continue
            adjacent = m.end < len(doc) and doc[m.end].lower_ in _COUNTERPART_NOUNS
            word = doc[m.end - 1]
            while word.dep_ == "conj" and word.head.i < word.i:
                word = word.head  # "his Greek, Cypriot and French counterparts": each of them
            # (the tagger may take the first of the list for a name: "her Ugandan and Tanzanian counterparts")
            if not adjacent and not (word.dep_ in ("amod", "nmod", "compound") and word.head.lower_ in _COUNTERPART_NOUNS):
                continue
            # (not one of its own state: "travelled to Moscow for talks with his Russian
            # counterpart" is the visitor's counterpart, not Moscow's)
            peer = next((o for o in reversed(ms[:n]) if sent_of[o.start] == sent_of[m.start]
                         and o.sector and o.country and o.kind != "state" and o.country != m.country), None)
            if peer is None:
                continue
            m.sector, m.kind = peer.sector, "sector"
            m.code = join_code(m.country, m.sector)
            m.role_words = ("counterpart",)  # (the noun stays outside the span, as a modifier's head)

    @staticmethod
    def _possessed(doc: Doc, ms: list[Mention], sent_of: list[int]) -> None:
        """'Bosnian Serbs said their forces had withdrawn', 'Sudan said its troops ...': a body
        owned by 'its'/'their' belongs to the nearest subject before it in the sentence, or, when
        the sentence names no one before it ("Their army ..."), to the subject of the sentence before.
        'Carrie Lam, the chief executive of Hong Kong, announced that her government ...', 'Putin
        said his government ...': a body owned by 'his'/'her' is of the person the pronoun is (as
        ``pronouns`` finds him or her), when that person holds public office."""
        for k, m in enumerate(ms):
            if m.kind != "sector" or m.country is not None:
                continue
            if doc[m.start].lower_ in ("its", "their"):
                before = [o for o in ms[:k] if sent_of[o.start] == sent_of[m.start]]
                if not before and sent_of[m.start] > 0:
                    before = [o for o in ms[:k] if sent_of[o.start] == sent_of[m.start] - 1]
                for o in reversed(before):
                    if any(doc[i].dep_ in ("nsubj", "nsubjpass") for i in range(o.start, o.end)):
                        if o.kind in ("group", "org") and o.code and o.sector not in (None, "CVL") \
                                and not m.extra.get("foreign"):
                            # "Hamas pledged revenge for the killing of its leader", "Amnesty said
                            # its researchers ...": an organisation's own people are of it, not of
                            # its state's government or army
                            m.country, m.sector, m.code = o.country, o.sector, o.code
                            m.extra["country_from"] = "possessor"
                        elif o.country and o.country not in _NOT_STATES:
                            m.locate(o.country, "possessor")
                        break
                continue
            own = doc[m.start - 1] if m.start >= 1 else None
            if own is None or own.tag_ != "PRP$" or own.lower_ not in POSSESSIVES:
                continue
            people = sorted((p for p in ms if p.kind == "person" and p.person_key and p.end <= own.i), key=lambda p: p.start)
            o = antecedent(doc, people, sent_of, own, POSSESSIVES[own.lower_], reach=1)
            if o is not None and o.country and o.country not in _NOT_STATES and o.sector in _OFFICE:
                m.locate(o.country, "possessor")

    @staticmethod
    def _speaks_for(doc: Doc, ms: list[Mention], sent_of: list[int]) -> None:
        """'Dedi Prasetyo, a spokesperson for the Indonesian National Police', 'a spokesman for the
        army': a spokesperson for a body speaks as that body (IDNCOP, MIL), not as a government.  A
        state or seat of power spoken for gives its country only ("a spokesman for Russia": RUSGOV);
        a body of no known country gives its sector and leaves the speaker's country as it was
        ("a spokeswoman for the foreign ministry said Russia ..."), and a country the speaker's own
        words name stays ("a Russian spokesman for the army")."""
        starts = {o.start: o for o in ms}
        for m in ms:
            if m.kind not in ("sector", "person") or not m.role_words \
                    or m.role_words[-1].split()[-1] not in _VOICES or m.end + 1 >= len(doc) \
                    or doc[m.end].lower_ != "for":
                continue
            body = starts.get(m.end + 1)
            if body is None or sent_of[body.start] != sent_of[m.start] or body.kind in ("person", "pronoun", "place") \
                    or not body.code:
                continue
            own = m.country is not None and not m.extra.get("country_from")
            old = m.code
            if body.kind in ("state", "capital"):
                country, sector, code = body.country, m.sector, None
            else:
                country, sector, code = body.country, body.sector, body.code
            if own and country not in (None, m.country):
                continue  # the speaker's own state is not the body's: leave both as they are
            if country is None:
                country, code = m.country, None
            m.country, m.sector = country, sector
            m.code = code if code and split_code(code) == (country, sector) else join_code(country, sector)
            if not own and country is not None:
                m.extra["country_from"] = "body"
            for o in ms:  # the person's later mentions, coded from this one before
                if o is not m and m.person_key and o.person_key == m.person_key and o.resolved_by == "alias" \
                        and o.code == old:
                    o.country, o.sector, o.code = m.country, m.sector, m.code

    @staticmethod
    def _officeholders(doc: Doc, ms: list[Mention]) -> None:
        """"Erdogan's spokesman", "Assad's government", "Merkel's spokesperson, Steffen Seibert": a body or
        role owned by a holder of public office is of that holder's country.  Not a private person's ("the suspect's
        lawyer" is of where the case is, not of the suspect's nationality), nor an envoy's posting."""
        ends = {o.end: o for o in ms if o.kind == "person" and o.country and o.country not in _NOT_STATES
                and o.sector in _OFFICE}
        for m in ms:
            if m.kind not in ("sector", "person") or m.country is not None or m.host_pending \
                    or any(r.host for r in _roles(m)) or m.start < 1 or doc[m.start - 1].text not in ("'s", "’s", "'", "’"):
                continue
            if m.kind == "person" and (not m.pieces or m.pieces[0].type != "role"):
                continue  # a person is placed by an office named right after the owner ("Merkel's spokesperson, X")
            o = ends.get(m.start - 1)
            if o is not None:
                m.locate(o.country, "possessor")

    @staticmethod
    def _sentence_country(doc: Doc, ms: list[Mention], sent_of: list[int]) -> None:
        """'President Dos Santos conceded to the demands of UNITA (Angola)', 'ethnic Albanians
        demonstrated in Serbia': a role with no country of its own, in a sentence that names one
        state and no other, is of that state.  Two states named, or none: it stays unknown.
        Soldiers, armed groups and refugees are left alone (fighters "in" a country are as often
        foreign: "insurgents bombarded Syria's second city"), and so are people the files know (Pope
        Francis has no country, whatever state his sentence names), and so
        are names with no title (anyone may be named beside a state) and definite descriptions ("the
        government expressed appreciation for China's help": the reader already knows which one,
        and it is seldom the other state named)."""
        by_sent: dict[int, set[str]] = {}
        non_gov: dict[int, set[str]] = {}  # the states named other than by their officials
        times: dict[int, dict[str, int]] = {}  # how often each state is named
        where: dict[int, set[str]] = {}  # the states named as where something happens ("in Hong Kong")
        embassies = name_words()["embassy_nouns"]
        for m in ms:
            if m.kind == "org" and m.sector in ("BUS", "MED"):
                continue  # "via Twitter", "told Reuters": a company says nothing of where a role sits
            if m.role_words and m.role_words[-1].split()[-1] in embassies:
                continue  # "protesters gathered outside the US embassy": it stands abroad
            if m.kind == "person" and m.sector is None:
                continue  # "police raided the flat of Libyan national X": a nationality alone is where one is from
            if m.country and m.kind not in ("outlet",) and m.country not in _NOT_STATES:
                by_sent.setdefault(sent_of[m.start], set()).add(m.country)
                counts = times.setdefault(sent_of[m.start], {})
                counts[m.country] = counts.get(m.country, 0) + 1
                if m.kind in ("state", "capital", "place") or m.sector != "GOV":
                    non_gov.setdefault(sent_of[m.start], set()).add(m.country)
                if m.kind in ("state", "capital", "place") and _locative(doc, m):
                    where.setdefault(sent_of[m.start], set()).add(m.country)
        crafts = name_words()["craft_heads"]
        for m in ms:
            if m.country is not None or m.sector is None or not _locatable(m) or m.sector in _ARMED \
                    or m.host_pending or m.extra.get("known") \
                    or m.kind not in ("sector", "person") or _definite(doc, m):
                continue
            if m.role_words and m.role_words[-1].split()[-1] in crafts:
                continue  # "Iran seized a tanker", "a tanker off Yemen": a ship's flag is not the sentence's state
            states = by_sent.get(sent_of[m.start])
            if "kin_state" in m.extra and states and len(states) > 1:
                # "ethnic Albanians ... near Macedonia's border with Bulgaria, Macedonian officials said":
                # a minority lives where the sentence dwells, when one state is named more than the rest
                counts = sorted(((n, c) for c, n in times[sent_of[m.start]].items() if c != m.extra["kin_state"]),
                                reverse=True)
                if counts and (len(counts) == 1 or counts[0][0] > counts[1][0]):
                    states = {counts[0][1]}
            if states and len(states) > 1 and m.sector in _CIVIL and len(where.get(sent_of[m.start], ())) == 1:
                # "people blocked streets in Hong Kong in defiance of Chinese authorities": civilians are
                # of where they act, when the sentence names one such place
                states = where[sent_of[m.start]]
            if states and len(states) == 1 and m.sector == "GOV" and not non_gov.get(sent_of[m.start]):
                continue  # "President X welcomed South African leader Y": a counterpart, seldom a compatriot
            if states and len(states) == 1 and _only_in_other_party(doc, m, ms, next(iter(states)), sent_of):
                continue  # "police arrested two Chinese nationals": the state of whom it acts on, not its own
            if states and len(states) == 1 and _only_of_things(doc, m, ms, next(iter(states)), sent_of):
                continue  # "three children were killed in a Russian strike": the strike is Russia's, not they
            if states and len(states) == 1 and _placed_elsewhere(doc, m, next(iter(states))):
                continue  # "Russian forces killed five civilians in Kherson": of where they are, not Russia's
            if states and len(states) == 1:
                m.locate(next(iter(states)), "sentence")

    @staticmethod
    def _article_country(doc: Doc, ms: list[Mention], sent_of: list[int]) -> None:
        """'The president', 'the government', 'police', 'protesters' with no country yet, in
        an article about one state: of that state.  Only state bodies and protesters, named
        definitely or bare ("officials said"), the army named as an institution ("the army", not
        "the troops"), and titled people of a state body or a party; and only when one state has
        at least three mentions and three quarters of them all, or four times the next state's
        (a story about two states leaves them unknown).  A lone perpetrator ("the attacker", "the
        suspected gunman") is of that state too, when the story's lead places it there.  A story
        that names a second state often, but whose lead places it in the state named most (twice
        will do: "was sentenced in U.S. Federal Court"), gives that state to what acts only where it
        stands: the police, and the judges, juries, prosecutors and courts, by title, named
        definitely, bare or as one of their kind ("another federal judge", "a jury"), and the lone
        perpetrator ("the foreign minister" may be the other state's).  In a story about one state,
        its police and judiciary named as one of their kind ("a judge agreed") are of it.  A story naming one state at least twice as
        often as any other gives it its legislature and courts named definitely ("the House", "the
        court"): a state's, seldom a foreign one's, is in the news of that state."""
        counts: dict[str, int] = {}
        for m in ms:
            # (an outlet, or one of its people, says who reports, not where the story is)
            if m.country and m.country not in _NOT_STATES and m.kind != "outlet" and not m.extra.get("country_from") \
                    and m.extra.get("member_of") != "outlet":
                counts[m.country] = counts.get(m.country, 0) + 1
        if not counts:
            return
        top, n = max(counts.items(), key=lambda kv: kv[1])
        second = max((k for c, k in counts.items() if c != top), default=0)
        # (a long story about one state may name many others in passing: four times the next one will do)
        lead = _lead_country(doc, ms, sent_of)
        if n < 3 or (n < 0.75 * sum(counts.values()) and n < 4 * second):
            # a story told from where it happens ("a gunman shot shoppers ... in El Paso, Texas", then
            # a long passage on the Mexican victims): the state its lead places it in, when that state
            # is still named more than any other
            if n >= 3 and n >= 2 * second:
                for m in ms:
                    if m.country is None and m.kind == "sector" and m.sector in ("LEG", "JUD") and _definite(doc, m) \
                            and len(m.pieces) == 1:
                        m.locate(top, "article")  # "The House issued a deposition request" in a US-Ukraine story
            if n < 2 or n <= second or lead != top:
                return
            for m in ms:
                if m.country is None and m.kind in ("sector", "person") and m.sector in _LOCAL_BODIES \
                        and not m.host_pending and not m.extra.get("known") \
                        and (m.kind == "person" or _definite(doc, m) or _bare(doc, m) or _indefinite(doc, m)):
                    m.locate(top, "lead")
                elif m.country is None and m.kind == "sector" and m.sector in _PERPETRATORS and _lone(doc, m):
                    m.locate(top, "lead")
            if n + sum(m.extra.get("country_from") == "lead" for m in ms) < 3:
                return  # a private person wants a story told about its state ("John Smith met Putin in Moscow" says too little)
            _local_people(ms, top, sent_of, "lead")
            return
        for m in ms:
            if m.country is None and m.kind == "sector" and m.sector in _ARTICLE_BODIES and (
                    _definite(doc, m) or _bare(doc, m)):
                m.locate(top, "article")
            elif m.country is None and m.kind == "sector" and m.sector == "MIL" and _definite(doc, m) \
                    and len(m.pieces) == 1 and doc[m.end - 1].tag_ in ("NN", "NNP") and not m.host_pending:
                m.locate(top, "article")  # "the army", "the Air Force": the institution; not "the troops"
            elif m.country is None and m.kind == "sector" and m.sector in _LOCAL_BODIES and _indefinite(doc, m) \
                    and not m.host_pending:
                m.locate(top, "article")  # "a jury convicted Blankenship", "another federal judge" in a US story
            elif m.country is None and m.kind == "person" and m.sector in _STATE_BODIES | {"PTY", "ELI"} \
                    and not m.host_pending and not m.extra.get("known"):
                m.locate(top, "article")  # "Democratic mayor Muriel Bowser" in a story about the US
            elif m.country is None and m.kind == "sector" and m.sector in _PERPETRATORS and _lone(doc, m) \
                    and lead == top:
                # "the attacker was shot dead by police" in a story about France whose lead places it there
                # (not in a London story about a New Zealander shot there)
                m.locate(top, "article")
        if lead == top:
            _local_people(ms, top, sent_of, "article")

    @staticmethod
    def _one_country_per_person(ms: list[Mention]) -> None:
        """A person is of one country through the article: the one where it is introduced.  Where its
        words give none, each mention was located by its own sentence ("Walter Munk ... announced by the
        University of California" USA, "Munk was born in Austria" AUT, "Munk's work was later used"
        none); the later mentions take the country of the first mention when it has one, and keep their
        own sector.  A later mention whose own words name a country keeps it; a person introduced with
        no country is left as each sentence placed it (a later "studied in Mexico" says too little to
        place the whole article's person)."""
        people: dict[str, list[Mention]] = {}
        for m in ms:
            if m.kind == "person" and m.person_key:
                people.setdefault(m.person_key, []).append(m)
        for group in people.values():
            group.sort(key=lambda m: m.start)
            first = group[0]
            if first.country is None:
                continue
            for m in group[1:]:
                if m.country == first.country or (m.country and not m.extra.get("country_from")):
                    continue
                m.country = first.country
                m.code = join_code(m.country, m.sector)
                m.extra["country_from"] = first.extra.get("country_from") or "antecedent"

    @staticmethod
    def _same_org(ms: list[Mention]) -> None:
        """'broadcaster ABS-CBN ... ABS-CBN said': an organisation no file knows, named again alone, is the
        one its first mention described (same name), with that mention's code."""
        seen: dict[str, Mention] = {}
        for m in ms:
            if not _unknown_org(m):
                continue
            first = seen.setdefault(m.name, m)
            if first is not m and m.code is None and first.code:
                m.country, m.sector, m.code = first.country, first.sector, first.code
                m.extra["country_from"] = "antecedent"

    @staticmethod
    def _entities(ms: list[Mention]) -> None:
        ids: dict[tuple, int] = {}
        for m in ms:
            if m.person_key:
                key = ("person", m.person_key)
            elif _unknown_org(m):
                key = ("org", m.name)  # an organisation no file knows: its name is who it is
            elif m.code and m.kind == "sector" and m.country is None:
                # a bare sector is no name: "fundamentalist leaders" and "their Muslim
                # followers" (both MUS) are two parties; "the government" twice is one
                key = ("sector", m.code, m.role_words) if m.role_words else ("span", m.start)
            elif m.code and m.kind == "sector" and any(w.startswith("counter") for w in m.role_words or ()):
                # "protesters clashed with counter-protesters": the other side, not the same crowd
                key = ("sector", m.code, m.role_words)
            elif m.code:
                key = ("code", m.code, m.kind == "outlet")
            else:
                key = ("span", m.start)
            m.entity = ids.setdefault(key, len(ids))
