"""One event per happening within an article.

Three steps, in article order:

1. A nominal mention with no actors of its own ("The talks", "the
   discussions") refers back to the latest earlier event of the same CAMEO
   root: it becomes one more mention of it.  "A third round of negotiations"
   names a new happening of the same series: a new event with the series'
   parties and its own mode.
2. Comments on a happening ("X expressed hope that the talks ...") take the
   happening's parties as targets when they have none.
3. Events with the same pair of actors (either direction when reciprocal),
   the same root, the same mode and compatible dates are one happening; the
   record keeps the most informative mention (an explicit date or place)
   and counts the others.
"""
from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import lru_cache

from spacy.tokens import Token

from .. import codebook
from ..dates import in_another_period
from .extractor import CLAIM_RESPONSIBILITY, CONSULT_ROOT, REPRESSION, ROLE_FINDER, VIOLENT_ROOTS, Candidate, own_side
from .modality import ASSERTED, NEGATED
from .recode import open_question
from .roles import RoleFinder, grammar, subjectless_participle

# Verbal acts whose object can be another happening ("welcomed the talks
# between A and B", "condemned the attack by A"): they take its parties.
VERBAL_ROOTS = {"01", "02", "03", "05", "09", "10", "11", "12", "13"}
# what an attack does to what it hits: destroyed property (17), killed or wounded people (18-20)
HARM_ROOTS = {"17", "18", "19", "20"}
HOSTILE_ROOTS = {"11", "12"}  # disapproval, accusation, rejection
THREAT_ROOT = "13"  # a threat over a violent act is aimed at its doer, as a condemnation is
DISSENT_ROOT = "14"  # protest
DEFINITE = {"the", "this", "these", "those", "that", "such"}
NEW_IN_SERIES = {"another", "new", "next", "further", "fresh", "latest", "upcoming", "future"}
SERIES_NOUNS = {"round", "session", "phase", "stage", "cycle"}
# How many sentences back a definite noun ("the accusation") can name an earlier act.
REFERENT_WINDOW = 4
ANOTHER_WORDS = {"another", "other", "second", "third", "fourth", "fifth"}
ORDINALS = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final"}


def _series_word(tok: Token) -> tuple[str | None, bool]:
    """The ordinal of a mention ("third" round), and whether it is definite."""
    holders = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in SERIES_NOUNS:
        holders.append(tok.head.head)
    ordinal = None
    definite = False
    for h in holders:
        for c in h.children:
            low = c.lower_
            if low in ORDINALS or c.ent_type_ == "ORDINAL":
                ordinal = low
            if low in NEW_IN_SERIES:
                ordinal = ordinal or low
            if c.dep_ in ("det", "poss") and low in DEFINITE:
                definite = True
    return ordinal, definite


# Roots whose events are happenings that later sentences refer back to; other
# roots are speech acts, each its own event unless repeated in one sentence.
HAPPENING_ROOTS = {"04", "05", "06", "07", "08", "14", "15", "16", "17", "18", "19", "20"}


def _who(actor):
    if actor is None:
        return None
    return actor.code or f"entity:{actor.entity}"


def _same_doer(a, b) -> bool:
    """One doer: the same code, or the same words coded apart ("Militants attacked a police
    station in Quetta, killing five officers": placed by the station for the attack only)."""
    return _who(a) == _who(b) or (a is not None and b is not None and a.start is not None
                                  and (a.start, a.end) == (b.start, b.end))


def _another(c: Candidate) -> bool:
    """The doer, or the one acted on, is told apart from one of its kind told before
    ("another judge", "other protesters", "arrested a second man")."""
    for party in (c.source, c.target):
        if party is None:
            continue
        span = c.trigger.doc.char_span(party.start, party.end, alignment_mode="expand")
        if span is not None and any(t.lower_ in ANOTHER_WORDS and t.dep_ in ("det", "amod")
                                    for t in span.root.children):
            return True
    return False


def _another_period(a: Candidate, b: Candidate, published: date | None) -> bool:
    """One is dated to another month or year than publication and the other not dated at
    all, so of the story's own days: "have been protesting since early June" in an August
    story is not the march told undated ("Protesters started at the park")."""
    if published is None or (a.date is None) == (b.date is None) or a.sentence_index == b.sentence_index:
        return False  # (in one sentence the date hangs on one of its words: "offered to host a summit in mid-July")
    undated = b if a.date is not None else a
    # (a noun undated is mostly the campaign named again: "in the sixteen weeks of protests")
    return undated.trigger.pos_ == "VERB" and in_another_period(a.date or b.date, published)


