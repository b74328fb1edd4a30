"""A verb the small parser reads as an adjective of the name after it ("Macron hosted German
Chancellor Angela Merkel": 'hosted' amod of 'Merkel') still has that name for object when it
has a subject of its own; and words against someone "in a post" are told by the platform,
since a bare "post" is also a military one."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

D = dt.date(2020, 9, 1)


def coded(coder, text):
    return sorted(asserted_triples(coder, text, D))


def test_verb_read_as_adjective_keeps_its_object(coder):
    assert coded(coder, "Macron hosted German Chancellor Angela Merkel at his summer residence.") == \
        [("FRAGOV", "DEUGOV", "043")]


@pytest.mark.parametrize("text, expected", [
    ("The senator attacked the president in a post on Facebook.", [("LEG", "GOV", "111")]),
    ("Gunmen attacked a police post in the north.", [("UAF", "COP", "180")]),
])
def test_posts_online_and_on_the_ground(coder, text, expected):
    assert coded(coder, text) == expected
