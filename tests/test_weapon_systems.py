"""Weapon systems named by their type word ("a Patriot battery", "HIMARS launchers",
"Leopard tanks") are military aid given or promised, and sold ones military cooperation.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2023, 3, 9)


@pytest.mark.parametrize("text, expected", [
    ("Germany's defense minister said Berlin would deliver a second Patriot battery to Ukraine.",
     ("DEUGOV", "UKR", "0332")),
    ("Poland delivered Leopard tanks to Ukraine.", ("POL", "UKR", "072")),
    ("Turkey sold Bayraktar drones to Ukraine.", ("TUR", "UKR", "062")),
])
def test_weapon_systems_given_promised_or_sold(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)
