"""From a parsed, actor-annotated document to coded events.

For each sentence: find the triggers (lexicon), fill their roles (parse),
read their modality, date and place; then decide which reporting verbs code
a statement of their own, draw accusations out of claims ("X claimed Y
undermined ..."), and pass the result to the merge step, which makes one
event of each happening mentioned several times.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from datetime import date

from spacy.tokens import Doc, Span as SpacySpan, Token

from .. import codebook, dates, places
from ..nlp import sentences
from ..actors.codes import SECTORS, STATE_BODY_SECTORS
from ..actors.gazetteer import fold, name_words
from ..datelines import DATELINE_STATE
from ..actors.roles import load_roles
from ..records import Actor, Place, Quote, Span
from .lexicon import GPE_OBJECT, Entry, Lexicon, Match, subject_among, town_name
from .modality import ASSERTED, FUTURE, HYPOTHETICAL, NEGATED, Modality, modality
from .recode import INTENT, INTENT_EXACT, REJECT, REJECT_EXACT, THREAT as THREATS, THREAT_EXACT, recode
from .purpose import asked_acts, kinds, looked_through, means, purposes, refine as refine_purpose
from .roles import (FIRST_PERSON, REFLEXIVE_PRONOUNS, RoleFinder, Roles, carrying_on, counted_arms, counted_victims,
                    grammar, names_court, one_person, quantity_noun, subjectless_participle, weapon_or_craft)

# Reporting verbs that are public acts in themselves: they code a statement
# (010) even with no quote.  "said", "told", "added" only report.
DECLARATIVE = {"announce", "confirm", "declare", "state", "stress", "reiterate", "emphasize", "emphasise",
               "underline", "underscore", "proclaim", "pledge", "reaffirm", "reassert", "restate"}
# "X said Y must ...": a demand on Y, by what Y must do.
DEMAND_MODALS = {"must", "should", "need", "ought"}
DEMAND = {"03": "100", "04": "106", "036": "106", "045": "108", "039": "108", "05": "102", "06": "101", "07": "103", "08": "105"}
DEMAND_EXACT = {"063": "1013", "064": "1014", "0841": "1053", "0842": "1053", "085": "1054", "081": "1051", "0871": "1056", "087": "1056",
                "0872": "1056", "0874": "1056", "045": "108", "037": "107",
                "061": "1011", "062": "1012", "071": "1031", "072": "1032", "073": "1033", "074": "1034",
                "084": "1053", "082": "1052", "086": "1055", "057": "107"}
# An intent asked for is the act intended: "said the junta must agree to a new constitution"
# demands reform (1044) as "agree to talks" demands a meeting; CAMEO's 03x, 02x and 10x
# share their sub-codes (037/027/107 settling, 0353/0253/1053 release ...).
INTENT_SUBCODES = ("1", "11", "12", "13", "14", "2", "3", "31", "32", "33", "34", "4", "41", "42", "43", "44",
                   "5", "51", "52", "53", "54", "55", "56", "6", "7")
DEMAND_EXACT.update({"03" + s: "10" + s for s in INTENT_SUBCODES})
DEMAND_EXACT["038"] = "108"  # accepting mediation, demanded
# Appeals and demands: the subject of "that ..." is who is asked.
ASKING_ROOTS = {"02", "10"}
# Roots whose "in <state or capital>" names the other party: the host of a
# visit, meeting or protest, the territory of a curfew or its lifting.
BENEFIT_ROOTS = frozenset({"03", "05", "06", "07"})  # acts a purpose of helping gives a beneficiary
HOSTED_ROOTS = {"04", "08", "14", "15", "17", "13", "16", "18", "19", "20"}
THREAT_ROOTS = {"13"}
# ...where the host may be the actor's own country: a curfew in one's capital
# is imposed on it, lifting it or threatening it is done to it too; a visit to
# it is no visit.
DOMESTIC_ROOTS = {"08", "13", "14", "17"}
STATELIKE = {"state", "capital"}
# Force postures (mobilising, alerting, reinforcing): never done to one's own forces.
POSTURE_ROOTS = {"15"}
STAND_DOWN = ("087", "0356")  # de-escalation done or intended: the forces moved are the doer's own
# Refusals: aimed at whoever pressed for what is refused ("despite pressure by X").
REFUSAL_ROOTS = {"12"}
# Dissent (protests, strikes, boycotts): done against someone its cause names.
DISSENT_ROOTS = {"14"}
# Findings against an act or a measure ("found the prorogation unlawful", "deemed the law
# unconstitutional"): aimed at whoever made it when no party is named.
JUDGING_ROOTS = frozenset({"11"})
# Generic military force by non-state armed actors reads as CAMEO's
# unconventional violence.
UNCONVENTIONAL = {"190": "180"}
# Shooting by one private person ("a gunman shot shoppers", "a farmer shot dead two
# officers") is an assault; by a band of fighters it stays a fight with small arms (193).
PRIVATE_SHOOTING = {"193": "180"}
RIOT = "145"
REPRESSION_ROOTS = ("18", "19")  # force by police on a crowd, recoded REPRESSION: see _candidates
DENOUNCE = "111"  # CAMEO: criticize or denounce
REPRESSION = "175"  # CAMEO: use tactics of violent repression
CLASH = "190"
NONSTATE_ARMED = {"REB", "UAF", "INS", "CRM", "SEP", "RAD"}
# ...and civilians who attack ("settlers attacked Palestinian farmers"): no army, so no military force
# (and people at work, in business, schools, hospitals, farms, the press or the clergy:
# "an IT worker went on a stabbing spree, killing four" is an assault, not military force)
CIVILIAN_ASSAILANTS = {"CVL", "LAB", "BUS", "EDU", "HLH", "AGR", "MED", "REL"}
VIOLENT_ROOTS = frozenset({"18", "19", "20"})  # assault, fight, mass violence
# Roots of violence whose doer news often leaves unnamed: all of them.
UNCLAIMED_VIOLENCE = VIOLENT_ROOTS
# A cyberattack whose doer the text does not name is coded on its target alone, as violence
# is ("hackers launched a cyberattack on Ukraine's power grid"); no place stands in for its doer.
CYBERATTACK = "176"
SPEAKING_TO = {"talk", "speak"}  # a contact only with a party: "spoke to Putin", not "to BBC Sport"
# Accede to demands for change in leadership or policy: resignations, bills withdrawn.
# Coded only as demands met, so only when the sentence tells of the pressure.
YIELD_ON_DEMAND = ("0831", "0832")
STATE_PREPS = frozenset({"under", "into"})  # "placed under arrest", "taken into custody"
TIME_ADVERBS = frozenset({"back", "earlier", "later"})  # adverbs the parser hangs a time phrase on
RELEASE = "084"  # CAMEO: return, release persons or property
# Acts whose object, named with where it is and no party of its own, makes that
# country the target: investigation, criticism and rejection of a happening, and violence
# on a thing.
PLACED_TARGET_ROOTS = frozenset({"09", "11", "12", "17", "18", "19", "20"})
# CAMEO acts of force on an area (a blockade or siege, an occupation, artillery and air
# strikes), not on people by name (a shooting, a killing)
AREA_FORCE = ("191", "192", "194", "195")
FORCE_ROOTS = frozenset({"17", "18", "19", "20"})  # coercion and violence (17 too, unlike merge.py)
IMPACT_PREPS = frozenset({"near", "on", "onto", "into", "at", "in", "inside", "upon", "around"})
# The last root of CAMEO's verbal acts (01-13: statements to threats); protests,
# coercion and force follow.
VERBAL_LAST_ROOT = "13"
# ...and acts only a state's authorities do, told in the passive: "a missionary
# was arrested in Lebanon", "put under investigation in Italy".
STATE_ACTS = {"09", "17"}
# ...of which those that, with no place named, the state the article is about did:
# seizing, restricting, arresting, expelling, convicting ("was convicted": only a
# court finds guilty); not 170 "harassed", which anyone does
HOME_STATE_ACTS = ("09", "171", "172", "173", "174", "116")
# doc.user_data key: the state an article is about (see _home_state)
HOME_STATE = "communique.home_state"
# doc.user_data key: the state where the story's lead places it, when the actor finder
# placed people by it ("lead" in Actor.country_from)
LEAD_STATE = "communique.lead_state"
ROLE_FINDER = "communique.role_finder"  # the document's RoleFinder, for checks made per candidate
FRAME_PREPS = {"during", "amid", "amidst"}  # "arrested during protests in Iran": a happening that frames the act
PLACE_PREPS = {"in", "at", "near", "outside", "inside", "across", "around", "throughout", "through"}
DATE_PREPS = {"on", "in", "since", "during", "until", "by", "from"}
MEDIATE = "045"
ARREST = "173"  # CAMEO: arrest, detain
POLICE_POWER = "153"  # CAMEO: mobilize or increase police power
PROTECTION = "074"  # CAMEO: provide military protection or peacekeeping
PROTEST = "140"  # CAMEO: engage in political dissent, not specified
OFFICIAL_COMPLAINT = "114"
WITHDRAW = "0874"  # CAMEO: retreat or surrender militarily
REDUCE_RELATIONS = "160"
OPTIMISTIC_COMMENT = "013"
PESSIMISTIC_COMMENT = "012"
THREAT = "130"
SIGNING_VERBS = {"sign", "ink", "seal", "conclude", "countersign"}
# Comments whose "for/over/about" phrase names what they are about.
ABOUT_ROOTS = {"01", "11"}
ACCUSE_CODE = "112"  # "X claimed Y did <harm>": X accuses Y
CLAIM_RESPONSIBILITY = "015"  # "X claimed (that) it attacked": X claims responsibility
CLAIM_VERBS = {"claim", "allege", "charge", "accuse", "insist", "assert", "contend", "argue"}
RESPONSIBILITY_VERBS = {"claim", "admit", "acknowledge", "concede"}
RESPONSIBILITY_NOUNS = {"responsibility", "credit"}
LIVES = {"life", "lives"}  # "claimed the lives of": what an act took, no claim
# Appeals (CAMEO 02x) by the root of what is asked for.
APPEAL_CODE = "020"  # the residual appeal; also the code of the proposing speech verbs (propose, recommend)
APPEAL = {"03": "020", "04": "026", "05": "022", "06": "021", "07": "023", "08": "025"}
APPEAL_EXACT = {"061": "0211", "062": "0212", "063": "0213", "064": "0214", "071": "0231", "072": "0232",
                "073": "0233", "074": "0234", "081": "0251", "0841": "0253", "085": "0254", "086": "0255",
                "087": "0256", "045": "028", "046": "026", "043": "026", "044": "026",
                "084": "0253", "0842": "0253", "082": "0252", "057": "027"}
APPEAL_EXACT.update({"03" + s: "02" + s for s in INTENT_SUBCODES} | {"038": "028", "039": "028"})
# A request, intent, demand, rejection or threat is sub-coded by the act it asks for,
# offers, demands, refuses or threatens: "urged Spain to extradite" 0213, "refused to
# lift the curfew" 1241.  By root: the table of the act's exact code, then of its root.
ASKED_TABLES = {"02": (APPEAL_EXACT, APPEAL), "03": (INTENT_EXACT, INTENT), "10": (DEMAND_EXACT, DEMAND),
                "12": (REJECT_EXACT, REJECT), "13": (THREAT_EXACT, THREATS)}
# Acts that only carry another: "rejected a request to interrogate", "met the demands to
# release": what is refused or met is what the request asks.
CARRIER_ROOTS = {"02", "03", "10"}


# Wishing another actor's act is asking for it: "Obama wants Putin to ...".
WISH_VERBS = {"want", "wish", "need", "expect", "encourage", "invite"}
# Verbs that put what they report in doubt: "X alleged that Y attacked Z" is
# X's accusation; the attack itself is not asserted by the report.
ALLEGE_VERBS = {"allege", "claim"}


def own_side(party: Actor | None, speaker: Actor) -> bool:
    """A state's own bodies, or bodies of one state, speaking of each other: "Russia" and
    "its forces", "the Kremlin" and "Russian troops" (not a candidate and the president)."""
    if party is None or party.country is None or party.country != speaker.country:
        return False
    return party.country_from == "possessor" or speaker.kind in ("state", "capital") \
        or (party.sector in STATE_BODY_SECTORS and speaker.sector in STATE_BODY_SECTORS)


def claim_code(verb: str, speaker: Actor, doer: Actor, victim: Actor | None = None, staged: bool = False) -> str | None:
    """What a speaker's report of another's hostile act codes, if anything.

    A claim (allege, charge...) against another actor is an accusation; a
    plain "said" is one only when the speakers report what was done to
    themselves ("Israel said a mortar was fired at it from Gaza"): wires
    quoting officials about others' fighting are reports, not accusations;
    nor when they say another state did it to itself (``staged``: "Russia said
    Ukraine had shelled itself" accuses Ukraine of a false flag).
    Claiming one's own act is claiming responsibility.
    """
    same = (doer.entity is not None and doer.entity == speaker.entity) or (
        doer.code is not None and doer.code == speaker.code) or own_side(doer, speaker)
    if same:
        return CLAIM_RESPONSIBILITY if verb in RESPONSIBILITY_VERBS else None
    if verb in CLAIM_VERBS:
        return ACCUSE_CODE
    victim_is_speaker = victim is not None and (
        (victim.entity is not None and victim.entity == speaker.entity)
        or (victim.country is not None and victim.country == speaker.country and speaker.kind in ("state", "capital")))
    if (victim_is_speaker or staged) and doer.country != speaker.country:
        return ACCUSE_CODE
    return None



def _own_forces(t: Actor, sources: list[Actor], sectors: tuple[str, ...] = ("MIL",)) -> bool:
    """Soldiers with no country, or of the doer's own: "its forces", "army reservists" (and,
    readied or deployed, police: "the deployment of 1,000 police officers")."""
    return t.sector in sectors and (t.country is None or any(t.country == s.country for s in sources))


def _possessed_own(t: Actor, sources: list[Actor]) -> bool:
    """People the doer's possessive names as its own: "its diplomats", "its citizens"."""
    return t.country is not None and t.kind == "sector" and t.country_from == "possessor" \
        and any(t.country == s.country for s in sources)


def _left_state(tok: Token, roles: RoleFinder, sources: list[Actor],
                preps: tuple[str, ...] = ("from", "of")) -> tuple[list[Actor], Token | None]:
    """The state forces are withdrawn from ("pulled its troops out of Syria"), if one is named;
    with "in" among ``preps``, the state a mission stands in ("its embassy in Damascus")."""
    for p in tok.subtree:
        if p.dep_ == "prep" and p.lower_ in preps:
            for g in p.children:
                left = [a for a in roles.actors_of(g) if a.kind in ("state", "capital", "place") and a.country
                        and all(a.country != s.country for s in sources)]
                if left:
                    return left[:1], g
    return [], None


def _abroad(place: Actor, doers: list[Actor]) -> bool:
    """A state or place of another country than every doer's ("its forces in Lebanon")."""
    return place.kind in ("state", "capital", "place") and bool(place.country) \
        and all(place.country != d.country for d in doers)


def _posture_aim(tok: Token, forces: Token | None, roles: RoleFinder,
                 sources: list[Actor], deep: bool = False) -> tuple[list[Actor], Token | None]:
    """Whom forces are readied against: "against X" on the act, on its forces, or
    on what they are readied for ("for a possible war against Iraq"); else the
    foreign state they stand in ("its forces in Lebanon")."""
    def aimed(p: Token, aim: Token | None) -> list[Actor]:
        """Whom "against X" names, or the foreign state "in/to/near X" names."""
        return [a for a in roles.actors_of(aim) if RoleFinder._other(a, sources)
                and (p.lower_ == "against" or _abroad(a, sources))]

    holders = [tok] + ([forces] if forces is not None else [])
    holders += [g for h in list(holders) for p in h.children if p.dep_ == "prep" and p.lower_ == "for"
                for g in p.children if g.dep_ == "pobj"]
    for want in (("against",), ("in", "into", "to", "near", "along", "on")):
        for h in holders:
            for p in h.children:
                if p.dep_ != "prep" or p.lower_ not in want:
                    continue
                aim = next((g for g in p.children if g.dep_ == "pobj"), None)
                if aim is not None and aim.lemma_.lower() in ("border", "frontier") and not roles.actors_of(aim):
                    # "massed troops on the border with Ukraine": the state across it
                    aim = next((g for q in aim.children if q.dep_ == "prep" and q.lower_ == "with"
                                for g in q.children if g.dep_ == "pobj"), aim)
                if found := aimed(p, aim):
                    return found, aim
    if tok.pos_ == "NOUN" and tok.dep_ in ("dobj", "obj"):
        # "approved the deployment of troops to Mali": the parse hangs the destination on the verb
        # (only a destination: "held exercises near the border" names where, no one aimed at)
        for p in tok.head.children:
            if p.dep_ == "prep" and p.lower_ in ("to", "into"):
                aim = next((g for g in p.children if g.dep_ == "pobj"), None)
                if found := aimed(p, aim):
                    return found, aim
    if deep:
        # what they are readied for: "hackers capable of launching cyber warfare against
        # the United States", "prepared to resume shelling rebel-held territory"
        clauses = [c for c in tok.children if c.dep_ in ("xcomp", "advcl")]
        attacks = grammar()["agentless_attack_verbs"]
        for t in (t for root in ([forces] if forces is not None else []) + clauses for t in root.subtree):
            if t.dep_ == "prep" and t.lower_ == "against":
                aim = next((g for g in t.children if g.dep_ == "pobj"), None)
            elif t.dep_ in ("dobj", "obj") and t.head.pos_ == "VERB" and t.head.lemma_.lower() in attacks:
                aim = t
            else:
                continue
            found = [a for a in roles.actors_of(aim) if RoleFinder._other(a, sources) and not _own_forces(a, sources)]
            if found:
                return found, aim
    return [], None


