"""Pieces (names, roles, states) joined into actor mentions, and each mention's code.

A mention is a chain of adjacent pieces: "Russian | Foreign Minister | Sergey
Lavrov", "leaders of | Romania | 's new | government", "Ambassador | to the |
United States | Alexander Darchiev".  Between two pieces only glue may stand
(a possessive, a modifier such as "new" or "previous", "of", "to" after an
envoy, a comma for an apposition, a portfolio such as "for European and
Eurasian Affairs").  Evidence for the country, strongest first: a state
named in the title ("Russian", "Iraq's", "of Russia"), the entity's own code
(date-bounded for people), the country the role implies (Secretary of State),
then, for envoys only, the country of the context (``host_pending``).  "to
<country>" after an envoy is the posting, never the nationality.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from spacy.tokens import Doc

from .codes import HISTORICAL_STATES, join_code, split_code
from .gazetteer import name_words, settle_people
from .matcher import Piece, org_noun

# words that may stand inside or before a title without breaking it
MODIFIERS = {
    "new", "current", "previous", "former", "ex", "then", "outgoing", "incoming", "acting", "interim",
    "senior", "top", "junior", "deputy", "vice", "chief", "first", "second", "powerful", "influential",
    "elected", "newly", "appointed", "caretaker", "ruling", "national", "federal", "local", "regional",
    "provincial", "state", "official", "embattled", "longtime", "veteran", "retired", "late", "jailed",
    "exiled", "disgraced", "prominent", "leading", "main", "key", "several", "many", "some", "two", "three",
    "both", "all", "other", "most", "own", "respective", "heavily", "armed", "military-run",
}
DETERMINERS = {"the", "a", "an", "its", "their"}
# role nouns the tagger calls plural that may still stand for one body ("the police, Neil Basu")
MASS_ROLES = {"police", "staff", "personnel", "military"}
FORMER = {"former", "ex", "ex-", "then-former", "onetime", "one-time"}
PORTFOLIO_END = {"affairs", "relations", "cooperation", "development", "trade", "security", "policy",
                 "defence", "defense", "justice", "finance", "energy", "health", "education", "interior"}
POSSESSIVE = {"'s", "’s", "'", "’"}
# "US-backed forces", "Al-Qaeda-linked rebels": the named one is a patron, not who the actors are
PATRON_WORDS = {"linked", "backed", "allied", "affiliated", "inspired", "aligned", "sponsored", "supported",
                "funded", "trained", "armed", "connected", "leaning", "friendly"}
# roles that a group's name may follow: "the rebel RUF", "the opposition party, Musavat"
GROUP_SECTORS = {"REB", "OPP", "PTY", "RAD", "INS", "SEP", "UAF", "MIL", "PRM", "NGO"}
GROUP_NOUNS = {"group", "groups", "movement", "organisation", "organization", "faction", "militia", "front",
               "party", "coalition", "alliance", "outfit", "army", "force", "forces", "wing"}
# "Saudi-led coalition": the named state leads the actors, so they are its own
LEADER_WORDS = {"led", "commanded", "run", "controlled", "dominated"}
# "a British-flagged tanker", "a Chinese-owned firm": the named state's own ship or firm
OWNER_WORDS = {"flagged", "registered", "owned", "operated", "based"}
# "pro-Russia rebels", "anti-Syria journalist": a stance, not a nationality
STANCE_WORDS = {"pro", "anti"}
# "Russian-made missiles", "US-built jets": where a thing was made, not who uses it
MAKER_WORDS = {"made", "built", "manufactured", "designed", "produced", "developed", "origin"}
# "a Russian-brokered ceasefire", "an Egyptian-mediated truce": who brought the parties
# together, no party to what they agreed
BROKER_WORDS = {"brokered", "mediated", "negotiated", "facilitated"}
# things a seat of power says or does: "a Kremlin statement" is the government's, "a Kabul car bombing" is not
ACTS_OF_STATE = {"statement", "announcement", "declaration", "communique", "decision", "move", "proposal", "plan",
                 "offer", "demand", "warning", "threat", "response", "reply", "order", "decree", "policy", "position",
                 "stance", "ultimatum", "crackdown", "complaint", "protest", "request", "initiative", "bid", "claim"}
# titles held in companies and in governments alike: with a state named ("Hong Kong's chief executive",
# "the chief executive of Hong Kong") the state's executive, with a company or none a business one
STATE_EXECUTIVES = {"chief executive"}
# nouns for a medium (name_words.yaml): no person's title, so a name after one is not its holder
MEDIA_NOUNS = name_words()["media_nouns"]


@dataclass
class Mention:
    start: int  # token offsets
    end: int
    pieces: list[Piece]
    code: str | None = None
    country: str | None = None
    sector: str | None = None
    name: str | None = None
    kind: str | None = None
    person_key: str | None = None  # canonical name of the person, for coreference
    gender: str | None = None
    role_words: tuple[str, ...] = ()
    host: str | None = None  # country of posting of an envoy
    host_pending: bool = False  # an envoy whose own country is still unknown
    evidence: int = 0  # how much the text said about the code (explicit country, title)
    entity: int | None = None
    resolved_by: str | None = None  # alias | pronoun when coreference gave the code
    extra: dict = field(default_factory=dict)

    def locate(self, country: str, how: str) -> None:
        """Give a role with no country of its own the country its context names;
        ``how`` (sentence, antecedent, leader, possessor, body) goes on the record."""
        if self.extra.get("foreign"):
            return  # "two foreign journalists in Moscow": of some state other than the one at hand
        self.country = country
        self.code = join_code(country, self.sector)
        self.extra["country_from"] = how


def _noun_modifier(tok) -> bool:
    """A lower-case noun modifying the head to its right ("paper" in "paper workers")."""
    return tok.is_lower and tok.pos_ == "NOUN" and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i


def _glue(tok) -> bool:
    low = tok.lower_
    return low in POSSESSIVE or low in MODIFIERS or (tok.pos_ == "ADJ" and tok.is_lower and low not in ("both",))


def _portfolio_end(doc: Doc, role: Piece, pieces_by_start: dict[int, Piece]) -> int | None:
    """"Secretary of State for European and Eurasian Affairs <name>": the end of the portfolio."""
    i = role.end
    if i >= len(doc) or doc[i].lower_ not in ("for", "of", "on"):
        return None
    j = i + 1
    last_word = None
    while j < len(doc):
        p = pieces_by_start.get(j)
        if p is not None and p.kind in ("person", "name"):
            break
        t = doc[j]
        if t.text[:1].isupper() or t.lower_ in ("and", "&", ",", "the", "of"):
            last_word = t.lower_
            j += 1
            continue
        break
    if j == i + 1:
        return None
    place = pieces_by_start.get(i + 1)
    if place is not None and _country_piece(place) and all(t.text == "," for t in doc[place.end:j]):
        return None  # "the mayor of London, Sadiq Khan": a place says whose mayor, no portfolio
    body = pieces_by_start.get(i + 2) if doc[i + 1].lower_ == "the" else place
    if body is not None and body.type == "ent" and body.kind in AFFILIATIONS \
            and all(t.text == "," for t in doc[body.end:j]):
        return None  # "the director of Human Rights Watch, Kenneth Roth": a body the files know
    if any(p.type == "role" and p.role is not None and p.role.outlet
           for k in range(i + 1, j) if (p := pieces_by_start.get(k)) is not None):
        return None  # "the general manager of Abu Dhabi Media, X": an outlet, its state in its name
    nxt = pieces_by_start.get(j)
    if (nxt is not None and nxt.kind in ("person", "name")) or last_word in PORTFOLIO_END:
        return j
    return None


def _country_piece(p: Piece) -> bool:
    return p.type == "ent" and p.kind in ("state", "capital", "place")


def _people(p: Piece) -> bool:
    """A people of no one state ("Hutu", "Kurds"): a group known only as civilians."""
    return p.type == "ent" and p.kind == "group" and all(c == "CVL" for c, _, _ in p.ent.codes)


def _named_piece(p: Piece) -> bool:
    return p.type == "ent" and p.kind in ("person", "igo", "group", "org", "outlet")


def chains(doc: Doc, pieces: list[Piece]) -> list[tuple[list[Piece], list[str]]]:
    """Group adjacent pieces into chains; each join is labelled ('', 'of', 'to', ',', 'portfolio')."""
    out: list[tuple[list[Piece], list[str]]] = []
    by_start = {p.start: p for p in pieces}
    # pieces inside a portfolio ("for European ... Affairs") belong to the title, not to the chain
    skip: set[int] = set()
    portfolio: dict[int, int] = {}
    for p in pieces:
        if p.type == "role":
            end = _portfolio_end(doc, p, by_start)
            if end is not None:
                portfolio[id(p)] = end
                skip.update(id(q) for q in pieces if p.end <= q.start < end)
    # "Organisation of Islamic Cooperation (OIC) head X": a short form in brackets between a body's name
    # and a title is that body again; the title is the body's
    shorts = frozenset(p.start for k, p in enumerate(pieces) if 0 < k < len(pieces) - 1 and p.type == "ent"
                       and p.end - p.start == 1 and pieces[k - 1].type == "ent" and pieces[k - 1].end == p.start - 1
                       and p.start >= 1 and doc[p.start - 1].text == "(" and p.end < len(doc) and doc[p.end].text == ")"
                       and pieces[k + 1].start == p.end + 1 and pieces[k + 1].type == "role"
                       and any(e.id == f.id for e in p.ents for f in pieces[k - 1].ents))
    pieces = [p for p in pieces if id(p) not in skip and p.start not in shorts]
    cur: list[Piece] = []
    links: list[str] = []
    for p in pieces:
        if cur:
            last = cur[-1]
            link = _join(doc, cur, last, p, portfolio, shorts)
            if link is not None:
                cur.append(p)
                links.append(link)
                continue
            out.append((cur, links))
        cur, links = [p], []
    if cur:
        out.append((cur, links))
    return out


def _join(doc: Doc, chain: list[Piece], last: Piece, nxt: Piece, portfolio: dict[int, int],
          shorts: frozenset[int] = frozenset()) -> str | None:
    gap = doc[last.end:nxt.start]
    if last.type == "role" and id(last) in portfolio and portfolio[id(last)] == nxt.start:
        return "portfolio" if nxt.kind in ("person", "name") else None
    if any(t.is_sent_start for t in doc[last.end:nxt.end]):
        return None
    words = [t.lower_ for t in gap]
    if len(gap) == 3 and gap[0].text == "(" and gap[2].text == ")" and gap[1].i in shorts:
        words, gap = [], gap[:0]  # "Organisation of Islamic Cooperation (OIC) head X": the body's title
    if last.type == "role" and last.role.former and not words and len(chain) == 1 \
            and (nxt.type == "role" or _country_piece(nxt) or _named_piece(nxt) or nxt.kind in ("person", "name")):
        return ""  # "Former Iraqi officials", "former CIA director X": 'former' qualifies what follows
    has_person = any(q.kind in ("person", "name") for q in chain)
    has_role = any(q.type == "role" for q in chain)
    nxt_person = nxt.kind in ("person", "name")
    if len(words) == 2 and words[0] == "-" and words[1] in PATRON_WORDS and nxt.type == "role" \
            and (_country_piece(last) or _named_piece(last)) and not has_person and not has_role:
        return "patron"
    if last.type == "role" and nxt.type == "ent" and nxt.kind == "group" and not has_person \
            and not any(_named_piece(q) and not _people(q) for q in chain) and last.role.sector in GROUP_SECTORS \
            and (words in ([","], [",", "the"]) or all(_glue(t) or t.lower_ in GROUP_NOUNS for t in gap) and "-" not in words):
        return "name"  # "the rebel Revolutionary United Front", "the rebel group, Forces for ..."
    if len(words) >= 2 and words[0] == "-" and words[1] in LEADER_WORDS | OWNER_WORDS and nxt.type == "role" \
            and _country_piece(last) and not has_person and not has_role \
            and all(_glue(t) or _noun_modifier(t) for t in gap[2:]):
        return ""  # "Vietnamese-led forces", "Saudi-led coalition": the leader's forces
    if (_country_piece(last) or last.kind == "igo") and nxt.type == "role" and not has_person and not has_role and gap \
            and all(_glue(t) or _noun_modifier(t) for t in gap) and "-" not in words:
        return ""  # "French paper workers", "Iraqi oil ministry officials": a trade between nation and role
    if nxt.type == "orgname":
        # "broadcaster ABS-CBN", "Hungarian state-owned enterprise HDT", "the company, Salling Group": an
        # organisation no file knows, named after its noun (in apposition) or after its state's adjective
        if has_person or any(q.type == "orgname" or _named_piece(q) for q in chain):
            return None
        if last.type == "role" and org_noun(last.role) and doc[last.end - 1].tag_ in ("NN", "NNP") and doc[last.end - 1].is_lower \
                and (not words or words in ([","], [",", "the"])):
            return "," if words else ""
        if last.type == "role" and not words and "BUS" in last.role.sectors and doc[last.end - 1].pos_ in ("ADJ", "VERB") \
                and doc[last.end - 1].is_lower:
            return ""  # "state-owned HDT"
        if _country_piece(last) and not words and doc[last.end - 1].pos_ == "ADJ" and not has_role:
            return ""
        return None
    if all(_glue(t) for t in gap) and "-" not in words:
        if nxt_person and not words and last.type == "role" and doc[last.end - 1].lower_ in MEDIA_NOUNS:
            return None  # "told local media Adamowicz's heart ...", "on live television Erdogan attacked"
        if last.type == "role" and (nxt.type == "role" or nxt_person):
            return "" if not (nxt_person and has_person) else None
        if (_country_piece(last) or _named_piece(last) and last.kind != "person") and nxt.type == "role":
            return "" if not has_person else None
        if _country_piece(last) and nxt.type == "ent" and nxt.kind == "igo" and doc[nxt.end - 1].dep_ == "compound" \
                and doc[nxt.end - 1].head.i >= nxt.end:
            return None  # "Sweden's NATO bid", "Ukraine's EU membership": the state's, about the body
        if _country_piece(last) and (nxt_person or _named_piece(nxt)) and not has_person:
            return ""
        if last.kind in ("org", "igo") and nxt_person and not has_person:
            return ""
        return None
    if last.type == "role" and has_person and len(chain) == 2 and chain[0].kind in ("person", "name") \
            and words[:1] in (["of"], ["at"]) and all(w in DETERMINERS for w in words[1:]) \
            and nxt.type == "ent" and nxt.kind in AFFILIATIONS:
        return "of"  # "Kenneth Roth, director of Human Rights Watch": the body says whose director
    if last.type == "role" and not has_person:
        rest = [w for w in words[1:] if w not in DETERMINERS]
        if words[:1] == ["of"] and all(w in MODIFIERS for w in rest) and (
                _country_piece(nxt) or nxt.kind in ("igo", "org", "group")):
            return "of"
        if words[:1] in (["at"], ["for"]) and not rest and nxt.type == "ent" and nxt.kind in AFFILIATIONS \
                and last.role.sector not in ("CVL", "OPP", "REF"):
            return "of"  # "a researcher at Human Rights Watch": its people (not "protesters at the UN")
        if words[:1] in (["to"], ["in"]) and last.role and last.role.host and all(w in DETERMINERS for w in rest) \
                and (_country_piece(nxt) or nxt.kind == "igo"):
            return "to"
    if last.kind in ("person", "name") and words in (["of"], ["of", "the"]) and nxt.type == "ent" \
            and nxt.kind in ("state", "capital") and not any(_country_piece(q) for q in chain):
        return "of"  # "King Hassan of Morocco": the state says whose king
    if words == [","]:
        if last.kind in ("person", "name") and not has_role and nxt.type == "role":
            return ","  # "Harry Tseng, Taiwan's deputy foreign minister"
        first = next((q for q in chain if q.type == "role"), None)
        if first is not None and not has_person and nxt_person and (
                doc[first.end - 1].tag_ not in ("NNS", "NNPS") or doc[first.end - 1].lower_ in MASS_ROLES):
            return ","  # "Taiwan's deputy foreign minister, Harry Tseng" (not "via his lawyers, Harry Tseng")
    if nxt.type == "role" and last.type == "role" and last.role.generic and not has_person \
            and words[:1] == ["of"] and all(w in DETERMINERS or w in POSSESSIVE for w in words[1:]):
        return "of"
    return None


def modifies_thing(doc: Doc, p: Piece) -> bool:
    """'a Kabul car bombing', 'the Moscow talks': a seat of power as a noun modifier of a thing (not a
    role, which the chain grammar would have joined) says where, not who."""
    tok = doc[p.end - 1]
    head = tok.head
    return tok.dep_ in ("compound", "nmod") and head.i >= p.end and head.pos_ == "NOUN" and head.is_lower \
        and head.lemma_.lower() not in ACTS_OF_STATE and head.lower_ not in ACTS_OF_STATE


def stance(doc: Doc, p: Piece) -> bool:
    """'pro-Russia', 'anti-Syria': the piece says whom the actor sides with or against."""
    i = p.start
    if i >= 1 and doc[i - 1].lower_ in ("pro-", "anti-"):
        return True
    return i >= 2 and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_WORDS


def maker(doc: Doc, p: Piece) -> bool:
    """'Russian-made missiles': the piece says where a thing was made, not whose it is;
    'a Russian-brokered ceasefire': who brokered it, not who keeps it."""
    return p.end + 1 < len(doc) and doc[p.end].text == "-" and doc[p.end + 1].lower_ in MAKER_WORDS | BROKER_WORDS


def ethnic(doc: Doc, p: Piece) -> bool:
    """'ethnic Albanians': people of a nationality's ethnicity, wherever they live."""
    return p.start >= 1 and doc[p.start - 1].lower_ == "ethnic" and p.type == "ent" and p.kind == "state"


