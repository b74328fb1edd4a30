"""CAMEO's verbal readings of unreal events.

CAMEO codes what an actor says it will do, or refuses to do, as verbal acts
that did happen: "Japan will support the plan" is an expressed intent to
cooperate (03x), "Iran is prepared to strike" a threat (13x), "Hungary did
not accept the proposal" a rejection (12x).  These are asserted events of
the verbal code, not future or negated material ones.

The reading applies only to the actor's own word about its own act: an
event hoped for or reported by someone else ("Turkey hopes a third round
will be scheduled") keeps its mode.
"""
from __future__ import annotations

from spacy.tokens import Token

from .modality import ASSERTED, FUTURE, HYPOTHETICAL, NEGATED, Modality, cues

# Named-entity types that make a condition one on another party (see _ultimatum).
PARTY_ENTS = {"PERSON", "ORG", "GPE", "NORP"}
# Future cooperation -> expressed intent (03x).
INTENT = {"03": None, "04": "036", "05": "032", "06": "031", "07": "033", "08": "035"}
INTENT_EXACT = {"071": "0331", "072": "0332", "073": "0333", "074": "0334", "061": "0311", "062": "0312",
                "063": "0313", "064": "0314", "0841": "0353", "085": "0354", "081": "0351", "086": "0355",
                "087": "0356", "0871": "0356", "0872": "0356", "0873": "0356", "0874": "0356",
                "084": "0353", "0842": "0353", "082": "0352", "045": "039",
                # acceding to reform (083x) announced for the future: intent to reform (034x)
                "083": "034", "0831": "0341", "0832": "0342", "0833": "0343", "0834": "0344"}
# Future or conditional force -> threat (13x).
THREAT = {"14": "133", "15": "138", "16": "131", "17": "131", "18": "138", "19": "138", "20": "138"}
THREAT_EXACT = {"163": "1312", "161": "1313", "162": "1311", "164": "134", "165": "135", "166": "136",
                "1721": "1321", "1722": "1322", "1723": "1323", "1724": "1324", "192": "1382", "191": "1381",
                "195": "1384", "194": "1384", "193": "1384", "204": "1385", "2041": "1385", "2042": "1385"}
# Verbal acts announced for the future are made by the announcement itself.
VERBAL_ACTS = {"01", "02", "10", "12", "13"}  # not 11: "will criticise", "will sue" are not yet done
# Refused cooperation -> rejection (12x).
REJECT = {"03": "120", "04": "125", "05": "120", "06": "121", "07": "122", "08": "124"}
REJECT_EXACT = {"045": "126", "046": "125", "057": "127", "085": "1244", "0841": "1243", "0871": "1246",
                "061": "1211", "062": "1212", "063": "1213", "071": "1221", "072": "1222", "073": "1223", "074": "1224",
                "081": "1241", "082": "1242", "084": "1243", "0842": "1243", "086": "1245", "087": "1246",
                "0872": "1246", "0874": "1246"}

# "would" reads as "will" here: modality reports it as future only when it is
# the backshifted "will" of reported speech ("Iraq said it would allow ...").
FUTURE_AUX = {"will", "shall", "'ll", "wo", "would"}
THREAT_AUX = {"could", "might", "may", "would"}
# (and the nouns of such a will, modality.yaml will_nouns: "expressed its willingness to negotiate")
INTENT_VERBS = {"plan", "intend", "pledge", "promise", "vow", "agree", "prepare", "decide", "offer", "commit",
                "resolve", "aim", "want", "seek", "hope", "willing", "ready", "prepared", "committed",
                "determined", "eager", "poised"} | cues().will_nouns
COMMIT_VERBS = {"pledge", "promise", "vow", "agree", "decide", "resolve", "commit"}
REFUSE_VERBS = {"refuse", "decline", "reject"}
# "could not reach an agreement", "failed to agree": not managing is not refusing.
INABILITY_AUX = {"can", "could", "ca"}
# "has not yet accepted", "have not agreed so far": a decision still pending is no refusal.
PENDING_ADVERBS = {"yet"}
# "have not held talks since 2015", "have not met in years": a long absence is no refusal.
ABSENCE_PREPS = {"since"}
ABSENCE_SPANS = {"year", "month", "decade", "week"}


def _absence(trigger: Token) -> bool:
    """The act has not happened for a span of time ("since 2015", "for years", "in decades"):
    a state of things, told of no decision."""
    for p in trigger.children:
        if p.dep_ != "prep":
            continue
        if p.lower_ in ABSENCE_PREPS:
            return True
        if p.lower_ in ("for", "in") and any(o.dep_ == "pobj" and o.lemma_.lower() in ABSENCE_SPANS
                                             for o in p.children):
            return True
    return False