def _as_protesters(a: Actor, doc) -> Actor:
    """The doers of a protest named only as a people (a plural demonym) are protesters of
    their country (CAMEO's OPP), not the state: "1.7 million Hongkongers marched" HKGOPP.
    A state's own name ("Hungary protested") keeps its code; so do civilians ("residents
    of Aleppo protested" SYRCVL) and people with a role (students EDU, workers LAB)."""
    if a.kind != "state" or a.sector is not None or not a.country:
        return a
    if a.name and fold(a.text).removeprefix("the ") == fold(a.name).removeprefix("the "):
        return a  # "The Philippines protested": a state whose own name is plural
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    if span is None or span[-1].tag_ not in ("NNS", "NNPS"):  # a plural demonym: "Hongkongers", "Iraqis"
        return a
    return replace(a, code=a.country + "OPP", sector="OPP", kind="sector")


def _earlier_crowd(a: Actor, tok: Token, roles: RoleFinder) -> Actor:
    """Protesters of no country, in a story that named a protesting crowd of one country in
    the three sentences before: that crowd's ("1.7 million Hongkongers marched ... Protesters
    started at the park and walked until evening": HKGOPP).  Two countries' crowds: unknown."""
    if a.sector != "OPP" or a.country is not None:
        return a
    first, back = tok.sent, 0
    while back < 3 and first.start > 0:
        first = tok.doc[first.start - 1].sent
        back += not first.text.isspace()  # (a paragraph break is no sentence)
    crowds = {c.country for i in range(first.start, tok.sent.start) if (c := roles.by_token.get(i)) is not None
              and c.country and (c.sector == "OPP" or (c.kind == "state" and _as_protesters(c, tok.doc) is not c))}
    if len(crowds) != 1:
        return a
    country = crowds.pop()
    return replace(a, country=country, code=country + (a.code or "OPP"), country_from="antecedent")


# Roots of force a state may be said by others to be about to use: a shown force, coercion,
# assault, fight, mass violence (what others say a state will do in peace, "Fischer will visit
# Albania, Tirana said", stays its announced intent, as the CAMEO manual codes it)
FORECAST_ROOTS = frozenset({"15", "17", "18", "19", "20"})


def _told_by_another(trigger: Token, sources: list[Actor], finder: RoleFinder | None) -> bool:
    """The trigger's clause is reported by an actor of another state than its doers': "The US
    warned that Russia could invade Ukraine", "Biden said Russia would invade" tell the
    speaker's forecast, not what Russia announced it would do (no threat of Russia's)."""
    if finder is None:
        return False
    tok = trigger
    for _ in range(4):
        if tok.dep_ == "ccomp" and tok.head.pos_ in ("VERB", "AUX"):
            speakers = finder.actors_of(finder.subject(tok.head))
            # (a speaker of no known state may speak for the doers: "the foreign minister said
            # Mexico would consider ...")
            if not speakers or any(a.country is None for a in speakers):
                return False
            return not any(a.entity == s.entity or a.country == s.country for a in speakers for s in sources)
        if tok.dep_ not in ("dobj", "obj", "xcomp", "conj") or tok.head is tok:
            # (only up through what the clause's verb governs: "said Russia would launch an attack")
            return False
        tok = tok.head
    return False


def _warned_reprisal(verb: Token) -> Token | None:
    """What a warning is "of" when it is the speaker's own act to come (grammar.yaml
    reprisal_nouns: "warned of retaliation", "of strong countermeasures")."""
    return next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "of"
                 for g in p.children if g.dep_ == "pobj" and g.lemma_.lower() in grammar()["reprisal_nouns"]), None)


def _warned_party(verb: Token, r: Roles) -> bool:
    """The warning names whom it warns: its object ("warned the US"), whom it is "against" or
    "to", or a party its clause names ("warned of consequences if NATO expands"); not a place
    inside what it warns of ("warned of famine in Yemen")."""
    via = r.target_via
    if not r.targets or via is None:
        return False
    prep = via if via.dep_ == "prep" else via.head if via.dep_ == "pobj" and via.head.dep_ == "prep" else None
    return prep is None or prep.lower_ in ("against", "to")


def _stopped_or_survived() -> frozenset[str]:
    """Verbs whose object is an act their subject stopped or outlived (grammar.yaml)."""
    return grammar()["stopping_verbs"] | grammar()["surviving_verbs"]


def _private_person(a: Actor) -> bool:
    """A person of no sector: a private individual named or "a man"."""
    return a.kind in ("person", "sector") and a.sector is None


def _lone_actor(a: Actor, doc: Doc) -> bool:
    """One of a kind ("a gunman", "the attacker"), not a band ("gunmen")."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand")
    return a.kind == "sector" and span is not None and span.root.tag_ == "NN"


def _protest_aim(tok: Token, pos: str, roles: RoleFinder, sources: list[Actor]) -> tuple[list[Actor], Token | None]:
    """Whom a protest with no target of its own is aimed at: the actors named in
    "in protest of/against X" ("in defiance of Chinese authorities", grammar.yaml
    cause_nouns) on the act or the verb that stages it, else in its purpose clause
    ("to demand the resignation of X", "to protest X's failure"), or the protest it
    was done during ("during demonstrations against X").  X may be a deed:
    its doer or owner is meant ("violations by Algerian forces", "the government's
    refusal")."""
    holders = [tok]
    if pos == "noun" and tok.dep_ in ("dobj", "obj") and tok.head.pos_ in ("VERB", "AUX"):
        holders.append(tok.head)  # "staged a hunger strike in protest ..."
    causes = grammar()["cause_nouns"]
    for h in holders:
        for p in h.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "out", "during", "amid"):
                continue
            # ("threw stones during demonstrations against violations by the Israeli military":
            # an act done during a protest against X is part of it)
            during = p.lower_ in ("during", "amid")
            for noun in (g for g in p.children if g.dep_ == "pobj" and (during or g.lemma_.lower() in causes)):
                for q in noun.children:
                    if q.dep_ == "prep" and q.lower_ in (("against",) if during else ("of", "against", "at", "over", "to", "with")):
                        aim = next((g for g in q.children if g.dep_ == "pobj"), None)
                        found = [a for a in roles.actors_of(aim) if RoleFinder._other(a, sources)]
                        if found:
                            return found, aim
    cause = _cause_of(tok) if pos == "noun" else None
    if cause is not None:
        # "the police killing of George Floyd sparked protests": aimed at who did what
        # caused them (a deed's doer before its victim)
        doer = next((g for p in cause.children if p.dep_ == "prep" and p.lower_ == "by"
                     for g in p.children if g.dep_ == "pobj"), None) \
            if cause.lemma_.lower() in grammar()["deed_nouns"] else None
        for holder in filter(None, (doer, cause)):
            found = [a for a in roles.actors_of(holder) if RoleFinder._other(a, sources)]
            if found:
                return found, holder
    for h in holders:
        if h.pos_ in ("VERB", "AUX"):
            found, via = roles._complement_targets(h, sources)
            if found:
                return found, via
    # "a hunger strike to demand the return of property seized by government forces", "to
    # protest the arrest of activists by police": whoever did what the protest is about
    purposes = [c for h in holders for c in h.children if c.dep_ in ("advcl", "xcomp") and c.pos_ == "VERB"
                and any(a.lower_ == "to" for a in c.children if a.dep_ in ("aux", "mark"))]
    for t in (t for c in purposes for t in c.subtree):
        if t.dep_ == "agent" or (t.dep_ == "prep" and t.lower_ == "by" and t.head.pos_ == "NOUN"):
            doer = next((g for g in t.children if g.dep_ == "pobj"), None)
            found = [a for a in roles.actors_of(doer) if RoleFinder._other(a, sources)]
            if found:
                return found, doer
    # "marched in Cairo demanding the resignation of President Mubarak", "rioted following a
    # demonstration calling for the removal of X": whose going the demand is about
    staged = holders + [g for h in holders for p in h.children if p.dep_ == "prep" for g in p.children
                        if g.dep_ == "pobj" and g.pos_ == "NOUN"]
    for c in (c for h in staged for c in h.children):
        if c.dep_ not in ("advcl", "acl", "xcomp") or c.pos_ != "VERB" \
                or c.lemma_.lower() not in grammar()["demanding_verbs"]:
            continue
        asked = [o for o in c.children if o.dep_ in ("dobj", "obj")]
        asked += [g for p in c.children if p.dep_ == "prep" and p.lower_ == "for" for g in p.children if g.dep_ == "pobj"]
        for owner in (g for o in asked if o.lemma_.lower() in grammar()["office_leaving_nouns"]
                      for p in o.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"):
            found = [a for a in roles.actors_of(owner) if RoleFinder._other(a, sources)]
            if found:
                return found, owner
    return [], None


@dataclass
class Candidate:
    """An event before merging; keeps parse tokens the merge step needs."""

    match: Match
    sentence_index: int
    sentence: SpacySpan
    source: Actor | None
    target: Actor | None
    reciprocal: bool
    mode: Modality
    code: str
    date: dates.ResolvedDate | None = None
    date_span: Span | None = None
    place: Place | None = None
    speaker: Actor | None = None
    confidence: float = 0.5
    mentions: list[Span] = field(default_factory=list)
    actorless: bool = False  # a nominal mention with no actors of its own ("the talks")
    inherited: bool = False

    @property
    def trigger(self) -> Token:
        return self.match.token


FOUND_LIABLE = "116"  # CAMEO: find guilty or liable (legally)
ACCUSE = "112"  # CAMEO: accuse
WRONG_FIRST_ROOT = "11"  # from here on an act is conflictual: a court that finds it finds against its doer


def _place_below(preps: list[Token], m: Match, labels: tuple[str, ...]) -> Place | None:
    """The first place the gazetteer knows named anywhere under one of ``preps`` that says where
    ("in", "near" ...: PLACE_PREPS)."""
    for p in preps:
        if p.lower_ in PLACE_PREPS:
            for t in p.subtree:
                ent = _ent_of(t, labels)
                if ent is not None and (hit := _geocoded(ent, m)) is not None:
                    return hit
    return None


def _place_inside(noun: Token, m: Match, labels: tuple[str, ...], depth: int = 3) -> Place | None:
    """Where a common noun of a place phrase is ("at a checkpoint in northern Burkina Faso", "in
    a village in Zamfara state, Nigeria", "near the town of Djibo", "in the Mopti region of
    Mali"): a name on the noun itself ("the Mopti region"), then one under its own "in", "near"
    ... phrase, or "of" when the noun is a place noun ("the town of"; not "the embassy of
    Sweden", which is elsewhere); the first the gazetteer knows."""
    # (a name before a place noun is the place, "the Mopti region"; before another noun it is
    # whose it is: "killed in a United States counterterrorism operation")
    place_noun = noun.lemma_.lower() in name_words()["place_nouns"]
    for c in noun.children:
        if ((c.dep_ in ("compound", "amod") and c.i < noun.i and place_noun) or c.dep_ == "appos") \
                and (ent := _ent_of(c, labels)) is not None and (hit := _geocoded(ent, m)) is not None:
            return hit
    if depth == 0:
        return None
    of_too = place_noun
    for p in noun.children:
        if p.dep_ == "prep" and (p.lower_ in PLACE_PREPS or (of_too and p.lower_ == "of")):
            for g in p.children:
                if g.dep_ != "pobj":
                    continue
                ent = _ent_of(g, labels)
                hit = _geocoded(ent, m) if ent is not None else _place_inside(g, m, labels, depth - 1)
                if hit is not None:
                    return hit
    return None


def _span(tok_or_span) -> Span:
    if isinstance(tok_or_span, Token):
        return Span(tok_or_span.text, tok_or_span.idx, tok_or_span.idx + len(tok_or_span.text))
    return Span(tok_or_span.text, tok_or_span.start_char, tok_or_span.end_char)


def _clause_heads(trigger: Token) -> list[Token]:
    """The trigger, and for a nominal trigger the verb it is an argument of."""
    out = [trigger]
    tok = trigger
    # "the second round of consultations ... concluded on April 10": climb from
    # the event noun through "of" to the noun that is the verb's argument
    while tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ in ("NOUN", "PROPN"):
        tok = tok.head.head
        out.append(tok)
    if tok.pos_ in ("NOUN", "PROPN") and tok.dep_ in ("nsubj", "nsubjpass", "dobj", "obj", "attr", "pobj"):
        head = tok.head
        if tok.dep_ == "pobj" and head.dep_ in ("prep", "agent"):
            head = head.head
        if head.pos_ in ("VERB", "AUX"):
            out.append(head)
    if trigger.dep_ in ("xcomp", "conj") and trigger.head.pos_ in ("VERB", "AUX"):
        out.append(trigger.head)
    if trigger.dep_ == "advcl" and trigger.head.pos_ in ("VERB", "AUX") \
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in trigger.children):
        # "supporters turned out in Washington to protest": a purpose is done where and
        # when the act that serves it is
        out.append(trigger.head)
    return out


def _comment(verb: Token, speaker: Actor | None) -> bool:
    """A named person's reported comment ("Powell said NATO would need to remain
    strong") is a statement; a state's or agency's "said" is a wire report."""
    return (speaker is not None and speaker.kind in ("person", "alias", "pronoun")
            and any(c.dep_ == "ccomp" for c in verb.children))


def _reported_by(tok: Token, verb: Token) -> bool:
    """``tok`` is inside what ``verb`` reports (its clausal complement or object)."""
    node = tok
    while node.head != node:
        if node.head == verb:
            return node.dep_ in ("ccomp", "xcomp", "dobj", "parataxis", "nsubjpass") or node == tok
        node = node.head
    return False


def _alleged(cands: list["Candidate"], sent: SpacySpan) -> None:
    """"Kyiv alleged that Russia shelled the town": what an allegation reports is not
    asserted by the text, whether "alleged" codes an accusation of its own or is only
    a speech cue.  (The one place this is done, for every candidate of the sentence.)"""
    # (a claim of an act the lexicon codes as one of responsibility, "claimed the bombing", is no
    # allegation; "claimed that they had attacked" still reports the attack without asserting it)
    claims = {c.trigger.i for c in cands if c.code == CLAIM_RESPONSIBILITY
              and any(o.dep_ in ("dobj", "obj", "nsubjpass") for o in c.trigger.children)}
    verbs = [t for t in sent if t.pos_ == "VERB" and t.lemma_.lower() in ALLEGE_VERBS
             and not _claims_responsibility(t) and t.i not in claims]
    for c in cands:
        if c.mode.mode != ASSERTED:
            continue
        cue = next((v for v in verbs if v != c.trigger and _reported_by(c.trigger, v)), None)
        if cue is None:
            cue = _punished_for(c.trigger)
        if cue is not None:
            c.mode = Modality(HYPOTHETICAL, cue)


def _claims_responsibility(verb: Token) -> bool:
    """"Islamic State claimed responsibility for the bombing": a claim of who did an act,
    not that it happened (the bombing stays asserted); nor is "the attack claimed the lives
    of 20 people" a claim: it killed them."""
    return any(c.dep_ in ("dobj", "obj") and c.lemma_.lower() in RESPONSIBILITY_NOUNS | LIVES
               for c in verb.children)


def _punished_for(tok: Token) -> Token | None:
    """The verb of punishment an act is the stated reason for ("arrested in Lebanon for
    collaborating with Israel", "jailed for helping militants join an armed group"): the
    punisher's charge, which the text reports without asserting it (grammar.yaml
    punishing_verbs).  The punishment is the event; the reason is kept, not counted."""
    if tok.tag_ != "VBG" or tok.dep_ != "pcomp" or tok.head.lower_ != "for":
        return None
    gov = tok.head.head
    return gov if gov.pos_ in ("VERB", "AUX") and gov.lemma_.lower() in grammar()["punishing_verbs"] else None


def _ent_of(tok: Token, labels: tuple[str, ...]) -> SpacySpan | None:
    if tok.ent_type_ in labels:
        doc = tok.doc
        start = tok.i
        while start > 0 and doc[start].ent_iob_ == "I":
            start -= 1
        end = tok.i + 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
        return doc[start:end]
    return None


def _announcing_authority(verb: Token, finder: RoleFinder, targets: list[Actor]) -> tuple[Actor, Token] | None:
    """The authority whose announcement tells a passive state act with no doer ("police
    said two men were arrested", "Iran announced that two British nationals had been
    detained"): police, courts and the army always; a state or its government only when
    those acted on are another state's people (grammar.yaml `announcing_verbs`,
    `enforcing_sectors`). None when no doer is named by the announcement."""
    if RoleFinder.agent(verb) is not None:
        return None
    while verb.dep_ == "conj" and verb.head is not verb:  # "were arrested and charged"
        verb = verb.head
    said = verb.head
    if verb.dep_ != "ccomp" or said.pos_ != "VERB" or said.lemma_.lower() not in grammar()["announcing_verbs"]:
        return None
    subject = finder.subject(said)
    speaker = next(iter(finder.actors_of(subject)), None)
    if speaker is None:
        return None
    if speaker.sector in grammar()["enforcing_sectors"]:
        return speaker, subject
    if speaker.country is not None and (speaker.kind in STATELIKE or speaker.sector == "GOV") \
            and all(t.country is not None and t.country != speaker.country for t in targets) \
            and (targets or _anyone(RoleFinder.patient(verb))):
        # (no one named at all, "confirmed that two suspects were arrested": its own)
        return speaker, subject
    return None