def _modifier_start(doc: Doc, start: int, floor: int) -> tuple[int, bool]:
    """Extend a mention leftwards over determiners and modifiers; True if one says 'former'."""
    former = False
    i = start
    if i - 2 >= floor and doc[i - 1].text == "-" and doc[i - 2].lower_ in STANCE_WORDS:
        i -= 2  # "pro-Russia rebels" (the tokenizer splits the prefix)
    elif i - 1 >= floor and doc[i - 1].lower_ in ("pro-", "anti-", "ethnic"):
        i -= 1
    while i - 1 >= floor:
        t = doc[i - 1]
        low = t.lower_
        if low in DETERMINERS or low in MODIFIERS or (t.like_num and t.i + 1 < len(doc)):
            if low in FORMER:
                former = True
            i -= 1
            if low in DETERMINERS:
                break
            continue
        break
    return i, former


def _given_name_start(doc: Doc, chain: list[Piece], person: Piece, start: int) -> int:
    """Where an unknown person's name begins: capitalised words of the mention that no piece took and the
    tagger put in no entity, right before the name ("Mayor of London Sadiq Khan" with only "Khan" tagged), are its given names; the name
    is kept whole so that it is not merged with another Khan of the story."""
    inside = {i for p in chain for i in range(p.start, p.end)}
    i = person.start
    while i - 1 >= start and i - 1 not in inside and doc[i - 1].is_alpha and doc[i - 1].text[:1].isupper() \
            and doc[i - 1].pos_ == "PROPN" and not doc[i - 1].is_sent_start and not doc[i - 1].ent_type_:
        i -= 1
    return i


