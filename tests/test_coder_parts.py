"""The coder's parts, each on texts of our own: actors, triggers, voice,
reciprocity, negation, future, hypotheticals, dates, places, quotes, attribution."""
from __future__ import annotations

from datetime import date

import pytest

D = "2024-03-15"  # a Friday


def events(coder, text, **kw):
    return coder.code(text, date=D, doc_id="t", **kw).events


def one(coder, text, root=None, mode=None):
    evs = [e for e in events(coder, text) if (root is None or e.cameo_root in root) and (mode is None or e.mode == mode)]
    assert evs, f"no event{' of root ' + str(root) if root else ''} in {text!r}: {events(coder, text)}"
    return evs[0]


def countries(e):
    return (e.source.country if e.source else None, e.target.country if e.target else None)


def test_active_voice(coder):
    e = one(coder, "Israeli troops attacked Palestinian protesters in Gaza on Monday.", root=("18", "19"))
    assert countries(e) == ("ISR", "PSE")
    assert e.source.sector == "MIL"
    assert e.quad_class == 4 and e.goldstein < 0


def test_passive_voice(coder):
    e = one(coder, "Palestinian protesters were attacked by Israeli troops on Monday.", root=("18", "19"))
    assert countries(e) == ("ISR", "PSE")


def test_reciprocal_coordinated_subject(coder):
    e = one(coder, "Russia and China held talks in Beijing on Tuesday.", root=("04",))
    assert e.reciprocal and set(countries(e)) == {"RUS", "CHN"}
    assert e.location and e.location.name == "Beijing" and e.location.country == "CHN"
    assert e.date == date(2024, 3, 12)


def test_reciprocal_between(coder):
    e = one(coder, "Talks between India and Pakistan began in Geneva.", root=("04",))
    assert e.reciprocal and set(countries(e)) == {"IND", "PAK"}


def test_with_target(coder):
    e = one(coder, "The Japanese prime minister met with the Indian foreign minister.", root=("04",))
    assert set(countries(e)) == {"JPN", "IND"}


def test_compound_source_split(coder):
    evs = [e for e in events(coder, "France and Germany condemned Russia.") if e.cameo_root == "11"]
    assert {countries(e) for e in evs} == {("FRA", "RUS"), ("DEU", "RUS")}


def test_negation(coder):
    evs = events(coder, "Iran did not attack Israel.")
    assert evs and all(e.mode == "negated" for e in evs)


def test_future(coder):
    e = one(coder, "Talks between India and Pakistan will be held in Geneva next week.", root=("04",))
    assert e.mode == "future" and set(countries(e)) == {"IND", "PAK"}


def test_an_actors_own_will_is_a_verbal_act(coder):
    """CAMEO: what an actor says it will do is a threat or an intent, asserted."""
    e = one(coder, "Japan will impose new sanctions on North Korea.", root=("13",))
    assert e.cameo == "1312" and e.mode == "asserted" and countries(e) == ("JPN", "PRK")


def test_hypothetical(coder):
    evs = [e for e in events(coder, "Germany hopes that Russia will withdraw its troops from Ukraine.")
           if e.source and e.source.country == "RUS"]
    assert evs and all(e.mode == "hypothetical" for e in evs)


def test_could_use_force_is_a_threat(coder):
    e = one(coder, "Egypt could send troops to Libya.", root=("13",))
    assert e.mode == "asserted" and countries(e) == ("EGY", "LBY")


def test_no_event_in_a_sentence_without_one(coder):
    assert events(coder, "The weather in Paris was sunny and warm all week.") == []


def test_explicit_date(coder):
    e = one(coder, "On March 3, 2020, Turkish forces shelled Syrian army positions.", root=("19", "18"))
    assert e.date == date(2020, 3, 3) and e.date_text


def test_article_date_when_no_expression(coder):
    e = one(coder, "China criticized Japan.", root=("11",))
    assert e.date == date(2024, 3, 15) and e.date_text is None


def test_quote_with_speaker(coder):
    doc = coder.code('"We will never accept this occupation," Ukrainian President Volodymyr Zelensky said.', date=D)
    assert doc.quotes and doc.quotes[0].speaker and doc.quotes[0].speaker.country == "UKR"
    assert doc.quotes[0].text.startswith("We will never accept")


def test_quote_split_by_speech_verb(coder):
    doc = coder.code('"We are ready to talk," the German chancellor said, "but not under threat."', date=D)
    assert len(doc.quotes) == 2
    assert all(q.speaker is not None and q.speaker.country == "DEU" for q in doc.quotes)


def test_attribution_according_to(coder):
    doc = coder.code("Turkey shelled Kurdish positions in Syria, according to Reuters.", date=D)
    assert doc.attribution == ["Reuters"]
    assert not any(e.source and "Reuters" in e.source.text for e in doc.events)


def test_offsets_point_into_the_text(coder):
    text = "Headline here\nThe United States imposed sanctions on Iran on Wednesday."
    for e in coder.code(text, date=D).events:
        assert text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert text[e.source.start:e.source.end] == e.source.text


def test_code_many_keeps_order_and_reports_bad_records(coder):
    items = [{"id": "a", "text": "Russia attacked Ukraine."}, {"id": "b", "text": "   "},
             {"id": "c", "text": "China praised Pakistan."}, {"id": "d"}]
    out = list(coder.code_many(items, date=D))
    assert [d.doc_id for d in out] == ["a", "b", "c", "d"]  # the record is named by its id
    assert out[1].errors == ["empty text"] and "text" in out[3].errors[0]
    assert not out[0].errors and not out[2].errors


def test_code_many_workers_same_result(coder):
    items = [{"id": str(i), "text": t} for i, t in enumerate(
        ["Russia attacked Ukraine.", "China praised Pakistan.", "Iran did not attack Israel."])]
    one_proc = [[e.to_dict() for e in d.events] for d in coder.code_many(items, date=D)]
    two_proc = [[e.to_dict() for e in d.events] for d in coder.code_many(items, date=D, workers=2)]
    assert one_proc == two_proc


def test_binary_text_is_refused(coder):
    from communique import ArticleError

    with pytest.raises(ArticleError):
        coder.code("abc\x00def")
