"""Modality: did the event happen, will it, might it, or did it not?

The mode of a trigger is read off the dependency parse: its own negation and
auxiliaries, then those of the clause that governs it, climbing only through
links that pass modality on (an object noun takes its verb's mode; an open
complement takes its governor's).  Adjuncts do not: in "X was not addressed
during the talks" the talks are not negated.

The word lists are data (``data/modality.yaml``) so reviewers can extend them.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Token

from .roles import grammar, in_sequence
from .wordforms import forms

ASSERTED, NEGATED, FUTURE, HYPOTHETICAL = "asserted", "negated", "future", "hypothetical"
MODES = (ASSERTED, NEGATED, FUTURE, HYPOTHETICAL)


@dataclass(frozen=True)
class Cues:
    negators: frozenset[str]
    negative_dets: frozenset[str]
    future_aux: frozenset[str]
    hypothetical_aux: frozenset[str]
    future_verbs: frozenset[str]
    complement_only_future_verbs: frozenset[str]
    phrasal_not_future: frozenset[str]
    hypothetical_verbs: frozenset[str]
    negating_verbs: frozenset[str]
    future_modifiers: frozenset[str]
    hypothetical_modifiers: frozenset[str]
    hypothetical_dets: frozenset[str]
    conditional_marks: frozenset[str]
    hypothetical_adverbs: frozenset[str]
    question_marks: frozenset[str]
    interrogatives: frozenset[str]
    offered_acts: frozenset[str]
    called_acts: frozenset[str]
    pending_marks: frozenset[str]
    negative_subjects: frozenset[str]
    obligation_verbs: frozenset[str]
    will_nouns: frozenset[str]
    hypothetical_nouns: frozenset[str]
    stopping_verbs: frozenset[str]
    attempt_nouns: frozenset[str]
    reason_verbs: frozenset[str]
    confirming_verbs: frozenset[str]


def _stranded_for(verb: Token) -> bool:
    """"a general strike was called for by the unions": the passive of asking for it
    (a "for" with no object of its own), not of declaring it ("called for Monday")."""
    return any(ch.lower_ == "for" and ch.dep_ in ("prep", "prt") and not any(g.dep_ == "pobj" for g in ch.children)
               for ch in verb.children)


@lru_cache(maxsize=1)
def cues() -> Cues:
    # (libyaml's loader when built: the same values, twenty times faster than the pure-Python one)
    raw = yaml.load(resources.files("communique.data").joinpath("modality.yaml").read_text(encoding="utf-8"),
                    Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    return Cues(**{k: frozenset(w.lower() for w in v) for k, v in raw.items()})


@dataclass(frozen=True)
class Modality:
    mode: str
    cue: Token | None = None


def _own(tok: Token, c: Cues) -> Modality | None:
    """Modality marked on the token itself (its negation, auxiliaries, modifiers)."""
    neg = fut = hyp = None
    for ch in tok.children:
        low = ch.lower_
        if ch.dep_ == "neg" or (ch.dep_ == "advmod" and low in c.negators):
            neg = ch
        elif ch.dep_ == "det" and low in c.negative_dets:
            neg = ch
        elif ch.dep_ in ("aux", "auxpass"):
            if low in c.future_aux:
                fut = ch
            elif low in c.hypothetical_aux:
                hyp = ch
        elif ch.dep_ in ("amod", "compound") and tok.pos_ in ("NOUN", "PROPN"):
            if ch.lemma_.lower() in c.future_modifiers or low in c.future_modifiers:
                fut = ch
            elif ch.lemma_.lower() in c.hypothetical_modifiers or low in c.hypothetical_modifiers:
                hyp = ch
        elif ch.dep_ == "acl" and ch.tag_ == "VBN" and tok.pos_ in ("NOUN", "PROPN") and low in c.future_modifiers:
            # "an EU-Africa summit scheduled for April", "talks expected to be held in
            # Beijing": a participle of planning after the noun, as before it
            fut = ch
        elif ch.dep_ == "mark" and low in c.conditional_marks:
            hyp = ch
        elif ch.dep_ == "advmod" and low in c.hypothetical_adverbs:
            hyp = ch
        elif ch.dep_ in ("nsubj", "nsubjpass") and tok.pos_ in ("VERB", "AUX"):
            # "Neither Russia nor China condemned it", "no country has recognized it"
            denier = ch if low in c.negative_subjects or " ".join(
                t.lower_ for t in ch.subtree if t.i <= ch.i) in c.negative_subjects else next(
                (d for d in ch.children if d.dep_ in ("det", "preconj") and d.lower_ in c.negative_dets), None)
            if denier is not None:
                neg = denier
    # "is going to meet": going/xcomp
    if tok.dep_ == "xcomp" and tok.head.lower_ == "going" and any(
        a.dep_ == "aux" for a in tok.head.children
    ):
        fut = tok.head
    # "May is to step down today": "be to" + infinitive is scheduled, not done
    # (not "Egypt was the first state to sign": the infinitive tells what the noun did)
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() == "be" and any(
        a.dep_ == "aux" and a.lower_ == "to" for a in tok.children
    ) and not any(a.dep_ == "attr" and in_sequence(a) for a in tok.head.children):
        fut = tok.head
    if neg is not None:
        return Modality(NEGATED, neg)
    if hyp is not None:
        return Modality(HYPOTHETICAL, hyp)
    if fut is not None:
        return Modality(FUTURE, fut)
    return None


def _governor_verb_mode(head: Token, c: Cues, clause: Token | None = None) -> Modality | None:
    words = forms(head)
    if words & c.negating_verbs:
        return Modality(NEGATED, head)
    if words & c.hypothetical_verbs:
        return Modality(HYPOTHETICAL, head)
    if words & c.hypothetical_nouns and clause is not None and clause.dep_ == "acl":
        # the noun's content ("threats to invade", "reports that mercenaries were fighting"),
        # not a relative clause on it ("the report that criticized Israel" did criticize)
        return Modality(HYPOTHETICAL, head)
    if words & (c.future_verbs | c.will_nouns) and not any(
            f"{head.lemma_.lower()} {p.lower_}" in c.phrasal_not_future for p in head.children if p.dep_ == "prt"):
        return Modality(FUTURE, head)
    return None


def _clause_governor(head: Token, c: Cues, clause: Token) -> Modality | None:
    """The mode a clause's governing word gives it: the verb's ("hopes that"), or the
    adjective of a copula ("it is likely that China will invade": a chance weighed)."""
    gov = _governor_verb_mode(head, c, clause)
    if gov is None and clause.dep_ == "ccomp" and head.lemma_.lower() == "be":
        adj = next((a for a in head.children if a.dep_ == "acomp"), None)
        gov = _governor_verb_mode(adj, c, clause) if adj is not None else None
    return gov


_SUBJECTS = ("nsubj", "nsubjpass", "expl")


def _question_mark(clause: Token, c: Cues) -> Token | None:
    """The question mark that ends ``clause``: attached to it, or right after its last
    word (quotes and brackets between)."""
    for ch in clause.children:
        if ch.dep_ == "punct" and ch.text in c.question_marks:
            return ch
    doc = clause.doc
    for i in range(clause.right_edge.i + 1, min(clause.right_edge.i + 4, len(doc))):
        t = doc[i]
        if t.text in c.question_marks:
            return t
        if not t.is_punct:
            break
    return None


def _interrogative(clause: Token, c: Cues) -> Token | None:
    """The question mark of ``clause`` when it is a direct question: the auxiliary
    (or copula) before the subject ("Will Russia attack", "Is the army ready"), or a
    wh-word opening it ("Who attacked", "Why did Russia attack")."""
    if clause.pos_ not in ("VERB", "AUX") or clause.dep_ in ("relcl", "acl"):
        return None
    q = _question_mark(clause, c)
    if q is None:
        return None
    subj = next((ch for ch in clause.children if ch.dep_ in _SUBJECTS), None)
    if subj is not None:
        if clause.pos_ == "AUX" and clause.i < subj.i and clause.dep_ not in ("aux", "auxpass"):
            return q  # "Is the army ready to attack?"
        if any(ch.dep_ in ("aux", "auxpass") and ch.i < subj.i for ch in clause.children):
            return q
    first = next((t for t in clause.subtree if not t.is_punct and t.dep_ not in ("cc",)), None)
    if first is not None and first.lower_ in c.interrogatives:
        return q
    return None


def _question(trigger: Token, c: Cues) -> Modality | None:
    """A trigger in (or governed by) a direct question is asked about, not reported."""
    tok = trigger
    for _ in range(12):
        q = _interrogative(tok, c)
        if q is not None:
            return Modality(HYPOTHETICAL, q)
        if tok.head == tok or tok.dep_ == "parataxis" or (tok.dep_ == "ccomp" and tok.i < tok.head.i):
            break  # a clause set before the question ("We signed it, so why doubt us?") is stated
        tok = tok.head
    return None


def _has_subject(tok: Token) -> bool:
    return any(ch.dep_ in ("nsubj", "nsubjpass") for ch in tok.children)


def _finite(tok: Token) -> bool:
    """A tensed verb: past or present form, or a modal or tensed auxiliary of its own."""
    return tok.tag_ in ("VBD", "VBZ", "VBP", "MD") or any(
        ch.dep_ in ("aux", "auxpass") and ch.tag_ in ("MD", "VBD", "VBZ", "VBP") for ch in tok.children)


def _infinitive(tok: Token) -> bool:
    return any(ch.dep_ == "aux" and ch.lower_ == "to" for ch in tok.children)


def modality(trigger: Token, max_steps: int = 6) -> Modality:
    """The mode of the event whose trigger is ``trigger``."""
    mode = _climbed(trigger, max_steps)
    if mode.mode == ASSERTED and trigger.pos_ == "NOUN":
        # "warned of a response to any Israeli attack": any one that may come (under a
        # negation the negation rules: "did not put any pressure on them")
        det = next((ch for ch in trigger.children if ch.dep_ == "det" and ch.lower_ in cues().hypothetical_dets), None)
        if det is not None:
            return Modality(HYPOTHETICAL, det)
    return mode


def _unconfirmed(verb: Token, own: Modality | None, c: Cues) -> Modality | None:
    """A verb of confirming, negated (modality.yaml confirming_verbs): what it governs is
    unconfirmed, neither done nor undone."""
    if own is not None and own.mode == NEGATED and not forms(verb).isdisjoint(c.confirming_verbs):
        return Modality(HYPOTHETICAL, own.cue)
    return None


def _argument_link(head: Token, trigger: Token) -> str | None:
    """How the branch of ``head`` that holds ``trigger`` hangs on it (its dependency label)."""
    return next((ch.dep_ for ch in head.children if ch == trigger or ch.is_ancestor(trigger)), None)


def _climbed(trigger: Token, max_steps: int) -> Modality:
    """The mode marked on the trigger or on the words that govern it."""
    c = cues()
    question = _question(trigger, c)
    if question is not None:
        return question
    tok = trigger
    own_clause = False  # climbed from a conjunct with its own subject
    for _ in range(max_steps):
        own = _own(tok, c)
        if own_clause and own is not None and not (own.cue is not None and own.cue.dep_ == "mark"):
            own = None  # "X would not have won, and I applaud": only a shared "if" reaches the next clause
        own_clause = False
        if own is not None:
            if tok is not trigger and (unconfirmed := _unconfirmed(tok, own, c)) is not None \
                    and _argument_link(tok, trigger) in ("dobj", "obj", "xcomp", "ccomp", "nsubjpass"):
                return unconfirmed  # "has never confirmed the strike"
            if own.mode == NEGATED and tok.dep_ in ("ccomp", "xcomp") and tok.head != tok:
                # "pressured Trump not to commute", "demanded that Israel not build":
                # what is asked not to happen is asked for, not refused
                gov = _governor_verb_mode(tok.head, c)
                if gov is not None and gov.mode == HYPOTHETICAL:
                    return gov
            if own.mode == FUTURE and tok.dep_ in ("ccomp", "xcomp") and tok.head != tok:
                # "hopes that Russia will withdraw": the hope rules the future
                gov = _clause_governor(tok.head, c, tok)
                if gov is not None and gov.mode in (HYPOTHETICAL, NEGATED):
                    return gov
            return own
        head = tok.head
        if head == tok:
            break
        dep = tok.dep_
        if dep == "conj":
            # shared auxiliaries and negation sit on the first conjunct
            if tok.tag_ == "VB" and not _finite(tok) and not _has_subject(tok) and head.tag_ in ("VBD", "VBZ"):
                # "called for supporters to march on parliament and occupy the building":
                # a bare infinitive is no conjunct of a finite verb but of the infinitive it asks for
                gov = _governor_verb_mode(head, c)
                if gov is not None:
                    return gov
            if _finite(tok):
                # "urged India to release the pilot and called for talks", "opted not to hold
                # a vote, but the party endorsed him": a finite verb is coordinated with the
                # finite verb above the infinitive the parser hung it on
                for _ in range(3):
                    if not _infinitive(head) or head.head == head:
                        break
                    head = head.head
            own_clause = _has_subject(tok)
            tok = head
            continue
        if dep == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            # "implored the council to release": the parser often hangs the asked-for
            # infinitive as an adverbial clause; only a governing verb of asking,
            # planning or refusing rules it (a purpose clause keeps its own mode)
            gov = _governor_verb_mode(head, c)
            if gov is not None:
                return gov
            head_own = _own(head, c)
            if head_own is not None and head_own.mode != ASSERTED:
                return head_own  # "will meet to discuss", "did not come to sign": the purpose shares the act's fate
            if head.lemma_.lower() in grammar()["giving_verbs"] and not _has_subject(tok):
                # "paid bounties to the Taliban to kill soldiers": what a gift is for is
                # the taker's act to come, not one reported done
                return Modality(HYPOTHETICAL, head)
        if dep == "advcl" and tok.tag_ in ("VBZ", "VBP", "VB") and (pending := next(
                (a for a in tok.children if a.dep_ == "mark" and a.lower_ in c.pending_marks), None)) is not None:
            # "will continue until the government resigns": the resignation is still to come
            main = modality(head, max_steps - 1)
            return main if main.mode != ASSERTED else Modality(FUTURE, pending)
        if dep == "xcomp" and head.lemma_.lower() in c.obligation_verbs and head.tag_ in ("VBZ", "VBP", "VB") \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in tok.children):
            return Modality(HYPOTHETICAL, head)  # "has to approve": owed, not done
        if dep in ("xcomp", "ccomp", "acl", "relcl") and head.pos_ in ("VERB", "AUX", "NOUN", "ADJ"):
            head_own = _own(head, c)
            if dep in ("xcomp", "ccomp") and (unconfirmed := _unconfirmed(head, head_own, c)) is not None:
                return unconfirmed  # "did not acknowledge that its troops fired"
            infinitive = dep == "xcomp" or (dep == "ccomp" and any(
                a.dep_ == "aux" and a.lower_ == "to" for a in tok.children))  # "would have allowed China to extradite"
            if head_own is not None and head_own.mode in (HYPOTHETICAL, NEGATED) and infinitive:
                # "unless the president agrees to step down": the condition rules
                return head_own
            gov = _clause_governor(head, c, tok)
            if gov is not None:
                return gov
            if dep in ("ccomp", "relcl"):
                # A reported clause keeps its own tense: "said it will meet" is
                # future, "said it met" asserted, whatever the saying verb.
                break
            tok = head
            continue
        if dep in ("dobj", "nsubj", "nsubjpass", "attr", "oprd", "obj", "acomp"):
            # ("acomp": "they are not concerned", "will be critical": the copula carries the mode)
            if dep in ("dobj", "nsubjpass") and (tok.lemma_.lower() in c.offered_acts or (
                    head.lemma_.lower() == "call" and tok.lemma_.lower() in c.called_acts
                    and not _stranded_for(head))):
                # "offered condolences": given, not proposed; "called a general strike":
                # declared, not asked for; the verb's own mode rules (in the passive too:
                # "condolences were offered by", "a general strike was called")
                tok = head
                continue
            if dep in ("dobj", "obj", "nsubjpass") and tok.lemma_.lower() in c.attempt_nouns \
                    and not forms(head).isdisjoint(c.stopping_verbs):
                tok = head  # "police foiled an assassination attempt": the attempt was made
                continue
            gov = _governor_verb_mode(head, c)
            # (the active subject of a verb of planning acts, it is not planned: "a drone
            # attack set fire to an oil depot", "the strike aims to ..."; "is set for Monday"
            # is passive)
            if gov is not None and not (gov.mode == FUTURE and (
                    head.lemma_.lower() in c.complement_only_future_verbs or dep == "nsubj")):
                return gov
            if dep in ("dobj", "obj") and tok.pos_ == "NOUN" and head.pos_ == "VERB" \
                    and not grammar()["about_verbs"].isdisjoint(forms(head)):
                # "India did not condemn Russia's invasion", "will never recognise the
                # annexation": the happening a verb only speaks of keeps its own mode
                # (a light verb's is the noun's, "did not hold talks"; so is what is
                # allowed or blocked, "would not allow military operations")
                break
            tok = head
            continue
        if dep == "compound" and head.pos_ == "NOUN":
            # "alleged assassination plots", "planned troop withdrawal": the modifiers
            # of the head noun rule its compound (not the head's own meaning: an
            # "assassination attempt" happened)
            head_own = _own(head, c)
            if head_own is not None:
                return head_own
            tok = head
            continue
        if dep == "pobj" and head.dep_ == "prep":
            # "a round of negotiations", "calls for talks": the noun the
            # preposition hangs on carries the mode; adjuncts of verbs do not.
            grand = head.head
            if (head.lower_ == "of" and grand.pos_ in ("NOUN", "PROPN")) or (
                head.lower_ in ("for", "to") and grand.pos_ in ("VERB", "AUX")
            ) or (head.lower_ in ("in", "to") and grand.pos_ in ("VERB", "AUX", "ADJ")
                  and grand.lemma_.lower() in grammar()["engage_verbs"]):
                # ("denied that its troops were involved in the attack": an act one takes part
                # in has the taking part's mode, as its doer is the taker's)
                if head.lower_ == "for" and grand.pos_ == "VERB" and (gov := _governor_verb_mode(grand, c)) is not None \
                        and gov.mode == HYPOTHETICAL:
                    return gov  # "the union called for a strike", "pressed for talks": asked for, not held
                if tok.pos_ == "NOUN" and grand.pos_ == "VERB" and not forms(grand).isdisjoint(c.reason_verbs):
                    break  # "vowed to retaliate for the killing", "will respond to the attack": the reason was done
                tok = grand
                continue
        break
    return Modality(ASSERTED)
