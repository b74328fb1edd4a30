"""Whose a thing is and for whom one speaks (our own sentences): a body owned by 'his'/'her' is its
antecedent's, a spokesperson for a body speaks as that body, a later part of a full name is that
person, and Goa in an Indian story is the Indian state."""
import datetime as dt

import pytest

DATE = dt.date(2019, 9, 4)


def codes(coder, text):
    doc = coder.code(text, date=DATE, doc_id="owners")
    return [(a.text, a.code) for a in doc.actors]


@pytest.mark.parametrize("text, owned", [
    # her government: the government of the person she is
    ("On Monday, Jane Morales, the prime minister of Peru, said that her government would raise taxes.",
     ("government", "PERGOV")),
    # his government: from the sentence before
    ("Vladimir Putin met farmers in Siberia on Friday. He said his government would cut fuel prices.",
     ("government", "RUSGOV")),
    # their army: from the subject of the sentence before
    ("Iran's leaders met in Tehran on Sunday. Their army would respond to any attack, officials said.",
     ("Their army", "IRNMIL")),
])
def test_a_body_owned_by_a_pronoun_is_its_antecedents(coder, text, owned):
    assert owned in codes(coder, text)


def test_a_spokesperson_for_a_body_speaks_as_that_body(coder):
    got = codes(coder, "Budi Santoso, a spokesman for the Indonesian National Police, said that two men "
                       "were detained.")
    assert ("Budi Santoso, a spokesman", "IDNCOP") in got
    assert ("A spokesman", "MIL") in codes(coder, "A spokesman for the army said the soldiers had withdrawn "
                                                  "from the town.")


def test_a_spokesperson_for_a_body_of_no_country_keeps_the_country_of_the_sentence(coder):
    got = codes(coder, "A spokeswoman for the foreign ministry said Russia would retaliate.")
    assert ("A spokeswoman", "RUSGOV") in got


def test_an_inner_family_name_is_the_person_named_in_full(coder):
    # "Mendoza" of "Carlos Mendoza Ruiz" (a Spanish first family name), also with the accent written off
    got = codes(coder, "Carlos Mendoza Ruiz, Colombia's defence minister, met soldiers. Protesters called "
                       "for Mendoza's resignation.")
    assert ("Mendoza", "COLGOV") in got
    got = codes(coder, "Rafael Hernández Colón, Puerto Rico's governor, announced his resignation on "
                       "Wednesday night in a video. Protesters had called for Hernández's resignation after "
                       "leaked messages.")
    assert ("Hernández", "USAGOV") in got


def test_a_full_name_the_tagger_takes_for_a_body_is_the_titled_person(coder):
    # the small model tags "Ricardo Rosselló Nevares" ORG and the later "Rosselló" PERSON
    got = codes(coder, "Ricardo Rosselló Nevares, Puerto Rico's governor, announced his resignation on "
                       "Wednesday night in a video. Protesters had called for Rosselló's resignation after "
                       "leaked messages.")
    assert ("Ricardo Rosselló Nevares, Puerto Rico's governor", "USAGOV") in got
    assert ("Rosselló", "USAGOV") in got
    # a shorter form and the surname alone, with both forms named: the fullest name
    got = codes(coder, "Ricardo Rosselló Nevares, Puerto Rico's governor, resigned. Ricardo Rosselló said he "
                       "was sorry. Rosselló left.")
    assert ("Ricardo Rosselló", "USAGOV") in got and ("Rosselló", "USAGOV") in got


def test_goa_in_an_indian_story_is_the_indian_state(coder):
    got = codes(coder, "Goa's government announced three days of mourning for the former minister, who "
                       "died in Panaji, India.")
    assert ("Goa's government", "INDGOV") in got
