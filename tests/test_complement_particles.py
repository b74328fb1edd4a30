"""An entry's not_prep particles also apply to the complement its xcomp names: "failed to
break through its lines" is no deadlock left unbroken (164).  Sentences written for these
tests."""
from __future__ import annotations

import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 10)


def test_a_complements_particle_gives_it_another_sense(coder):
    text = "Ukraine said Russian forces had failed to break through its lines near Avdiivka."
    assert all(code != "164" for _, _, code in asserted_triples(coder, text, DATE))


def test_the_plain_complement_still_codes(coder):
    assert asserted_triples(coder, "Israel and Hamas failed to break the deadlock.", DATE) == [("ISR", "PSEREB", "164")]
