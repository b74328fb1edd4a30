"""Unnamed people take the country of where they are acted on.

"Police arrested a 25-year-old man", "the three officers were stabbed", "Trump granted
Paul Harvey Pogue a pardon": the people arrested, hurt or freed are named by no file and
no word of theirs gives a state.  Event data codes them by where the act happens, as
ICEWS codes an unnamed person "Citizen (Country)" of the event's country: the place the
sentence names, else the state whose own body (police, courts, government) did it, else
the state where the story happens.  Only the victims of coercion, force and the law
(grammar.yaml ``placed_people_acts``), where the act's place is the person's; a meeting's
or a statement's addressee may be anywhere.  A soldier's victims are placed only by a
place named: an army acts abroad as often as at home.

Armed bands no file places ("Shona rebels") are placed the same way, by whom they deal
with or fight: a state's government, police or courts, its soldiers only in their own
state, else where their act of force happens (grammar.yaml ``placed_bands``).
"""
from __future__ import annotations

from dataclasses import replace

from spacy.tokens import Doc

from ..records import Actor
from .extractor import HOME_STATE, LEAD_STATE, Candidate
from .roles import grammar

DISSENT = "14"  # protests, rallies, strikes


def _unplaced(actor) -> bool:
    """A person, people or a body of them that no file and no word placed."""
    if actor is None or actor.country is not None or actor.country_from == "foreign":
        return False  # ("foreign workers": of some other state than where they are)
    g = grammar()
    if actor.kind == "person":
        return actor.code is None or actor.code in g["placed_people_sectors"]
    # ("a man", "an individual": a role word of no sector is a person too)
    return actor.kind == "sector" and (actor.sector is None or actor.sector in g["placed_people_sectors"])


def _one_person(actor, doc: Doc) -> bool:
    """A person named, or one of a kind ("an individual", "the suspect"), not a number of
    them ("twenty people were arrested"): a toll counts people, it names no party."""
    if actor.kind == "person":
        return True
    span = doc.char_span(actor.start, actor.end, alignment_mode="expand")
    return span is not None and span.root.tag_ in ("NN", "NNP")


def _lone_assailant(actor, doc: Doc) -> bool:
    """One private person no file places: a person named, or "a man" (a person word of
    no sector), not a body or a band."""
    if actor is None or actor.country is not None or actor.sector is not None:
        return False
    return actor.kind == "person" and actor.code is None or actor.kind == "sector" and _one_person(actor, doc)


def _acting_state(source, force: bool = False) -> str | None:
    """The state whose own body did the act (its police, courts, government), or the
    state a place standing in for unnamed doers belongs to.  A state named as the doer of
    force (``force``) is no such sign: "killed in a Russian strike", "Israel killed three
    children" tell whose the force is, and a state's force strikes abroad as its army does."""
    if source is None or source.country is None:
        return None
    if source.kind in ("state", "capital") and force:
        return None
    if source.kind in ("state", "capital", "place"):
        return source.country
    return source.country if source.sector in grammar()["placed_people_doers"] else None


def _unplaced_body(actor) -> bool:
    """A state body no word placed: "the government", "police" (grammar.yaml
    placed_people_doers)."""
    return actor is not None and actor.country is None and actor.kind == "sector" \
        and actor.code is not None and actor.code == actor.sector and actor.sector in grammar()["placed_people_doers"]


def _unplaced_band(actor) -> bool:
    """Rebels, insurgents, militants no file and no word placed ("Shona rebels")."""
    # (a band the files know, "ISIS fighters", has a code of its own, placed or not)
    return actor is not None and actor.country is None and actor.code is not None \
        and actor.code == actor.sector and actor.sector in grammar()["placed_bands"]


def _band_state(band, other, place_country: str | None) -> str | None:
    """The state an unplaced armed band is of, by whom it deals with or fights: a state's
    government, police or courts (a state negotiates with, accuses and tries its own
    rebels), its soldiers only where the act is placed in that state (troops fight abroad
    too), else the state where the act of force is placed."""
    if other is not None and other.country and other.country == (other.code or "")[:3]:
        if other.kind not in ("state", "capital") and other.sector in grammar()["placed_people_doers"]:
            return other.country if place_country in (None, other.country) else None
        if other.sector in grammar()["abroad_doers"]:
            return other.country if place_country == other.country else None
    return None