def _anyone(patient: Token | None) -> bool:
    """The people acted on are named by no one's country or side ("two suspects", "a
    man"), unlike "two of its nationals", "their citizens" (held abroad, as often)."""
    if patient is None:
        return False
    words = {t.lemma_.lower() for t in patient.subtree}
    return not any(t.dep_ == "poss" for t in patient.subtree) and not words & grammar()["abroad_nouns"]


def _subjunctive_clause(trigger: Token, verb: Token) -> Token | None:
    """The clause of `verb` that a bare subjunctive puts forward and `trigger` belongs
    to ("proposed that Ukraine withdraw", "recommended that Serbia hold talks"): its
    verb in the base form with no auxiliary ("proposed that Ukraine would withdraw"
    predicts). The tagger often reads the base form as a present (VBP), which after a
    verb of proposing is the same subjunctive. None otherwise."""
    clause = trigger
    if clause.dep_ in ("dobj", "obj") and clause.head.dep_ == "ccomp":
        clause = clause.head  # "hold talks": the talks are the light verb's
    if clause.dep_ != "ccomp" or clause.head != verb or clause.tag_ not in ("VB", "VBP") \
            or any(a.dep_ in ("aux", "auxpass") for a in clause.children):
        return None
    return clause


def _own_state(targets: list[Actor], finder: RoleFinder) -> Actor | None:
    """The state of an opposition detained when the document names no other state."""
    countries = {t.country for t in targets}
    if not targets or len(countries) != 1 or None in countries \
            or any(t.sector not in grammar()["dissent_sectors"] for t in targets):
        return None
    country = next(iter(countries))
    if finder.countries - {country}:
        return None
    t = targets[0]
    return Actor(text=t.text, start=t.start, end=t.end, code=country, country=country, kind="state",
                 sentence_index=t.sentence_index, country_from="detainee")


def _sector_of(state: Actor, sector: str | None) -> Actor:
    """A state standing in for an act's doer, narrowed to the body the act implies
    (its police for an arrest, its courts for a sentence)."""
    if sector is None or state.country is None:
        return state
    # (a place standing in stays one: merge tells such doers from parties named)
    return replace(state, code=state.country + sector, sector=sector,
                   kind="place" if state.kind == "place" else "sector")


def _placed(where: Place | None) -> bool:
    return where is not None and bool(where.country) and where.start is not None


def _state_act(code: str) -> bool:
    return code[:2] in STATE_ACTS or code.startswith(HOME_STATE_ACTS)


def _helped_by_purpose(tok: Token) -> Token | None:
    """The party a purpose clause says an act helps: "pledged aid to help Ukraine (rebuild)",
    "sent experts to assist Iraq" (the helped party, or the subject the parser gives the
    clause it is helped to do); None when the act states no such purpose."""
    verb = tok
    while verb.pos_ not in ("VERB", "AUX") and verb.head is not verb:
        verb = verb.head
    # (on the act, or on what it promises: "promised to send weapons to help Ukraine")
    holders = [verb] + [c for c in verb.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    for c in (c for h in holders for c in h.children):
        if c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in grammar()["helping_verbs"] \
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children):
            obj = next((o for o in c.children if o.dep_ in ("dobj", "obj")), None)
            if obj is not None:
                return obj
            clause = next((k for k in c.children if k.dep_ in ("ccomp", "xcomp") and k.pos_ in ("VERB", "AUX")), None)
            if clause is not None:
                return next((k for k in clause.children if k.dep_ in ("nsubj", "nsubjpass")), None)
    return None


def _home_state(actors: list[Actor], doc: Doc | None = None) -> Actor | None:
    """The state an article is about, as the actor finder decided it (it gives the
    article's unplaced state bodies that country only when one state dominates),
    standing in at that state's first mention; None when it decided nothing."""
    home = next((a.country for a in actors if a.country_from == "article"), None)
    if home is None:
        return None
    named = [a for a in actors if a.country == home and not a.country_from]
    # the state's own name before a demonym ("Nigerian troops") as the evidence
    first = next((a for kind in ("state", "capital", "place") for a in named if a.kind == kind),
                 named[0] if named else None)
    if first is None:
        return None
    start, end, text = first.start, first.end, first.text
    if first.kind not in ("state", "capital", "place") and doc is not None:
        # "United States President Donald Trump": the evidence is the state's name in
        # it, not the president (who did not jail anyone)
        gpe = next((e for e in doc.ents if e.label_ == "GPE" and start <= e.start_char and e.end_char <= end), None)
        if gpe is not None:
            start, end, text = gpe.start_char, gpe.end_char, gpe.text
    return Actor(text=text, start=start, end=end, code=home, country=home,
                 name=first.name if text == first.text else None, kind="place",
                 sentence_index=first.sentence_index, country_from="article")


@lru_cache(maxsize=1)
def _disaster_pattern() -> re.Pattern:
    words = sorted(grammar()["disaster_nouns"], key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")(?:e?s)?\b", re.IGNORECASE)


def _disaster_story(doc: Doc) -> bool:
    """A story about a natural disaster: one named as a verb's subject anywhere ("the
    hurricane destroyed"), or named at all in its first two sentences."""
    found = doc.user_data.get(_DISASTER_STORY)
    if found is None:
        found = doc.user_data[_DISASTER_STORY] = _names_disaster(doc)
    return found


_DISASTER_STORY = "communique.disaster_story"  # doc.user_data key: _disaster_story's answer, asked per candidate


def _names_disaster(doc: Doc) -> bool:
    words = grammar()["disaster_nouns"]
    # most stories name none, and those that do name them in a few places: only the words
    # the regex finds are looked at, not every token
    hits = [doc.char_span(m.start(), m.end(), alignment_mode="expand") for m in _disaster_pattern().finditer(doc.text)]
    if not hits:
        return False
    firsts = sentences(doc)[:2]
    return any(t.lemma_.lower() in words for s in firsts for t in s) or any(
        t.lemma_.lower() in words and t.dep_ in ("nsubj", "nsubjpass") for span in hits if span is not None for t in span)


def _disaster_toll(c: "Candidate") -> bool:
    """Deaths or destruction with no doer named, or only a place or the victims standing in
    for one (see _disaster_story)."""
    if c.code[:2] not in UNCLAIMED_VIOLENCE and not c.code.startswith("171"):
        return False
    s = c.source
    return s is None or s.kind == "place" or (s.code is not None and s.sector in ("CVL", None)
                                               and s.kind in ("sector", "state", "place"))


def _disaster_near(doc: Doc) -> set[int]:
    """The sentences (by index) with a disaster or an epidemic in sight: named in the
    story's lead (its first two sentences), in the sentence itself or in the one before.
    (Narrower than _disaster_story: in 2020 a campaign story names the pandemic in passing.)"""
    named = [bool(_disaster_pattern().search(s.text)) for s in sentences(doc)]
    if any(named[:2]):
        return set(range(len(named)))
    return {i for i in range(len(named)) if named[i] or (i and named[i - 1])}


def _disaster_measure(c: "Candidate", near: set[int]) -> bool:
    """A state of emergency, a curfew or a restriction at home that answers a disaster or
    an epidemic ("declared a state of emergency with Tropical Storm Barry approaching",
    "extended the national state of emergency" in a coronavirus story): public safety,
    not the repression CAMEO's 172 codes.  One that answers unrest stays (grammar.yaml
    unrest_words: "imposed a curfew after riots over the lockdown"), and so does a ban
    aimed at another state."""
    g = grammar()
    if c.code not in g["disaster_measure_codes"] or c.sentence_index not in near:
        return False
    if c.code == "172" and c.target is not None and c.target.country is not None \
            and c.source is not None and c.target.country != c.source.country:
        return False
    return not any(t.lemma_.lower() in g["unrest_words"] for t in c.sentence)


def _modified_by(noun: Token, words: frozenset[str]) -> bool:
    return any(c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in words for c in noun.children)


# Modifiers that make a noun of a root name something else (grammar.yaml): "an election
# rally" is no protest, "a hurricane warning" no threat.
NOT_THE_ACT = {"14": "campaign_modifiers", "13": "advisory_modifiers"}


SHOW_OF_FORCE, JOINT_EXERCISE = "150", "062"
# Aerial weapons (air strikes, drones, guided missiles): where they struck is not where they
# came from, so no place stands in for their unnamed doer ("a drone strike killed three
# civilians in Kharkiv" is no act of Ukraine's)
REMOTE_FIRE = ("195",)
NONMILITARY_BOMBING, PROJECTILE_FIRE = "183", "194"


def _joint_exercise(m: Match, r: Roles) -> bool:
    """A show of force (150) told by an exercise noun (grammar.yaml exercise_nouns) whose
    doers are the forces of two or more states and which is aimed at no one."""
    if m.entry.code != SHOW_OF_FORCE or r.targets or len({a.country for a in r.sources if a.country}) < 2:
        return False
    words = grammar()["exercise_nouns"]
    return any(t is not None and t.lemma_.lower() in words for t in (m.token if m.entry.pos == "noun" else None, m.thing))


def _figurative(noun: Token) -> bool:
    """A fight named by what it is fought with or over: "court battle", "trade war",
    "war of words" (grammar.yaml figurative_fight_modifiers)."""
    words = grammar()["figurative_fight_modifiers"]
    return _modified_by(noun, words) or any(
        p.dep_ == "prep" and p.lower_ == "of" and any(g.lemma_.lower() in words for g in p.children) for p in noun.children)


SCORE = re.compile(r"\d{1,3}[-\u2013]\d{1,3}")


def _game_result(verb: Token) -> bool:
    """A score or a winning margin on the verb: "France beat England 2-1", "India beat
    Pakistan by 89 runs" (grammar.yaml score_units) tell a game, not a fight."""
    doc = verb.doc
    for c in verb.children:
        if SCORE.fullmatch(c.text) or (c.like_num and c.i + 2 < len(doc) and doc[c.i + 1].text in ("-", "\u2013")
                                       and doc[c.i + 2].like_num):
            return True  # (the tokenizer may split "2-1" into three tokens)
        if c.dep_ == "prep" and c.lower_ == "by" and any(
                g.lemma_.lower() in grammar()["score_units"] and any(n.like_num for n in g.children)
                for g in c.children):
            return True
    return False


def _own_strike(c: "Candidate", speaker: Actor, doc: Doc) -> None:
    """"A drone strike killed a senior al-Shabaab commander in Somalia, the US military
    said": a weapon of no country (the only doer named) that a state's military reports
    striking another state's people is that military's own.  Not when it struck the
    speaker's own side ("the Syrian army said a drone strike killed five soldiers")."""
    a, t = c.source, c.target
    if speaker.sector != "MIL" or speaker.country is None or t is None or t.country is None \
            or t.country == speaker.country:
        return
    if a is None:
        # ("a drone strike": the weapon compounded into the noun is its means, no doer; on the
        # noun itself or on the subject of the verb it is told by)
        nouns = [c.trigger] + [s for s in c.trigger.children if s.dep_ in ("nsubj", "nsubjpass")]
        weapon = next((w for n in nouns if n.pos_ in ("NOUN", "PROPN") for w in n.children
                       if w.dep_ == "compound" and weapon_or_craft(w)), None)
        if weapon is not None:
            c.source = Actor(text=weapon.text, start=weapon.idx, end=weapon.idx + len(weapon.text),
                             code=speaker.country + "MIL", country=speaker.country, sector="MIL", kind="sector",
                             sentence_index=speaker.sentence_index, country_from="speaker")
        return
    if a.country is not None or a.sector != "MIL":
        return
    words = doc.char_span(a.start, a.end, alignment_mode="expand")
    if words is None or not any(weapon_or_craft(w) for w in words):
        return  # ("A drone" of "a drone strike": the parse roots the two words apart)
    c.source = replace(a, country=speaker.country, code=speaker.country + a.code, country_from="speaker")


def _locate_by_speaker(a: Actor | None, speaker: Actor, doc: Doc) -> None:
    """"Ukrainian officials said the army repelled an attack", "Pakistan said the army
    killed five militants": a state body named only as "the army", "the police", "the
    government" in what a state's own people say is that state's (a foreign one they
    would name: "the Russian army").  The mention itself is located, so every event
    that names it, the speaker's accusation too, has its country."""
    if a is None or a.country is not None or a.kind != "sector" or a.sector not in STATE_BODY_SECTORS \
            or not a.code or speaker.country is None or speaker.kind not in ("state", "person", "sector", "group"):
        return
    words = doc.char_span(a.start, a.end)
    if words is None or len(words) != 2 or words[0].lower_ != "the":
        return
    a.country, a.code, a.country_from = speaker.country, speaker.country + a.code, "speaker"


def _victim_of(noun: Token, via: Token | None) -> bool:
    """Whether `via`, the word a noun of violence's target was found through, names
    its victim: "an attack on X", "the assassination of X", "X were killed in a
    bombing", "the bombing killed X". Not a partner ("battles with Amal": one side
    is all we know) and not a preposition of the verb that governs the noun
    ("reporting abuse to the authorities")."""
    if via is None:
        return False
    if via.dep_ in ("nsubjpass", "dobj", "obj"):
        return True
    if via.dep_ == "nsubj" and via.head.lemma_.lower() in grammar()["dying_verbs"]:
        return True  # "five soldiers died in a bomb attack"
    prep = via.head
    return via.dep_ == "pobj" and prep.lower_ != "with" and (
        prep.head == noun or prep.head == quantity_noun(noun))


def _elaborates(verb: Token, cands: list[Candidate]) -> bool:
    """A participle of saying hung on another coded act of the same clause
    ("congratulated Pelosi, saying ...", "praised the deal, stating ...")."""
    if not subjectless_participle(verb, ("advcl", "xcomp", "conj")):
        return False
    return any(c.trigger == verb.head or (c.trigger.head == verb.head and c.trigger.dep_ in ("dobj", "obj"))
               for c in cands)  # ("gave his condolences, adding": the light verb)


def _unnamed_assailant(verb: Token) -> bool:
    """"A man stabbed the mayor", "unknown attackers shot a journalist": a person the
    text does not identify did it; the act has a victim and no doer we can code
    (grammar.yaml human_nouns).  Not a storm, a disease or a crash: those are no
    person."""
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subj is not None and (subj.lemma_.lower() in grammar()["human_nouns"] or subj.ent_type_ == "PERSON")


def _crowd(actor: Actor | None) -> bool:
    """A party named as a protesting crowd (grammar.yaml crowd_nouns): "protesters", "Chilean rioters"."""
    return actor is not None and not grammar()["crowd_nouns"].isdisjoint(actor.text.lower().split())


def _leaves_body(verb: Token, target: Actor | None) -> bool:
    """A withdrawal from an international body or from an accord, not from a place."""
    if target is not None and target.kind == "igo":
        return True
    left = RoleFinder.out_of(verb) or next((g for p in verb.children if p.dep_ == "prep" and p.lower_ == "from"
                                             for g in p.children if g.dep_ == "pobj"), None)
    return left is not None and left.lemma_.lower() in grammar()["agreement_nouns"]


def _one_body(a: str | None, b: str | None) -> bool:
    """An international body and its own sector ("IGOAFRAFU", "IGOAFRAFUGOV"); not the UN
    or the EU, whose organs act on each other ("the Security Council extended the mandate
    of UNIFIL")."""
    if not a or not b or not a.startswith("IGO") or not b.startswith("IGO") or len(a) == len(b) \
            or a.startswith(("IGOUNO", "IGOEUR")):
        return False
    short, long = sorted((a, b), key=len)
    return len(short) > 3 and long.startswith(short) and long[len(short):] in SECTORS


def _envoy(actor: Actor) -> bool:
    """A mention whose head is an envoy's title ("its ambassador", "their envoys")."""
    words = fold(actor.text).split()
    roles = load_roles()
    return any((r := roles.get(" ".join(words[i:]))) is not None and r.host for i in range(len(words)))


def _riot_clash(s: Actor, t: Actor) -> list[tuple[Actor, Actor, str, bool]] | None:
    """A clash where a side is a protesting crowd (CAMEO): the crowd riots (145), and
    police or troops on the other side repress it (175); two crowds riot against each
    other.  None when no side is a crowd ("troops clashed with rebels" stays 190)."""
    if _crowd(s) and _crowd(t):
        return [(s, t, RIOT, True)]
    for crowd, other in ((s, t), (t, s)):
        if _crowd(crowd) and other.sector in grammar()["repressing_sectors"]:
            return [(crowd, other, RIOT, False), (other, crowd, REPRESSION, False)]
    return None


def _collision(verb: Token) -> bool:
    """The verb's subject is a land vehicle: "a train struck a building" (grammar.yaml land_vehicles)."""
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return subject is not None and subject.lemma_.lower() in grammar()["land_vehicles"]


def _accidental(verb: Token) -> bool:
    """The sentence of a death with no doer names an accident or a disaster ("killed in
    a car crash"; grammar.yaml accident_nouns)."""
    words = grammar()["accident_nouns"]
    return any(t.lemma_.lower() in words for t in verb.sent)


def _geocoded(ent: SpacySpan, m: Match) -> Place | None:
    """The gazetteer's place for a name in the text, with the text's span on it."""
    hit = places.geocode(ent.text, _named_countries(m))
    if hit is not None:
        hit.start, hit.end, hit.text = ent.start_char, ent.end_char, ent.text
    return hit


def _as_town(a: Actor, m: Match) -> Actor:
    """'Rebels captured Goma', 'took control of the city of Mariupol': a name no file knows,
    which the small model calls a person or an organisation, taken or struck as a place
    (an entry whose objects include the lexicon's @gpe, or force on an area), is the town
    the gazetteer knows: an actor of its country only."""
    if a.code is not None or a.kind not in ("person", "org"):
        return a
    span = m.token.doc.char_span(a.start, a.end)
    name = town_name(span.root) if span is not None else None
    if name is None or name.start_char != a.start or name.end_char != a.end:
        return a
    hit = places.geocode(name.text, _named_countries(m))
    if hit is None or not hit.country:
        return a
    return replace(a, code=hit.country, country=hit.country, sector=None, name=hit.name, kind="place")


