"""A plural title "of" a list of states is each state's.  Sentences written for these tests."""
import datetime as dt

DATE = dt.date(2021, 3, 2)


def _codes(coder, text):
    return [(a.text, a.code) for a in coder.code(text, date=DATE).actors]


def test_plural_title_of_a_list_of_states_is_each_state_s(coder):
    codes = dict(_codes(coder, "The foreign ministers of Chile, Peru and Bolivia met in Lima on Monday."))
    assert codes.get("Peru") == "PERGOV" and codes.get("Bolivia") == "BOLGOV", codes


def test_leaders_of_two_states(coder):
    codes = dict(_codes(coder, "Leaders of Kenya and Uganda signed a border agreement."))
    assert codes.get("Uganda") == "UGAGOV", codes


def test_a_singular_title_is_not_distributed(coder):
    codes = dict(_codes(coder, "The ambassador of Chile and Peru attended the ceremony."))
    assert codes.get("Peru") == "PER", codes


def test_a_state_after_a_verb_is_not_distributed(coder):
    codes = dict(_codes(coder, "The foreign ministers of Chile met Peru and Bolivia on Monday."))
    assert codes.get("Peru") == "PER" and codes.get("Bolivia") == "BOL", codes
