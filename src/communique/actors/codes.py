"""CAMEO actor codes: the country part, the sector part, and the special codes we accept.

A code is a country (ISO 3166-1 alpha-3) or one of ``SPECIAL_COUNTRIES``,
followed by zero or more three-letter agent (sector) codes: ``RUSGOV``,
``USAMIL``, ``IGOUNO``, ``IGOEUREEC``.  ``split_code`` parses one.
International bodies keep their CAMEO code in ``code`` (``IGOUNO``,
``IGOWSTNAT`` for NATO, ``IGOEUREEC`` for the EU) and report as ``country``
``UNO`` (the UN family), ``EUR`` (the EU and its institutions) or ``IGO``
(every other intergovernmental body), the POLECAT convention.
"""
from __future__ import annotations

from functools import lru_cache

import pycountry

# Agent codes (CAMEO, plus the few PLOVER/POLECAT added: PRM paramilitary, PRE
# partially recognised state, SOC civil society, JNK junk).
SECTORS = {
    "GOV", "MIL", "REB", "OPP", "PTY", "JUD", "COP", "SPY", "MED", "BUS", "CVL", "NGO", "IGO",
    "EDU", "HLH", "REF", "LEG", "ELI", "AGR", "LAB", "CRM", "UAF", "INS", "SEP",
    "HRI", "DEV", "ENV", "REL", "MOD", "RAD", "PRM", "PRE", "SOC", "UNK", "JNK", "NON",
    "MUS", "CHR", "JEW", "HIN", "BUD", "CTH", "ORT", "PRO", "SHI", "SUN", "JAN", "ATH", "BAH",
    "DOX", "ITH", "SHN", "SIK", "TAO", "ZRO", "CON", "UAF",
}

# A state's own bodies, which a bare word names ("the ministry", "the army"): whose they are
# comes from context (the speaker's state, the body "it" stands for).
STATE_BODY_SECTORS = frozenset({"GOV", "MIL", "COP", "JUD", "LEG", "SPY"})

# Non-ISO leading parts of a code: international and transnational actors.
SPECIAL_COUNTRIES = {
    "IGO": "intergovernmental organisation",
    "NGO": "non-governmental organisation",
    "IMG": "international militarised group",
    "MNC": "multinational corporation",
    "UNO": "the United Nations family (country field of UN bodies)",
    "EUR": "the European Union and its institutions (country field)",
    "XKX": "Kosovo (user-assigned ISO code, used by the EU and POLECAT)",
    "PSE": "Palestine",
    "INT": "international / unspecified transnational",
    "KKL": "unknown country (OEDA placeholder)",
}


# CAMEO regional codes and historical or pre-ISO state codes found in the OEDA dictionaries:
# accepted as code heads, reported as a country only when they name one today (none do).
CAMEO_REGIONS = {
    "AFR": "Africa", "ASA": "Asia", "CAS": "Central Asia", "EAF": "East Africa", "EEU": "Eastern Europe",
    "LAM": "Latin America", "MEA": "Middle East", "NMR": "North America", "SAF": "Southern Africa",
    "SAM": "South America", "SAS": "South Asia", "SEA": "Southeast Asia", "WAF": "West Africa",
    "WEU": "Western Europe", "CFR": "Central Africa", "EIN": "East Indies", "ANG": "Anglophone (OEDA)",
    "MOS": "Muslim world (OEDA)",
    "DDR": "East Germany (to 1990)", "CSK": "Czechoslovakia (to 1992)", "YUG": "Yugoslavia (to 1992)",
    "FRY": "FR Yugoslavia (1992-2003)", "SCG": "Serbia and Montenegro (2003-2006)",
    "SRP": "Republika Srpska (OEDA)", "KSV": "Kosovo (OEDA code; XKX here)", "KRJ": "Krajina (OEDA)",
    "FRN": "France (OEDA variant)", "TMP": "East Timor (old code; TLS now)", "KNT": "Kashmir (OEDA)",
    "SUN": "Soviet Union (to 1991)", "USR": "Soviet Union (OEDA)",
}


# Former states are countries of their time: news of the 1990s is coded with them.
HISTORICAL_STATES = {"YUG", "USR", "SUN", "CSK", "DDR", "FRY", "SCG"}


@lru_cache(maxsize=1)
def iso3() -> frozenset[str]:
    return frozenset(c.alpha_3 for c in pycountry.countries) | {"XKX"} | HISTORICAL_STATES


def is_country(code: str | None) -> bool:
    return bool(code) and (code in iso3() or code in SPECIAL_COUNTRIES)


@lru_cache(maxsize=65536)
def split_code(code: str | None) -> tuple[str | None, str | None]:
    """'RUSGOV' -> ('RUS', 'GOV'); 'GOV' -> (None, 'GOV'); 'IGOUNO' -> ('UNO', None)."""
    if not code:
        return None, None
    code = code.upper()
    head = code[:3]
    if head in ("NGO", "IMG", "MNC"):
        # not countries: an NGO is a sector of its own, a militarised group by its next part
        if head == "IMG":
            # an international militarised group is armed whatever else its code says (IMGMUSISI)
            sector = _first_sector(code[3:])
            return None, (sector if sector in _ARMED else "REB")
        return None, ("NGO" if head == "NGO" else _first_sector(code[3:]))
    if head in iso3() or head in ("KKL", "INT"):
        country = None if head in ("KKL", "INT") else head
        rest = code[3:]
    elif head == "IGO":
        if code.startswith("IGOUNO"):
            return "UNO", _first_sector(code[6:])
        if code.startswith("IGOEUR"):
            return "EUR", _first_sector(code[6:])
        return "IGO", _first_sector(code[3:])  # IGOCOPINT (Interpol): police
    elif head in SECTORS:
        return None, head
    else:
        return None, None
    return country, _first_sector(rest)


_ARMED = {"REB", "MIL", "CRM", "UAF", "PRM", "RAD", "SEP", "INS"}


def _first_sector(rest: str) -> str | None:
    for i in range(0, len(rest) - 2, 3):
        part = rest[i:i + 3]
        if part in SECTORS:
            return part
    return None


def well_formed(code: str) -> bool:
    """True for a code built of 3-letter parts whose head is a country, special code or sector."""
    if not code or len(code) % 3 or not code.isalpha() or not code.isupper():
        return False
    head = code[:3]
    if not (head in iso3() or head in SPECIAL_COUNTRIES or head in SECTORS or head in CAMEO_REGIONS):
        return False
    # later parts: sectors, or the identifiers of a body (UNO, EEC, NAT, WHO ...): any letters
    return True


def join_code(country: str | None, sector: str | None) -> str | None:
    """The code we give a mention: country + sector; sector alone (GDELT style) when no country."""
    if country in ("UNO",):
        return "IGOUNO" + (sector or "")
    if country == "EUR":
        return "IGOEUREEC" + (sector if sector and sector != "IGO" else "")
    if country == "IGO":
        return "IGO" + (sector or "")
    if country and sector:
        return country + sector
    return country or sector