def _named_countries(m: Match) -> frozenset[str] | None:
    """The countries the document names, to place a town name several countries share."""
    finder = m.token.doc.user_data.get(ROLE_FINDER)
    return finder.countries if finder is not None else None


MILITARY_DEESCALATION = "087"  # CAMEO 0871-0874: ceasefire, easing a blockade, demobilizing, retreating


def _press(a: Actor) -> bool:
    """The addressee of words that is the press, or may be: media, or an organisation no file knows."""
    return a.sector == "MED" or (a.kind == "org" and a.code is None)


# Statements and consultations (CAMEO 01, 04): between a speaker and the press that asks or
# carries what is said, they are how a story is got, not events of it.
PRESS_ROOTS = {"01", "04"}
MATERIAL_FIRST_ROOT = "06"  # from here on an outlet acted on is a party (see _outlet_acted_on)
CONSULT_ROOT = "04"  # consult: calls, visits, meetings, talks
PRESS_SECTOR = "MED"


def _outlet_tokens(doc: Doc, actors: list[Actor]) -> dict[int, Actor]:
    """The outlets the text names ("Wikinews", "CNN", "three Wall Street Journal
    reporters"), by token index."""
    out: dict[int, Actor] = {}
    for a in actors:
        if a.kind == "outlet":
            span = doc.char_span(a.start, a.end, alignment_mode="expand")
            out.update((t.i, a) for t in span or ())
    return out


def _outlet_acted_on(c: Candidate, outlets: dict[int, Actor]) -> Actor | None:
    """The outlet an act with no other target is done to: its object or passive subject
    ("banned the BBC", "The BBC was banned in China", "expelled three Wall Street Journal
    reporters"), or what it is aimed against.  Outlets are attribution everywhere else
    (the role finder never takes one as a party); here, from material cooperation on
    (MATERIAL_FIRST_ROOT) and in accusations, they are the party acted on."""
    t = c.trigger
    if t.lemma_.lower() in grammar()["announcing_verbs"]:
        return None  # "told the press: ..." is said to it, whatever the words say
    named = [g for g in t.children if g.dep_ in ("dobj", "obj", "nsubjpass")]
    named += [g for p in t.children if p.dep_ == "prep" and p.lower_ in ("against", "on")
              for g in p.children if g.dep_ == "pobj"]
    # ("suspended the broadcasts of Radio France Internationale", "shut the offices of Al
    # Jazeera": the outlet whose thing the act is on)
    named += [g for o in list(named) if o.pos_ == "NOUN" for p in o.children if p.dep_ == "prep" and p.lower_ == "of"
              for g in p.children if g.dep_ == "pobj"]
    for g in named:
        # a named outlet ("the BBC"), not the unnamed press ("the press", "reporters")
        if g.i in outlets and any(x.pos_ == "PROPN" for x in g.subtree):
            return outlets[g.i]
    return None


def _press_interview(c: Candidate, outlets: dict[int, Actor]) -> bool:
    """A talk or a statement between a speaker and the press: "Siegel agreed to answer
    questions for Wikinews's correspondent", "a reporter reached out to the nominee to
    discuss his campaign", "discussed the project with Wikinews", "the senator spoke with
    CNN".  The issue's rule: no events between a speaker and the outlet that quotes them.
    (Other acts on the press stay: "banned the BBC", "Houthis attacked journalists".)"""
    if c.code[:2] not in PRESS_ROOTS:
        return False
    if any(a is not None and a.sector == PRESS_SECTOR for a in (c.source, c.target)) and (
            c.code[:2] == CONSULT_ROOT or (c.target is not None and c.target.sector == PRESS_SECTOR
                                      and c.target.kind == "sector")):
        # (a statement is one to the press only when made to the unnamed press: "accepted
        # responsibility for the murder of journalist Jamal Khashoggi" is about a journalist)
        return True
    doc = c.trigger.doc
    for i in outlets:
        g = doc[i]
        if g.dep_ != "pobj" or g.head.lower_ not in ("with", "to", "for"):
            continue
        up = g.head.head  # up to the trigger, through nouns only ("discussed Minetest, his
        while up.i != c.trigger.i and up.pos_ not in ("VERB", "AUX") and up.head.i != up.i:
            up = up.head  # project, with Wikinews": the parser hangs "with" on the apposition)
        if up.i == c.trigger.i:
            return True
    return False


def _private(c: Candidate) -> bool:
    """A verbal act between people in private life only (grammar.yaml private_sectors), or a
    military de-escalation or show of force by a private person or a company."""
    private = grammar()["private_sectors"]
    if c.code[:2] in grammar()["force_posture_roots"]:
        return c.source is not None and c.source.sector in private
    if c.code.startswith(MILITARY_DEESCALATION):
        # "Hunter retreated to New Mexico": only forces retreat, demobilize or cease fire
        return c.source is not None and (c.source.sector in private or c.source.code is None)
    if c.code[:2] > VERBAL_LAST_ROOT:
        return False
    return all(a is None or (a.country is None and (a.sector in private or a.code is None or a.code[:3] in private))
               for a in (c.source, c.target))


def _armed_advance(c: Candidate) -> bool:
    """A march by armed forces or an armed band (grammar.yaml advance_verbs, armed_sectors):
    an advance, not a protest."""
    g = grammar()
    return c.code[:2] == "14" and c.trigger.lemma_.lower() in g["advance_verbs"] \
        and c.source is not None and c.source.sector in g["armed_sectors"]


def _campaign_rally(tok: Token, r: Roles, roles: RoleFinder) -> bool:
    """A rally held by a government or a political figure (grammar.yaml
    campaign_holder_sectors): its own doers ("Trump held his first indoor rally"), or, when
    it names none, the doers of the act it is the setting of ("Trump stirred controversy
    ... again at a rally in Pennsylvania", "he returned to the campaign trail with a rally
    in Sanford"; "police fired tear gas at a rally" is still a protest)."""
    holders = grammar()["campaign_holder_sectors"]
    doers = r.sources
    if not doers:
        verb = tok
        for _ in range(4):
            if verb.dep_ not in ("pobj", "prep", "conj") or verb.head is verb:
                break
            verb = verb.head
        if verb is tok or verb.pos_ not in ("VERB", "AUX"):
            return False
        doers = roles.actors_of(roles.subject(verb))
    return bool(doers) and all(a.sector in holders for a in doers)


def _about_something(verb: Token, cands: list[Candidate]) -> bool:
    """The statement's sentence codes a happening besides it, asserted or not:
    "the talks ... extended for five hours, the Kremlin announced"; "confirmed
    that Ukraine was not addressed during the discussions"."""
    return any(c.trigger != verb for c in cands)


def _judged(m: Match) -> Token | None:
    """What a finding says is unlawful, when the word that says so is the predicate of a
    small clause ("found the prorogation (to be) unlawful", "ruled that the law was
    unconstitutional", "declared the law unconstitutional"): the small clause's subject, or
    the verb's object when the parser hangs the word on the verb."""
    word = m.thing
    if word is None or word is m.token:
        return None
    clause = word.head if word.dep_ in ("acomp", "attr") else word
    if clause is not m.token:
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subj is not None:
            return subj
    return next((c for c in m.token.children if c.dep_ in ("dobj", "obj")), None)


def _cause_of(noun: Token) -> Token | None:
    """What a happening told as the object of a verb of causing came from: "the bill has
    sparked protests" (grammar.yaml causing_verbs)."""
    if noun.dep_ == "conj" and noun.head.dep_ in ("dobj", "obj"):
        noun = noun.head  # "has sparked controversy and protests"
    verb = noun.head
    if noun.dep_ not in ("dobj", "obj") or verb.pos_ != "VERB" or verb.lemma_.lower() not in grammar()["causing_verbs"]:
        return None
    return next((c for c in verb.children if c.dep_ == "nsubj"), None)


def _protested_policy(m: Match) -> Token | None:
    """What a protest is against or over when that is a policy, a law or a measure
    (grammar.yaml policy_nouns) and no party: "against the judicial overhaul", or what
    sparked it ("the bill has sparked protests")."""
    cause = _cause_of(m.token) if m.entry.pos == "noun" else None
    if cause is not None and cause.lemma_.lower() in grammar()["policy_nouns"]:
        return cause
    for holder in filter(None, (m.token, m.thing)):
        for p in holder.children:
            if p.dep_ == "prep" and p.lower_ in ("against", "over"):
                for g in p.children:
                    if g.dep_ == "pobj" and g.lemma_.lower() in grammar()["policy_nouns"]:
                        return g
    return None


def _policy_owner(policy: Token, country: str) -> Actor:
    """The government of ``country``, named by the policy phrase it decides."""
    span = policy.doc[policy.left_edge.i:policy.right_edge.i + 1]
    return Actor(text=span.text, start=span.start_char, end=span.end_char, code=country + "GOV",
                 country=country, sector="GOV", kind="sector")


def _protest_target(m: Match, finder: RoleFinder | None, protesters: Actor, country: str) -> Actor | None:
    """Whom protesters no word names protest against: the government of ``country`` when a
    policy is protested, else whom the protest is aimed at (``_protest_aim``), else no one."""
    policy = _protested_policy(m)
    if policy is not None:
        return _policy_owner(policy, country)
    aimed = _protest_aim(m.token, m.entry.pos, finder, [protesters])[0] if finder is not None else []
    return aimed[0] if aimed else None


def _bearing_slogans(verb: Token, subj: Token | None) -> bool:
    """"Thousands of people gathered outside the Congress with slogans supporting ...": a
    crowd of people (grammar.yaml crowd_counts) gathered with the props of a protest
    (protest_props) demonstrates, whoever they are."""
    g = grammar()
    if subj is None or subj.lemma_.lower() not in g["crowd_counts"]:
        return False
    return any(o.lemma_.lower() in g["protest_props"] for p in verb.children if p.dep_ == "prep" and p.lower_ == "with"
               for o in p.children if o.dep_ == "pobj")


def _under_pressure(sent: SpacySpan) -> bool:
    """The sentence tells of a demand, protest or pressure a resignation could meet
    (grammar.yaml pressure_words: "resigned after weeks of protests", "stepped down amid
    calls for ...", "quit under pressure"); CAMEO codes a resignation only as demands
    acceded to (0831)."""
    words = grammar()["pressure_words"]
    return any(t.lemma_.lower() in words and (t.lemma_.lower() != "call" or t.tag_ == "NNS") for t in sent)


def _giving_way(tok: Token) -> bool:
    """"resigned to allow Haiti's first democratic elections": a purpose of giving way."""
    purposes = grammar()["yielding_purposes"]
    return any(c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in purposes
               and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children)


def _told_as_attack(m: Match) -> bool:
    """A violent act told as happening in its clause: a verb, a weapon that hit ("bombs
    struck"), or a noun of violence that is a clause's subject or a light verb's object
    ("two bombs exploded", "a bombing rocked"), not one named in passing ("since the
    bombing in Jolo")."""
    if m.entry.subjects:
        return True
    # (not any verb: "a fire killed five girls at an escape room", "a bomber crashed": who
    # or what killed is unknown, and accidents kill too)
    if m.entry.pos != "noun":
        return False
    if m.light is not None:
        return True
    if m.token.dep_ not in ("nsubj", "nsubjpass"):
        return False
    # ("a bombing was reported to have killed ...", "the blast appears to have hit ...": the
    # verb it is raised from tells it)
    verbs = [m.token.head] + [c for c in m.token.head.children if c.dep_ == "xcomp"]
    return any(v.lemma_.lower() in grammar()["attack_told_verbs"] for v in verbs)


def _struck_place(m: Match) -> Place | None:
    """Where what the attack hit stands: "struck the Jolo Cathedral in Mindanao" (the
    place on the object, which _place_near, looking at the verb, does not see)."""
    verb = m.token if m.entry.pos == "verb" else (m.token.head if m.token.dep_ in ("nsubj", "nsubjpass") else None)
    if verb is None:
        return None
    # ("was reported to have killed a photojournalist in Mokha": the verb it is raised from
    # leaves the object to its complement)
    verbs = [verb] + [x for x in verb.children if x.dep_ == "xcomp"]
    objs = [c for v in verbs for c in v.children if c.dep_ in ("dobj", "obj")]
    objs += [g for v in verbs for p in v.children if p.dep_ == "prep" and p.lower_ in IMPACT_PREPS
             for g in p.children if g.dep_ == "pobj"]
    for obj in objs:
        for p in obj.children:
            if p.dep_ == "prep" and p.lower_ in ("in", "at", "near"):
                for t in p.subtree:
                    ent = _ent_of(t, ("GPE", "LOC"))
                    if ent is not None and (hit := _geocoded(ent, m)) is not None and hit.country:
                        return hit
    return None


def _as_place(a: Actor) -> Actor:
    """An actor named for where it is: its country only ("a mosque in Kabul", "fired a missile
    at Riyadh"), not the government a capital's name stands for when it speaks."""
    return replace(a, code=a.country, sector=None, kind="place")


def _place_actor(where: Place, sector: str | None = None) -> Actor:
    """The place of an event standing for its unnamed doers (CAMEO codes them by their country)."""
    return Actor(text=where.text or where.name, start=where.start, end=where.end,
                 code=where.country + (sector or ""), country=where.country, sector=sector, name=where.name,
                 kind="place")


def _means_modifier(doc: Doc, a: Actor) -> bool:
    """An actor word that only modifies a noun of an act: the drone of "a drone attack"."""
    span = doc.char_span(a.start, a.end, alignment_mode="expand") if a.start is not None else None
    # (the mention's last word: "a drone" is no constituent when "a" belongs to "attack")
    return span is not None and span[-1].dep_ == "compound" and span[-1].head.pos_ == "NOUN"


ABOUT_PREPS = frozenset({"for", "over", "about", "at"})
# what a claimed act is done to: "claimed the bombing of a police station", "the attack on a hotel"
CLAIMED_ACT_PREPS = ABOUT_PREPS | {"on", "of", "against", "in"}


def _actors_about(m: Match, roles: RoleFinder, sources: list[Actor], same_country: bool = False) -> list[Actor]:
    """The first actor with a country named in what a claim of responsibility
    (or a comment) is for."""
    # ("claimed the attack on a hotel": the claimed act is the matched thing itself)
    act = m.thing is not None and m.thing.lemma_.lower() not in RESPONSIBILITY_NOUNS and m.entry.code == CLAIM_RESPONSIBILITY
    for where_too in (False, True):
        # the act's own parties first ("the bombing in Kabul that killed 60 people": the 60),
        # then where it happened, as a place ("the attack on a mosque in Kabul": Afghanistan,
        # not its government)
        for holder in filter(None, (m.thing, m.token)):
            for p in holder.children:
                if p.dep_ != "prep" or p.lower_ not in (CLAIMED_ACT_PREPS if act and holder is m.thing else ABOUT_PREPS):
                    continue
                for t in p.subtree:
                    a = roles.by_token.get(t.i)
                    if a is None or not a.country or not all(
                            a is not s and (a.entity is None or a.entity != s.entity)
                            and (same_country or a.country != s.country) for s in sources):
                        continue
                    where = t.dep_ == "pobj" and t.head.lower_ in PLACE_PREPS and (
                        t.head.i != p.i or (act and holder is m.thing and p.lower_ in ("in", "at")))
                    if where and not where_too:
                        continue
                    a = roles.actor_of(t) or a
                    if where and a.kind == "capital":
                        a = _as_place(a)
                    return [a]
    return []