def _ultimatum(trigger: Token) -> bool:
    """The act is conditioned by "unless <someone> ..." on the trigger or on the verb it
    complements: a condition on another party ("unless the president arranges a
    ceasefire"), not on how things go ("unless the talks fail")."""
    for v in (trigger, trigger.head):
        for c in v.children:
            if c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ == "unless" for m in c.children):
                subj = next((s for s in c.children if s.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and any(t.ent_type_ in PARTY_ENTS for t in subj.subtree):
                    return True
    return False


def _is_own_word(cue: Token | None, trigger: Token) -> bool:
    """The cue is an auxiliary of the trigger or a verb the trigger complements; for a
    noun event, of the verb it is the object of ("ready to resume talks", "will resume
    negotiations": the verb only says the talks go on, the will is about them)."""
    if cue is None:
        return False
    if trigger.pos_ == "NOUN" and trigger.dep_ in ("dobj", "obj") and trigger.head.pos_ in ("VERB", "AUX"):
        if _is_own_word(cue, trigger.head):
            return True
    if cue.head == trigger and cue.dep_ in ("aux", "neg", "advmod"):
        return True
    if trigger.dep_ == "acl" and trigger.head == cue and cue.pos_ == "NOUN":
        # "expressed its willingness to negotiate": the will is the actor's own when the
        # noun is the object of its own verb, owned by it ("its", "their") or by no one else
        owner = next((c for c in cue.children if c.dep_ == "poss"), None)
        return cue.dep_ in ("dobj", "obj") and (owner is None or owner.pos_ == "PRON")
    return trigger.dep_ == "xcomp" and trigger.head == cue


# Subordinators of an indirect question ("would not say whether he supported", "asked if
# Russia would send troops"): what the clause tells is asked, not said, promised or refused.
QUESTION_MARKS = {"whether", "if"}


def open_question(trigger: Token) -> bool:
    """The trigger's clause, or a clause it is part of, is an indirect question: a
    complement opened by "whether" ("refused to answer whether they would support Court
    packing", "declined to say whether Russia would send troops") or by "if" as the object
    of a verb ("asked if he would resign"; an "if" adverbial clause is a condition)."""
    clause = trigger
    for _ in range(4):
        marks = [c.lower_ for c in clause.children if c.dep_ == "mark"]
        if "whether" in marks or ("if" in marks and clause.dep_ in ("ccomp", "xcomp", "dobj")):
            return True
        if clause.dep_ not in ("ccomp", "xcomp", "conj", "dobj", "pcomp") or clause.head is clause:
            return False
        clause = clause.head
    return False


# Force kept on the table by not ruling it out: "military action", "a strike", "the use of force".
FORCE_OPTIONS = {"action", "force", "use", "strike", "attack", "intervention", "invasion", "war", "option", "operation",
                 "offensive", "retaliation", "response"}
MILITARY_WORDS = {"military", "armed", "force", "forces", "strike", "strikes", "attack", "war", "invasion",
                  "offensive", "retaliation", "intervention"}


def _kept_open_force(trigger: Token) -> bool:
    """'ruled out military action': the verb 'rule out' and a military option for object."""
    if trigger.lemma_.lower() != "rule" or not any(c.lower_ == "out" for c in trigger.children):
        return False
    obj = next((c for c in trigger.children if c.dep_ in ("dobj", "obj")), None)
    if obj is None:
        return False
    words = {t.lower_ for t in obj.subtree}
    return obj.lemma_.lower() in FORCE_OPTIONS and bool(words & MILITARY_WORDS)


def recode(code: str, mode: Modality, trigger: Token, voice_passive: bool) -> tuple[str, Modality] | None:
    """The verbal code and asserted mode for an unreal event, or None to keep it."""
    if mode.mode == ASSERTED or voice_passive or not _is_own_word(mode.cue, trigger):
        return None
    if open_question(trigger):
        return None  # an open question commits no one to anything
    if mode.mode == NEGATED and trigger.pos_ == "NOUN":
        return None  # "did not attend the signing": a signing not attended, no refusal of one
    root = code[:2]
    cue = mode.cue.lower_ if mode.cue is not None else ""
    lemma = mode.cue.lemma_.lower() if mode.cue is not None else ""
    if mode.mode == NEGATED:
        if any(c.dep_ == "aux" and c.lower_ in INABILITY_AUX for c in trigger.children):
            return None
        if code == "120" and _kept_open_force(trigger) and (cue in ("not", "n't", "never") or lemma in REFUSE_VERBS):
            # "has not ruled out military action against Iran", "refused to rule out a strike":
            # force kept on the table is a threat of it (138), not a negated rejection
            return "138", Modality(ASSERTED, mode.cue)
        if any(c.dep_ == "advmod" and c.lower_ in PENDING_ADVERBS for c in trigger.children):
            return None  # "have not yet agreed on rules of origin": still open, not refused
        if _absence(trigger):
            return None
        new = REJECT_EXACT.get(code) or REJECT.get(root)
        if new and (cue in ("not", "n't", "never") or lemma in REFUSE_VERBS):
            return new, Modality(ASSERTED, mode.cue)
        return None
    if mode.mode == FUTURE and cue in FUTURE_AUX and root in VERBAL_ACTS:
        # "Russia will ask the bank to ...": announcing a verbal act is the act
        return code, Modality(ASSERTED, mode.cue)
    if mode.mode == FUTURE and (cue in FUTURE_AUX or lemma in INTENT_VERBS):
        if root in INTENT and _ultimatum(trigger):
            # "will withdraw its force unless the president arranges a ceasefire":
            # an act held over another's head is a threat, not an offer
            return THREAT_EXACT.get(code) or "130", Modality(ASSERTED, mode.cue)
        if root in INTENT:
            return (INTENT_EXACT.get(code) or INTENT[root] or code), Modality(ASSERTED, mode.cue)
        if lemma in COMMIT_VERBS:
            # "pledged to expel": coded as the act itself, as PETRARCH and the
            # codebook's examples do for commitments to coercion
            return code, Modality(ASSERTED, mode.cue)
        new = THREAT_EXACT.get(code) or THREAT.get(root)
        if new:
            return new, Modality(ASSERTED, mode.cue)
        return None
    if mode.mode == HYPOTHETICAL and (cue in THREAT_AUX or lemma in INTENT_VERBS):
        new = THREAT_EXACT.get(code) or THREAT.get(root)
        if new:
            return new, Modality(ASSERTED, mode.cue)
        if root in INTENT and lemma in INTENT_VERBS:
            return (INTENT_EXACT.get(code) or INTENT[root] or code), Modality(ASSERTED, mode.cue)
    return None