def place_people(events: list[Candidate], doc: Doc) -> None:
    """Give each event's unplaced target the country of where the act happens (see the
    module docstring); events whose act is not one of ``placed_people_acts`` are left."""
    acts = tuple(grammar()["placed_people_acts"])
    violent = tuple(grammar()["placed_people_violence"])
    struck_abroad = tuple(grammar()["struck_abroad_acts"])
    home = doc.user_data.get(HOME_STATE)
    story = (home.country if home is not None else None) or doc.user_data.get(LEAD_STATE)
    for c in events:
        placed_in = c.place.country if c.place is not None and c.place.start is not None else None
        for side, other in (("source", c.target), ("target", c.source)):
            band = getattr(c, side)
            if _unplaced_band(band):
                # "the Mozambique government accepted demands from Shona rebels": MOZREB;
                # "rebels attacked government troops in the Central African Republic": CAFREB
                country = _band_state(band, other, placed_in) or (placed_in if c.code.startswith(violent) else None)
                if country is not None:
                    setattr(c, side, replace(band, country=country, code=country + band.code, country_from="place"))
        if c.code.startswith(violent) and _lone_assailant(c.source, doc):
            # "a man stabbed two passers-by in Reading": one private assailant is of where he
            # attacks, as his victims are (not a band: "gunmen" may come from anywhere)
            where = c.place.country if c.place is not None and c.place.start is not None else story
            if where is not None:
                s = c.source
                c.source = replace(s, country=where, code=where + (s.code or ""), country_from="place")
        if c.code.startswith(DISSENT) and _unplaced(c.source):
            # "thousands of people gathered outside the National Congress with slogans": a
            # crowd protests where it stands
            where = c.place.country if c.place is not None and c.place.start is not None else story
            if where is not None:
                s = c.source
                c.source = replace(s, country=where, code=where + (s.code or ""), country_from="place")
        if c.code.startswith(DISSENT) and _unplaced_body(c.target) and c.source is not None \
                and c.source.country is not None and c.source.country_from != "foreign":
            # "students at Tehran University chanted slogans against the government",
            # "protesters clashed with police": a crowd protests its own state's bodies
            t = c.target
            c.target = replace(t, country=c.source.country, code=c.source.country + (t.code or ""),
                               country_from="place")
        if c.target is None and c.code.startswith(struck_abroad) and placed_in is not None \
                and c.source is not None and c.source.country is not None and c.source.country != placed_in \
                and c.source.sector in (None, "MIL", "GOV") and not c.reciprocal:
            # "Israeli jets struck targets near Damascus": a state's force on a place abroad that
            # names no one there is aimed at the place's state (as "struck targets in Syria" is)
            p = c.place
            c.target = Actor(text=p.text, start=p.start, end=p.end, code=placed_in, country=placed_in,
                             kind="place", sentence_index=c.source.sentence_index, country_from="place")
            continue
        if c.code.startswith(violent) and c.target is not None and c.target.kind == "sector" \
                and c.target.sector is None and _one_person(c.target, doc):
            # "gunmen killed a woman", "a man was stabbed": one private person hurt is a
            # civilian (CAMEO CVL), as people counted are
            t = c.target
            c.target = replace(t, sector="CVL", code=(t.country or "") + "CVL")
        if not c.code.startswith(acts) or not _unplaced(c.target):
            continue
        if not c.code.startswith(violent) and not _one_person(c.target, doc):
            continue  # (the law acts on persons: a count of arrests is a toll, force hits crowds too)
        where = c.place.country if c.place is not None and c.place.start is not None else None
        country = where or _acting_state(c.source, force=c.code.startswith(violent))
        if country is None and (c.source is None or c.source.sector not in grammar()["abroad_doers"]):
            country = story
        if country is None:
            continue
        t = c.target
        c.target = replace(t, country=country, code=country + (t.code or ""), country_from="place")