class EventExtractor:
    def __init__(self, lexicon: Lexicon | None = None):
        self.lexicon = lexicon or Lexicon()
        self._asked_lexicon: Lexicon | None = None  # see _asked_nouns
        # the sub-code tables, users' files included, are read now: a bad file stops the
        # coder from starting, not each document it codes
        purposes(), kinds(), means()
        self.speech_lemmas = {e.lemma for e in self.lexicon.entries if e.cue == "speech" and e.pos == "verb"}

    # -- date and place --------------------------------------------------------------
    def _date_and_place(self, m: Match, article_date: date | None):
        found_date = found_place = None
        date_span = None
        heads = _clause_heads(m.token)
        if m.thing is not None:
            heads.append(m.thing)  # "held talks in Beijing"
        for head in heads:
            # ("Back in March 2018, ...", "later in 2019": the time hangs on the adverb)
            kids = list(head.children)
            kids += [p for a in kids if a.dep_ == "advmod" and a.lower_ in TIME_ADVERBS
                     for p in a.children if p.dep_ == "prep"]
            for c in kids:
                toks = [c]
                if c.dep_ == "prep":
                    toks = [g for g in c.children if g.dep_ == "pobj"]
                for t in toks:
                    if found_date is None and (c.dep_ in ("npadvmod", "tmod", "obl") or c.lower_ in DATE_PREPS):
                        ent = _ent_of(t, ("DATE",))
                        if ent is None and t.lemma_.lower() in grammar()["day_part_nouns"]:
                            # "on the night of October 7", "on the morning of 3 March": that day
                            ent = next((e for p in t.children if p.dep_ == "prep" and p.lower_ == "of"
                                        for g in p.children if g.dep_ == "pobj"
                                        and (e := _ent_of(g, ("DATE",))) is not None), None)
                        if ent is not None:
                            resolved = dates.resolve(ent.text, article_date)
                            if resolved is not None:
                                found_date, date_span = resolved, _span(ent)
                    if found_place is None and (c.dep_ != "prep" or c.lower_ in PLACE_PREPS):
                        ent = _ent_of(t, ("GPE", "LOC", "FAC"))
                        if ent is not None and c.dep_ == "prep":
                            found_place = _geocoded(ent, m)
                        elif ent is None and c.dep_ == "prep" and t.pos_ == "NOUN":
                            # ("at a checkpoint in northern Burkina Faso": where the checkpoint is)
                            found_place = _place_inside(t, m, ("GPE", "LOC", "FAC"))
        if found_place is None:
            # ("abducted 30 women in Borno state, Nigeria", "killed a woman in Kabul": people
            # counted, or one person, are hit where they are)
            found_place = next((hit for c in m.token.children if c.dep_ in ("dobj", "obj")
                                and (counted_victims(c) or one_person(c))
                                if (hit := _place_below([p for p in c.children if p.dep_ == "prep"], m,
                                                        ("GPE", "LOC", "FAC"))) is not None), None)
        return found_date, date_span, found_place

    def _place_near(self, m: Match) -> Place | None:
        """The place named by a preposition on the trigger, its verb or its subject."""
        heads = _clause_heads(m.token)
        heads += [c for h in list(heads) for c in h.children if c.dep_ in ("nsubj", "nsubjpass")]
        for head in heads:
            preps = [p for p in head.children if p.dep_ == "prep"]
            # "arrested during protests in Iran": the place of the happening the act is in
            preps += [q for p in preps if p.lower_ in FRAME_PREPS for o in p.children if o.dep_ == "pobj"
                      for q in o.children if q.dep_ == "prep"]
            # (the small model sometimes calls a town NORP; the gazetteer decides)
            hit = _place_below(preps, m, ("GPE", "LOC", "FAC", "NORP"))
            if hit is not None:
                return hit
        return None

    def _placed_object(self, m: Match, finder: RoleFinder) -> tuple[Actor, Token] | None:
        """"condemned the coup in Niger", "Russian missiles struck a shopping centre in
        Kremenchuk", "condemned the attack on a mosque in Kabul": the act's object is a
        happening or a thing, no party, named with where it is; the country it is in is
        the party it concerns (the place as an actor, with its country only)."""
        obj = m.thing or next((c for c in m.token.children if c.dep_ in ("dobj", "obj")), None)
        if obj is None or obj.pos_ != "NOUN" or obj.i in finder.by_token:
            return None
        heads = [obj] + [g for p in obj.children if p.dep_ == "prep" and p.lower_ in ("on", "against", "at", "of")
                         for g in p.children if g.dep_ == "pobj" and g.i not in finder.by_token]
        if (m.entry.code or "")[:2] in FORCE_ROOTS:
            heads.append(m.token)  # "struck a shopping centre in Kremenchuk": where the thing hit is
        where = next((g for h in heads for p in h.children if p.dep_ == "prep" and p.lower_ == "in"
                      for g in p.children if g.dep_ == "pobj"), None)
        if where is None:
            return None
        found = [a for a in finder.actors_of(where) if a.kind in ("state", "capital", "place") and a.country]
        if found:
            # the country, not its government: "a mosque in Kabul" is no act on the Afghan state
            return _as_place(found[0]), where
        # (the small model often calls a town after "in" a person: "in Kremenchuk"; the gazetteer decides)
        ent = _ent_of(where, ("GPE", "LOC", "FAC", "PERSON", "ORG"))
        hit = _geocoded(ent, m) if ent is not None else None
        return (_place_actor(hit), where) if hit is not None and hit.country else None

    def _attack_with_doer(self, verb: Token, finder: RoleFinder | None) -> bool:
        """"Twenty people were killed in an Israeli airstrike on Gaza": the verb's harm is
        the named attack's, and its doer is named there; the place is no stand-in for one."""
        if finder is None:
            return False
        for p in verb.children:
            if p.dep_ != "prep" or p.lower_ not in ("in", "during", "by"):
                continue
            for noun in (g for g in p.children if g.dep_ == "pobj"):
                found = self.lexicon.match(noun)
                if found is not None and (found.entry.code or "")[:2] in UNCLAIMED_VIOLENCE and any(
                        c.dep_ in ("amod", "compound", "poss", "nmod") and finder.actors_of(c) for c in noun.children):
                    return True
        return False

    def _weapon_subject(self, verb: Token) -> Match | None:
        """The weapon that did what a trailing participle tells ("a bomb exploded ...,
        killing 12 people", "a rocket hit the base, wounding two"): the subject of the
        clause the participle hangs on, when it is a weapon the lexicon codes as force."""
        if not subjectless_participle(verb, ("advcl", "conj")) or verb.head.pos_ != "VERB":
            return None
        subj = next((c for c in verb.head.children if c.dep_ == "nsubj"), None)
        found = self.lexicon.match(subj) if subj is not None else None
        if found is None or found.entry.pos != "noun" or (found.entry.code or "")[:2] not in UNCLAIMED_VIOLENCE:
            return None
        return found

    def _weapon_met(self, verb: Token) -> Match | None:
        """The bomb or mine the victims' clause of time says was met ("killed when their
        vehicle hit a roadside bomb", "wounded when he stepped on a landmine"): the object
        of a clause on the verb whose doer is no actor, when the lexicon codes it as a bombing."""
        for clause in verb.children:
            if clause.dep_ != "advcl" or clause.pos_ != "VERB":
                continue
            subject = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subject is not None and subject.pos_ == "PROPN":
                continue
            met = [c for c in clause.children if c.dep_ in ("dobj", "obj")]
            met += [g for p in clause.children if p.dep_ == "prep" and p.lower_ in ("on", "over", "into")
                    for g in p.children if g.dep_ == "pobj"]
            for noun in met:
                found = self.lexicon.match(noun)
                if found is not None and found.entry.pos == "noun" and (found.entry.code or "").startswith("18"):
                    return found
        return None

    # -- one sentence ----------------------------------------------------------------
    def _sentence(self, sent: SpacySpan, si: int, roles: RoleFinder, article_date):
        out: list[Candidate] = []
        speech: list[tuple[Match, Roles]] = []
        harms: list[tuple[Match, Roles]] = []
        hopes: list[tuple[Match, Roles]] = []
        matches = [m for m in map(self.lexicon.match, sent) if m is not None]
        matches += self._demonstrations(sent, roles, {m.token.i for m in matches})
        # "held talks", "imposed sanctions": the object is part of the verb's match,
        # not a second event -- unless the verb found no actors ("talks between A
        # and B will be held"), when the noun speaks for itself
        things = {m.thing.i for m in matches if m.thing is not None and m.entry.pos == "verb"
                  and roles.verb_roles(m.token, m.thing, m.entry.reciprocal).sources}
        # "went on hunger strike": a thing that is a compound of the verb's prepositional
        # object names that object's event too ("launched drone attacks" keeps the attacks:
        # the noun tells whom they hit)
        things |= {m.thing.head.i for m in matches if m.thing is not None and m.thing.i in things
                   and m.thing.dep_ == "compound" and m.prep is not None and m.thing.head.head == m.prep}
        # "threw petrol bombs": the object the verb's match named by its modifier is the verb's
        # too, no event of another kind (a riot, not also a bombing; "launched drone attacks"
        # keeps the attacks, of the verb's own kind: the noun tells whom they hit)
        roots = {x.token.i: (x.entry.code or "")[:2] for x in matches if x.entry.pos == "noun"}
        things |= {m.thing.head.i for m in matches if m.thing is not None and m.thing.i in things
                   and m.entry.pos == "verb" and m.thing.dep_ == "compound"
                   and m.thing.head.dep_ in ("dobj", "obj") and m.thing.head.head == m.token
                   and roots.get(m.thing.head.i, (m.entry.code or "")[:2]) != (m.entry.code or "")[:2]}
        # "launched a massive missile and drone attack": a noun coordinated with the verb's
        # object, of the verb's own kind, is the same act (not a second one by "the drone")
        things |= {c.i for m in matches if m.thing is not None and m.thing.i in things and m.entry.pos == "verb"
                   for c in m.thing.conjuncts if roots.get(c.i) == (m.entry.code or "")[:2]}
        # "fired a barrage of rockets": what counts the arms is the verb's object too
        things |= {count.i for m in matches if m.thing is not None and m.thing.i in things
                   and (count := counted_arms(m.thing)) is not None
                   and count.dep_ in ("dobj", "obj") and count.head == m.token}
        # "attempted to assassinate": the complement belongs to the match too
        things |= {m.complement.i for m in matches if m.complement is not None}
        # "was held under house arrest", "taken into custody": the state someone is put in
        # is the verb's act, never one of its own, doer named or not
        things |= {m.thing.i for m in matches if m.thing is not None and m.entry.pos == "verb"
                   and m.prep is not None and m.prep.lower_ in STATE_PREPS and m.thing.head == m.prep}
        # verbs first, so that a verb's object is known before the noun is seen
        matches.sort(key=lambda m: m.entry.pos != "verb")
        for m in matches:
            tok, entry = m.token, m.entry
            if entry.pos == "verb" and tok.pos_ not in ("VERB", "AUX"):
                continue
            if (entry.code or "")[:2] in UNCLAIMED_VIOLENCE and (
                    (entry.pos == "noun" and _figurative(tok)) or (m.thing is not None and _figurative(m.thing))):
                continue  # "a court battle over attempts to delay the voting", "engaged in a war of words"
            if (entry.code or "")[:2] in UNCLAIMED_VIOLENCE and entry.pos == "verb" and _game_result(tok):
                continue  # "France beat England 2-1": a game's result
            other = NOT_THE_ACT.get((entry.code or "")[:2])
            if other is not None and entry.pos == "noun" and _modified_by(tok, grammar()[other]):
                continue  # "as part of an election rally, Erdogan said", "issued a hurricane warning"
            if (entry.code or "")[:2] in DISSENT_ROOTS and any(
                    c.dep_ in ("advcl", "xcomp", "acl") and c.lemma_.lower() in grammar()["festive_purposes"]
                    and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children) for c in tok.children):
                continue  # "took to the streets to celebrate the victory": a crowd, no protest
            if (entry.code or "").startswith(YIELD_ON_DEMAND) and not _under_pressure(sent) \
                    and not _giving_way(tok) and modality(tok).mode == ASSERTED:
                # "Clinton resigned to become Secretary of State": a career move, no demand met;
                # "the House withdrew the bill": procedure (but "agreed to resign", "will
                # withdraw the bill" are intents CAMEO codes: 0341, 0342)
                continue
            if entry.pos == "verb" and carrying_on(tok):
                continue  # "pressed ahead with its offensive": the offensive is the act, not an appeal
            if tok.i in things or (entry.pos == "noun" and tok.i in roles.by_token):
                continue  # "Palestinian protesters" names actors, not a protest
            if entry.pos == "noun" and tok.dep_ == "pobj" and tok.head.lower_ == "for" \
                    and tok.head.head.lemma_.lower() in grammar()["title_heads"]:
                continue  # "the special envoy for Ukraine negotiations": a title, no talks held
            if entry.pos == "noun" and tok.dep_ == "compound" and tok.head.lemma_.lower() in grammar()["kind_heads"]:
                continue  # "a deal with the protest movement" names a movement, not a protest
            is_speech = entry.cue == "speech"
            if entry.pos == "verb":
                r = roles.verb_roles(tok, m.thing, entry.reciprocal, speech=is_speech)
                if GPE_OBJECT in entry.objects or (entry.code or "").startswith(AREA_FORCE):
                    r.targets = [_as_town(a, m) for a in r.targets]
                if entry.objects and r.sources and tok.lemma_.lower() in _stopped_or_survived():
                    # "police foiled a plot to kill the president", "the president survived an
                    # assassination attempt": the object names the act; whoever stopped or
                    # outlived it did not do it (the survivor was its target)
                    if tok.lemma_.lower() in grammar()["surviving_verbs"] and not r.targets:
                        r = Roles(targets=r.sources, target_via=r.source_via)
                    else:
                        r = Roles(targets=r.targets, target_via=r.target_via)
            elif entry.pos == "adj":
                r = roles.adjective_roles(tok)
            else:
                # "a mediation effort", "a peace mission": the phrase's head carries the roles
                holder = tok.head if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else tok
                r = roles.noun_roles(holder, entry.reciprocal, m.light if holder is tok else None)
                if entry.code and entry.code[:3] == MEDIATE and r.reciprocal:
                    # "launched a mediation between A and B": the mediator acts on both
                    subj = roles.subject(holder.head) if holder.head.pos_ in ("VERB", "AUX") else None
                    mediators = [a for a in roles.actors_of(subj) if all(a is not p for p in r.sources + r.targets)]
                    if mediators:
                        r = Roles(sources=mediators, targets=r.sources + r.targets, source_via=subj)
            if any(a.kind == "place" for a in r.sources):
                # a town is where things happen, not who does them
                r.sources = [a for a in r.sources if a.kind != "place"]
            if entry.pos == "verb" and entry.lemma in SPEAKING_TO and entry.prep and "to" in entry.prep \
                    and not r.targets:
                continue  # "speaking to BBC Sport", "to the Atlantic Council think tank": no party, no contact
            if (entry.code or "")[:2] in DISSENT_ROOTS and tok.lemma_.lower() in grammar()["campaign_event_words"] \
                    and _campaign_rally(tok, r, roles):
                continue  # "Trump held his first indoor rally", "Erdogan said in a rally": a leader meeting voters
            if entry.pos == "verb" and tok.lemma_.lower() in grammar()["helping_verbs"] and not (
                    r.target_via is not None and r.target_via.head == tok and r.target_via.dep_ in ("dobj", "obj")):
                clause = next((c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ in ("VERB", "AUX")), None)
                if clause is not None:
                    # "will help Syria rebuild its army": the parser makes the helped
                    # party the subject of what it is helped to do; "helped negotiate
                    # the deal", "helped to plan killings": the help is a part taken in
                    # an act its own verb codes, no aid to anyone
                    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    helped = [a for a in roles.actors_of(subj) if all(a is not s for s in r.sources)]
                    if not helped:
                        continue
                    r.targets, r.target_via = helped, subj
            if not r.targets and (entry.code or "")[:2] in BENEFIT_ROOTS:
                # "pledged $1 billion in aid to help Ukraine rebuild": the party the aid is
                # to help is its recipient
                helped_via = _helped_by_purpose(tok)
                helped = [a for a in roles.actors_of(helped_via) if all(a is not s for s in r.sources)]
                if helped:
                    r.targets, r.target_via = helped, helped_via
            if entry.pos == "verb" and not r.sources and RoleFinder.is_passive(tok) \
                    and tok.lemma_.lower() in grammar()["self_moving_verbs"]:
                # "UN peacekeepers were shipped out of Gorazde", "one third of the
                # guerrillas have been demobilized": with no agent named, forces moved
                # out or stood down are their own side's act (CAMEO codes the forces as
                # the source), and where they left is the other party
                movers = roles.actors_of(roles.patient(tok))
                if movers:
                    left = [a for p in tok.children if p.dep_ in ("prep", "prt") and p.lower_ in ("from", "out")
                            for g in p.subtree if g.dep_ == "pobj" for a in roles.actors_of(g)
                            if all(a is not s and (a.entity is None or a.entity != s.entity) for s in movers)]
                    r = Roles(sources=movers, targets=left[:1], source_via=roles.patient(tok))
            if (entry.code or "").startswith(NONMILITARY_BOMBING) and entry.pos == "verb" and RoleFinder.is_passive(tok) \
                    and (weapon := RoleFinder.agent(tok)) is not None and weapon.lemma_.lower() in grammar()["projectile_nouns"]:
                # "was blown up by a surface-to-air missile": CAMEO 183 is non-military
                # bombing; a missile, rocket or shell fired is military force (194, as
                # "rocket fire" and "missile attack" are)
                m = replace(m, entry=replace(entry, code=PROJECTILE_FIRE))
                entry = m.entry
            if entry.pos == "noun" and not r.targets and (entry.code or "")[:2] in UNCLAIMED_VIOLENCE:
                # "an attempt to assassinate the deputy governor (was thwarted)": the victim
                # of a violent act told by the noun's infinitive
                act = next((c for c in tok.children if c.dep_ in ("acl", "relcl") and c.pos_ == "VERB"
                            and any(a.dep_ in ("aux", "mark") and a.lower_ == "to" for a in c.children)), None)
                victim = next((o for o in act.children if o.dep_ in ("dobj", "obj")), None) if act is not None else None
                found = [a for a in roles.actors_of(victim) if all(a is not s for s in r.sources)]
                if found:
                    r.targets, r.target_via = found, victim
            if _joint_exercise(m, r):
                # "French and Egyptian warships launched war games": the forces of two
                # states exercising together cooperate militarily (062, both ways), as
                # "joint exercises" do; one state's drills show force (150)
                m = replace(m, entry=replace(entry, code=JOINT_EXERCISE, reciprocal=True))
                entry = m.entry
                r = Roles(sources=r.sources[:1], targets=r.sources[1:], reciprocal=True,
                          source_via=r.source_via, target_via=r.source_via)
            stand_down = (entry.code or "").startswith(STAND_DOWN)
            if r.targets and r.sources and (
                    (stand_down and all(_own_forces(t, r.sources) for t in r.targets))
                    or (not stand_down and entry.pos == "verb" and all(_possessed_own(t, r.sources) for t in r.targets))):
                # "India pulled back troops from the border", "the US pulled its diplomats from
                # Iraq": the forces withdrawn or the people moved are the doer's own; the other
                # party is the state they leave, if one is named (troops withdrawn are no
                # target even when none is; other acts keep their own people then)
                # (a mission is where it stands: "reopened its embassy in Damascus" is toward Syria)
                mission = r.target_via is not None and r.target_via.lemma_.lower() in grammar()["mission_nouns"]
                left, via = _left_state(tok, roles, r.sources, ("from", "of", "in") if mission else ("from", "of"))
                if left or stand_down:
                    r.targets, r.target_via = left, via
                elif mission and entry.reciprocal and len(r.sources) > 1:
                    # "Saudi Arabia and Iran reopened their embassies": each in the other's capital
                    r = Roles(sources=r.sources[:1], targets=r.sources[1:], reciprocal=True,
                              source_via=r.source_via, target_via=r.source_via)
            if r.targets and r.sources and (entry.code or "")[:2] in POSTURE_ROOTS \
                    and all(_own_forces(t, r.sources, ("MIL", "COP")) for t in r.targets):
                # "strengthened its forces in Lebanon", "mobilized army reservists for a
                # possible war against Iraq": the forces mobilized are the doer's own, the
                # other party is whom they are readied against or where they stand
                r.targets, r.target_via = _posture_aim(tok, r.target_via, roles, r.sources)
            elif not r.targets and r.sources and (entry.code or "")[:2] in POSTURE_ROOTS:
                # "trained 500 hackers capable of launching cyber warfare against the United
                # States", "prepared to resume shelling rebel-held territory": what they are readied for
                obj = next((c for c in tok.children if c.dep_ in ("dobj", "obj")), None) if entry.pos == "verb" else \
                    next((g for p in tok.children if p.dep_ == "prep" and p.lower_ == "of"
                          for g in p.children if g.dep_ == "pobj"), None)  # "the deployment of troops to Mali"
                r.targets, r.target_via = _posture_aim(tok, obj, roles, r.sources, deep=True)
            if not r.targets and r.sources and (entry.code or "")[:2] in REFUSAL_ROOTS:
                # "declined to resign despite growing pressure by the Anti-Corruption
                # Commission", "rejected the plan despite US pressure": a refusal defies
                # whoever pressed for what it refuses
                acts = [tok] + [c for c in tok.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB"]
                pressure = next((g for a in acts for p in a.children if p.dep_ == "prep" and p.lower_ == "despite"
                                 for g in p.children if g.dep_ == "pobj"), None)
                found = [a for a in roles.actors_of(pressure) if RoleFinder._other(a, r.sources)]
                if found:
                    r.targets, r.target_via = found, pressure
            if (entry.code or "")[:2] in DISSENT_ROOTS and r.sources:
                # "thousands of Venezuelans marched": a people protesting are
                # protesters (OPP), and protesters of no country are of the crowd named before
                r.sources = [_earlier_crowd(_as_protesters(a, tok.doc), tok, roles) for a in r.sources]
            if not r.targets and (entry.code or "")[:2] in DISSENT_ROOTS and r.sources:
                # "staged demonstrations to demand reforms by Suharto's government", "a
                # hunger strike in protest of the Russian government's refusal": a protest
                # is aimed at whom its stated cause or demand names
                found, via = _protest_aim(tok, entry.pos, roles, r.sources)
                if found:
                    r.targets, r.target_via = found, via
            sheltered = m.thing is not None and m.thing.lemma_.lower() in grammar()["refuge_nouns"]
            if not r.targets and ((entry.code or "")[:2] in HOSTED_ROOTS or sheltered) and r.sources:
                # (and "sought refuge in Germany": the host asked for shelter)
                # "arrived in Amman", "a protest in Beijing": the host of a visit, a
                # meeting or a protest (on the word itself or the verb that stages it)
                holders = [tok] + ([tok.head] if entry.pos == "noun" and tok.head != tok else []) \
                    + ([m.thing] if m.thing is not None else [])  # "attended the summit in Beijing"
                if entry.pos == "noun" and tok.head.dep_ == "prep" and tok.head.head != tok.head:
                    holders.append(tok.head.head)  # "were engaged in ethnic cleansing in Montenegro"
                if entry.code[:2] in UNCLAIMED_VIOLENCE:
                    # "fired shells at targets in Jericho": where what was hit stands
                    holders += [g for h in list(holders) for p in h.children
                                if p.dep_ == "prep" and p.lower_ in ("at", "on", "against")
                                for g in p.children if g.dep_ == "pobj"]
                if entry.code[:2] in THREAT_ROOTS:
                    # "threatened to ban voting in East Jerusalem": where the threatened act
                    # would happen is whom it threatens
                    acts = [c for c in tok.children if c.dep_ in ("xcomp", "advcl", "ccomp")]
                    holders += acts + [o for a in acts for o in a.children if o.dep_ in ("dobj", "obj")]
                # "rioted at this jail in northern Israel": where the place it happened stands
                holders += [g for h in list(holders) for p in h.children if p.dep_ == "prep" and p.lower_ in ("in", "at")
                            for g in p.children if g.dep_ == "pobj" and g.pos_ == "NOUN"]
                for p in (c for h in holders for c in h.children):
                    if p.dep_ == "prep" and p.lower_ in ("in", "at"):
                        host = [a for g in p.children if g.dep_ == "pobj" for a in roles.actors_of(g)
                                if a.kind in ("state", "capital", "place") and a.country
                                and all(a.country != s.country or (entry.code[:2] in DOMESTIC_ROOTS and s.kind not in STATELIKE)
                                        for s in r.sources)]
                        if host and host[0].kind == "capital" and entry.code[:2] in FORCE_ROOTS and any(
                                c.dep_ in ("dobj", "obj") for c in tok.children):
                            # "arrested two men in Paris", "raided an office in Beijing": the act
                            # befell what it names, in the country; the capital is where, not its government
                            host = [_as_place(host[0])]
                        if host:
                            r.targets, r.target_via = host[:1], p
            if not r.targets and r.sources and (entry.code or "")[:2] in ASKING_ROOTS:
                # "demanding that President Mugabe abandon ...": who is asked
                # ("called for Russia to withdraw": the parser may make it an adverbial clause;
                # "reiterated its demand that Israel ease": a clause on the noun)
                deps = ("ccomp", "advcl", "xcomp") if entry.pos == "verb" else ("acl", "ccomp")
                owners = [tok] + ([tok.head] if entry.pos != "verb" and tok.dep_ == "dobj" else [])
                for clause in (c for o in owners for c in o.children if c.dep_ in deps):
                    if entry.pos != "verb" and not any(k.dep_ == "mark" and k.lower_ == "that" for k in clause.children):
                        continue  # "the demand made by Israel" is no clause of what is asked
                    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    asked = [a for a in roles.actors_of(subj) if all(a is not s for s in r.sources)]
                    if asked:
                        r.targets, r.target_via = asked, subj
                        break
            if not r.targets and r.sources and (entry.code or "")[:2] == "13":
                # "threatened to stop the talks if the United States goes ahead": a
                # threat is aimed at whoever its condition names
                for clause in (c for c in tok.subtree if c.dep_ == "advcl" and any(
                        k.dep_ == "mark" and k.lower_ in ("if", "unless") for k in c.children)):
                    subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                    named = [a for a in roles.actors_of(subj) if all(a is not s and a.entity != s.entity for s in r.sources)]
                    if named:
                        r.targets, r.target_via = named, subj
                        break
            if r.targets and r.sources and (entry.code or "")[:2] in JUDGING_ROOTS and entry.pos == "verb" \
                    and r.target_via is not None and r.target_via.dep_ == "pobj" and r.target_via.head.lower_ == "to" \
                    and r.target_via.head.head == tok and (about := _actors_about(m, roles, r.sources)):
                # "Lebanon complained to the United Nations over two Israeli air raids": the
                # complaint is made to the UN, against Israel
                r.targets = about
            if r.sources and entry.code == CLAIM_RESPONSIBILITY and (not r.targets or all(
                    _means_modifier(sent.doc, t) for t in r.targets)):
                # "claimed responsibility for an attack on a mall in Kenya's capital":
                # the claim is made about what was done to the attack's victim (not about
                # the drone of "a drone attack", its means)
                # (and of the claimer's own state: "al-Shabaab claimed the attack on a hotel in Mogadishu")
                r.targets = _actors_about(m, roles, r.sources, same_country=True)
            elif not r.targets and r.sources and (entry.code or "")[:2] in ABOUT_ROOTS and entry.cue != "speech":
                # "expressed sorrow for the shootings in South Carolina", "concern over
                # the fighting in Syria": a comment on a happening is addressed to where it happened
                r.targets = _actors_about(m, roles, r.sources, same_country=True)
            if entry.cue == "speech":
                speech.append((m, r))
                continue
            if entry.cue == "harm":
                harms.append((m, r))
                continue
            if entry.cue == "hope":
                hopes.append((m, r))
                if entry.code is None:
                    continue
            out.extend(self._candidates(m, r, sent, si, article_date))
        # "offered military support to Lebanon": a light verb is part of its noun's
        # event (the noun says what was offered), not an offer of its own -- when
        # the noun made one
        lights = {c.match.light.i for c in out if c.match.light is not None and c.match.entry.pos == "noun"
                  and not c.actorless}
        out = [c for c in out if not (c.match.entry.pos == "verb" and c.trigger.i in lights
                                      and c.match.thing is None and c.match.complement is None)]
        out.extend(self._appeals(out, roles, sent, si, article_date))
        # what a speaker says others did: "Israel said a mortar was fired at it
        # from Gaza", "he claimed trust was destroyed by the US"
        for sm, sr in speech:
            speaker = sr.sources[0] if sr.sources else None
            if speaker is None:
                continue
            for hm, hr in harms + [(c.match, None) for c in out]:
                if hm.token == sm.token or not _reported_by(hm.token, sm.token):
                    continue  # only what the speaker says, not "after ..." clauses
                victim = None
                if hr is None:
                    cand = next(c for c in out if c.match is hm)
                    if codebook.quad_class(cand.code) != 4 or cand.source is None or cand.mode.mode != ASSERTED:
                        continue
                    doers, victim = [cand.source], cand.target
                else:
                    doers = hr.sources
                    victim = hr.targets[0] if hr.targets else None
                # ("said Ukraine had shelled itself": the doer's act on itself)
                staged = victim is None and any(c.dep_ in ("dobj", "obj") and c.lower_ in REFLEXIVE_PRONOUNS
                                                for c in hm.token.children)
                for doer in doers:
                    code = claim_code(sm.token.lemma_.lower(), speaker, doer, victim, staged)
                    if code is None:
                        continue
                    acc = Match(token=sm.token, entry=Entry(code=code, pos="verb", lemma=sm.token.lemma_))
                    # claiming one's own attack is done to its victim; an accusation is made against the doer
                    target = victim if code == CLAIM_RESPONSIBILITY else doer
                    made = self._candidates(acc, Roles(sources=[speaker], targets=[target] if target else []),
                                            sent, si, article_date)
                    out.extend(made)
        return out, speech + [(m, r) for m, r in hopes if m.entry.code is None], harms

    @staticmethod
    def _demonstrations(sent, roles: RoleFinder, taken: set[int]) -> list[Match]:
        """"Thousands of protesters gathered outside the police headquarters": a
        verb of gathering or marching is a demonstration (141) when its doers
        are protesters; the same verb said of ministers is not."""
        out = []
        verbs = grammar()["demonstration_verbs"]
        for tok in sent:
            if tok.i in taken or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                continue
            subj = roles.subject(tok)
            doers = roles.actors_of(subj)
            if (doers and all(a.sector == "OPP" for a in doers)) or _bearing_slogans(tok, subj):
                out.append(Match(token=tok, entry=Entry(code="141", pos="verb", lemma=tok.lemma_.lower())))
        return out

    def _appeals(self, cands: list[Candidate], roles: RoleFinder, sent, si, article_date) -> list[Candidate]:
        """What one actor asks another to do: "urged Iran to resume talks" is an
        appeal to meet (026), "Obama wants Putin to attack" an appeal (020).

        The asked-for act stays hypothetical; the appeal is what happened.  A
        lexicon appeal ("urge", "ask") takes the specific code of what is
        asked; a wish for another's act ("want X to") is made an appeal here.
        """
        out: list[Candidate] = []
        for c in list(cands):
            cue = c.mode.cue
            if c.mode.mode != HYPOTHETICAL or cue is None or c.trigger.head != cue or c.source is None:
                continue
            if any(n.dep_ == "neg" for n in c.trigger.children):
                continue  # "urged Kyiv not to release the prisoners": asking that it not be done
            if c.trigger.dep_ == "xcomp":
                asked = next((o for o in cue.children if o.dep_ in ("dobj", "obj")), None)
            elif c.trigger.dep_ == "ccomp" and any(a.lower_ == "to" for a in c.trigger.children if a.dep_ == "aux"):
                # the parse often makes "wants Putin to attack" a clause with Putin its subject
                asked = next((o for o in c.trigger.children if o.dep_ == "nsubj"), None)
            else:
                continue
            if asked is None or all(a is not c.source for a in roles.actors_of(asked)):
                continue  # "wants to meet" is the subject's own intent, not an appeal
            code = APPEAL_EXACT.get(c.code) or APPEAL.get(c.code[:2], "020")
            made_by_lexicon = [o for o in cands if o.trigger == cue and o.code[:2] == "02"]
            for o in made_by_lexicon:
                if o.code == "020":
                    o.code = code
            if made_by_lexicon or cue.lemma_.lower() not in WISH_VERBS:
                continue
            askers = [a for a in roles.actors_of(roles.subject(cue)) if a is not c.source]
            if askers:
                m = Match(token=cue, entry=Entry(code=code, pos="verb", lemma=cue.lemma_))
                out.extend(self._candidates(m, Roles(sources=askers, targets=[c.source]), sent, si, article_date))
        return out

    def _asked_nouns(self) -> Lexicon:
        """The lexicon's nouns that name an act only with a light verb ("declared a
        ceasefire", "sent aid"), without it: as what is asked, promised or refused ("called
        for a ceasefire", "the release of") the noun is the act.  Not a noun whose light
        verbs tell apart two acts ("called a strike" is a protest, "carried out a strike" force)."""
        if self._asked_lexicon is None:
            entries = [e for e in self.lexicon.entries if e.pos == "noun" and e.light and e.cue is None and e.code
                       and not (e.objects or e.prep or e.xcomp)]
            codes: dict[tuple, set[str]] = {}
            for e in entries:
                codes.setdefault((e.lemma, e.modifiers), set()).add(e.code)
            self._asked_lexicon = Lexicon([replace(e, light=frozenset()) for e in entries
                                           if len(codes[(e.lemma, e.modifiers)]) == 1])
        return self._asked_lexicon

    def _asked_code(self, code: str, m: Match) -> str:
        """The sub-code of a three-digit request, intent, demand, rejection or threat for
        the act it is about, as the lexicon codes that act (see ASKED_TABLES); ``code``
        when no act is named, when the act has no sub-code here or when its sub-code is
        not a refinement of ``code`` (the residual x0 refines to any)."""
        exact, by_root = ASKED_TABLES[code[:2]]

        def act_of(tok: Token) -> Match | None:
            return self.lexicon.match(tok) or (self._asked_nouns().match(tok) if tok.pos_ == "NOUN" else None)

        def through(tok: Token) -> bool:  # a request met or refused carries what it asks
            sub = act_of(tok)
            return (sub.entry.code or "")[:2] in CARRIER_ROOTS if sub is not None else looked_through(tok)

        for tok in asked_acts(m.token, through):
            sub = act_of(tok)
            if sub is None or sub.entry.code is None or sub.entry.cue is not None \
                    or (sub.entry.pos == "verb" and tok.pos_ not in ("VERB", "AUX")):
                continue
            act = refine_purpose(sub.entry.code, sub)
            if act[:2] in CARRIER_ROOTS and code[:2] not in ("02", "10"):
                continue  # the request refused or met: what it asks comes below
            if act[2:] == "0":
                return code  # "pressure to help", "agreed they should cooperate": no kind named
            new = exact.get(act) or exact.get(act[:3]) or by_root.get(act[:3]) or by_root.get(act[:2])
            if new and (code[2] == "0" and len(code) == 3 or new.startswith(code)
                        # "refused to lift the curfew": the word list of the request's entry saw
                        # the verb (lift: 1244, sanctions); the act coded with its object is 0813
                        or (tok == m.complement and sub.thing is not None and new[:2] == code[:2]
                            and len(new) >= len(code))):
                return refine_purpose(new, m) if len(new) == 3 else new
            return code
        return code

    def _candidates(self, m: Match, r: Roles, sent, si, article_date) -> list[Candidate]:
        entry = m.entry
        code = entry.code
        if code is None:
            return []
        if not r.sources and entry.pos == "verb" and code[:2] in FORCE_ROOTS and _collision(m.token):
            return []  # a collision, nobody's attack
        mode = modality(m.token)
        if entry.pos == "noun" and m.token.lemma_.lower() in grammar()["blame_nouns"] and r.source_via is not None \
                and r.source_via.head.pos_ == "VERB":
            # "Pompeo said the crash was likely Iran's doing": the accusation is the
            # saying, and as real as it is; "likely" hedges what it says, not that it
            # was said ("was not Iran's doing" is no accusation at all)
            if mode.mode != NEGATED:
                mode = modality(r.source_via.head)
        if code == POLICE_POWER and r.sources and r.targets and all(_abroad(t, r.sources) for t in r.targets):
            # "Kenya deployed police officers to Haiti": police sent into another state are
            # forces provided for its security, CAMEO 074 (and a promise of them 0334)
            code = PROTECTION
        if (entry.pos == "verb" or m.token.dep_ in ("dobj", "obj")) and r.sources \
                and not (mode.mode in (FUTURE, HYPOTHETICAL) and code[:2] in FORECAST_ROOTS
                         and _told_by_another(m.token, r.sources, sent.doc.user_data.get(ROLE_FINDER))):
            # what an actor says it will (not) do is a verbal act: CAMEO's reading
            # (a noun event the object of its verb too: "ready to resume talks")
            new = recode(code, mode, m.token, RoleFinder.is_passive(m.token))
            if new is not None:
                code, mode = new
        finder = sent.doc.user_data.get(ROLE_FINDER)
        if not r.sources and code.startswith(RELEASE) and entry.pos == "verb" and finder is not None:
            # "was released after 300 days in Iranian custody", "freed from Israeli prisons":
            # whoever held them let them go
            # (only a holder the noun's own modifier names: "life in prison" names none)
            held = [(c, a) for t in m.token.subtree if t.dep_ == "pobj" and t.lemma_.lower() in grammar()["custody_nouns"]
                    for c in t.children if c.dep_ in ("amod", "compound", "poss", "nmod")
                    for a in finder.actors_of(c)[:1] if not any(a is x for x in r.targets)]
            if held:
                r = replace(r, sources=[held[0][1]], source_via=held[0][0])
        if entry.subjects and finder is not None:
            if not r.targets:
                # "two mortar shells landed near the US embassy", "rockets slammed into
                # Israeli towns": where fire fell is whose it hit
                fell = [g for p in m.token.children if p.dep_ == "prep" and p.lower_ in IMPACT_PREPS
                        for g in p.children if g.dep_ == "pobj"]
                if fell:
                    r = replace(r, targets=finder.actors_of(fell[0]), target_via=fell[0])
            fired = subject_among(m.token, entry.subjects)
            user = finder.weapon_user(fired) if fired is not None and not r.sources else None
            if user is not None:
                # "Hamas fired rockets that hit Israeli towns", "shells fired by the army hit"
                r = replace(r, sources=finder.actors_of(user), source_via=user)
        if not r.targets and code[:2] in PLACED_TARGET_ROOTS and entry.pos == "verb" and finder is not None \
                and (country := self._placed_object(m, finder)) is not None:
            r = replace(r, targets=[country[0]], target_via=country[1])
        if code[:2] in DISSENT_ROOTS and r.sources and not r.targets \
                and (policy := _protested_policy(m)) is not None \
                and (country := next((a.country for a in r.sources if a.country), None)) is not None:
            # "Israelis protested against the judicial overhaul": a policy protested by its
            # country's people is its government's (CAMEO 1412: the target is who decides it)
            r = replace(r, targets=[_policy_owner(policy, country)], target_via=policy)
        if not r.targets and code[:2] in JUDGING_ROOTS and entry.pos == "verb" and finder is not None \
                and (judged := _judged(m)) is not None:
            # "found Johnson's advice unlawful", "ruled that the government's decision was
            # unconstitutional": a finding against an act or a measure is against its maker
            makers = [a for a in finder.actors_of(judged) if not any(a is s for s in r.sources)]
            if makers:
                r = replace(r, targets=makers, target_via=judged)
        found_date, date_span, place = self._date_and_place(m, article_date)
        weapon = None
        if not r.sources and r.targets and code[:2] in UNCLAIMED_VIOLENCE:
            weapon = self._weapon_subject(m.token) or self._weapon_met(m.token)
            if weapon is not None:
                # "a bomb exploded in a market in Kabul, killing 12 people": the weapon's
                # attack (its own code), placed where it went off
                code = weapon.entry.code
                place = place or self._place_near(Match(token=m.token.head, entry=m.entry))
        base_conf = 0.55 + 0.05 * min(entry.specificity[0], 2)
        state_act = _state_act(code) and entry.pos == "verb" and RoleFinder.is_passive(m.token)
        by_noun = m.token.dep_ == "relcl" and m.token.head.pos_ == "NOUN" and code[:2] in UNCLAIMED_VIOLENCE \
            and self.lexicon.match(m.token.head) is not None
        # "two suspects were arrested", "he was sentenced to 47 months": the verb itself
        # says who acts (only the police arrest, only a court sentences; grammar.yaml
        # implied_doers), if not which state's
        body = grammar()["implied_doers"].get(m.token.lemma_.lower()) if entry.pos == "verb" else None
        if not r.sources and state_act and code.startswith(HOME_STATE_ACTS) and finder is not None \
                and not _placed(place or self._place_near(m)) \
                and (authority := _announcing_authority(m.token, finder, r.targets)) is not None:
            # "police said two men were arrested": the authority that announces it did it
            # (a government's spokesman announcing an arrest: its police)
            authority_body = authority[0] if authority[0].sector in grammar()["enforcing_sectors"] \
                else _sector_of(authority[0], body)
            r = replace(r, sources=[authority_body], source_via=authority[1])
        # (not in a relative clause: "Yaish, who had been arrested 15 months ago" tells
        # who he is, not an arrest the story reports)
        implied = body if state_act and RoleFinder.agent(m.token) is None and m.token.dep_ != "relcl" else None
        unnamed_doer = r.source_via is not None and r.source_via.lemma_.lower() in grammar()["human_nouns"]
        if not r.sources and (r.targets or implied) and (code[:2] in UNCLAIMED_VIOLENCE or state_act) and not by_noun \
                and not entry.subjects and not unnamed_doer \
                and not (entry.pos == "verb" and m.token.lemma_.lower() in grammar()["killing_verbs"]
                         and _accidental(m.token)) \
                and not (entry.pos == "verb" and self._attack_with_doer(m.token, finder)):
            # (not "two soldiers were killed in a car crash in southern Lebanon": an
            # accident has no doer for its place to stand in for; nor "rockets hit the US
            # embassy in Baghdad": where fire falls is not where it came from)
            # (not "the US airstrike that killed Soleimani at a Baghdad airport": the airstrike
            # did it, and is an event of its own)
            # CAMEO (1833 and kin): an attack nobody is named for is coded with
            # its place as the source ("killed in a car bombing in Baghdad")
            where = place or self._place_near(m)
            # (the means decides: "killed in an air strike in Marib" is 195 by its "in")
            if _placed(where) and not refine_purpose(code, m).startswith(REMOTE_FIRE):
                r = Roles(sources=[_place_actor(where, implied)], targets=r.targets)
            elif code.startswith(HOME_STATE_ACTS) and (home := sent.doc.user_data.get(HOME_STATE)) is not None:
                # "he was sentenced to fourteen years" in a story about one state:
                # that state's authorities (the one the actor finder gave "the
                # police" and "the president" of the article to)
                r = Roles(sources=[_sector_of(home, implied)], targets=r.targets)
            elif code.startswith(ARREST) and finder is not None and (own := _own_state(r.targets, finder)) is not None:
                # "Tanzania's opposition leader was arrested": with no other state named, the
                # opposition's own state detained it (not so for a diplomat or a citizen,
                # often held abroad)
                r = Roles(sources=[_sector_of(own, implied)], targets=r.targets)
            elif implied:
                # the court or the police of the state where the story's lead places it
                # (as the actor finder places "the police" of the story), else of no known country
                tok = m.token
                lead = sent.doc.user_data.get(LEAD_STATE)
                r = Roles(sources=[Actor(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text),
                                         code=(lead or "") + implied, country=lead, sector=implied, kind="sector",
                                         sentence_index=si, country_from="lead" if lead else None)],
                          targets=r.targets)
        placed_victim = False
        if not r.sources and not any(t.code for t in r.targets) and code[:2] in UNCLAIMED_VIOLENCE \
                and _told_as_attack(m) and not _disaster_story(sent.doc):
            # "twin bombings struck the Jolo Cathedral in Mindanao", "two bombs exploded in a
            # cathedral in Jolo": no doer and no party named, but the country the attack hit
            # (GDELT: no Actor1; the place's country is Actor2)
            where = _struck_place(m) or place or self._place_near(m)
            if _placed(where):
                r = Roles(targets=[_place_actor(where)])
                placed_victim = True
        pairs: list[tuple[Actor | None, Actor | None]] = []
        if r.reciprocal and r.sources and r.targets:
            parties = r.sources + [t for t in r.targets if all(t is not s for s in r.sources)]
            for i, a in enumerate(parties):
                for b in parties[i + 1:]:
                    if a.entity is not None and a.entity == b.entity:
                        continue  # one party named twice meets no one
                    pairs.append((a, b))
        elif r.sources:
            for s in r.sources:
                targets = r.targets
                if s.country and len(targets) > 1 and any(t.country != s.country for t in targets):
                    # "Macron urged Germany and France to act": among the addressees, the
                    # speaker's own state is the speaker's side, not a party it acts on
                    targets = [t for t in targets if not (t.kind == "state" and t.code == s.country)]
                for t in (targets or [None]):
                    pairs.append((s, t))
        elif code[:2] == "14" and _placed(where := place or self._place_near(m)):
            # "anti-government protests continue in Baghdad", "thousands marched in
            # Caracas": protesters nobody names are the place's own dissidents (the
            # place's country, CAMEO's OPP)
            protesters = _place_actor(where, "OPP")
            for t in r.targets:
                if t.country is None:  # "anti-government": that country's government
                    t = replace(t, country=where.country, code=where.country + (t.code or ""))
                pairs.append((protesters, t))
            if not r.targets:
                pairs.append((protesters, _protest_target(m, finder, protesters, where.country)))
        elif code[:2] == "14" and entry.pos == "noun" and finder is not None and _cause_of(m.token) is not None \
                and (home := sent.doc.user_data.get(HOME_STATE)) is not None:
            # "the bill has sparked protests" in a story about one state: its own dissidents,
            # told as a happening by what caused them (a protest noun in passing is none)
            protesters = _sector_of(home, "OPP")
            pairs.append((protesters, _protest_target(m, finder, protesters, home.country)))
        elif r.targets and (code[:2] in UNCLAIMED_VIOLENCE or code.startswith(CYBERATTACK)) and (
                weapon is not None or entry.subjects or placed_victim
                or (m.token.pos_ == "VERB" and RoleFinder.is_passive(m.token)
                 and m.token.lemma_.lower() in grammar()["agentless_attack_verbs"])
                or (entry.pos == "verb" and not RoleFinder.is_passive(m.token) and _unnamed_assailant(m.token))
                or unnamed_doer
                or (entry.pos == "verb" and entry.objects and m.token.lemma_.lower() in _stopped_or_survived())
                or (entry.pos == "noun" and m.token.dep_ not in ("compound", "amod", "nmod", "conj")
                    and _victim_of(m.token, r.target_via))):
            # "Navalny was poisoned", "three officers were stabbed", "an attack on an
            # army checkpoint", "killed in a roadside bombing": violence whose doer the
            # text does not name and no place stands in for (GDELT: no Actor1). A noun
            # of violence is an attack by itself (accidents have nouns of their own),
            # but not as a modifier ("invasion forces", "car bomb explosion"), in a
            # list whose head has the doer ("launched artillery and rocket fire"), and
            # only on a victim the noun itself names (see _victim_of); an attempt foiled or
            # survived ("police foiled an assassination attempt on the president") names its
            # target and not its doer
            pairs = [(None, t) for t in r.targets]
        elif entry.pos == "noun" and not r.targets:
            # "The talks" with no actors of their own: may refer to an earlier event
            return [Candidate(m, si, sent, None, None, entry.reciprocal, mode, code, found_date, date_span,
                              place, actorless=True, mentions=[_span(m.token)])]
        out = []
        for s, t in pairs:
            if (s is None or s.code is None) and (t is None or t.code is None):
                continue  # "Jillea attended the convention": no party we can code, no dyad
            if t is not None and t.kind == "capital" and code[:2] in VIOLENT_ROOTS:
                # "fired a missile at Riyadh", "shelled Kyiv": force on a capital falls on the
                # city, of its country, not on the government its name stands for when it speaks
                t = _as_place(t)
            if s is None:  # an agentless attack (its target has a code: see above)
                out.append(Candidate(m, si, sent, None, t, False, mode, code, found_date, date_span, place,
                                     confidence=round(base_conf, 2), mentions=[_span(m.token)]))
                continue
            if t is not None and finder is not None and (post := finder.stationed(t, code[:2] == "08")) is not None \
                    and post.country != s.country:
                t = post  # "contribute troops to a force in Liberia": Liberia is the other party
            if t is not None and s.country and t.country == s.country and t.posted_to and t.sector == "GOV":
                # "France recalled its ambassador to Washington": acting on one's own envoy is
                # acting towards the state the envoy is posted to
                t = replace(t, code=t.posted_to, country=t.posted_to, sector=None, kind="state",
                            country_from="posting")
            elif t is not None and s.country and t.country == s.country and code[:2] == "16" \
                    and t.sector == "GOV" and t.kind == "sector" and _envoy(t):
                t = None  # "the Netherlands recalled its envoy": towards a state the text does not name
            if t is not None and s.entity is not None and s.entity == t.entity:
                continue
            if t is not None and _one_body(s.code, t.code):
                continue  # "leaders of the AU met for an AU summit": a body and its own heads are one party
            if t is not None and s.country and s.country == t.country and s.kind in STATELIKE and t.kind in STATELIKE:
                continue  # "Russia" and "the Kremlin" are one actor: a state does not act on itself
            code_here = code
            if code[:3] == "057" and m.thing is not None and m.token.lemma_.lower() not in SIGNING_VERBS and any(
                    c.dep_ in ("acl", "relcl") and any(a.lower_ == "to" for a in c.children if a.dep_ == "aux")
                    for c in m.thing.children):
                # "reached a consensus to exchange information": an agreement to
                # do something is an intent (03), not a signed accord (057) --
                # unless it was signed ("signed a deal to export gas")
                code_here = "030"
            elif code[:3] == "150" and t is not None and r.target_via is not None and r.target_via.head.lower_ == "with":
                # "staged military drills with Russia": exercising together is
                # military cooperation (062), not a show of force against the partner
                code_here = "062"
            elif code == WITHDRAW and m.entry.pos == "verb" and _leaves_body(m.token, t):
                # "pulled out of the WHO", "pulled out of the nuclear deal": leaving a body
                # or an accord cuts relations (160); a military retreat is 0874
                code_here = REDUCE_RELATIONS
            elif code == PROTEST and entry.pos == "verb" and (s.kind in STATELIKE or s.sector == "GOV"):
                # "China protested the visit", "Japan protested against the incursion": a
                # state's protest is an official complaint (114); crowds demonstrate (14x)
                code_here = OFFICIAL_COMPLAINT
            elif code[:3] == "042" and s.sector == "MIL" and "peacekeep" in s.text.lower():
                # peacekeepers arriving are deployed, not visiting (CAMEO 074)
                code_here = "074"
            if code in UNCONVENTIONAL and (s.sector in NONSTATE_ARMED | CIVILIAN_ASSAILANTS
                                           or (s.kind == "group" and s.sector not in ("GOV", "MIL"))
                                           or _private_person(s)):
                # CAMEO 18 vs 19: force used by guerrillas, militias, gangs is
                # unconventional violence, whatever the verb
                code_here = UNCONVENTIONAL[code]
            elif code in PRIVATE_SHOOTING and (s.sector in CIVILIAN_ASSAILANTS or _private_person(s)
                                               or (s.sector in NONSTATE_ARMED and _lone_actor(s, sent.doc))):
                code_here = PRIVATE_SHOOTING[code]
            elif code.startswith("171") and s.sector in grammar()["rioting_sectors"]:
                code_here = RIOT  # "protesters torched police cars": a riot (CAMEO 145)
            elif code == CLASH and _crowd(s) and not (r.reciprocal or entry.reciprocal):
                # "journalists were attacked by protesters", "a mob attacked the police station":
                # force by a protesting crowd is a riot (CAMEO 145), as its clash with police
                # is; 190 is force by armed sides.  (Police firing on a crowd stays 190: the
                # PLOVER annotators read "police opened fire to disperse demonstrators" as a fight.)
                code_here = RIOT
            if code_here[:2] in REPRESSION_ROOTS and s.sector == "COP" and _crowd(t) and not (r.reciprocal or entry.reciprocal) \
                    and m.token.lemma_.lower() not in grammar()["killing_verbs"]:
                # "police fired live rounds at protesters", "riot police attacked the demonstrators":
                # force by police on a protesting crowd is repression of dissent (CAMEO 175: "crowd
                # control tactics"), not combat.  Killing keeps its own code ("police killed two
                # protesters" is 190): a death toll is what users of 18x-20x count.
                code_here = REPRESSION
            # "staged demonstrations to demand political reforms": 1412, not 141
            code_here = refine_purpose(code_here, m)
            if code_here[:2] in ASKED_TABLES and (len(code_here) == 3 or m.complement is not None):
                code_here = self._asked_code(code_here, m)
            conf = base_conf + (0.15 if t is not None else 0.0)
            if s.kind in ("pronoun", "alias"):
                conf -= 0.05
            if (r.reciprocal or entry.reciprocal) and code_here == CLASH and t is not None and (split := _riot_clash(s, t)) is not None:
                # "protesters clashed with police": a riot and its repression, each by its side
                out.extend(Candidate(m, si, sent, a, b, mutual, mode, c, found_date, date_span, place,
                                     confidence=round(min(conf, 0.95), 2), mentions=[_span(m.token)])
                           for a, b, c, mutual in split)
                continue
            out.append(Candidate(m, si, sent, s, t, bool(r.reciprocal), mode, code_here, found_date, date_span, place,
                                 confidence=round(min(conf, 0.95), 2), mentions=[_span(m.token)]))
        return out

    # -- statements ------------------------------------------------------------------
    def _court_findings(self, cands: list[Candidate], roles: RoleFinder, sent, si: int,
                        article_date) -> list[Candidate]:
        """"The court found that the government had violated the constitution", "the judge
        held that Trump had abused his power": a court telling, in the clause of its finding,
        of a conflictual act or a misdeed (grammar.yaml misdeed_verbs) finds its doer liable
        (116, court -> doer).  The finding is the event: the act it tells of is what the court
        decided, not a second event of the text's own (nor the court's accusation, 112)."""
        out = []
        for c in cands:
            verb = c.trigger.head
            court = self._court_of(verb, roles) if c.trigger.dep_ == "ccomp" or c.trigger == verb else None
            if court is None or c.source is None or c.code == FOUND_LIABLE:
                out.append(c)
            elif c.trigger == verb and c.code == ACCUSE and c.source is court:
                out.append(replace(c, code=FOUND_LIABLE))  # a court's words "that X violated ..."
            elif c.trigger != verb and c.code[:2] >= WRONG_FIRST_ROOT and c.mode.mode == ASSERTED \
                    and not (court.entity is not None and court.entity == c.source.entity):
                out.append(replace(c, code=FOUND_LIABLE, source=court, target=c.source, reciprocal=False,
                                   mode=modality(verb), speaker=None, actorless=False,
                                   match=Match(token=verb, entry=Entry(code=FOUND_LIABLE, pos="verb",
                                                                       lemma=verb.lemma_)),
                                   mentions=[_span(verb)]))
            else:
                out.append(c)
        for verb in sent:
            # a finding verb that reports no speech ("held that X abused his power") says
            # what a speech verb's words would: the misdeed it tells of
            if verb.pos_ != "VERB" or verb.lemma_.lower() in self.speech_lemmas \
                    or (court := self._court_of(verb, roles)) is None:
                continue
            said = [c for c in out if verb in c.trigger.ancestors]
            m = Match(token=verb, entry=Entry(code=FOUND_LIABLE, pos="verb", lemma=verb.lemma_))
            out += self._reported_misdeeds(said, court, m, roles, sent, si, article_date, code=FOUND_LIABLE)
        return out

    @staticmethod
    def _court_of(verb: Token, roles: RoleFinder) -> Actor | None:
        """The court or judge (an actor of the judicial sector named by one of grammar.yaml
        court_nouns) that is the subject of a finding verb."""
        if verb.lemma_.lower() not in grammar()["finding_verbs"]:
            return None
        return next((a for a in roles.actors_of(roles.subject(verb)) if a.sector == "JUD" and names_court(a)), None)

    def _reported_misdeeds(self, said: list[Candidate], speaker: Actor, m: Match, roles: RoleFinder,
                           sent, si: int, article_date, code: str = "112") -> list[Candidate]:
        """"The foreign ministry said the US was interfering in China's internal affairs":
        telling of another's misdeed (grammar.yaml misdeed_verbs), asserted and not the
        speaker's own, is an accusation (112; ``code``: a court's finding is 116) of the one
        said to do it -- when the clause codes no event of its own (an act the speaker reports
        is coded as reported)."""
        out = []
        for clause in (c for c in m.token.children if c.dep_ == "ccomp"):
            if clause.lemma_.lower() not in grammar()["misdeed_verbs"] or modality(clause).mode != ASSERTED \
                    or any(c.trigger == clause for c in said):
                continue
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            if subj is None or (subj.lower_ in FIRST_PERSON and subj.pos_ == "PRON"):
                continue
            for target in roles.actors_of(subj):
                if target.entity is not None and target.entity == speaker.entity:
                    continue
                out.extend(self._candidates(Match(token=m.token, entry=Entry(code=code, pos="verb",
                                                                              lemma=m.token.lemma_)),
                                            Roles(sources=[speaker], targets=[target]), sent, si, article_date))
        return out

    def _reported_judgements(self, said: list[Candidate], speaker: Actor, m: Match, roles: RoleFinder,
                             sent, si: int, article_date) -> list[Candidate]:
        """"Erdogan said Macron's remarks were unacceptable", "China said the arms sale was a
        provocation": a speaker judging something with a word of condemnation (grammar.yaml
        judgement_words) as the predicate of what they said denounces it (111), aimed at the
        actor the judged thing names ("Macron's", "US") or at no one -- when the clause is
        asserted and codes no event of its own ("said the talks were productive" is a report)."""
        words = grammar()["judgement_words"]
        out = []
        if speaker.code is None:
            return out  # a judgement by no one we can code is no event
        for clause in (c for c in m.token.children if c.dep_ == "ccomp"):
            subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
            judged = set(subj.subtree) if subj is not None else set()
            # (an event named by the judged thing itself does not count: "said the US
            # arms sale was a provocation" judges the sale)
            if clause.lemma_.lower() != "be" or modality(clause).mode != ASSERTED \
                    or any((c.trigger == clause or clause in c.trigger.ancestors) and c.trigger not in judged
                           for c in said):
                continue
            preds = [c for c in clause.children if c.dep_ in ("attr", "acomp")]
            preds += [g for p in preds for g in p.conjuncts]
            if not any(p.lemma_.lower() in words or p.lower_ in words for p in preds):
                continue
            if subj is None or (subj.lower_ in FIRST_PERSON and subj.pos_ == "PRON"):
                continue  # "we were wrong": the speaker's own
            if any(c.lower_ in ("not", "no", "never", "neither") for c in subj.children):
                continue  # "not every corrupt act is a crime"
            targets: list[Actor] = []
            # the judged thing's own actor ("Macron's remarks"), else the one the judgement
            # names ("a ploy by Johnson"; not the word itself: "the move was criminal")
            for t in [*subj.subtree, *(t for p in preds for t in p.subtree if t not in preds)]:
                a = roles.by_token.get(t.i)
                if a is not None and all(a is not b for b in targets) \
                        and not (a.entity is not None and a.entity == speaker.entity):
                    targets.append(a)
            if not targets and subj.lemma_.lower() not in grammar()["judged_act_nouns"] \
                    and not any(e.code for e in self.lexicon.candidates(subj)):
                continue  # "said the flooding was a calamity": no act, no one, is judged
            # ("the agreement between Turkey and Libya is void": both parties to it)
            parties = [a for a in roles.between(subj) if not (a.entity is not None and a.entity == speaker.entity)]
            match = Match(token=m.token, entry=Entry(code=DENOUNCE, pos="verb", lemma=m.token.lemma_))
            out.extend(self._candidates(match, Roles(sources=[speaker], targets=parties or targets[:1]),
                                        sent, si, article_date))
        return out

    def _reported_modals(self, said: list[Candidate], speaker: Actor, m: Match, roles: RoleFinder | None = None,
                         sent=None, si: int = 0, article_date=None) -> list[Candidate]:
        """Reported speech: "X said it would ..." is X's "will" (intent, threat);
        "X said Y must ..." is X's demand on Y."""
        out = []
        if roles is not None:
            # "declared that China must drop barriers": a demand even when what
            # must be done codes nothing of its own
            for clause in (c for c in m.token.children if c.dep_ == "ccomp"):
                modal = next((a for a in clause.children if a.dep_ == "aux" and a.lower_ in DEMAND_MODALS), None)
                subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if modal is None or subj is None:
                    continue
                inner = [c for c in said if c.trigger == clause or clause in c.trigger.ancestors]
                if any(c.mode.mode == HYPOTHETICAL and c.mode.cue == modal for c in inner):
                    continue  # the loop below makes the specific demand
                if subj.lower_ in FIRST_PERSON and subj.pos_ == "PRON":
                    continue  # "we need to fight": what the speaker's side must do is no demand on another
                for target in roles.actors_of(subj):
                    if target.entity == speaker.entity:
                        continue
                    code = "100"
                    if inner:
                        code = (DEMAND_EXACT.get(inner[0].code) or DEMAND.get(inner[0].code)
                                or DEMAND.get(inner[0].code[:2], "100"))
                    rr = Roles(sources=[speaker], targets=[target])
                    made = self._candidates(Match(token=m.token, entry=Entry(code=code, pos="verb", lemma=m.token.lemma_)),
                                            rr, sent, si, article_date)
                    for c in made:
                        c.mode = Modality(ASSERTED, modal)
                    out.extend(made)
                for c in inner:
                    c.mode = Modality(HYPOTHETICAL, modal)  # what is demanded has not happened
            out.extend(self._reported_misdeeds(said, speaker, m, roles, sent, si, article_date))
            out.extend(self._reported_judgements(said, speaker, m, roles, sent, si, article_date))
        for c in said:
            cue = c.mode.cue
            if c.mode.mode != HYPOTHETICAL or cue is None or c.source is None:
                continue
            if cue.lower_ in ("would", "'d") and not (c.code[:2] in FORECAST_ROOTS
                                                     and _told_by_another(c.trigger, [c.source], roles)):
                new = recode(c.code, Modality(FUTURE, cue), c.trigger, RoleFinder.is_passive(c.trigger))
                if new is not None:
                    c.code, c.mode = new
            elif m.entry.code == APPEAL_CODE and (clause := _subjunctive_clause(c.trigger, m.token)) is not None \
                    and c.source.entity != speaker.entity \
                    and not (c.source.country and c.source.country == speaker.country
                             and (c.source.kind in STATELIKE or c.source.sector == speaker.sector)):
                # "Russia proposed that Ukraine withdraw its troops", "recommended the US
                # troops withdraw": a bare subjunctive of another's act, put forward, asks
                # that actor for it (the act itself stays hypothetical); not the speaker's
                # own side ("Macron proposed that France hold talks")
                code = APPEAL_EXACT.get(c.code) or APPEAL_EXACT.get(c.code[:3]) or APPEAL.get(c.code[:2], APPEAL_CODE)
                out.append(Candidate(**{**c.__dict__, "code": code, "mode": modality(m.token),
                                        "source": speaker, "target": c.source, "reciprocal": False,
                                        "match": Match(token=m.token, entry=Entry(code=code, pos="verb",
                                                                                  lemma=m.token.lemma_)),
                                        "mentions": [_span(m.token)]}))
            elif cue.lower_ in DEMAND_MODALS and c.source.entity != speaker.entity:
                code = DEMAND_EXACT.get(c.code) or DEMAND.get(c.code[:2], "100")
                twin = Candidate(**{**c.__dict__, "code": code, "mode": Modality(ASSERTED, m.token),
                                    "source": speaker, "target": c.source, "reciprocal": False,
                                    "match": Match(token=m.token, entry=Entry(code=code, pos="verb", lemma=m.token.lemma_)),
                                    "mentions": [_span(m.token)]})
                out.append(twin)
        return out

    def _statements(self, speech, cands: list[Candidate], sent, si, article_date,
                    quoted_verbs: frozenset[int] = frozenset(), roles: RoleFinder | None = None) -> list[Candidate]:
        """A reporting verb codes a statement only when what was said codes nothing."""
        out = []
        for m, r in speech:
            # mentions of events already coded elsewhere ("the talks") say nothing new
            said = [c for c in cands if not c.actorless and c.trigger != m.token and m.token in c.trigger.ancestors]
            speaker = r.sources[0] if r.sources else None
            demands = []
            if speaker is not None and m.entry.cue == "speech":
                demands = self._reported_modals(said, speaker, m, roles, sent, si, article_date)
                for judge in r.sources[1:]:  # ("Egypt and Greece said the deal was void": each of them)
                    demands += self._reported_judgements(said, judge, m, roles, sent, si, article_date)
                out.extend(demands)
            for c in said + demands:
                if speaker is not None and c.speaker is None and c in said:
                    c.speaker = speaker
                if speaker is not None:
                    _locate_by_speaker(c.source, speaker, sent.doc)
                    _locate_by_speaker(c.target, speaker, sent.doc)
                    _own_strike(c, speaker, sent.doc)
            if m.entry.cue == "hope":
                if not said and speaker is not None and m.entry.lemma == "hope" and not any(
                        c.dep_ == "xcomp" for c in m.token.children) and not any(
                        self.lexicon.match(t) for c in m.token.children if c.dep_ == "ccomp" for t in c.subtree):
                    # "Turkey hoped the talks would succeed": a hope that names no act
                    # is an optimistic comment (013); "hoped to win" is an aim, and
                    # "hoped officials would be indicted" is about an act, no comment
                    hope = Match(token=m.token, entry=Entry(code=OPTIMISTIC_COMMENT, pos="verb", lemma="hope"))
                    out.extend(self._candidates(hope, r, sent, si, article_date))
                continue
            warning = m.entry.code == THREAT and m.token.lemma_.lower() in grammar()["warning_verbs"]
            reprisal = _warned_reprisal(m.token) if warning else None
            if ((said or demands) and reprisal is None) or speaker is None:
                # (a warning of the speaker's own reprisal is a threat whatever it names:
                # "warned of a crushing response to any Israeli attack")
                continue
            if m.entry.code == "010" and not (m.token.lemma_.lower() in DECLARATIVE or m.token.i in quoted_verbs
                                              or _comment(m.token, speaker)):
                continue  # "Israel said ..." reports; it is not itself an event
            if m.entry.cue == "speech" and any(_press(t) for t in r.targets):
                # "told our correspondent", "told reporters": the press carries a
                # statement, it is not its addressee (no event between a speaker
                # and the outlet that quotes them); nor is a body no file knows
                # ("told ThePrint", "stated to the CBC": as often an outlet)
                r = replace(r, targets=[t for t in r.targets if not _press(t)])
            if warning:
                if reprisal is not None and not r.targets and roles is not None:
                    # "warned of strong countermeasures against the United States": whom the
                    # speaker's own act to come would be against
                    found, aimed = roles.party_after((reprisal,), ("against", "on", "to"), r.sources)
                    if found:
                        r = replace(r, targets=found, target_via=aimed)
                elif reprisal is None and not _warned_party(m.token, r):
                    # "the UN warned that the situation was deteriorating", "warned of famine in
                    # Yemen": a warning aimed at no one (Yemen is where), whose words code no act
                    # of the speaker's, is a pessimistic comment (CAMEO 012), not a threat
                    m = Match(token=m.token, entry=replace(m.entry, code=PESSIMISTIC_COMMENT))
            made = self._candidates(m, r, sent, si, article_date)
            if not _about_something(m.token, cands) or _elaborates(m.token, cands):
                # "Shapps announced the measure", "he said it would be a condition of
                # travel": a statement aimed at no one and about no coded happening
                # is a report, not an event (PETRARCH and the Wikinews annotators
                # agree; the seed's Kremlin statements are about the talks).
                # "congratulated Pelosi, saying ...": the words are how the act was
                # done, one happening with it
                made = [c for c in made if not (c.code == "010" and c.target is None)]
            out.extend(made)
        return out

    def extract(self, doc: Doc, actors: list[Actor], article_date: date | None,
                quotes: list[Quote] = ()) -> list[Candidate]:
        quoted = [(q.start, q.end, q.speaker) for q in quotes if q.speaker is not None]
        roles = RoleFinder(doc, actors, quoted)
        doc.user_data[ROLE_FINDER] = roles
        doc.user_data[HOME_STATE] = _home_state(actors, doc)
        leads = {a.country for a in actors if a.country_from == "lead"}
        doc.user_data[LEAD_STATE] = next(iter(leads)) if len(leads) == 1 else None
        if not leads:
            # ("GAZA CITY, Palestinian Territories: ...": where the story was filed)
            doc.user_data[LEAD_STATE] = doc.user_data.get(DATELINE_STATE)
        quoted_verbs = frozenset(doc.char_span(q.verb.start, q.verb.end).start for q in quotes
                                 if q.verb is not None and doc.char_span(q.verb.start, q.verb.end) is not None)
        found: list[Candidate] = []
        for si, sent in enumerate(sentences(doc)):
            cands, speech, harms = self._sentence(sent, si, roles, article_date)
            cands += self._statements(speech, cands, sent, si, article_date, quoted_verbs, roles)
            cands = self._court_findings(cands, roles, sent, si, article_date)
            for c in cands:
                # words inside a quotation are the quoted speaker's
                q = next((q for q in quoted if q[0] <= c.trigger.idx < q[1]), None)
                if q is not None and c.speaker is None:
                    c.speaker = q[2]
            cands += self._quoted_accusations(harms, cands, quoted, sent, si, article_date)
            _alleged(cands, sent)
            found.extend(c for c in cands if (c.actorless or not _private(c)) and not _armed_advance(c))
        if any(c.code[:2] in PRESS_ROOTS or (c.target is None and c.code[:2] >= MATERIAL_FIRST_ROOT)
               for c in found):
            outlets = _outlet_tokens(doc, actors)
            found = [c for c in found if not _press_interview(c, outlets)]
            for c in found:
                if c.target is None and c.code[:2] >= MATERIAL_FIRST_ROOT:
                    c.target = _outlet_acted_on(c, outlets)
        if _disaster_story(doc):
            found = [c for c in found if not _disaster_toll(c)]
        if any(c.code in grammar()["disaster_measure_codes"] for c in found):
            near = _disaster_near(doc)
            found = [c for c in found if not _disaster_measure(c, near)]
        return found

    def _quoted_accusations(self, harms, cands, quoted, sent, si, article_date) -> list[Candidate]:
        """A speaker who says, in quotes, that another actor did harm accuses them.

        The parse does not always put a quoted clause under its reporting verb
        ("a trust that he claimed was 'destroyed' by X"): the quotation marks do.
        """
        out = []
        for hm, hr in harms:
            q = next((q for q in quoted if q[0] <= hm.token.idx < q[1]), None)
            if q is None:
                continue
            speaker = q[2]
            for doer in hr.sources:
                if doer.entity is not None and doer.entity == speaker.entity:
                    continue
                if any(c.code == ACCUSE_CODE and c.source is speaker and c.target is doer for c in cands + out):
                    continue
                acc = Match(token=hm.token, entry=Entry(code=ACCUSE_CODE, pos="verb", lemma=hm.token.lemma_))
                made = self._candidates(acc, Roles(sources=[speaker], targets=[doer]), sent, si, article_date)
                for c in made:
                    c.speaker = speaker
                out.extend(made)
        return out
