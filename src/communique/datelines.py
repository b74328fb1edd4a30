"""Datelines of wire copy: "GAZA CITY, Palestinian Territories: Four children ...",
"LYON: Interpol has said ...", "KYIV (Reuters) - ...".

A dateline says where the story was filed, which is where it happens more often than not,
and it is no part of the first sentence: the parser would make "GAZA CITY" the subject of
what follows.  The coder keeps its words out of the actors and takes its state as the
story's place when the lead names none (``communique.lead_state``).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import places

DATELINE_STATE = "communique.dateline_state"  # doc.user_data key: the dateline's state, or None

# An upper-case place at the very start of a paragraph, an optional ", Region" in any case, an
# optional agency in brackets, then a colon or a dash: what wire services put before the text.
_DATELINE = re.compile(
    r"(?P<place>[A-Z][A-Z'’.-]*(?: [A-Z][A-Z'’.-]*){0,3})"
    r"(?:, (?P<region>[A-Z][A-Za-z'’.-]*(?: [A-Za-z][A-Za-z'’.-]*){0,3}))?"
    r"(?: \((?P<agency>[A-Za-z. ]{2,20})\))?"
    r"\s*(?P<sep>:|—|–|--| -)\s+(?=[A-Z\"“'‘])")


@dataclass
class Dateline:
    text: str  # as written, up to and without the colon or dash
    start: int
    end: int
    country: str | None  # the state the gazetteer puts the place (or its region) in
    cut: int  # where the colon or dash after it ends: what the parser is not shown


def find_dateline(text: str) -> Dateline | None:
    """The dateline that opens ``text``, or None.  The place must be known to the gazetteer
    (a town or a state), so that an opening in capitals that is not a place ("BREAKING:",
    "UPDATE -") is no dateline."""
    lead = len(text) - len(text.lstrip())
    m = _DATELINE.match(text, lead)
    if m is None:
        return None
    name = m.group("place").title()
    hit = places.geocode(name)
    region = m.group("region")
    country = hit.country if hit is not None else None
    if region:
        # ("GAZA CITY, Palestinian Territories": the region says which town of that name)
        where = places.geocode(region)
        if where is not None and where.country:
            country = where.country
    if country is None:
        return None
    end = m.end("region") if region else m.end("place")
    if m.group("agency"):
        end = m.end("agency") + 1
    return Dateline(text=text[m.start():end], start=m.start(), end=end, country=country, cut=m.end("sep"))


def parse_text(text: str) -> str:
    """``text`` with its dateline and the colon or dash after it blanked out, for the parser:
    the same length, so that every offset still points into the text as given."""
    d = find_dateline(text)
    if d is None:
        return text
    return text[:d.start] + " " * (d.cut - d.start) + text[d.cut:]
