"""In-document coreference: later (or earlier) mentions of a person, pronouns, "the minister".

* A person's mentions share one entity and one code: the code of the mention
  that says most (a title with a nationality beats a bare surname).  A surname
  alone ("Lavrov", "FM Lavrov" in a headline before the full name) is matched
  against the whole document, not only what came before.
* he/she/him/her: the nearest preceding person, preferring the subject of the
  most recent sentence that names one, skipping a person of the other gender
  when the data knows it.  it/they are left alone: null beats a wrong guess.
* "the minister", "the president": of the people who carried that title, the
  one named last (by title, name or surname).
* An envoy whose country the title did not give ("Ambassador to the United
  States Alexander Darchiev"): the country named in the same sentence that is
  not the posting ("Representing Russia was ..."), else unknown.
"""
from __future__ import annotations

from bisect import insort

from spacy.attrs import LOWER, ORTH
from spacy.tokens import Doc

from ..nlp import tokens_among
from .codes import STATE_BODY_SECTORS, join_code
from .gazetteer import fold, name_words
from .mentions import Mention

PRONOUNS = {"he": "m", "him": "m", "she": "f", "her": "f"}
POSSESSIVES = {"his": "m", "her": "f"}
_SUBJ = {"nsubj", "nsubjpass"}
_OBJ = {"dobj", "dative"}


def co_arguments(tok) -> set[int]:
    """The token indices of the other parties of the clause ``tok`` is a party of: its verb's subject
    for an object ("Erdogan criticized him", "Putin held talks with him"), its objects for a subject.
    A plain pronoun or a description there is not one of them (they would say "himself"): they
    are two parties, never the source and target of one act."""
    if tok.dep_ in _OBJ:
        verb = tok.head
    elif tok.dep_ == "pobj" and tok.head.dep_ == "prep" and tok.head.head.pos_ in ("VERB", "NOUN", "AUX"):
        verb = tok.head.head
        if verb.pos_ == "NOUN":  # "held talks with him": the noun's verb
            verb = verb.head if verb.dep_ in _OBJ else None
    elif tok.dep_ in _SUBJ:
        verb = tok.head
    else:
        return set()
    if verb is None or verb.pos_ not in ("VERB", "AUX"):
        return set()
    out = set()
    for c in verb.children:
        if c.i == tok.i:
            continue
        if tok.dep_ in _SUBJ:
            if c.dep_ in _OBJ:
                out.update(t.i for t in c.subtree)
        elif c.dep_ in _SUBJ:
            out.update(t.i for t in c.subtree)
    return out


def surname(name: str) -> str:
    parts = [p for p in name.replace(".", " ").split() if p[:1].isupper()]
    return parts[-1] if parts else name


def _words(name: str) -> list[str]:
    return [p for p in name.replace(".", " ").split() if p[:1].isupper()]


def part_of(short: str, full: str) -> bool:
    """``short`` is a shorter form of ``full``: its words are some of ``full``'s, in order, and its last
    word is not ``full``'s first ("Rosselló", "Ricardo Rosselló" of "Ricardo Rosselló Nevares"; not
    "Ricardo").  Family names of two words (Spanish, Portuguese) make the middle word a surname."""
    a, b = [fold(w) for w in _words(short)], [fold(w) for w in _words(full)]  # "Hernández" of "Hernandez Colon"
    if not a or len(a) >= len(b) or a[-1] == b[0]:
        return False
    j = 0
    for w in b:
        if j < len(a) and w == a[j]:
            j += 1
    return j == len(a)


def inner_surnames(name: str) -> list[str]:
    """The words of a name of three or more after the given name and before the last: "Rosselló" of
    "Ricardo Rosselló Nevares" (a Spanish first family name), "Vázquez" of "Wanda Vázquez Garced"."""
    words = _words(name)
    return [w for w in words[1:-1] if len(w) > 2] if len(words) >= 3 else []


