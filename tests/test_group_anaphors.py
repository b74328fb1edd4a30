"""A counted plural of a group noun names the last list of that many parties.
Sentences written for these tests."""
import datetime as dt

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


def test_the_two_countries_are_the_last_pair_named(coder):
    text = ("Kenyan President William Ruto and Ugandan President Yoweri Museveni met in Nairobi on Monday. "
            "The two countries signed an agreement on trade.")
    events = coder.code(text, date=DATE).events
    signed = [e for e in events if e.cameo.startswith("057")]
    assert signed and {signed[0].source.country, signed[0].target.country} == {"KEN", "UGA"}, \
        [(e.cameo, e.source and e.source.code, e.target and e.target.code) for e in events]
    # the evidence of each party is the anaphor in the event's own sentence
    assert signed[0].source.text == "The two countries"


def test_both_sides_act_each(coder):
    text = "Chile and Peru held talks in Lima. Both sides condemned the attack on the Bolivian embassy."
    sources = {s for s, t, c in asserted_triples(coder, text, DATE) if c == "111"}
    assert {"CHL", "PER"} <= {s[:3] for s in sources if s}, sources


def test_a_count_that_matches_no_list_names_nobody(coder):
    text = "Chile and Peru held talks in Lima. The three countries condemned the attack."
    assert not [c for s, t, c in asserted_triples(coder, text, DATE) if c == "111" and s]


def test_an_uncounted_plural_is_no_anaphor(coder):
    text = "Chile and Peru held talks in Lima. Many countries condemned the attack."
    assert not [c for s, t, c in asserted_triples(coder, text, DATE) if c == "111" and s and s[:3] in ("CHL", "PER")]
