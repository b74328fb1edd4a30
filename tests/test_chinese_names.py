"""Chinese names put the family name first: news calls Xi Jinping "Xi", never "Jinping"."""
from __future__ import annotations

from datetime import date

D = date(2023, 5, 1)


def test_xi_alone_is_the_chinese_president(coder):
    got = [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo)
           for e in coder.code("Putin congratulated Xi on his re-election.", date=D, doc_id="t").events]
    assert got == [("RUSGOV", "CHNGOV", "051")]