def unify_people(mentions: list[Mention]) -> None:
    """Same person -> same code, name and the kind 'alias' for the shorter mentions."""
    people: dict[str, list[Mention]] = {}
    for m in mentions:
        if m.kind == "person" and m.person_key:
            people.setdefault(m.person_key, []).append(m)
    # a bare surname that the tagger or the dictionary did not link: link by surname
    keys = list(people)
    by_surname: dict[str, str] = {}
    for k in keys:
        if len(k.split()) >= 2:
            by_surname.setdefault(surname(k).lower(), k)
    for k in keys:
        target = by_surname.get(k.lower()) if len(k.split()) == 1 else None
        if target is None:
            # "Rosselló", "Ricardo Rosselló" after "Ricardo Rosselló Nevares": the words of a longer name, in
            # its order, ending on one of its surnames (not its given name), of one such name only
            # ("Ricardo Rosselló" and "Ricardo Rosselló Nevares" both named: the fullest)
            longer = {K for K in keys if K != k and part_of(k, K)}
            longer = {K for K in longer if not any(part_of(K, L) for L in longer)}
            target = next(iter(longer)) if len(longer) == 1 else None
        if target is not None and target != k and k in people and target in people:
            for m in people.pop(k):
                m.person_key = target
                people[target].append(m)
    for key, ms in people.items():
        best = max(ms, key=lambda m: (m.evidence, m.end - m.start))
        for m in ms:
            if m is best:
                continue
            if m.evidence < best.evidence or (m.end - m.start) < (best.end - best.start):
                m.country, m.sector, m.code = best.country, best.sector, best.code
                m.name = best.name
                m.host_pending = best.host_pending
                m.resolved_by = "alias"
                if "member_of" in best.extra:
                    # "Tamim" after "the general manager of Abu Dhabi Media, Dr Ali bin Tamim": still
                    # the body's, and not to be placed by the sentence
                    m.extra.update(known=True, member_of=best.extra["member_of"])


def link_surnames(doc: Doc, mentions: list[Mention], taken: list[bool]) -> list[Mention]:
    """Proper-noun tokens equal to the surname of a person of this document become alias mentions."""
    index = {}
    for m in mentions:
        if m.kind == "person" and m.person_key and len(m.person_key.split()) >= 2:
            index.setdefault(surname(m.person_key), m)
    inner: dict[str, set[str]] = {}
    for m in mentions:
        if m.kind == "person" and m.person_key:
            for w in inner_surnames(m.person_key):
                inner.setdefault(w, set()).add(m.person_key)
    for w, keys in inner.items():
        if len(keys) == 1 and w not in index:
            index[w] = next(m for m in mentions if m.person_key in keys and m.kind == "person")
    out = []
    if not index:
        return out
    for tok in tokens_among(doc, ORTH, index):
        if taken[tok.i] or tok.text not in index or not tok.text[:1].isupper():
            continue
        src = index[tok.text]
        out.append(Mention(tok.i, tok.i + 1, [], code=src.code, country=src.country, sector=src.sector,
                           name=src.name, kind="person", person_key=src.person_key, gender=src.gender,
                           resolved_by="alias"))
    return out


def resolve_envoys(doc: Doc, mentions: list[Mention], sent_of: list[int]) -> None:
    for m in mentions:
        if not m.host_pending:
            continue
        s = sent_of[m.start]
        same = [o for o in mentions if o is not m and sent_of[o.start] == s and o.country
                and o.kind in ("state", "capital") and o.country != m.host]
        before = [o for o in same if o.end <= m.start]
        pick = before[-1] if before else None
        if pick is None and len({o.country for o in same}) == 1:
            pick = same[0]
        if pick is not None:
            m.country = pick.country
            m.code = join_code(m.country, m.sector)
            m.host_pending = False


