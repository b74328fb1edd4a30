"""A people's armed force is no state's army: "Tigrayan forces" are rebels of Ethiopia, not
its military, so a clash between them and Ethiopian troops is an event (our own sentences)."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2020, 11, 20)


def test_a_peoples_forces_are_rebels(nlp, finder):
    got = {a.text: a for a in finder.find(nlp("Tigrayan forces attacked a town."), date=DATE)}
    assert got["Tigrayan forces"].code == "ETHREB"


def test_a_peoples_leaders_keep_their_title(nlp, finder):
    got = {a.text: a for a in finder.find(nlp("Tigrayan leaders met the envoy."), date=DATE)}
    assert got["Tigrayan leaders"].code != "ETHREB" and got["Tigrayan leaders"].country == "ETH"


def test_the_army_and_a_peoples_forces_clash(coder):
    triples = asserted_triples(coder, "Ethiopian troops clashed with Tigrayan forces.", DATE)
    assert ("ETHMIL", "ETHREB", "190") in triples