def _same_happening(a: Candidate, b: Candidate, published: date | None = None) -> bool:
    if a.mode.mode == b.mode.mode and (_party_told_alone(a, b) or _party_told_alone(b, a)):
        return True
    if a.mode.mode != b.mode.mode or a.reciprocal != b.reciprocal:
        return False
    if a.sentence_index == b.sentence_index and (_protest_manner(a, b) or _protest_manner(b, a)):
        return True
    if a.sentence_index == b.sentence_index and (_consult_purpose(a, b) or _consult_purpose(b, a)):
        return True
    if _key(a) != _key(b):
        if a.sentence_index == b.sentence_index and a.code == b.code and a.source is not None \
                and _who(a.source) == _who(b.source) and (a.target is None) != (b.target is None):
            # "established diplomatic ties with and opened an embassy in Tehran",
            # "refused to commit to any assistance to the US-led war": the same act
            # of the same doer twice in a sentence, once without its target, is one
            return True
        # "launched rocket fire against the camps": the verb and its noun, one
        # naming the target and the other not, are one attack
        if a.sentence_index != b.sentence_index or a.code[:2] not in VIOLENT_ROOTS or b.code[:2] not in VIOLENT_ROOTS \
                or not _one_act(a.code, b.code):
            return False
        # ...and "were killed in Israeli tank shelling": the agentless killing is the shelling
        # ("a bomb exploded in a market in Kabul, killing 12": the country hit stands in for
        # the victims the participle names)
        return (_same_doer(a.source, b.source) and (a.target is None) != (b.target is None)) or (
            (a.source is None) != (b.source is None) and _who(a.target) == _who(b.target)) or (
            _stand_in(a) != _stand_in(b))
    if a.sentence_index == b.sentence_index and a.code[:2] in VIOLENT_ROOTS and b.code[:2] in VIOLENT_ROOTS \
            and _one_act(a.code, b.code):
        return True  # "a roadside bombing ... killed a soldier": one attack, two words
    if a.sentence_index == b.sentence_index and (_elaboration(a, b) or _elaboration(b, a)):
        return True
    if a.date is not None and b.date is not None and a.date.date != b.date.date:
        return False
    if _another_period(a, b, published):
        return False
    if a.sentence_index != b.sentence_index and (_two_people(a.source, b.source) or _two_people(a.target, b.target)):
        return False  # Warren endorsing Biden and, a sentence later, Sanders doing so: two people of one code
    if a.sentence_index != b.sentence_index and (_another(a) or _another(b)):
        return False  # "another federal judge sentenced Manafort": a second doer of one code
    if a.code[:2] in HAPPENING_ROOTS:
        return a.code[:2] == b.code[:2]
    return a.code == b.code and a.sentence_index == b.sentence_index


# Acts a doer keeps up against one party over a story: inquiries, accusations, sanctions.
# (not force: police firing tear gas again is a new happening, merged by its target)
CONTINUED_ROOTS = {"09", "11", "16"}


def _party_told_alone(one: Candidate, pair: Candidate) -> bool:
    """"Japan and South Korea agreed to resume regular leader visits": the mutual intent, and
    the same act of code told again in its words by one of its parties with no other (each
    party's "visits"), are one happening."""
    return pair.reciprocal and not one.reciprocal and one.target is None and one.source is not None \
        and one.sentence_index == pair.sentence_index and one.code == pair.code \
        and any(p is not None and _who(p) == _who(one.source) for p in (pair.source, pair.target))


def _standing_in(c: Candidate) -> bool:
    """The doer is a place standing for its unnamed authorities ("convicted in Louisiana"),
    or the body the verb implies ("was sentenced": a court), not a party the text names."""
    return c.source is not None and (c.source.kind == "place" or c.source.start == c.trigger.idx)


def _continued_targets(events: list[Candidate]) -> None:
    """"The House voted to impeach Trump. [...] The House passed two articles of
    impeachment": the same doer doing the same kind of act again, a sentence or three
    later, with no target named, acts on the target it last acted on (only for acts kept
    up against one party: CONTINUED_ROOTS)."""
    order = sorted(events, key=lambda e: e.trigger.idx)
    for i, c in enumerate(order):
        if c.target is not None or c.source is None or c.code[:2] not in CONTINUED_ROOTS:
            continue
        if any(o.dep_ in ("dobj", "obj", "nsubjpass") and (o.pos_ == "PROPN" or o.ent_type_ == "PERSON")
               for o in c.trigger.children):
            continue  # "Trump attacked Drudge", "Crystal Munoz was convicted": a target named, if
            # unknown, is no one earlier
        # (a doer named: a place or a verb standing in for it is no one acting again)
        prev = next((o for o in reversed(order[:i]) if o.code[:2] == c.code[:2] and o.target is not None
                     and o.source is not None and _who(o.source) == _who(c.source)
                     and not _standing_in(o) and not _standing_in(c)
                     and 0 < c.sentence_index - o.sentence_index <= 3), None)
        if prev is not None:
            c.target = prev.target


MEDIATION = "045"
ACCORD_ROOTS = {"03", "05", "08"}  # intents, agreements, yielding: what a broker brings about


def _aimed_at(c: Candidate, target) -> Candidate:
    """A twin of ``c`` aimed at another party: the same act, told by the same words."""
    return Candidate(**{**c.__dict__, "target": target, "mentions": list(c.mentions)})


def _shared_partner(events: list[Candidate]) -> None:
    """"He met his Chinese counterpart and discussed the nuclear deal": a consultation
    coordinated with a meeting of the same doer, naming no one itself, is held with whom
    the meeting names."""
    for c in events:
        if c.code[:2] != CONSULT_ROOT or c.target is not None or c.source is None:
            continue
        mate = next((o for o in events if o is not c and o.code[:2] == CONSULT_ROOT and o.target is not None
                     and o.source is not None and o.source.entity == c.source.entity
                     and (o.trigger in c.trigger.conjuncts)), None)
        if mate is not None:
            c.target = mate.target