def antecedent(doc: Doc, persons: list[Mention], sent_of: list[int], tok, gender: str, reach: int = 3,
               learned: dict[str, str] | None = None) -> Mention | None:
    """The person 'he', 'her' or 'his' at ``tok`` is: the nearest before it within ``reach`` sentences,
    of no other gender, preferring the subject of the most recent sentence that names one; None when
    that sentence names two people and neither is its subject."""
    learned = learned or {}
    before = [p for p in persons if p.end <= tok.i and sent_of[tok.i] - sent_of[p.start] <= reach
              and (p.gender or learned.get(p.person_key)) in (None, gender)]
    if not before:
        return None
    last_sent = sent_of[before[-1].start]
    recent = [p for p in before if sent_of[p.start] == last_sent]
    subjects = [p for p in recent if any(doc[i].dep_ in _SUBJ for i in range(p.start, p.end))]
    if len({p.person_key for p in recent}) > 1 and not subjects:
        return None  # two people, no subject: unclear
    return subjects[-1] if subjects else recent[-1]


def titled_one(doc: Doc, m: Mention) -> bool:
    """One person named by a title alone, with the state its own words name: "Iran's foreign
    minister", "a senior US official" (not a body, "Russia's foreign ministry", nor many,
    "Iranian officials"); the title's last word is one of name_words.yaml ``person_title_heads``."""
    if m.kind != "sector" or m.country is None or not m.role_words or m.person_key:
        return False
    if m.extra.get("country_from"):
        return False  # its own words name the state (not "as president" in a story about the US)
    head = doc[m.end - 1]
    return head.tag_ == "NN" and head.lower_ in name_words()["person_title_heads"]


def pronouns(doc: Doc, mentions: list[Mention], sent_of: list[int], taken: list[bool]) -> list[Mention]:
    # named people, and people named by their title alone ("Iran's foreign minister arrived
    # in Riyadh. He held talks ..."), each a person of its own
    titled = {m.start: m for m in mentions if titled_one(doc, m)}
    for m in titled.values():
        m.person_key = f"title@{m.start}"  # (for this pass only: see the end)
    persons = sorted((m for m in mentions if (m.kind == "person" and m.person_key) or m.start in titled),
                     key=lambda m: m.start)
    out = []
    if not persons:
        return out
    # the gender a pronoun gave a person the files do not know: once "he", Munk is no "she" later
    learned: dict[str, str] = {}
    for tok in tokens_among(doc, LOWER, PRONOUNS):
        g = PRONOUNS.get(tok.lower_)
        if g is None or taken[tok.i] or tok.tag_ == "PRP$":
            continue
        mates = co_arguments(tok)
        # "Erdogan criticized him": not Erdogan, nor anyone the clause's other party is
        bound = {m.person_key for m in list(mentions) + out
                 if m.person_key and any(m.start <= i < m.end for i in mates)} if mates else set()
        pick = antecedent(doc, [p for p in persons if p.person_key not in bound], sent_of, tok, g, learned=learned)
        if pick is None:
            continue
        out.append(Mention(tok.i, tok.i + 1, [], code=pick.code, country=pick.country, sector=pick.sector,
                           name=pick.name, kind="pronoun", person_key=pick.person_key, gender=g,
                           resolved_by="pronoun"))
        # the pronoun is that person's latest mention: "He met Prime Minister Mikati ... He
        # also warned Israel": the subject who met is the one who warned, not whom he met
        insort(persons, out[-1], key=lambda m: m.start)
        if pick.gender is None:
            learned.setdefault(pick.person_key, g)
    # a title is no name: after this pass its mentions and the pronouns that stand for it are
    # the body's people as before (one entity by their code), not a person the files know
    for m in titled.values():
        m.person_key = None
    for m in out:
        if m.person_key and m.person_key.startswith("title@"):
            m.person_key = None
    return out


