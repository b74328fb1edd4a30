"""Armed forces on the march advance; they do not protest (grammar.yaml advance_verbs,
armed_sectors). Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2023, 6, 24)


def test_an_armed_march_is_no_protest(coder):
    got = asserted_triples(coder, "The Wagner group seized military facilities in Rostov-on-Don and marched toward Moscow.", DATE)
    assert got and not any(c.startswith("14") for s, t, c in got), got
    got = asserted_triples(coder, "Troops marched into the city.", DATE)
    assert not any(c.startswith("14") for s, t, c in got), got


def test_a_march_of_civilians_is_a_protest(coder):
    got = asserted_triples(coder, "Thousands of students marched to parliament.", DATE)
    assert any(c.startswith("14") for s, t, c in got), got


def test_what_parties_fight_for_is_no_party(coder):
    got = asserted_triples(coder, "Sudan's army and the Rapid Support Forces fought for control of Khartoum.", DATE)
    assert got and all(t != "SDNGOV" for s, t, c in got), got
    assert any({s, t} == {"SDNMIL", "SDNPRM"} for s, t, c in got), got
