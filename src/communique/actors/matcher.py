"""Every alias and role phrase compiled once into spaCy PhraseMatchers; a doc in, pieces out.

Like spaCy's span_ruler: the patterns are plain phrases, compiled once (two
matchers: ``LOWER`` for ordinary phrases, ``ORTH`` for the case-sensitive
ones such as ``US``, ``UN``, ``FM``), and a match is looked up by its folded
text.  ``pieces`` then keeps the longest non-overlapping matches and adds the
PERSON names the tagger found that no phrase covered.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from spacy.attrs import IDX, LENGTH
from spacy.tokens import Doc

from ..nlp import text_of
from ..places import placed_elsewhere

from .codes import split_code
from .gazetteer import Entity, Gazetteer, _data_text, fold, name_words
from .roles import Role

_ACRONYM = re.compile(r"^[A-Z][A-Z.]{0,5}$")
# single-word aliases too common as English words to stand for an entity by themselves
_COMMON = {"the", "a", "an", "and", "of", "in", "on", "at", "to", "for", "by", "with", "as", "is",
           "it", "us", "we", "he", "she", "may", "will", "can", "new", "one", "all", "more", "said",
           "march", "long", "white", "black", "green", "young", "rice", "bush", "brown", "king", "love",
           "park", "moon", "well", "hope", "just", "mark", "grant", "rich", "little", "english",
           "house", "court", "state", "party", "army", "police", "government", "minister", "president",
           "general", "people", "union", "council", "congress", "senate", "parliament", "cabinet",
           "assembly", "republic", "national", "federal", "central", "united", "democratic", "liberal",
           "labour", "labor", "conservative", "left", "right", "north", "south", "east", "west",
           "china", "turkey", "chad", "jordan", "georgia", "guinea", "niger", "israel", "india"}


@dataclass
class Piece:
    start: int  # token offsets
    end: int
    type: str  # ent | role | name (a person no one knows) | orgname (an organisation no one knows)
    ents: list[Entity] = field(default_factory=list)
    role: Role | None = None

    @property
    def ent(self) -> Entity | None:
        return self.ents[0] if self.ents else None

    @property
    def kind(self) -> str:
        if self.type == "ent":
            return self.ents[0].kind
        return self.type


# nouns for a body of people: an adjective before them is a role ("militant group", "rebel movement")
_BODY_NOUNS = {"group", "groups", "movement", "movements", "organisation", "organization", "faction", "factions",
               "wing", "network", "cell", "cells", "outfit", "unit", "units", "band", "bands", "coalition",
               "alliance", "front", "army", "side", "camp", "leadership", "leader", "leaders", "members"}

# places a party holds: an adjective before them names the holders ("militant hideouts",
# "separatist positions", "military targets")
_HELD_NOUNS = {"position", "positions", "hideout", "hideouts", "target", "targets", "camp", "camps", "base",
               "bases", "stronghold", "strongholds", "outpost", "outposts", "compound", "compounds"}

# religions among the agent codes (codes.SECTORS)
_FAITHS = {"MUS", "CHR", "JEW", "HIN", "BUD", "CTH", "ORT", "PRO", "SHI", "SUN", "JAN", "ATH", "BAH", "DOX",
           "ITH", "SHN", "SIK", "TAO", "ZRO", "CON", "REL"}
_STATE_NOUNS = {"country", "countries", "nation", "nations", "state", "states", "world", "government", "governments"}


def _a_people(e: Entity) -> bool:
    """A people of no one state ("Baloch", "Kurds"): a group known only as civilians."""
    return e.kind == "group" and bool(e.codes) and all(c == "CVL" for c, _, _ in e.codes)


# the first part of a hyphenated surname: "al-Thani", "bin-Laden", "Abdel-Aziz"
_NAME_PARTICLES = {"al", "el", "bin", "ibn", "abu", "abd", "abdel", "abdul", "ould", "ben", "ad", "ash", "as", "az"}

# named-entity labels whose names may contain a place or a group's name ("Thames Valley
# Police", "Falcon Heavy", "Hague Convention"): see PieceMatcher.pieces
_LONGER_NAMES = {"ORG", "FAC", "PRODUCT", "WORK_OF_ART", "EVENT", "LAW"}

# the small words inside foreign names of institutions ("Observatoire de Paris", "Universidad de Madrid")
_NAME_LINKS = {"de", "du", "des", "di", "del", "della", "la"}

_TITLE_GLUE = {"former", "ex", "then", "late", "outgoing", "acting", "interim", "-"}
_WHERE_PREPS = {"of", "in", "at", "near", "outside", "from"}  # a town is named after these


# the nouns of organisations whose name may follow them ("broadcaster ABS-CBN", "enterprise HDT")
ORG_NOUNS = name_words()["org_nouns"]
_BODY_WORDS = name_words()["body_words"]
# the last words of names of things, not bodies ("the Paris Agreement", "the World Cup")
_THING_ENDS = name_words()["thing_ends"]
_THING_WORDS = name_words()["thing_words"]
_WEAPON_HEADS = name_words()["weapon_heads"]
_ORG_JOINERS = {"-", "&"}


def org_noun(role: Role | None) -> bool:
    """The role is the noun of an organisation ("broadcaster", "arms manufacturer", "state-owned enterprise")."""
    return role is not None and role.phrase.split()[-1] in ORG_NOUNS


@lru_cache(maxsize=1)
def facility_words() -> frozenset[str]:
    """The words that end a facility's name (facilities.tsv): read once, kept out of the compiled cache."""
    lines = _data_text("facilities.tsv").splitlines()
    return frozenset(w.strip() for w in lines if w.strip() and not w.startswith("#"))