AFFILIATIONS = ("igo", "group", "org", "outlet")  # bodies a titled person is a member of


def _body_code(ent, country: str | None, roles: list, head, date: dt.date | None
               ) -> tuple[str | None, str | None, str | None]:
    """Country, sector and full code of a body the files know, as a title in front of it
    changes them ("the UN chief": the body's government; "Yoruba leaders")."""
    role_sector = head.sector if head else None
    n_country, n_sector = split_code(ent.code_at(date))
    if ent.kind in ("igo",) or n_country in ("UNO", "EUR", "IGO"):
        country = n_country
    elif ent.kind == "org" and country is not None:
        pass  # "Chile's Defense Department": the possessor says whose
    else:
        country = n_country or country
    sector = (n_sector or role_sector) if ent.kind in ("group", "igo", "org") else (role_sector or n_sector)
    if ent.kind == "group" and n_sector == "CVL" and role_sector:
        sector = role_sector  # a people's members with a role: "Yoruba leaders", "Chechen rebels"
        if sector == "MIL":
            sector = "REB"  # "Tigrayan forces", "Kurdish forces": a people's armed force is no state's army
    if ent.kind in ("igo", "org") and roles and head is not None and n_sector is None \
            and (not head.generic or ent.kind == "igo"):
        sector = role_sector  # "the UN chief": the body's head is its government
    code = ent.code_at(date) if ent.kind in ("igo", "group", "org", "outlet") else None
    return country, sector, code


