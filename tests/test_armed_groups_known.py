"""Armed groups of the news that the OEDA files lack or name otherwise (orgs.tsv)."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2024, 1, 15)


@pytest.mark.parametrize("name, code", [
    ("The TPLF", "ETHREB"),
    ("The Tigray People's Liberation Front", "ETHREB"),
    ("The Kachin Independence Army", "MMRREB"),
    ("Fano militiamen", "ETHREB"),
    ("The Haqqani network", "AFGREB"),
])
def test_armed_groups_of_the_news_are_known(coder, name, code):
    # (orgs.tsv: groups the OEDA files lack or name otherwise)
    assert asserted_triples(coder, f"{name} attacked the town.", DATE)[0][0] == code
