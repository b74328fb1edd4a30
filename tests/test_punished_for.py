"""Who is punished, blamed or thanked "for" an act did it (RoleFinder._punished); the act a
punishment is for is the punisher's charge, kept as hypothetical (grammar.yaml
punishing_verbs); a comment on the doer is not aimed at whom the act was done to.
Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2019, 5, 1)


def _events(coder, text):
    return [(e.source.code if e.source else None, e.target.code if e.target else None, e.cameo, e.mode)
            for e in coder.code(text, date=DATE).events]


@pytest.mark.parametrize("text, expected", [
    ("Amnesty criticized Israel for killing civilians in Gaza.", ("ISR", "PSECVL", "190")),
    ("Russia was criticized for attacking Ukraine.", ("RUS", "UKR", "190")),
])
def test_one_blamed_for_an_act_did_it(coder, text, expected):
    assert expected in asserted_triples(coder, text, DATE)


def test_the_reason_for_a_punishment_is_a_charge(coder):
    events = _events(coder, "Judge Bernard Schwartz sentenced David Turpin to life in prison for torturing "
                            "his children in California.")
    assert ("USAJUD", "USA", "173", "asserted") in events
    torture = [e for e in coder.code("Judge Bernard Schwartz sentenced David Turpin to life in prison for "
                                     "torturing his children in California.", date=DATE).events
               if e.cameo.startswith("182")]
    # the one sentenced did it, not the place ("USA[California]" before)
    assert torture and all(e.source.text == "David Turpin" and e.mode == "hypothetical" for e in torture)
    events = _events(coder, "A Christian missionary from Calgary was arrested in Lebanon for collaborating with Israel.")
    assert ("CANCHR", "ISR", "060", "hypothetical") in events


def test_thanks_for_an_act_are_aimed_at_its_doer_alone(coder):
    assert [t for t in asserted_triples(coder, "Iran thanked Russia for helping Syria.", DATE)
            if t[2] == "051"] == [("IRN", "RUS", "051")]
