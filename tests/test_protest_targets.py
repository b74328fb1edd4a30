"""Whom a protest is aimed at when no party is named: a policy protested by a country's people is its
government's ("against the judicial overhaul"), and a state's embassy protested in front of is that
state's government."""
import pytest


def coded(coder, text):
    return sorted((e.source.code if e.source else None, e.target.code if e.target else None, e.cameo[:2])
                  for e in coder.code(text).events if e.mode == "asserted")


@pytest.mark.parametrize("text, expected", [
    ("Thousands of Israelis protested against the judicial overhaul in Tel Aviv.", ("ISROPP", "ISRGOV", "14")),
    ("Thousands marched in Paris against the pension reform.", ("FRAOPP", "FRAGOV", "14")),
    ("Hundreds of people demonstrated in front of the Russian embassy in Berlin.", ("DEUCVL", "RUSGOV", "14")),
    ("Protesters gathered outside the Iranian consulate in Istanbul.", ("TUROPP", "IRNGOV", "14")),
])
def test_protest_target(coder, text, expected):
    assert coded(coder, text) == [expected]


def test_a_grievance_that_is_no_policy_names_no_government(coder):
    got = coded(coder, "Doctors in Nigeria protested over unpaid salaries.")
    assert got and all(t != "NGAGOV" for _, t, _ in got), got