def definite_roles(doc: Doc, mentions: list[Mention], sent_of: list[int] | None = None) -> None:
    """'the minister' -> the most recent person whose title had that role word; 'the ministry',
    'the army' -> the country of the most recent body with that role word ("Russia's foreign
    ministry said ... The ministry added"), within the three sentences before."""
    persons = [m for m in mentions if m.kind == "person" and m.role_words]
    bodies = [m for m in mentions if m.kind == "sector" and m.role_words and m.country]
    for m in mentions:
        if m.kind != "sector" or m.country is not None or len(m.pieces) != 1:
            continue
        if doc[m.start].lower_ != "the" or m.pieces[0].start != m.start + 1 or m.pieces[0].end != m.end:
            continue  # "the" and the one title: "the minister", "the prime minister", "the foreign ministry"
        word = m.role_words[0] if m.role_words else None

        def titled(o: Mention) -> bool:
            if o.start >= m.start:
                return False
            if any(word == w or w.endswith(" " + word) for w in o.role_words):
                return True
            # "the United States President Donald Trump": the title inside a known office's name
            return o.kind == "person" and o.resolved_by is None and word is not None \
                and word in [t.lower_ for t in doc[o.start:o.end]]

        # "Erdogan thanked the president": not Erdogan (he would thank himself), nor the other party's namesake
        mates = co_arguments(doc[m.end - 1])
        bound = {o.person_key for o in mentions if o.person_key and o is not m and any(o.start <= i < o.end for i in mates)}
        cands = [p for p in persons + [o for o in mentions if o.kind == "person" and not o.role_words]
                 if titled(p) and p.person_key not in bound]
        cands.sort(key=lambda o: o.start)
        if cands:
            # the one of them named last, by title or not: after "US President Trump ... Turkish President
            # Erdogan", a story that goes on about Trump means him by "the president"
            keys = {p.person_key for p in cands if p.person_key}
            named = [o for o in mentions if o.kind == "person" and o.person_key in keys and o.start < m.start]
            last = max(named, key=lambda o: o.start, default=None)
            src = next((p for p in reversed(cands) if last is not None and p.person_key == last.person_key), cands[-1])
            m.code, m.country, m.sector, m.name = src.code, src.country, src.sector, src.name
            m.person_key, m.kind, m.resolved_by = src.person_key, "person", "alias"
            continue
        near = [b for b in bodies if titled(b) and (sent_of is None or sent_of[m.start] - sent_of[b.start] <= 3)]
        if near and len({b.country for b in near}) == 1:
            m.locate(near[-1].country, "antecedent")  # still a body named by its role: kind stays 'sector'


# Bodies "it" can stand for, and the verbs whose "it" is no body ("it is likely", "it emerged").
_BODY_KINDS = {"state", "igo", "org", "group", "capital"}
_EXPLETIVE_VERBS = {"be", "seem", "appear", "emerge", "happen", "remain", "take", "cost", "matter", "mean",
                    "follow", "become", "look", "sound", "feel", "rain", "turn", "occur", "come", "go"}


def bodies_it(doc: Doc, mentions: list[Mention], sent_of: list[int], taken: list[bool]) -> list[Mention]:
    """"The Chinese foreign ministry summoned the Japanese ambassador. It protested ...": "it",
    the subject of an act, is the body that was the subject of the sentence before (or of
    the same sentence's earlier clause: "the SDF announced it had entered into an
    agreement") -- a state, an organisation or one state body ("the ministry"), never a
    person.  When that sentence's subject is no such body, unknown.  Not "it" undergoing an
    act ("willing to help defend Saudi Arabia if it is attacked": the one defended)."""
    out: list[Mention] = []
    # (the "it"s found from the token array: walking every Token object costs more than the pass)
    for tok in tokens_among(doc, LOWER, ("it",)):
        if taken[tok.i] or tok.dep_ != "nsubj" or tok.head.pos_ != "VERB" \
                or tok.head.lemma_.lower() in _EXPLETIVE_VERBS:
            continue
        subjects = [m for m in mentions if m.end <= tok.i and 0 <= sent_of[tok.i] - sent_of[m.start] <= 1
                    and any(doc[i].dep_ in _SUBJ and doc[i].head.pos_ in ("VERB", "AUX") for i in range(m.start, m.end))]
        if not subjects:
            continue
        last = subjects[-1]
        body = last.code is not None and not last.person_key and (
            last.kind in _BODY_KINDS or (last.kind == "sector" and last.sector in STATE_BODY_SECTORS
                                         and doc[last.end - 1].tag_ in ("NN", "NNP")))
        if not body:
            continue  # the latest subject is a person or people: "it" is not them
        out.append(Mention(tok.i, tok.i + 1, [], code=last.code, country=last.country, sector=last.sector,
                           name=last.name, kind="pronoun", resolved_by="pronoun"))
    return out

