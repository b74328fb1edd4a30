"""A pronoun resolved is its person's latest mention: the next "he" can follow it."""
from __future__ import annotations

from datetime import date

from asserted_events import asserted_triples

D = date(2024, 6, 1)


def coded(coder, text):
    return asserted_triples(coder, text, D)


def test_the_subject_who_met_is_the_one_who_warned(coder):
    got = coded(coder, "Iran's foreign minister visited Beirut on Friday. He met Lebanese Prime Minister "
                       "Najib Mikati and discussed the situation in Gaza. He also warned Israel against "
                       "expanding the war.")
    assert ("IRNGOV", "ISR", "130") in got
    assert not any(s == "LBNGOV" and t == "ISR" for s, t, _ in got)


def test_a_chain_of_pronouns_keeps_its_person(coder):
    got = coded(coder, "Biden met Netanyahu in Jerusalem. He urged him to allow more aid into Gaza. "
                       "He later flew to Amman.")
    assert ("USAGOV", "JORGOV", "042") in got
