"""A body named before a sum the tagger reads whole is still a party ("fined Google 2.4
billion euros"), and a name after an organisation's noun is that organisation, not a namesake
person the files know ("the mining company Vale" is no Danna Vale).  Our own sentences."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2017, 6, 27)


def actors(nlp, finder, text):
    return {a.text: a for a in finder.find(nlp(text), date=DATE)}


def test_a_payer_before_a_sum_is_a_party(coder):
    triples = asserted_triples(coder, "The European Commission fined Google 2.4 billion euros.", DATE)
    assert ("IGOEUREECGOV", "USABUS", "116") in triples, triples


def test_a_currency_is_still_no_party(nlp, finder):
    got = actors(nlp, finder, "The government spent nine billion US dollars.")
    assert not any(a.country == "USA" for a in got.values()), got


def test_a_name_after_a_company_noun_is_the_company(nlp, finder):
    got = actors(nlp, finder, "Brazilian police raided the offices of the mining company Vale.")
    vale = next(a for t, a in got.items() if t.endswith("Vale"))
    assert vale.kind == "org" and vale.sector == "BUS" and vale.country is None, vale