def _brokered_parties(events: list[Candidate]) -> list[Candidate]:
    """"Israel and Hamas agreed to a ceasefire brokered by Egypt": the mediator of an
    accord the parties' own act names is the mediator between them.  The mediation takes
    the first party as its target; the twins it returns take the others."""
    extra: list[Candidate] = []
    for c in events:
        if c.code != MEDIATION or c.target is not None or c.source is None:
            continue
        if c.trigger.dep_ != "acl":
            earlier = _brokered_before(c, events)  # "... agreed to a ceasefire. The truce was brokered by X."
            if earlier is not None:
                c.target = earlier.source
                extra.append(_aimed_at(c, earlier.target))
            continue
        thing = c.trigger.head  # the ceasefire the participle hangs on
        holder = thing.head.head if thing.dep_ == "pobj" else thing.head  # "agreed to a ceasefire"
        holders = {holder.i}
        if holder.dep_ == "xcomp":
            holders.add(holder.head.i)  # "agreed to restore relations in a deal brokered by China"
        acts = [o for o in events if o is not c and o.trigger.i in holders and o.source is not None
                and o.target is not None and o.source.entity != c.source.entity
                and o.target.entity != c.source.entity]
        if not acts:
            continue
        parties = [acts[0].source, acts[0].target]
        c.target = parties[0]
        extra += [_aimed_at(c, t) for t in parties[1:]]
    return extra


def _brokered_before(c: Candidate, events: list[Candidate]) -> Candidate | None:
    """The accord an earlier sentence told, when the mediation's passive subject names it
    again ("Sudan's army and the RSF agreed to a ceasefire. The truce was brokered by the
    United States"): the latest two-party act of accord (CAMEO 03, 05, 08) a few sentences
    back, neither of whose parties is the broker."""
    thing = next((t for t in c.trigger.children if t.dep_ == "nsubjpass"), None)
    if thing is None or thing.lemma_.lower() not in grammar()["accord_nouns"] \
            or not any(d.dep_ == "det" and d.lower_ in DEFINITE for d in thing.children):
        return None
    before = [e for e in events if e.trigger.idx < c.trigger.idx and e.code[:2] in ACCORD_ROOTS
              and e.source is not None and e.target is not None and e.mode.mode == ASSERTED
              and c.sentence_index - e.sentence_index <= REFERENT_WINDOW
              and not _same_party(e.source, c.source) and not _same_party(e.target, c.source)]
    return before[-1] if before else None


def _two_people(x, y) -> bool:
    """Two mentions of people the coreference pass keeps apart (same code or not)."""
    people = ("person", "alias", "pronoun")
    return x is not None and y is not None and x.kind in people and y.kind in people \
        and x.entity is not None and y.entity is not None and x.entity != y.entity


def _stand_in(c: Candidate) -> bool:
    """An attack with no doer and no party named, coded on the country it hit (a place)."""
    return c.source is None and c.target is not None and c.target.kind == "place"


def _one_act(a: str, b: str) -> bool:
    """Two codes of violence can tell one act: the same code, one refining the other
    ("183" and "1831"), or one a residual that says only that force was used ("190",
    "180": "a roadside bombing killed a soldier").  Two specific acts are two: "kidnapped
    16 advisers and exploded a series of bombs" is an abduction and a bombing."""
    return a.startswith(b) or b.startswith(a) or (len(a) == 3 and a.endswith("0")) or (len(b) == 3 and b.endswith("0"))


