"""A counterpart is the visitor's: its own state's capital named before it is no peer."""
from __future__ import annotations

from datetime import date


def test_counterpart_met_in_its_own_capital(coder):
    doc = coder.code("Iran's foreign minister travelled to Moscow for talks with his Russian counterpart "
                     "Sergei Lavrov.", date=date(2024, 6, 1))
    russian = next(a for a in doc.actors if a.text == "Russian")
    assert russian.code == "RUSGOV"
