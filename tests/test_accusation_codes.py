"""What an accusation alleges picks its CAMEO sub-code (1121 crime, 1122 human rights,
1123 aggression, 1124 war crimes, 1125 espionage), read also from a gerund
complement ("accused X of violating ...")."""
from __future__ import annotations

from datetime import date

import pytest

D = date(2005, 3, 1)


def codes(coder, text):
    return [e.cameo for e in coder.code(text, date=D, doc_id="t").events if e.mode == "asserted"]


@pytest.mark.parametrize("text,code", [
    ("Amnesty International accused the United States of violating human rights.", "1122"),
    ("The Sudanese government has accused Darfur rebels of violating a month-old ceasefire.", "1123"),
    ("Turkey accused Greece of violating its airspace.", "1123"),
    ("Russia accused Ukraine of shelling Donetsk.", "1123"),
    ("Iran accused the United States of spying on its nuclear program.", "1125"),
])
def test_an_accusation_is_coded_by_what_it_alleges(coder, text, code):
    assert codes(coder, text) == [code]


def test_a_violation_of_nothing_in_the_tables_stays_a_plain_accusation(coder):
    # guard: "violating" alone is no aggression
    assert codes(coder, "The European Union accused Russia of violating international law.") == ["112"]


def test_resorting_to_violence_is_still_a_riot(coder):
    # guard: the resort entry lost its gerund words to the gerund's own act
    assert codes(coder, "Palestinian protesters resorted to violence.") == ["145"]
