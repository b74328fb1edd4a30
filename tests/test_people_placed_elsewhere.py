"""People the sentence places in another state than the one it names are not of that state:
"Russian forces killed five civilians in Kherson" (Kherson is in Ukraine)."""
from __future__ import annotations

from datetime import date

import pytest
from asserted_events import asserted_triples

D = date(2024, 6, 1)


@pytest.mark.parametrize("text, target", [
    ("Russian forces killed five civilians in Kherson.", "UKRCVL"),
    ("The Russian shelling killed five civilians in Kherson.", "UKRCVL"),
    ("Russian police detained five protesters in Moscow.", "RUSOPP"),
])
def test_victims_are_of_where_they_are(coder, text, target):
    assert [t for _, t, _ in asserted_triples(coder, text, D)] == [target]
