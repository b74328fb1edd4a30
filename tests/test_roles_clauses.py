"""Clauses the small parser misreads: a subordinate clause opened by "after",
"before", "since" ... whose subject it takes for the preposition's object and
whose verb it hangs on the main verb as a conjunct."""
from __future__ import annotations

from datetime import date

D = date(2019, 1, 15)


def coded(coder, text):
    """(mode, source code, target code, cameo) of each event."""
    return [(e.mode, e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
            for e in coder.code(text, date=D, doc_id="t").events]


def test_a_passive_clause_after_after_keeps_its_own_subject(coder):
    got = coded(coder, "Police arrested a man after Paweł Adamowicz, mayor of the Polish city of Gdańsk, "
                       "was stabbed last night.")
    stabbed = [t for m, s, t, c in got if c[:2] == "18"]
    assert stabbed == ["POLGOV"]  # the mayor was stabbed, not the police


def test_an_active_clause_after_after_keeps_its_own_subject(coder):
    got = coded(coder, "Police detained two men after Vladimir Putin, the Russian president, "
                       "attacked a Ukrainian village.")
    assert [s for m, s, t, c in got if c == "190"] == ["RUSGOV"]  # Putin attacked, not the police
    got = coded(coder, "Protests broke out after Emmanuel Macron, the French president, visited Algeria.")
    assert ("asserted", "FRAGOV", "DZA", "042") in got


def test_a_real_coordination_still_shares_its_subject(coder):
    # guard: "detained and released" is one subject's two acts
    got = coded(coder, "The men were detained and were released by Iraqi police.")
    assert {c[:2] for m, s, t, c in got} == {"17", "08"}
    assert all(s == "IRQCOP" for m, s, t, c in got if c.startswith("08"))
