"""Ramming another state's vessels is a clash at sea (190)."""
from __future__ import annotations

from datetime import date

from asserted_events import asserted_triples


def test_rammed_vessels(coder):
    got = asserted_triples(coder, "Chinese coast guard ships rammed Philippine vessels near Second Thomas Shoal.",
                           date(2024, 6, 1))
    assert got == [("CHNCOP", "PHL", "190")]