def facility_end(doc: Doc, end: int) -> int | None:
    """Where the facility name that a place ending at ``end`` begins ends ("Victoria| Park",
    "Beijing| National Stadium"), or None.

    The facility word is capitalised and follows the place at once, or after at most two capitalised
    words when the tagger puts them all in one named entity: a title-case headline ("Moscow Warns
    Over Market Crash") does not make a name of its words.
    """
    words = facility_words()
    for n in range(3):
        i = end + n
        if i >= len(doc) or not doc[i].is_alpha or not doc[i].text[:1].isupper():
            return None
        if doc[i].lower_ in words:
            if n and not any(e.start < end and i < e.end for e in doc.ents):
                return None
            return i + 1
    return None


def in_water_name(doc: Doc, start: int) -> bool:
    """The name starting at ``start`` ends the name of a body of water: "the Sea of| Japan",
    "the Gulf of| Aden" (name_words.yaml water_words, capitalised, then "of")."""
    return start >= 2 and doc[start - 1].lower_ == "of" and doc[start - 2].text[:1].isupper() \
        and doc[start - 2].lower_ in name_words()["water_words"]


def _thing_names(doc: Doc, ents) -> set[int]:
    """Tokens of names of laws and things: what the tagger calls a LAW, and a named entity ending
    in one of name_words.yaml thing_ends ("Armed Forces Day", "the Nuclear Forces Treaty"; not
    a title-case headline's words, "Ottawa Senators Vote Against Bill", which make no entity)."""
    return {i for ent in ents if ent.label_ == "LAW" or (ent[-1].lower_ in _THING_ENDS and ent[-1].text[:1].isupper())
            for i in range(ent.start, ent.end)}


def _country(e: Entity) -> str | None:
    code = e.code_at(None)
    return split_code(code)[0] if code else None


_PLACE_PREPS = {"in", "to", "from", "at", "near", "into", "outside", "inside", "across", "around", "via",
                "toward", "towards", "through", "throughout", "of"}


def _surnames_off(doc: Doc, cands: list[Piece]) -> list[Piece]:
    """A state's or capital's name that ends a person's name is that person's surname ("Sudesh Amman",
    "George Washington", "Nikki Holland"), and so is it alone later in the text ("Amman had scrawled"),
    except where a preposition makes it a place ("in Washington")."""
    people = [e for e in doc.ents if e.label_ == "PERSON" and len(e) >= 2]
    if not people:
        return cands
    covered = {i for p in cands if p.type == "role" or (p.type == "ent" and p.ents[0].kind in ("state", "capital"))
               for i in range(p.start, p.end)}
    drop, surnames = set(), set()
    for ent in people:
        last = ent.end - (doc[ent.end - 1].text in ("'s", "’s"))
        for p in cands:
            if p.type == "ent" and p.ents[0].kind in ("state", "capital", "place") and p.end == last \
                    and p.start > ent.start and p.end - p.start == 1 and all(
                        t.is_alpha and t.text[:1].isupper() and t.i not in covered for t in doc[ent.start:p.start]):
                drop.add(id(p))
                surnames.add(doc[p.start].text)
    if not surnames:
        return cands

    def alone(p: Piece) -> bool:
        tok = doc[p.start]
        return p.type == "ent" and p.end - p.start == 1 and tok.text in surnames \
            and p.ents[0].kind in ("state", "capital", "place") \
            and not (tok.dep_ == "pobj" and tok.head.lower_ in _PLACE_PREPS)

    return [p for p in cands if id(p) not in drop and not alone(p)]


def _given_names_off(doc: Doc, cands: list[Piece]) -> list[Piece]:
    """A role word that is also a given name (name_words.yaml given_name_roles), capitalised right
    before a capitalised name, begins that person's name: "Hunter Biden" is no hunter (CVL) titled
    before Joe Biden's surname."""
    words = name_words()["given_name_roles"]

    def given(p: Piece) -> bool:
        tok = doc[p.start]
        return p.type == "role" and p.end - p.start == 1 and tok.lower_ in words and tok.text[:1].isupper() \
            and p.end < len(doc) and doc[p.end].pos_ == "PROPN" and doc[p.end].text[:1].isupper()

    return [p for p in cands if not given(p)]


def _prose(sent) -> bool:
    """A sentence written in sentence case (a content word in lower case), not a title-case headline
    ("Kabul Officials Condemn Attack on the Embassy")."""
    return any(t.is_lower and t.is_alpha and len(t) > 2 and t.pos_ in ("VERB", "NOUN", "ADJ", "ADV") for t in sent)


def _teams_off(doc: Doc, cands: list[Piece]) -> list[Piece]:
    """'the Sacramento Kings', 'the Ottawa Senators', 'the Kansas City Chiefs': a town followed by a
    capitalised plural role word, in prose, is a sports team's name; neither the town's government nor
    kings, senators or chiefs.  Nationalities are left alone ("US Marines", "Afghan Forces"), and so
    are singular bodies ("Kabul Police")."""
    towns = {p.end: p for p in cands if p.type == "ent" and p.ents[0].kind in ("capital", "place")}
    drop = set()
    for p in cands:
        town = towns.get(p.start)
        if p.type != "role" or town is None:
            continue
        last = doc[p.end - 1]
        if not all(t.text[:1].isupper() and not t.is_sent_start for t in doc[p.start:p.end]) \
                or last.tag_ not in ("NNPS", "NNS") or not last.lower_.endswith("s") or not _prose(last.sent):
            continue
        drop.update((id(p), id(town)))
    return [p for p in cands if id(p) not in drop] if drop else cands


