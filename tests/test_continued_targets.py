"""A doer keeping up an inquiry, accusation or sanction against one party: the same kind
of act again, a few sentences on, with no target named, is aimed at that party; a target
named but unknown is not replaced.  Sentences written for these tests."""
import datetime as dt

DATE = dt.date(2019, 12, 20)


def triples(coder, text):
    return [(e.sentence_index, e.source and e.source.code, e.target and e.target.code, e.cameo)
            for e in coder.code(text, date=DATE).events if e.mode == "asserted"]


def test_the_same_accuser_accusing_again_accuses_the_same_party(coder):
    text = ("The Ukrainian parliament accused President Petro Poroshenko of treason on Tuesday. "
            "The vote was held late at night. "
            "The parliament then passed two articles of impeachment.")
    got = triples(coder, text)
    assert any(i == 2 and c.startswith("11") and t == "UKRGOV" for i, s, t, c in got), got


def test_a_named_unknown_target_is_not_replaced(coder):
    text = ("The Ukrainian parliament accused President Petro Poroshenko of treason on Tuesday. "
            "The parliament also accused Ivan Zubrovsky of fraud.")
    got = triples(coder, text)
    assert not [t for i, s, t, c in got if i == 1 and t == "UKRGOV"], got


def test_force_used_again_is_not_aimed_by_continuity(coder):
    text = ("Police fired tear gas at protesters in Kyiv on Tuesday. "
            "Later, police fired rubber bullets.")
    got = triples(coder, text)
    assert not [t for i, s, t, c in got if i == 1 and t and t.endswith("OPP")], got
