"""'Party' right after "a"/"an" is no political party (roles.tsv flag noindefinite): "a
party to the conflict", "a shooting at a party".  And a misspelt flag in a role file is an
error, not a flag that silently does nothing.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples
from communique.actors.roles import _read

DATE = dt.date(2019, 7, 1)


@pytest.mark.parametrize("text", [
    "Police in Clairton, Pennsylvania, responded to reports of a shooting at a party.",
    "Iran criticized a party to the deal.",
])
def test_a_party_is_no_political_party(coder, text):
    assert all("PTY" not in (t[1] or "") for t in asserted_triples(coder, text, DATE))


@pytest.mark.parametrize("text, expected", [
    ("The opposition party boycotted the election.", ("OPP", None, "143")),
    ("The ruling party expelled its deputy leader.", ("PTY", None, "174")),
])
def test_political_parties_stay(coder, text, expected):
    triples = asserted_triples(coder, text, DATE)
    assert any(t[0] == expected[0] and t[2] == expected[2] for t in triples), triples


def test_unknown_role_flag_is_an_error():
    with pytest.raises(ValueError, match="roles-test:2: unknown flag nodefinite"):
        _read("president\tGOV\nparty\tPTY\tnodefinite\n", "roles-test")
    assert _read("party\tPTY\tnoindefinite,country=USA\n", "roles-test")[0][1].noindefinite