_KIND_RANK = {"state": 0, "capital": 1, "person": 2, "igo": 3, "group": 3, "org": 4, "outlet": 4, "place": 9}


def _misfiled(e: Entity) -> bool:
    """A row of the generated people file that is no person (a state, a group: 'Timor Leste', 'Daesh')."""
    return e.kind == "person" and e.source.startswith("oeda_") and bool(e.codes) and all(
        c[:3] in ("IMG", "IGO", "NGO", "MNC") or split_code(c)[1] is None for c, _, _ in e.codes)


def rank_entities(ents: list[Entity]) -> list[Entity]:
    """States before places, curated before generated; the date decides between people later."""
    return sorted(ents, key=lambda e: (9 if _misfiled(e) else _KIND_RANK.get(e.kind, 5),
                                       e.source.startswith("oeda_")))


def _first_index(phrases: list[str]) -> dict[str, int]:
    """first word -> the most tokens a phrase starting with it may have (an upper bound)."""
    out: dict[str, int] = {}
    for p in phrases:
        lead = _lead(p)
        n = len(_TOKENS.findall(p))
        if n > out.get(lead, 0):
            out[lead] = n
    return out


def _case_sensitive(alias: str) -> bool:
    return bool(_ACRONYM.match(alias)) and sum(c.isalpha() for c in alias) <= 5


def _short_name(alias: str) -> bool:
    """A name of two letters written with a capital ("Xi", "Hu"): too short to look up folded ("xi"),
    it is matched as written, so that it is found where the tagger does not call it a PERSON
    (sentence-initial "Xi welcomed ...")."""
    return len(alias) == 2 and alias.isalpha() and alias[0].isupper() and alias[1].islower()


_LEAD = re.compile(r"[^\W_]+|\S")
_TOKENS = re.compile(r"[^\W_]+|[^\w\s]")


def _lead(text: str) -> str:
    m = _LEAD.match(text)
    return m.group(0) if m else text


@lru_cache(maxsize=1 << 16)
def _lead_keys(word: str) -> tuple[str, str]:
    """A token's keys into the two phrase indexes: its folded first word, and as written.

    Memoised per word: a regex match and a fold for every token of every
    document were most of the scan's time, and news repeats its words.
    """
    low = word.lower()
    return _lead(low if low.isascii() else fold(low)), _lead(word)


