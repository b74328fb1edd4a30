"""Aid continued or increased is aid given; asking that an act not be done is no asking
for it.  Sentences written for these tests."""
import datetime as dt

import pytest

from asserted_events import asserted_triples

DATE = dt.date(2021, 3, 2)


@pytest.mark.parametrize("text, code", [
    ("Norway has promised to continue military aid to Mali.", "0332"),
    ("Japan increased humanitarian aid to Yemen.", "073"),
    ("Canada will boost economic assistance to Haiti.", "0331"),
])
def test_more_aid_is_aid(coder, text, code):
    assert code in [c for _, _, c in asserted_triples(coder, text, DATE)]


@pytest.mark.parametrize("text", [
    "The US urged Kyiv not to release the prisoners.",
    "France called on Mali not to expel the diplomats.",
])
def test_asking_that_an_act_not_be_done_takes_no_sub_code_of_it(coder, text):
    codes = [c for _, _, c in asserted_triples(coder, text, DATE)]
    assert codes and all(c[:2] == "02" for c in codes), codes
    assert not any(c in ("0253", "025") for c in codes), codes


def test_asking_for_the_act_still_takes_its_sub_code(coder):
    assert "0253" in [c for _, _, c in asserted_triples(coder, "The UN urged Israel to release the prisoners.", DATE)]
