"""Country from the story around an actor: where the lead places the story, lone perpetrators,
a demonstrative before a body (our own sentences)."""
import datetime as dt


def coded(nlp, finder, text, date=dt.date(2019, 8, 5)):
    return [(a.text, a.code) for a in finder.find(nlp(text), date=date)]


# a story placed by its lead in the US, with a long passage on a second state (named less often)
LEAD_STORY = (
    "On Saturday morning, a gunman shot shoppers at a supermarket in the U.S. border city of Laredo, Texas. "
    "Police said the suspected gunman surrendered himself to police after a chase. "
    "The United States has seen many such attacks this year, and American lawmakers debated new laws. "
    "Mexican President Andrés Manuel López Obrador said three Mexican nationals were killed. "
    "The foreign minister said Mexico would seek to extradite the gunman. "
    "The governor of Texas visited the wounded in Laredo, Texas."
)


def test_police_and_the_gunman_are_of_where_the_lead_places_the_story(nlp, finder):
    got = coded(nlp, finder, LEAD_STORY)
    assert ("Police", "USACOP") in got
    assert ("police", "USACOP") in got
    assert [c for t, c in got if t.endswith("gunman")] == ["USAUAF"] * 3


def test_a_two_state_story_leaves_its_ministers_unknown(nlp, finder):
    # the lead places the story, but 'the foreign minister' may be the other state's
    got = dict(coded(nlp, finder, LEAD_STORY))
    assert got.get("The foreign minister") == "GOV"


def test_a_lone_attacker_in_a_one_state_story(nlp, finder):
    text = ("On Thursday at the police headquarters in Lyon, France, a clerk went on a stabbing spree. "
            "The attacker was shot dead by police. French officials said France would review security. "
            "The French interior minister visited the headquarters.")
    got = coded(nlp, finder, text)
    assert ("The attacker", "FRAUAF") in got


def test_a_perpetrator_is_not_placed_by_a_story_its_lead_does_not_place(nlp, finder):
    # the story is told about a New Zealander; where the shooting was, the text does not say
    text = ("A police sergeant was shot at a custody centre on Friday by a prisoner. "
            "The sergeant, from Auckland, New Zealand, served in the New Zealand police for five years. "
            "New Zealand's prime minister paid tribute to him, and New Zealand flags flew at half mast. "
            "The alleged shooter was detained earlier on Friday.")
    got = dict(coded(nlp, finder, text))
    assert got.get("shooter") == "UAF"


def test_a_demonstrative_before_a_body(nlp, finder):
    text = ("The Supreme Court of the United Kingdom ruled on Tuesday that the prorogation was unlawful. "
            "British lawyers welcomed the ruling in London, and the British government said it would comply. "
            'The ruling read in part: "This Court has already concluded that the advice was unlawful."')
    got = dict(coded(nlp, finder, text))
    assert got.get("Court") == "GBRJUD"


LONDON_STORY = (
    "On Friday, 28-year-old John Harlow stabbed several people at a hall in London with a large knife. "
    "Members of the public confronted him; a Polish chef named Lukasz harried him with a tusk. "
    "Harlow was pinned to the ground. Police arrived and shot him dead. "
    "British officials said Britain would review the case, and the British prime minister visited London. "
    "Jane Roe of Reporters Without Borders said the attack was shocking."
)


def test_an_unknown_private_person_is_of_where_the_lead_places_the_story(nlp, finder):
    got = coded(nlp, finder, LONDON_STORY)
    assert ("John Harlow", "GBR") in got
    assert [c for t, c in got if t == "him"][-1] == "GBR"  # "Police arrived and shot him dead"


def test_a_person_named_beside_another_state_or_a_body_stays_unknown(nlp, finder):
    got = dict(coded(nlp, finder, LONDON_STORY))
    assert got.get("Lukasz") is None
    assert got.get("Jane Roe") is None


def test_a_legislature_in_a_story_mostly_about_one_state(nlp, finder):
    text = ("The United States House of Representatives issued a subpoena to Secretary of State Mike Pompeo. "
            "Ukrainian President Volodymyr Zelensky spoke to President Donald Trump in July, and Ukraine's "
            "foreign minister said Ukraine was not pressured. "
            "The House issued a deposition request for the American envoy. "
            "American lawmakers said the United States would press on, and U.S. officials agreed.")
    got = dict(coded(nlp, finder, text))
    assert got.get("The House") == "USALEG"


def test_a_legislature_in_a_story_about_two_states_stays_unknown(nlp, finder):
    text = ("Ukrainian President Volodymyr Zelensky spoke to President Donald Trump in July. "
            "Ukraine's foreign minister said Ukraine was not pressured, and Kyiv welcomed the call. "
            "The parliament issued a statement. "
            "American lawmakers said the United States would press on, and U.S. officials agreed.")
    got = dict(coded(nlp, finder, text))
    assert got.get("The parliament") == "LEG"


def test_a_person_is_of_where_he_is_introduced_not_of_every_sentence_naming_him(nlp, finder):
    # a later passage naming him beside a foreigner ('a Polish chef ... harried Harlow') does not
    # unmake the introduction in a London story; the Pole stays unknown
    text = LONDON_STORY.replace("harried him with a tusk", "harried Harlow with a tusk")
    got = coded(nlp, finder, text)
    assert [c for t, c in got if t.endswith("Harlow")] == ["GBR", "GBR", "GBR"], got
    assert dict(got).get("Lukasz") is None


def test_a_person_named_mostly_beside_another_state_stays_unknown(nlp, finder):
    text = ("On Friday, a man named John Harlow was arrested at a hall in London. "
            "Harlow had lived in Poland for years; Polish police said Harlow was known to them. "
            "Harlow later moved to Warsaw, Poland. British officials said Britain would review the case, "
            "and the British prime minister visited London.")
    got = coded(nlp, finder, text)
    assert all(c is None for t, c in got if t.endswith("Harlow")), got