def _elaboration(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` is a participle spelling out ``b``, the verbal act it hangs on, by the
    same doer at the same party ("lashed out at the mayor, accusing her of ...",
    "criticized the plan, calling it ...")."""
    return a.trigger.head == b.trigger and subjectless_participle(a.trigger, ("advcl", "xcomp")) \
        and a.code[:2] in VERBAL_ROOTS and b.code[:2] in VERBAL_ROOTS


def _protest_manner(a: Candidate, b: Candidate) -> bool:
    """Whether ``a`` is a participle telling how the protest ``b`` it hangs on was held, by
    the same doers ("gathered around the police headquarters, blocking the exits"): one
    protest, told by the participle's act (a blockade, 144) at the gathering's target."""
    return a.trigger.head == b.trigger and subjectless_participle(a.trigger, ("advcl",)) \
        and a.code[:2] == b.code[:2] == DISSENT_ROOT and a.source is not None and _who(a.source) == _who(b.source)


def _consult_purpose(a: Candidate, b: Candidate) -> bool:
    """``a`` is what the contact ``b`` was made for ("Macron phoned Putin to discuss the
    crisis", "flew to Cairo to hold talks"): consulting told twice, one event (the
    contact, which names both parties)."""
    return a.code[:2] == b.code[:2] == CONSULT_ROOT and a.trigger.head == b.trigger \
        and a.trigger.dep_ in ("xcomp", "advcl") \
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in a.trigger.children)


def _residual(code: str) -> bool:
    """A root's own code ("140", "190"), which says only that the root's kind of act happened."""
    return len(code) == 3 and code.endswith("0")


def _key(c: Candidate):
    pair = (_who(c.source), _who(c.target))
    if c.reciprocal:
        pair = tuple(sorted(pair, key=lambda x: x or ""))
    return pair


def _info(c: Candidate) -> tuple:
    # a specific code ("183 bombing") says more than its root's residual ("190")
    specific = len(c.code) + (0 if c.code.endswith("0") else 1)
    return (c.target is not None, not c.inherited, c.date is not None, c.place is not None, specific,
            c.confidence)


def _consequence_of(c: Candidate, events: list[Candidate]) -> Candidate | None:
    """The violent event whose toll a trailing participle reports: "shelled the
    town, killing eight" is one attack, told twice."""
    tok = c.trigger
    while tok.dep_ == "conj" and tok.head != tok:
        tok = tok.head  # "killing or wounding 50"
    if c.code[:2] not in VIOLENT_ROOTS or tok.dep_ != "advcl" or tok.tag_ != "VBG" \
            or any(ch.dep_ == "mark" for ch in tok.children):
        return None
    # the attack is the participle's head, or a noun that head governs ("launched rocket fire ..., killing 50")
    # (never another pair of the clause's own word: "A, B and C met to discuss" is three talks)
    return next((o for o in events if o is not c and o.trigger != c.trigger and tok.head in (o.trigger, o.trigger.head)
                 and (o.code[:2] in VIOLENT_ROOTS or o.code == REPRESSION)
                 and o.mode.mode == c.mode.mode and _who(o.source) == _who(c.source)), None)


def _wrought_by(c: Candidate, events: list[Candidate]) -> Candidate | None:
    """The attack a verb of harm has as its subject: "an Israeli airstrike destroyed a
    hospital", "a drone attack set fire to an oil depot" tell one attack and what it did."""
    if c.code[:2] not in HARM_ROOTS:
        return None
    subject = next((ch for ch in c.trigger.children if ch.dep_ == "nsubj"), None)
    if subject is None:
        return None
    return next((o for o in events if o is not c and o.trigger == subject and o.code[:2] in VIOLENT_ROOTS
                 and o.mode.mode == c.mode.mode), None)


def _purpose_of(c: Candidate, events: list[Candidate]) -> Candidate | None:
    """The act a purpose clause of the same kind belongs to: "met with Assad to
    discuss ...", "began a hunger strike to protest against ..." are one meeting,
    one protest."""
    tok = c.trigger
    if tok.dep_ != "advcl" or not any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children):
        return None
    # ("pledged to send weapons to help Ukraine": helping is what the aid, given or promised, is)
    helping = c.code == "070" and tok.lemma_.lower() in grammar()["helping_verbs"]
    on = (tok.head, tok.head.head) if helping and tok.head.dep_ == "xcomp" else (tok.head,)
    return next((o for o in events if o is not c and o.trigger != c.trigger
                 and any(h in (o.trigger, o.trigger.head) for h in on)
                 and (o.code[:2] == c.code[:2] or helping and o.code.startswith(("07", "033")))
                 and _who(o.source) == _who(c.source)), None)


def _pledged_act(c: Candidate, events: list[Candidate]) -> Candidate | None:
    """The act a residual pledge (030) commits to when that act is coded as itself:
    "Qatar has pledged to expel the Brotherhood's leaders" is the expulsion (174, recode's
    reading of a commitment to coerce), not also a vague intent to cooperate."""
    # (and an approval of one's own act: "Turkey's parliament approved sending troops to
    # Libya" is the deployment, not also an endorsement of the troops)
    approving = c.code[:2] == "05" and c.trigger.lemma_.lower() in grammar()["approving_verbs"]
    if (c.code != "030" and not approving) or c.mode.mode != ASSERTED:
        return None
    return next((o for o in events if o is not c and o.trigger.dep_ == "xcomp" and o.trigger.head == c.trigger
                 and o.mode.mode == ASSERTED and o.code[:2] != "03" and _who(o.source) == _who(c.source)), None)


def _agreed_act(c: Candidate, events: list[Candidate]) -> Candidate | None:
    """The act an accord (019) agrees to when that act is coded: "India and China agreed to
    pull back troops" is the intent to de-escalate (0356) of each, aimed at the other, not
    also an accord beside it.  Each party's act with no other party takes the other."""
    if c.code != "019" or c.mode.mode != ASSERTED or c.source is None or c.target is None:
        return None
    acts = [o for o in events if o is not c and o.trigger.dep_ == "xcomp" and o.trigger.head == c.trigger
            and o.mode.mode == ASSERTED and o.code[:2] != "01"]
    if not acts:
        return None
    pairs = [(c.source, c.target)] + ([(c.target, c.source)] if c.reciprocal else [])
    for party, other in pairs:
        for o in acts:
            if _who(o.source) == _who(party) and o.target is None:
                o.target = other
    return next((o for o in acts if _who(o.source) == _who(c.source)), None)


def _fold_consequences(events: list[Candidate]) -> list[Candidate]:
    out = []
    for c in events:
        act = _consequence_of(c, events) or _wrought_by(c, events) or _purpose_of(c, events) \
            or _pledged_act(c, events) or _agreed_act(c, events)
        if act is None:
            out.append(c)
            continue
        act.mentions = sorted(act.mentions + c.mentions, key=lambda s: s.start)
        if act.target is None:
            act.target = c.target
        elif act.target.kind == "place" and c.target is not None and c.target.kind != "place" \
                and c.target.country in (None, act.target.country) and c.code[:2] in VIOLENT_ROOTS:
            # "stormed a church in northern Burkina Faso, killing 14 worshippers": the place stood
            # in for whom the attack hit, and the toll names them (of the place's state, unless
            # they are of another)
            t = c.target
            act.target = t if t.country else replace(t, country=act.target.country,
                                                     code=act.target.country + (t.code or ""), country_from="place")
    return out


def _answer_references(references: list[tuple[Candidate, Candidate]], events: list[Candidate]) -> None:
    """"Iran denied the accusation", "the call was seconded by Merkel", "the Houthis
    claimed responsibility for the attacks": a response to an earlier act, named by a
    definite noun, is aimed at who did that act -- and a claim of responsibility,
    condolences or an apology at whom it was done to (grammar.yaml ``victim_answers``).
    The noun is either a coded mention of the act (``references``) or a word that
    names acts of some roots (grammar.yaml ``referent_nouns_*``); the act
    is the latest earlier one of those roots a few sentences back, and when that is the
    responder's own the response is aimed at no one we know.  A noun with an owner of
    its own ("the accusation by the United States") is aimed at that owner."""
    g = grammar()
    nouns = _referent_roots()
    answering = g["answering_roots"]
    order = sorted(events, key=lambda e: e.trigger.idx)
    for c in events:
        if c.target is not None or c.source is None:
            continue
        to_victim = c.code in g["victim_answers"]
        if c.code[:2] not in answering and not to_victim:
            continue
        act = next((a for m, a in references if a is not c and c.trigger in m.trigger.ancestors
                    and m.sentence_index == c.sentence_index), None)
        party = None
        named = next((t for t in _referents(c.trigger) if t.lemma_.lower() in nouns), None)
        owners = _owners(named, c.trigger) if named is not None else None
        if owners is not None:
            # "denied the accusation by the United States": the noun's own owner, not an earlier act
            act, party = None, next((a for a in owners if a.kind != "place" or a.country), None)
        elif act is None and named is not None:
            roots = nouns[named.lemma_.lower()]
            fits = [a for a in order if a.trigger.idx < named.idx and a.trigger != c.trigger
                    and a.trigger not in c.trigger.conjuncts and a.code[:2] in roots and a.source is not None]
            # "the impeachment investigation" is the impeachment inquiry, not a later-told
            # inquiry into someone else: a noun's own kind narrows which act it names
            kinds = {k.lemma_.lower() for k in named.children if k.dep_ == "compound" and k.pos_ == "NOUN"}
            fits = [a for a in fits if _of_kind(a.trigger, kinds)] or fits
            fits = [a for a in fits if _same_word(a.trigger, named)] or fits
            # the latest such act; told of several doers ("he and the commissioner urged"),
            # the one that is not the responder
            latest = [a for a in fits if a.trigger == fits[-1].trigger]
            act = next((a for a in latest if not _same_party(a.source, c.source)), latest[0] if latest else None)
        if act is not None:
            if c.sentence_index - act.sentence_index > REFERENT_WINDOW or act.mode.mode == NEGATED:
                continue  # too far back to be what the noun names, or never done
            if not to_victim and _same_party(act.source, c.source):
                continue  # the responder's own act: the noun names nobody else we know
                # (a claim of one's own act, or an apology for it, is aimed at its victim)
            party = act.target if to_victim else act.source
            if party is not None and party.kind == "place":
                continue  # the place standing in for an attack's unnamed doers is nobody to answer
        if party is not None and not _same_party(party, c.source):
            c.target = party


DENIAL = "016"  # deny responsibility: not aimed at the denier's own side
UNNAMED_ARMED = frozenset({"UAF", "CRM"})  # gunmen, attackers, assailants: unidentified armed men
CLAIM_WINDOW = 2  # sentences back a claim of responsibility can reach for the attack it claims


def _reprisal(c: Candidate) -> bool:
    """The threat is one of reprisal: "vowed to retaliate", "vowed revenge", "promised to avenge"."""
    g = grammar()
    return any((k.dep_ == "xcomp" and k.lemma_.lower() in g["reprisal_verbs"])
               or (k.dep_ in ("dobj", "obj") and k.lemma_.lower() in g["reprisal_nouns"])
               for k in c.trigger.children)


def _reprisal_targets(events: list[Candidate]) -> None:
    """"The United States imposed new tariffs on Chinese goods. Beijing vowed to retaliate": a
    reprisal threatened with no one named is aimed at whoever last acted against the
    threatener's state, of another state, a few sentences back (or earlier in its sentence).
    With no such act told, at no one."""
    order = sorted(events, key=lambda e: e.trigger.idx)
    for c in order:
        if c.target is not None or c.source is None or not c.source.country or c.code[:2] != THREAT_ROOT \
                or not _reprisal(c):
            continue
        acts = [a for a in order if a.trigger.idx < c.trigger.idx and a is not c
                and c.sentence_index - a.sentence_index <= CLAIM_WINDOW
                and a.source is not None and a.target is not None and a.mode.mode != NEGATED
                and codebook.quad_class(a.code) in (3, 4) and a.target.country == c.source.country
                and a.source.country and a.source.country != c.source.country]
        if acts:
            c.target = acts[-1].source


def _claimed_acts(events: list[Candidate]) -> None:
    """"An explosion at a mosque in Kunduz killed 50 worshippers. The Islamic State claimed
    responsibility": an attack told with no doer but its place is the claimer's, by the
    claimer's own word, and the claim is aimed at its victims.  Only the latest such attack
    a sentence or two back (or earlier in the claim's own sentence), and not when the claim
    names an act of another kind ("claimed responsibility for the kidnapping")."""
    nouns = _referent_roots()
    order = sorted(events, key=lambda e: e.trigger.idx)
    for c in events:
        if c.code != CLAIM_RESPONSIBILITY or c.source is None or c.mode.mode == NEGATED:
            continue
        holders = [c.trigger] + [o for o in c.trigger.children if o.dep_ in ("dobj", "obj")]
        named = next((t for h in holders for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                      for t in p.children if t.dep_ == "pobj"), None)
        roots = VIOLENT_ROOTS if named is None else VIOLENT_ROOTS & nouns.get(named.lemma_.lower(), frozenset())
        acts = [a for a in reversed(order) if a.trigger.idx < c.trigger.idx and a.code[:2] in roots
                and 0 <= c.sentence_index - a.sentence_index <= CLAIM_WINDOW and a.mode.mode != NEGATED]
        act = next((a for a in acts if named is not None and _same_word(a.trigger, named)), acts[0] if acts else None)
        if act is None or not _unclaimed(act.source):
            continue  # none, or the latest was told with a doer of its own: not this claim's to give
        for a in acts:
            # the act's other words in its sentence ("a car bomb killed eight soldiers": bomb, killed)
            if a is not act and a.sentence_index == act.sentence_index and _one_act(a.code, act.code) \
                    and _unclaimed(a.source):
                a.source = c.source
        act.source = c.source
        if act.target is not None and (c.target is None or c.target.kind == "place"):
            c.target = act.target


def _unclaimed(doer) -> bool:
    """An attack's doer that a claim may name: none, its place standing in, or armed men
    the text does not place or name ("gunmen stormed a concert hall"; UNNAMED_ARMED)."""
    return doer is None or doer.kind == "place" or (
        doer.country is None and doer.code in UNNAMED_ARMED)


def _same_word(trigger, noun) -> bool:
    """The noun names the act by the act's own word: "the bombing" and "a car bomb", "the
    attack" and "attacked", "the shelling" and "shelled" (a kidnapping told between them
    is another act of the same root)."""
    a, b = trigger.lemma_.lower(), noun.lemma_.lower()
    return len(a) > 3 and len(b) > 3 and (a.startswith(b) or b.startswith(a))


def _of_kind(trigger, kinds: set[str]) -> bool:
    """The act's own words carry one of the kinds: its trigger ("impeachment") or a noun
    compounded with it ("an impeachment inquiry")."""
    return trigger.lemma_.lower() in kinds or any(
        k.dep_ == "compound" and k.lemma_.lower() in kinds for k in trigger.children)


def _same_party(a, b) -> bool:
    """One mention of an entity, one code, or a state and its own government."""
    return (a.entity is not None and a.entity == b.entity) or _who(a) == _who(b) or _one_state(a, b)


def _one_state(a, b) -> bool:
    """'Iran' and its government are one party: a state does not answer its own acts
    ("Iran denied the accusation" is no denial of what Iran's envoys blamed)."""
    return a.country is not None and a.country == b.country and "state" in (a.kind, b.kind)


@lru_cache(maxsize=1)
def _referent_roots() -> dict[str, frozenset[str]]:
    """Noun -> the CAMEO roots of the acts it can name (grammar.yaml ``referent_nouns_<root>``,
    ``general_referent_nouns``)."""
    g = grammar()
    out: dict[str, set[str]] = {}
    for key, words in g.items():
        if key.startswith("referent_nouns_"):
            for w in words:
                out.setdefault(w, set()).add(key.rsplit("_", 1)[1])
    for w in g["general_referent_nouns"]:
        out.setdefault(w, set()).update(g["general_referent_roots"])
    return {w: frozenset(r) for w, r in out.items()}


def _referents(trigger) -> list:
    """Definite nouns that are the trigger's object, passive subject, or the object of
    its preposition ("responded to the demand")."""
    out = []
    for ch in trigger.children:
        heads = [ch] if ch.dep_ in ("dobj", "obj", "nsubjpass") else \
            [g for g in ch.children if g.dep_ == "pobj"] if ch.dep_ == "prep" else []
        out += [h for h in heads if h.pos_ == "NOUN" and any(
            d.dep_ == "det" and d.lower_ in ("the", "this", "that", "these", "those") for d in h.children)]
    return out


def _owners(noun, trigger) -> list | None:
    """Who made the act a referent noun names, when its own words say so: a possessor,
    a modifier, a "by"/"from" phrase ("Washington's accusation", "the accusation by the
    United States" -- the parser may hang that phrase on the verb, right after the noun).
    None when nothing owns it; an empty list when something does that is no actor we know."""
    finder = noun.doc.user_data.get(ROLE_FINDER)
    holders = [c for c in noun.children if c.dep_ in ("poss", "compound", "amod")]
    holders += [g for p in noun.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                for g in p.children if g.dep_ == "pobj"]
    if not RoleFinder.is_passive(trigger):  # "was rejected by Kyiv": the by-phrase is the verb's own
        holders += [g for p in trigger.children if p.dep_ == "prep" and p.lower_ in ("by", "from")
                    and p.i == noun.right_edge.i + 1 for g in p.children if g.dep_ == "pobj"]
    found = [a for h in holders for a in (finder.actors_of(h) if finder is not None else [])]
    if found:
        return found
    # a possessor or a "by" phrase that names no actor still owns it; adjectives do not
    return [] if any(c.dep_ == "poss" for c in noun.children) or any(
        h.dep_ == "pobj" for h in holders) else None


def _judged_thing(tok: Token) -> bool:
    """``tok`` is a participle that says who judged a thing ("a media law criticized by the
    United States"): it describes the thing; it is no happening that what is done to the
    thing answers (grammar.yaml citing_verbs)."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and tok.head.pos_ == "NOUN" \
        and tok.lemma_.lower() in grammar()["citing_verbs"]


def _described(inner: Token, outer: Token) -> bool:
    """``inner`` is told in a relative clause on the way up to ``outer``: it describes a
    thing the outer act names. An intended act on the thing is not about that ("will
    withdraw a bill that would have allowed China to extradite suspects": China and the
    suspects are no party to the withdrawal), though a comment on it may be ("denounced
    the memoranda in which Turkey and Libya agreed ...")."""
    tok = inner
    while tok.i != outer.i and tok.head.i != tok.i:  # (spaCy makes a new Token per access: compare indices)
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


def merge(cands: list[Candidate], published: date | None = None) -> list[Candidate]:
    events: list[Candidate] = []
    ordinals: dict[int, str | None] = {}
    references: list[tuple[Candidate, Candidate]] = []  # (definite mention, the event it names)
    for c in sorted(cands, key=lambda c: c.trigger.idx):
        if not c.actorless:
            events.append(c)
            ordinals[id(c)] = _series_word(c.trigger)[0]
            continue
        ordinal, definite = _series_word(c.trigger)
        # ("a gunman shot shoppers" [an assault, 180] ... "the shooting": one act of violence told
        # by two codes, see _one_act)
        prior = [e for e in reversed(events) if e.source is not None and (
            e.code[:2] == c.code[:2] or (e.code[:2] in VIOLENT_ROOTS and c.code[:2] in VIOLENT_ROOTS
                                         and _one_act(e.code, c.code)))]
        # ("a car bomb killed eight soldiers ... gunmen kidnapped two aid workers ... the bombing":
        # the act told by the noun's own word, a few sentences back, before a later one of its root)
        antecedent = next((e for e in prior if _same_word(e.trigger, c.trigger)
                           and c.sentence_index - e.sentence_index <= REFERENT_WINDOW), prior[0] if prior else None)
        if antecedent is None:
            continue  # nothing to refer to: a nominal with no actors codes nothing
        if ordinal is not None and ordinal != ordinals.get(id(antecedent)) and c.code[:2] in VIOLENT_ROOTS:
            continue  # "another (shooting) in Dayton": another attack, whose doer is not the last one's
        if ordinal is not None and ordinal != ordinals.get(id(antecedent)):
            # a new round of the same series: the series' parties, its own mode
            c.source, c.target, c.reciprocal = antecedent.source, antecedent.target, antecedent.reciprocal
            c.actorless, c.inherited = False, True
            c.confidence = round(max(antecedent.confidence - 0.2, 0.3), 2)
            events.append(c)
            ordinals[id(c)] = ordinal
        elif definite or ordinal is not None:
            references.append((c, antecedent))
            antecedent.mentions.extend(c.mentions)
            if antecedent.date is None and c.date is not None:
                antecedent.date, antecedent.date_span = c.date, c.date_span
            if antecedent.place is None and c.place is not None:
                antecedent.place = c.place
    _answer_references(references, events)
    _reprisal_targets(events)
    _claimed_acts(events)
    _continued_targets(events)
    _shared_partner(events)
    events.extend(_brokered_parties(events))
    # comments on a happening take its parties as targets
    def comments(c: Candidate) -> bool:
        return c.code[:2] in VERBAL_ROOTS

    def unrelated(c: Candidate, other: Candidate) -> bool:
        """``other`` is no happening ``c`` is about: the act of one who does ``c`` along
        with its doer ("Biden and Harris refused to answer whether they would support
        Court packing": Harris's support is not what Biden refuses), or an act only asked
        about ("declined to say whether Russia would send troops")."""
        return (other.source is not None and any(e.trigger == c.trigger and e.source is not None
                                                 and e.source.entity == other.source.entity for e in events)) \
            or open_question(other.trigger) or (c.code[:2] == "03" and _described(other.trigger, c.trigger)) \
            or _judged_thing(other.trigger)
    for c in events:
        if c.target is not None or not comments(c):
            continue
        for other in events:
            if other is c or c.trigger not in other.trigger.ancestors or other.trigger in c.trigger.conjuncts:
                continue  # "criticized and condemned": two acts of the same doers, not one on the other
            if unrelated(c, other):
                continue
            if other.source is not None and other.source.entity == c.source.entity:
                continue  # the speaker's own acts are not what it comments on
            parties = (other.source, other.target)
            denial = c.code.startswith(DENIAL)
            if denial or (c.code[:2] in HOSTILE_ROOTS | {THREAT_ROOT} and codebook.quad_class(other.code) == 4):
                # "vowed revenge for the killing of its top general", "shocked by the killing of
                # its diplomat": not the dead, whoever did it (none named: no one); a denial
                # is of who is said to have done it, not of the victims
                parties = (other.source,)
            for party in parties:
                if denial and own_side(party, c.source):
                    continue  # "Russia denied that its forces had shelled the hospital": its own side
                if party is not None and party.entity != c.source.entity and c.target is None:
                    c.target = party
    for c in events:
        if c.code[:2] not in HOSTILE_ROOTS | {THREAT_ROOT} or c.target is None or c.source is None:
            continue
        # "condemned the detention of the activists by Belarusian police": the act's
        # victim is what the phrase names, its doer is whom the condemnation is aimed at
        act = next((o for o in events if o is not c and c.trigger in o.trigger.ancestors
                    and codebook.quad_class(o.code) == 4 and o.target is not None and o.source is not None
                    and (o.target is c.target or (o.target.entity is not None and o.target.entity == c.target.entity))
                    and o.source.entity != c.source.entity and not unrelated(c, o)), None)
        if act is not None:
            c.target = act.source
    extra: list[Candidate] = []
    for c in events:
        if not comments(c) or c.target is None or c.code[:3] == "112":
            continue  # (an accusation is made against the accused alone: "alleged Mahan supported Assad")
        for other in events:
            if c.code[:2] in ("02", "10") and not other.reciprocal:
                continue  # "urged Iran to resume talks with the IAEA": only Iran is asked
            if c.code[:2] in HOSTILE_ROOTS | {THREAT_ROOT} and not other.reciprocal:
                # condemning, accusing of or threatening over an attack or an arrest is aimed at
                # its doer, not its victim; so is condemning a favour done ("condemned US arms
                # sales to Taiwan"); a pact condemned is both its parties'
                continue
            if not other.reciprocal and other.source is not None and _same_party(c.target, other.source):
                # "thanked Russia for helping Syria": the one thanked for the act, not whom it
                # helped ("urged Khartoum and the rebels to reach an agreement": both of a pact)
                continue
            if other is not c and c.trigger in other.trigger.ancestors and other.target is not None \
                    and not unrelated(c, other) \
                    and other.source is not None and other.source.entity != c.source.entity \
                    and other.target is not c.target and other.target.entity != c.source.entity:
                extra.append(_aimed_at(c, other.target))
                break
    events.extend(extra)
    events = _fold_consequences(events)
    # same happening mentioned again
    out: list[Candidate] = []
    for c in events:
        same = next((o for o in out if _same_happening(o, c, published)), None)
        if same is None:
            out.append(c)
            continue
        if _elaboration(c, same):
            keep, drop = same, c  # the act the participle spells out is the event ("lashed out at", not "accusing")
        elif _elaboration(same, c):
            keep, drop = c, same
        elif _stand_in(c) != _stand_in(same):
            keep, drop = (same, c) if _stand_in(c) else (c, same)  # the named parties say more
        elif _consult_purpose(c, same) or _consult_purpose(same, c):
            keep, drop = (same, c) if _consult_purpose(c, same) else (c, same)  # the contact, with both parties
        elif _protest_manner(c, same) or _protest_manner(same, c):
            manner, held = (c, same) if _protest_manner(c, same) else (same, c)
            # the participle names the kind of protest ("blocking the exits" 144), unless
            # it says only that they protested (140): then the verb it hangs on does
            keep, drop = (held, manner) if _residual(manner.code) else (manner, held)
            keep.target = keep.target or drop.target
        else:
            keep, drop = (c, same) if _info(c) > _info(same) else (same, c)
        keep.mentions = sorted(same.mentions + c.mentions, key=lambda s: s.start)
        if keep.date is None and drop.date is not None:
            keep.date, keep.date_span = drop.date, drop.date_span
        if keep.place is None and drop.place is not None:
            keep.place = drop.place
        keep.confidence = round(min(0.95, max(keep.confidence, drop.confidence) + 0.05), 2)
        if keep is c:
            out[out.index(same)] = c
    return out