def build(doc: Doc, chain: list[Piece], links: list[str], date: dt.date | None, floor: int) -> Mention | None:
    """One chain -> one mention with its code (None when the chain is only a place)."""
    start, former = _modifier_start(doc, chain[0].start, floor)
    for p in chain[1:]:
        for t in doc[chain[0].start:p.start]:
            if t.lower_ in FORMER:
                former = True
    m = Mention(start, chain[-1].end, chain)
    country = host = None
    person = named = unknown = None
    roles = []
    places_only = True
    people_of = False  # "ethnic Albanians": civilians of no stated country
    former_state = False
    for k, (p, link) in enumerate(zip(chain, [""] + links)):
        if k < len(links) and links[k] == "patron":
            places_only = False
            continue  # the patron of "US-backed forces"
        if p.type == "ent" and (stance(doc, p) or ethnic(doc, p) or maker(doc, p)):
            places_only = False
            if ethnic(doc, p):
                people_of = True
                m.extra["kin_state"] = split_code(p.ent.code_at(date))[0]  # "ethnic Albanians": Albania's kin
            continue
        if p.type == "role" and p.role.former and len(chain) > 1:
            places_only = False  # "Former Iraqi officials": 'former' is the modifier found above
            nxt = chain[k + 1]
            if _country_piece(nxt) and split_code(nxt.ent.code_at(date))[0] in HISTORICAL_STATES:
                former_state = True  # "the former Yugoslav army": the state is what is former
            continue
        if p.type == "role":
            roles.append(p.role)
            places_only = False
        elif _country_piece(p):
            c, _ = split_code(p.ent.code_at(date))
            if link == "to":
                host = c
            elif country is None:
                country = c
                m.evidence += 2
            if p.kind not in ("place", "capital"):
                places_only = False
        elif p.kind in ("person", "name"):
            person = p
            places_only = False
        elif p.type == "orgname":
            unknown = p
            places_only = False
        elif link == "to":
            host = split_code(p.ent.code_at(date))[0]
            places_only = False
        else:
            named = p
            places_only = False
    if places_only and len(chain) == 1 and (chain[0].kind == "place" or (
            chain[0].kind == "capital" and modifies_thing(doc, chain[0]))):
        # a town, or a seat of power modifying a thing ("a Kabul car bombing"): where, not who
        m.kind = "place"
        m.country = split_code(chain[0].ent.code_at(date))[0]
        m.name = chain[0].ent.name
        return m
    if roles and all(r.place for r in roles) and country is None and host is None and person is None \
            and named is None and unknown is None and not people_of:
        # "life in prison", "a prison sentence": a place of the state's, no party; ("prison officials"
        # take the place's sector, "Israeli prisons" are where Israel holds people: both stay actors)
        return None
    if person is not None and person.type == "ent" and roles and all(org_noun(r) for r in roles) \
            and person.start > chain[0].start:
        # "the mining company Vale": a name after an organisation's noun is the organisation's,
        # not a namesake person's (Danna Vale)
        unknown, person = person, None
    head = next((r for r in reversed(roles) if not r.generic), roles[-1] if roles else None)
    role_sector = head.sector if head else None
    role_country = next((r.country for r in roles if r.country), None)
    m.role_words = tuple(r.phrase for r in roles)
    if roles:
        m.evidence += 1
    if any(r.outlet for r in roles) and not person:
        m.kind = "outlet"
    sector = None
    if person is not None:
        m.kind = "person"
        given = _given_name_start(doc, chain, person, start)
        ent, shared = settle_people(person.ents, date, role_sector) if person.type == "ent" else (None, None)
        if given < person.start and person.end - person.start == 1:
            # "Sadiq Khan" with only "Khan" tagged: a full name the files do not have (theirs match whole),
            # so not the Khan they know
            ent = shared = None
        if ent is not None and country is not None and split_code(ent.code_at(date))[0] not in (None, country, "UNO", "EUR", "IGO") \
                and not any(split_code(c)[0] == country for c, _, _ in ent.codes):
            ent = None  # "King Hassan of Morocco": the title's state says this is not the namesake we know
        if ent is not None:
            d_country, d_sector = split_code(ent.code_at(date))
            m.extra["known"] = True  # the files say who this is: their country, even none, is not guessed
            m.name = ent.name
            m.person_key = ent.name
            m.gender = ent.gender
            m.evidence += 1
        elif shared is not None:
            # namesakes of one country the date does not tell apart: the country, not the person
            d_country, d_sector = shared, None
            m.name = doc[person.start:person.end].text
            m.person_key = m.name
        else:
            d_country = d_sector = None
            m.name = doc[given:person.end].text
            m.person_key = m.name
        if named is not None and named.ent.kind in AFFILIATIONS and roles:
            # "Kenneth Roth, the director of Human Rights Watch": one titled as a member of a
            # body the files know is of that body, its code even with no country (not of a state
            # the sentence names); one the files know too ("Hezbollah leader Hassan Nasrallah"),
            # whose bare title would make him a government
            country, sector, code = _body_code(named.ent, country, roles, head, date)
            m.code = code
            m.extra["known"] = True
            m.extra["member_of"] = named.ent.kind
        else:
            if named is not None:
                n_country, n_sector = split_code(named.ent.code_at(date))
                country = country or n_country
            country = country or d_country or role_country
            sector = role_sector or d_sector
            if country is None and ent is None and head is not None and head.sectors == ("BUS",) \
                    and "portfolio" in links:
                # "the CEO of Shell, Ben van Beurden": a firm no file knows, of no known state (not
                # of the one the sentence names: "met Nigerian President Buhari")
                m.extra["known"] = True
                m.extra["member_of"] = "org"
        if country is None and head is not None and head.host:
            m.host_pending = True
    elif named is not None:
        ent = named.ent
        m.kind = m.kind or ent.kind
        m.name = ent.name
        country, sector, code = _body_code(ent, country, roles, head, date)
        if code is not None:
            m.code = code  # kept below when the title did not change country or sector
    elif unknown is not None:
        # an organisation no file knows: its name, and what its noun and its state's adjective say
        m.kind = "org"
        m.name = doc[unknown.start:unknown.end].text
        country = country or role_country
        sector = role_sector
        if head is not None and "BUS" in head.sectors:
            sector = "BUS"  # "state-owned HDT": a state's firm is business (CAMEO), the country says whose
        if sector == "GOV" and any(r.outlet for r in roles) and country:
            m.code = country + "GOVMED"  # "state broadcaster X": the state's media
    elif roles:
        m.kind = m.kind or "sector"
        country = country or role_country
        sector = role_sector
        if country is None and head is not None and head.host:
            m.host_pending = True
    elif country is None:
        if not people_of:
            return None  # only a patron or a stance ("pro-Russia"): no actor of its own
        m.kind = "sector"
        sector = "CVL"
    else:
        first = next(p for p in chain if _country_piece(p) and not stance(doc, p) and not ethnic(doc, p)
                     and not maker(doc, p))
        m.kind = "capital" if first.kind == "capital" else "state"
        m.name = first.ent.name
        code = first.ent.code_at(date)
        country, sector = split_code(code)
        m.code = code
    if head is not None and head.phrase in STATE_EXECUTIVES and sector == "BUS" and named is None \
            and any(_country_piece(p) and doc[p.end - 1].pos_ == "PROPN" for p in chain):
        sector = "GOV"  # "the chief executive of Hong Kong": the territory's head of government
    if m.kind == "outlet" and sector is None:
        sector = "MED"
    if m.kind == "outlet" and sector == "GOV" and country and m.code is None:
        m.code = country + "GOVMED"  # "Syrian state media": the state's, and media (CAMEO GOVMED)
    if former and (former_state or not roles and person is None and named is None and m.kind in ("state", "capital")):
        former = False  # "the former Soviet Union", "former Yugoslavia": a state that was, no elite
    if former and sector in (None, "GOV", "MIL", "LEG", "JUD", "SPY", "COP", "PTY"):
        sector = "ELI"
    if sector == "UNK":
        sector = None
    m.host = host
    m.country = country
    m.sector = sector
    if m.code is None or former or (m.code and split_code(m.code) != (country, sector)):
        body = m.code if m.code and country == "IGO" and m.code.startswith("IGO") and len(m.code) > 3 else None
        # "NATO's secretary general": IGOGOV would lose which body; keep it, with the sector
        m.code = body + (sector or "") if body is not None and not former else join_code(country, sector)
    if m.name is None and country and m.kind in ("sector", "outlet"):
        m.name = None
    return m