class PieceMatcher:
    """Compiles the gazetteer and the role lexicon once into two phrase indexes.

    Each index maps a phrase's first word to the longest phrase (in tokens)
    starting with it, and the phrase text to what it names; a doc is scanned
    token by token, trying the longest span first.  The effect is spaCy's
    PhraseMatcher on LOWER (and ORTH for ``US``, ``UN``, ``FM``), without
    building 80,000 pattern docs at start-up (2.5 s of CPU measured, more than
    the whole actor pass over a day's news).
    """

    def __init__(self, nlp, gazetteer: Gazetteer, roles: dict[str, Role]):
        role_heads = {k.split()[0] for k in roles} | {"president", "prime", "foreign", "minister", "general"}
        state_words = {fold(a) for e in gazetteer.entities if e.kind == "state" for a in e.aliases}
        state_of: dict[str, set[str | None]] = {}  # a state's alias -> the states it names
        for e in gazetteer.entities:
            if e.kind == "state":
                for a in e.aliases:
                    state_of.setdefault(fold(a), set()).add(_country(e))
                    state_of.setdefault("the " + fold(a), set()).add(_country(e))
        self.gaz = gazetteer
        self.roles = {k: r for k, r in roles.items() if not r.case}
        self.case_roles = {k: r for k, r in roles.items() if r.case}
        self.case_aliases: dict[str, list[int]] = {}
        self.lower_aliases: dict[str, list[int]] = {}
        for ent in gazetteer.entities:
            for alias in ent.aliases:
                if ent.kind == "place" and _country(ent) in state_of.get(fold(alias), ()):
                    # OEDA lists country names among a country's places: "The US" is the state (a place
                    # of another country that shares a state's name stays: Georgia, the US state)
                    continue
                if _case_sensitive(alias) or _short_name(alias):
                    forms = [alias] + ([alias.title()] if len(alias.replace(".", "")) >= 4 else [])
                    for f in forms:
                        ids = self.case_aliases.setdefault(f, [])
                        if ent.id not in ids:
                            ids.append(ent.id)
                    continue
                key = fold(alias)
                if key.startswith("the ") and len(key) > 8 and not (ent.kind in ("capital", "place") and " " not in key[4:]):
                    key = key[4:]  # "the" is taken into the mention by the chain grammar
                    # (not for a town of one word after its article: "The Valley" is Anguilla's capital,
                    # "Valley" a word of many names, "Thames Valley", "Carmel Valley")
                if ent.kind == "person" and " " in key and (
                        key.split()[0] in role_heads or key.split()[0] in state_words):
                    continue  # "Russian Foreign Minister Lavrov": the chain grammar builds these
                if (len(key) < 3 and not any(c.isdigit() for c in key)) \
                        or (" " not in key and key in _COMMON and ent.kind not in ("state",)
                            and not (ent.kind == "place" and key in state_of)):
                    continue
                ids = self.lower_aliases.setdefault(key, [])
                if ent.id not in ids:
                    ids.append(ent.id)
        self.lower_first = _first_index(list(self.lower_aliases) + list(self.roles))
        self.case_first = _first_index(list(self.case_aliases) + list(self.case_roles))

    # ------------------------------------------------------------------
    def candidates(self, doc: Doc) -> list[Piece]:
        out: list[Piece] = []
        n_tok = len(doc)
        text = text_of(doc)
        # offsets and lengths as one array: spaCy builds a new Token object on every index
        starts, ends = [], []
        for start, length in doc.to_array([IDX, LENGTH]).tolist():
            starts.append(start)
            ends.append(start + length)
        words = [text[s:e] for s, e in zip(starts, ends)]
        capital = [w[:1].isupper() for w in words]
        for i, word in enumerate(words):
            lead, case_lead = _lead_keys(word)
            longest = self.lower_first.get(lead, 0)
            if longest:
                start_char = starts[i]
                for n in range(min(longest, n_tok - i), 0, -1):
                    key = fold(text[start_char:ends[i + n - 1]])
                    ids = self.lower_aliases.get(key)
                    if ids and any(capital[i:i + n]):
                        # names are written with capitals: "turkey" the bird, "may" the verb are not actors
                        out.append(Piece(i, i + n, "ent", rank_entities([self.gaz.entities[j] for j in ids])))
                    role = self.roles.get(key)
                    if role and role.noindefinite and i > 0 and words[i - 1].lower() in ("a", "an"):
                        role = None  # "a party to the conflict", "a shooting at a party": no political party
                    if role:
                        out.append(Piece(i, i + n, "role", role=role))
            longest = self.case_first.get(case_lead, 0)
            if longest:
                start_char = starts[i]
                for n in range(min(longest, n_tok - i), 0, -1):
                    key = text[start_char:ends[i + n - 1]]
                    ids = self.case_aliases.get(key)
                    if ids:
                        out.append(Piece(i, i + n, "ent", rank_entities([self.gaz.entities[j] for j in ids])))
                    role = self.case_roles.get(key)
                    if role and role.definite and (i == 0 or words[i - 1].lower() != "the"):
                        role = None  # "Opera House", "House prices": not "the House"
                    if role:
                        out.append(Piece(i, i + n, "role", role=role))
        return out

    def pieces(self, doc: Doc, blocked: list[bool] | None = None) -> list[Piece]:
        """Longest non-overlapping matches (an entity beats a role of the same span), plus PERSON names."""
        cands = self.candidates(doc)
        ents = doc.ents  # (spaCy builds the tuple of spans anew on every access)
        # a place never splits a person's name ("Feliciano Valencia", "Victoria Nuland")
        person_tok = set()
        inside_name = set()  # tokens after the first of a PERSON name
        for ent in ents:
            if ent.label_ == "PERSON":
                if len(ent) == 1 and ent.root.dep_ == "pobj" and ent.root.head.lower_ in _WHERE_PREPS:
                    continue  # "the mayor of Gdansk", "stabbed in Gdansk": the small model's PERSON there is the town
                person_tok.update(range(ent.start, ent.end))
                inside_name.update(range(ent.start + 1, ent.end))
        cands = [p for p in cands if not (p.type == "ent" and p.ents[0].kind == "place"
                                          and any(i in person_tok for i in range(p.start, p.end)))]
        # nor does a people ("Qandeel Baloch"): a people's name (singular) right after an unknown capitalised
        # name is a surname, and so is it wherever it stands alone when the tagger saw the whole name
        named = {i for p in cands for i in range(p.start, p.end)}
        in_name = [p for p in cands if p.type == "ent" and _a_people(p.ents[0]) and p.start >= 1
                   and doc[p.end - 1].tag_ == "NNP" and not doc[p.end - 1].lower_.endswith("s")
                   and doc[p.start - 1].tag_ == "NNP" and doc[p.start - 1].is_alpha
                   and doc[p.start - 1].text[:1].isupper() and p.start - 1 not in named]
        surnames = {doc[p.start:p.end].text for p in in_name
                    if any(ent.label_ == "PERSON" and ent.start < p.start and p.end == ent.end for ent in ents)}
        if in_name:
            cands = [p for p in cands if all(p is not q for q in in_name) and not (
                p.type == "ent" and _a_people(p.ents[0]) and doc[p.start:p.end].text in surnames)]
        # "Thames Valley Police", "Falcon Heavy": a known name that is only part of a longer
        # name the tagger found is not that town or group -- when the longer name's words
        # before a town, or all its words after a group, are capitalised words no rule knows
        # (a nationality keeps its place: "Royal Thai Army", "Rwandan Patriotic Front")
        covered = {i for p in cands for i in range(p.start, p.end)}

        def unknown_caps(toks) -> bool:
            return bool(toks) and all(t.is_alpha and t.text[:1].isupper() and t.i not in covered
                                      and not t.is_sent_start for t in toks)

        inside = []
        for ent in ents:
            if ent.label_ not in _LONGER_NAMES:
                continue
            first = ent.start + (doc[ent.start].lower_ in ("the", "a", "an"))
            for p in cands:
                if p.type != "ent" or not (ent.start <= p.start and p.end <= ent.end):
                    continue
                kind = p.ents[0].kind
                last = ent.end - (doc[ent.end - 1].text in ("'s", "’s"))
                if (kind in ("capital", "place") and p.start > first and unknown_caps(doc[first:p.start])) or (
                        kind in ("group", "org") and p.start <= first and unknown_caps(doc[p.end:ent.end])):
                    inside.append(p)
                elif kind == "capital" and ent.label_ != "GPE" and (
                        # "a London Stock Exchange bomb plot", "the Capitol Hill Autonomous Zone": the seat of
                        # power begins a name of capitalised words no rule knows (not "Moscow City Court")
                        (p.start <= first and p.end < last and unknown_caps(doc[p.end:last]))
                        # "University College London", "Imperial College London", "the Observatoire de Paris": it
                        # ends a name of capitalised words, known or not (a French or Spanish "de" between)
                        or (p.start > first and p.end == last and doc[first].text[:1].isupper() and all(
                            t.is_alpha and (t.text[:1].isupper() or t.lower_ in _NAME_LINKS) and not t.is_sent_start
                            for t in doc[first:p.start]))):
                    inside.append(p)
        if inside:
            cands = [p for p in cands if all(p is not q for q in inside)]
        cands = _surnames_off(doc, cands)
        cands = _given_names_off(doc, cands)
        cands = _teams_off(doc, cands)
        # "the Intermediate-Range Nuclear Forces Treaty", "Armed Forces Day": a role word inside the
        # name of a law, a treaty or a day is no body
        named_things = _thing_names(doc, ents)
        if named_things:
            cands = [p for p in cands if not (p.type == "role" and all(i in named_things for i in range(p.start, p.end)))]
        # "nine billion US dollars", "HK$5 million": a currency's country is no actor
        money = {i for ent in ents if ent.label_ == "MONEY" for i in range(ent.start, ent.end)}
        # (but "fined Google 2.4 billion euros", which the tagger reads as one sum: a body named
        # before the number is who pays or is paid, not a currency)
        payers = {i for ent in ents if ent.label_ == "MONEY"
                  for i in range(ent.start, next((t.i for t in ent if t.like_num), ent.start))}
        if money:
            cands = [p for p in cands if not (p.type == "ent" and p.start in money and not (
                p.end - 1 in payers and p.ents[0].kind in ("org", "igo", "group", "person")))]
        # a capital or place that begins a facility's name is not that place ("Victoria Park" in Hong Kong,
        # "Kabul Airport", "Washington Square"); nor is the facility a person the tagger took it for
        ends = [facility_end(doc, p.end) if p.type == "ent" and p.ents[0].kind in ("capital", "place") else None
                for p in cands]
        facilities = [(p.start, e) for p, e in zip(cands, ends) if e is not None]
        # ("The New England Journal": no England either)
        cands = [p for p, e in zip(cands, ends) if e is None and not (
            p.type == "ent" and p.ents[0].kind in ("state", "capital", "place")
            and any(fs <= p.start and p.end <= fe for fs, fe in facilities))]
        # ("fired two missiles into the Sea of Japan", "the Sea of Azov": water, no party)
        cands = [p for p in cands if not (p.type == "ent" and in_water_name(doc, p.start))]
        cands = self._settle_places(doc, cands)
        # a known first name inside a longer name is not that person ("its leader Abdullah Ocalan" is no
        # King Abdullah): the whole name is looked up below, unknown when it is unknown
        names = [(ent.start, ent.end) for ent in ents if ent.label_ == "PERSON"]
        if names:
            cands = [p for p in cands if not (p.type == "ent" and p.ents[0].kind == "person" and any(
                s <= p.start and p.end <= e and e - s > p.end - p.start
                and all(doc[i].text[:1].isupper() and doc[i].is_alpha for i in range(s, e) if not p.start <= i < p.end)
                for s, e in names))]
        # an adjective before its noun names a kind of thing, not a person: "a general strike",
        # "military aid", "an official visit"
        covered = {i for p in cands for i in range(p.start, p.end) if p.end - p.start > 1 or p.type == "ent"} \
            | {p.start for p in cands if p.type == "role"}

        def kind_of_thing(p: Piece) -> bool:
            tok = doc[p.start]
            # a faith's adjective is written with a capital: "an Islamic garment", "Christian values" (not
            # "Muslim countries", a body of states)
            faith = p.type == "role" and not tok.is_lower and bool(p.role.sectors) and all(c in _FAITHS for c in p.role.sectors) \
                and tok.head.lower_ not in _STATE_NOUNS and tok.head.tag_ == "NN"  # "Hindu nationalists" are people
            return p.type == "role" and p.end - p.start == 1 and tok.pos_ == "ADJ" and tok.dep_ == "amod" \
                and (tok.is_lower or faith) and tok.head.i > p.start and tok.head.i not in covered \
                and tok.head.lower_ not in _BODY_NOUNS and tok.head.lower_ not in _HELD_NOUNS
        cands = [p for p in cands if not kind_of_thing(p)]
        # the end of a hyphenated name is no one by itself ("Shan-e-Mustafa", "Fazl-ur-Rehman")
        cands = [p for p in cands if not (p.type == "ent" and p.ents[0].kind == "person" and p.start >= 2
                                          and doc[p.start - 1].text == "-" and not doc[p.start - 1].whitespace_
                                          and not doc[p.start - 2].whitespace_ and doc[p.start - 2].is_alpha
                                          and doc[p.start - 2].lower_ not in _NAME_PARTICLES)]
        # a role word inside a name is the name ("Tom King", "Mary Bishop")
        cands = [p for p in cands if not (p.type == "role" and doc[p.start].text[:1].isupper()
                                          and p.start in inside_name and doc[p.start - 1].text[:1].isupper()
                                          and p.start - 1 in person_tok)]
        # longest first; an entity beats a role; curated knowledge beats the generated files
        cands.sort(key=lambda p: (-(p.end - p.start), p.type != "ent",
                                  p.type == "ent" and p.ents[0].source.startswith("oeda_"), p.start))
        taken = [False] * len(doc) if blocked is None else list(blocked)
        chosen: list[Piece] = []
        for p in cands:
            if any(taken[p.start:p.end]):
                continue
            for i in range(p.start, p.end):
                taken[i] = True
            chosen.append(p)
        for ent in ents:
            if ent.label_ != "PERSON":
                continue
            s, e = ent.start, ent.end
            if any(fs < e and s < fe for fs, fe in facilities):
                continue  # "Victoria Falls", "Victoria Harbour": a facility, no one's name
            # drop title words the tagger put inside the name ("President Kassym-Jomart Tokayev")
            while s < e and taken[s]:
                s += 1
            while e > s and taken[e - 1]:
                e -= 1
            while s < e and not doc[s].text[:1].isalpha():
                s += 1
            if s >= e or any(taken[s:e]):
                continue
            if doc[e - 1].text in ("'s", "’s"):
                e -= 1
            while e > s and not doc[e - 1].text[:1].isalpha():
                e -= 1
            if s >= e or not any(t.text[:1].isupper() for t in doc[s:e]):
                continue  # names are written with capitals ("pro -" is no one)
            if s >= 1 and doc[s - 1].lower_ in ("the", "a", "an") and not self.gaz.people(doc[s:e].text):
                continue  # "the EastMed", "a Starlink": a name after an article is a thing's, no one we know
            last = doc[e - 1]
            if last.dep_ in ("compound", "nmod", "amod") and last.head.i >= e and last.head.is_lower \
                    and last.head.lemma_.lower() in _WEAPON_HEADS:
                continue  # "Javelin missiles", "Abrams tanks": the kind of weapon, no one
            for i in range(s, e):
                taken[i] = True
            chosen.append(self._name_piece(doc, s, e, chosen))
        chosen += self._titled_names(doc, chosen, taken)
        chosen += self._people_as_orgs(doc, ents, chosen, taken)
        chosen += self._org_names(doc, ents, chosen, taken)
        chosen.sort(key=lambda p: p.start)
        return chosen

    def _people_as_orgs(self, doc: Doc, ents, chosen: list[Piece], taken: list[bool]) -> list[Piece]:
        """'Ricardo Rosselló Nevares, Puerto Rico's governor ... Rosselló said': a name the tagger calls
        ORG whose words are all capitalised proper nouns, one of them a word of a name it calls PERSON
        elsewhere in the text, none a word of bodies or things, and which a person's title names, is
        that person's full name."""
        people = {t.text for ent in ents if ent.label_ == "PERSON" for t in ent if t.text[:1].isupper()}
        if not people:
            return []
        out = []
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            s, e = ent.start, ent.end
            if e > s and doc[e - 1].text in ("'s", "’s"):
                e -= 1
            toks = doc[s:e]
            if len(toks) < 2 or any(taken[t.i] for t in toks) or not any(t.text in people for t in toks) \
                    or not all(t.is_alpha and t.text[:1].isupper() and t.pos_ == "PROPN" for t in toks) \
                    or any(t.lower_ in self.roles or t.lower_ in _COMMON or t.lower_ in _BODY_WORDS
                           or t.lower_ in ORG_NOUNS or t.lower_ in _THING_ENDS or t.lower_ in facility_words()
                           for t in toks) \
                    or (s >= 1 and doc[s - 1].lower_ in ("the", "a", "an", "its", "their", "his", "her")):
                continue
            # and titled as a person, by a title before it or one in apposition after it ("X, Puerto Rico's
            # governor"); not by an organisation's noun: "software company Red Hat" shares a word with a person
            before = next((p for p in chosen if p.type == "role" and p.end <= s and self._titled(doc, s, [p])), None)
            titled = before is not None and not org_noun(before.role)
            appositive = e < len(doc) and doc[e].text == "," and any(
                p.type == "role" and not p.role.outlet and not org_noun(p.role) and e < p.start <= e + 5
                and not any(t.text == "," or t.is_sent_start for t in doc[e + 1:p.start]) for p in chosen)
            if not (titled or appositive):
                continue
            for i in range(s, e):
                taken[i] = True
            out.append(self._name_piece(doc, s, e, chosen))
        return out

    def _org_names(self, doc: Doc, ents, chosen: list[Piece], taken: list[bool]) -> list[Piece]:
        """Organisations no file knows: a name the tagger calls ORG that no piece covers ("condemned the
        NTC"), and capitalised proper nouns right after the noun of an organisation ("broadcaster
        ABS-CBN", "enterprise HDT").  The chain grammar joins them to their role and demonym; a name
        alone keeps its text and no code.  Not in title-case headlines, not names of things (laws,
        treaties, games, diseases: ``_THING_ENDS``), not names with digits."""
        out: list[Piece] = []
        # the words of the people's names in the text: "Iyambo's", "Lam" tagged ORG are those people
        people = {t.text for ent in ents if ent.label_ == "PERSON" for t in ent if t.text[:1].isupper()}

        def name_like(s: int, e: int) -> bool:
            toks = doc[s:e]
            if not toks or any(taken[t.i] for t in toks) or not toks[0].text[:1].isupper() \
                    or not toks[-1].text[:1].isupper():
                return False
            if any(any(c.isdigit() for c in t.text) or t.like_num or not (t.is_alpha or t.text in _ORG_JOINERS)
                   for t in toks):
                return False  # "Marine One", "COVID-19"
            words = [t.lower_ for t in toks]
            if words[-1] in _THING_ENDS or words[-1] in facility_words() or any(w in _THING_WORDS for w in words) or words[0] in _NAME_PARTICLES:
                return False  # "the Paris Agreement", "Brexit", "Al-Quaety" (a person's name)
            if len(toks) == 1 and (words[0] in _COMMON or words[0] in self.roles):
                return False  # "the House", "the Senate": a word, no name
            if any(t.text in people for t in toks) or self.gaz.people(toks.text):
                return False
            if s >= 1 and doc[s - 1].lower_ in ("its", "their", "his", "her", "our", "my", "your"):
                return False  # "tested its Falcon Heavy": a thing one has
            last = toks[-1]
            if last.dep_ in ("compound", "nmod", "amod") and last.head.i >= e and last.head.pos_ == "NOUN" \
                    and last.head.is_lower:
                return False  # "a Cheltenham man", "the Falcon Heavy rocket": a name that says what kind of thing
            return _prose(toks[0].sent)

        # the short forms the text defines: "(AfCFTA)" -> where its "(" stands
        short_forms = {doc[i + 1].text: i for i in range(len(doc) - 2)
                       if doc[i].text == "(" and doc[i + 2].text == ")"}
        added: set[int] = set()
        titles = {p.end: p for p in chosen if p.type == "role"}
        places = {p.start for p in chosen if p.type == "ent" and p.ents[0].kind in ("state", "capital", "place")}

        def add(s: int, e: int) -> None:
            for i in range(s, e):
                taken[i] = True
                added.add(i)
            out.append(Piece(s, e, "orgname"))

        # capitalised words right after the noun of an organisation: "broadcaster ABS-CBN"
        for p in chosen:
            if p.type != "role" or not org_noun(p.role) or p.end >= len(doc) or not doc[p.end - 1].is_lower \
                    or doc[p.end - 1].tag_ not in ("NN", "NNP") or taken[p.end]:
                continue
            e = p.end
            while e < len(doc) and e - p.end < 5 and not taken[e] and not doc[e].is_sent_start and (
                    (doc[e].text[:1].isupper() and doc[e].pos_ == "PROPN" and doc[e].ent_type_ in ("", "ORG", "PRODUCT"))
                    or (doc[e].text in _ORG_JOINERS and e > p.end and not doc[e - 1].whitespace_
                        and e + 1 < len(doc) and doc[e + 1].text[:1].isupper() and not doc[e].whitespace_)):
                e += 1
            if e > p.end and name_like(p.end, e):
                add(p.end, e)
        for ent in ents:
            if ent.label_ != "ORG":
                continue
            s, e = ent.start, ent.end
            if doc[s].lower_ in ("the", "a", "an"):
                s += 1
            if e > s and doc[e - 1].text in ("'s", "’s"):
                e -= 1
            if s >= 1 and e < len(doc) and doc[s - 1].text == "(" and doc[e].text == ")":
                continue  # "(UCF)", "(ILO)": the short form of the name before it, known or not
            if e - s == 1 and doc[s].text in short_forms and short_forms[doc[s].text] - 1 not in added:
                continue  # "the AfCFTA" after "the African Continental Free Trade Area (AfCFTA)": a thing's
            if e + 1 < len(doc) and doc[e].text == "," and (doc[e + 1].ent_type_ == "GPE" or e + 1 in places):
                continue  # "Pandeglang, Banten": a town the tagger took for a body
            if e + 2 < len(doc) and doc[e].text == "(" and doc[e + 2].text == ")" and taken[e + 1]:
                continue  # "The International Labor Office (ILO)": the known short form says who
            title = titles.get(s)
            if s >= 1 and doc[s - 1].is_lower and doc[s - 1].pos_ == "NOUN" and not (
                    title is not None and (org_noun(title.role) or title.role.outlet)):
                continue  # "video game developer Perttu Ahola": a noun that may be a person's says what it is
            if s >= 1 and doc[s - 1].is_alpha and doc[s - 1].text[:1].isupper() and doc[s - 1].pos_ == "PROPN" \
                    and not taken[s - 1] and not doc[s - 1].is_sent_start:
                continue  # "Ehasn Ghaem-Maghami": the end of a longer name the tagger split, a person's as often
            if e > s and name_like(s, e):
                add(s, e)
        return out

    # ------------------------------------------------------------------
    def _settle_places(self, doc: Doc, cands: list[Piece]) -> list[Piece]:
        """Towns and capitals whose name says where only with context.

        A region after a comma places the town ("Antioch, Illinois", "Kingston, Ontario": a place of
        that country, not the capital abroad); a state after it names the place's country itself.
        A name the place tables know elsewhere too ("St. John's": Newfoundland before Antigua;
        "Ithaca": the town in New York) stands only when the text names the country the actor
        files give it; else it is no one (unknown beats a guess).
        """
        places = [p for p in cands if p.type == "ent" and p.ents[0].kind in ("capital", "place")]
        if not places:
            return cands
        longest: dict[int, Piece] = {}
        for p in cands:
            if p.type == "ent" and (p.start not in longest or p.end > longest[p.start].end):
                longest[p.start] = p
        named: set[str] = set()
        doubtful: dict[int, bool] = {}
        for p in cands:
            if p.type != "ent" or p.ents[0].kind not in ("state", "capital", "place"):
                continue
            country = _country(p.ents[0])
            if p.ents[0].kind == "state":
                named.add(country)
            else:
                doubtful[id(p)] = bool(country) and placed_elsewhere(doc[p.start:p.end].text, country,
                                                                             p.ents[0].kind == "place")
                if not doubtful[id(p)]:
                    named.add(country)
        out = []
        for p in cands:
            if id(p) not in doubtful:
                out.append(p)
                continue
            country = _country(p.ents[0])
            nxt = longest.get(p.end + 1) if p.end + 1 < len(doc) and doc[p.end].text == "," else None
            if nxt is not None and nxt.ents[0].kind in ("state", "place") and not (
                    nxt.end < len(doc) and doc[nxt.end].lower_ in ("and", "or", "&")
                    or nxt.end + 1 < len(doc) and doc[nxt.end].text == "," and nxt.end + 1 in longest):
                where = _country(nxt.ents[0])
                if where == country or any(_country(e) == country for e in nxt.ents[1:]):
                    out.append(p)  # "Vienna, Austria"; "North Kivu, Congo" (a name of two states: this one)
                elif where and nxt.ents[0].kind == "place":
                    out.append(Piece(p.start, p.end, "ent", nxt.ents))  # "Antioch, Illinois"
                # "Valencia, Venezuela": the state after the comma says where; the town is no one
                continue
            if doubtful[id(p)] and country not in named:
                continue
            out.append(p)
        return out

    @staticmethod
    def _titled(doc: Doc, start: int, chosen: list[Piece]) -> bool:
        """A title role ends right before ``start`` (modifiers such as 'former' may stand between)."""
        i = start
        while i > 0 and doc[i - 1].lower_ in _TITLE_GLUE:
            i -= 1
        return any(p.type == "role" and p.end == i and not p.role.outlet for p in chosen)

    def _name_piece(self, doc: Doc, s: int, e: int, chosen: list[Piece]) -> Piece:
        """A name the tagger found: a known person when the gazetteer has it (the date settles later)."""
        text = doc[s:e].text
        role = next((p for p in chosen if p.type == "role" and p.end == s and not p.role.outlet), None)
        if role is not None:
            # "Mullah Omar", "King Hussein": the title and name as one known alias beat the namesakes
            titled = self.gaz.people(doc[role.start:e].text)
            if titled:
                return Piece(s, e, "ent", titled)
        people = self.gaz.people(text)
        if e - s == 1 and not self._titled(doc, s, chosen):
            # a bare surname: only the people of the curated files, not every namesake of the sources
            people = [p for p in people if not p.source.startswith("oeda_")]
            if people and self._someone_else(doc, text):
                people = []  # "Usman Khan stabbed ... Khan was shot": this story's Khan, not the Khan in office
        return Piece(s, e, "ent", people) if people else Piece(s, e, "name")

    def _someone_else(self, doc: Doc, surname: str) -> bool:
        """The text names in full a person of this surname whom the gazetteer does not know: a bare
        surname is that person, not the namesake the files know ("Usman Khan" is no Imran Khan)."""
        unknown = known = False
        for ent in doc.ents:
            if ent.label_ != "PERSON" or len(ent) < 2 or ent[-1].text != surname:
                continue
            if not all(t.is_alpha and t.text[:1].isupper() for t in ent):
                continue
            if self.gaz.people(ent.text):
                known = True
            else:
                unknown = True
        # (both named in full, "Joe Biden" and his son "Hunter Biden": the bare surname stays the
        # one the files know, and coreference links it to the first named)
        return unknown and not known

    def _titled_names(self, doc: Doc, chosen: list[Piece], taken: list[bool]) -> list[Piece]:
        """'President Bush', 'President obama': a known name right after a title, whatever its case."""
        out = []
        for p in chosen:
            if p.type != "role" or p.role.outlet or p.end >= len(doc) or taken[p.end]:
                continue
            i = p.end
            for n in (3, 2, 1):
                toks = doc[i:i + n]
                if len(toks) < n or any(taken[t.i] or not t.text[:1].isalpha() for t in toks):
                    continue
                # "Mullah Omar", "King Hussein": the title and name as one known alias beat the surname's namesakes
                people = self.gaz.people(doc[p.start:i + n].text) if n == 1 else []
                exact = bool(people)
                people = people or self.gaz.people(toks.text)
                if not people:
                    continue
                exact = exact or any(e.kind == "person" for e in self.gaz.lookup(toks.text))
                if not (exact or all(t.text[:1].isupper() and t.pos_ == "PROPN" for t in toks)):
                    continue  # lower case only for a known alias ("obama"), never a surname guess ("said")
                for t in toks:
                    taken[t.i] = True
                out.append(Piece(i, i + n, "ent", people))
                break
        return out
