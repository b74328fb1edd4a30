"""Aid announced is aid promised (03), as sanctions announced are imposed; armed men raiding
a place use force (190), where a raid alone is a seizure (1711)."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, expected", [
    ("The United States announced $2 billion in new military aid for Ukraine on Thursday.", [("USA", "UKR", "0332")]),
    ("The IMF announced a $3 billion loan to Egypt.", [("IGOBUSIMF", "EGY", "0331")]),
    ("Israeli forces raided the Jenin refugee camp in the West Bank.", [("ISRMIL", "PSEREF", "190")]),
    ("Police raided the offices of the opposition newspaper in Istanbul.", [("TURCOP", "TUROPP", "1711")]),
])
def test_codes(coder, text, expected):
    assert asserted_triples(coder, text, D) == expected
