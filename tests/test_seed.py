"""The seed article yields what ../shared/seed/EXPECTED.md says, line by line."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from conftest import FIXTURES


def asserted(doc):
    return [e for e in doc.events if e.mode == "asserted"]


def country(actor):
    return actor.country if actor else None


def pair(e):
    return {country(e.source), country(e.target)}


def mentions(doc, name):
    return [a for a in doc.actors if name in a.text or name in (a.name or "")]


# -- actors ---------------------------------------------------------------------------
def test_lavrov_every_mention(seed_doc):
    lav = mentions(seed_doc, "Lavrov")
    texts = {a.text for a in lav}
    assert any("Sergey Lavrov" in t for t in texts)
    assert any(a.start < 20 for a in lav), "the headline's 'FM Lavrov'"
    assert len(lav) >= 3 and all(a.code and a.code.startswith("RUSGOV") for a in lav)
    he = [a for a in seed_doc.actors if a.text == "He" and a.sentence_index is not None]
    assert he and he[0].code.startswith("RUSGOV") and "Lavrov" in (he[0].name or "")


@pytest.mark.parametrize("text", ["Kremlin", "Moscow"])
def test_russian_seats_of_power(seed_doc, text):
    found = [a for a in seed_doc.actors if text in a.text]
    assert found and all(a.country == "RUS" for a in found)


@pytest.mark.parametrize("text", ["United States", "Washington"])
def test_us_names(seed_doc, text):
    found = [a for a in seed_doc.actors if text in a.text and "Ambassador" not in a.text]
    assert found and all(a.country == "USA" for a in found)


def test_us_administration_and_trump(seed_doc):
    admin = [a for a in seed_doc.actors if "administration" in a.text]
    assert admin and all(a.code == "USAGOV" for a in admin)
    trump = mentions(seed_doc, "Trump")
    assert trump and all(a.code.startswith("USAGOV") for a in trump)


def test_darchiev_is_russian(seed_doc):
    d = mentions(seed_doc, "Darchiev")
    assert d and all(a.country == "RUS" and a.sector == "GOV" for a in d)


def test_coulter_is_american(seed_doc):
    c = mentions(seed_doc, "Coulter")
    assert c and all(a.country == "USA" and a.sector == "GOV" for a in c)


@pytest.mark.parametrize("text", ["Türkiye", "Ankara"])
def test_turkey(seed_doc, text):
    found = [a for a in seed_doc.actors if text in a.text]
    assert found and all(a.country == "TUR" for a in found)


def test_media_and_byline_are_not_actors(seed_doc):
    assert seed_doc.byline == "Vafa Guliyeva"
    bad = ("caliber", "media", "guliyeva")
    for e in seed_doc.events:
        for actor in (e.source, e.target):
            assert actor is None or not any(b in actor.text.lower() for b in bad)
    assert not any("Guliyeva" in a.text or "Caliber" in a.text for a in seed_doc.actors)


# -- events ---------------------------------------------------------------------------
def test_consultations_once_dated_and_placed(seed_doc):
    consult = [e for e in asserted(seed_doc) if e.cameo_root == "04" and pair(e) == {"RUS", "USA"}]
    assert 1 <= len(consult) <= 2
    e = consult[0]
    assert e.cameo in ("040", "043", "044", "046")
    assert e.plover == "CONSULT"
    assert str(e.date) == "2025-04-10"
    assert e.location is not None and e.location.name == "Istanbul" and e.location.country == "TUR"
    assert abs(e.location.lat - 41.0) < 0.5 and abs(e.location.lon - 29.0) < 0.5
    assert e.mentions >= 3, "the talks, the discussions, the dialogue refer back to it"


def test_lavrov_charge(seed_doc):
    hits = [e for e in asserted(seed_doc) if e.cameo_root in ("11", "12")
            and country(e.source) == "RUS" and country(e.target) == "USA"]
    assert hits and hits[0].plover in ("ACCUSE", "REJECT")


def test_lavrov_statements(seed_doc):
    assert any(e.cameo_root in ("01", "02") and country(e.source) == "RUS"
               and e.sentence_index in (1, 2, 3) for e in asserted(seed_doc))


def test_kremlin_statement(seed_doc):
    assert any(e.cameo_root == "01" and "Kremlin" in e.source.text for e in asserted(seed_doc))


def test_turkey_hope_for_third_round(seed_doc):
    hits = [e for e in seed_doc.events if country(e.source) == "TUR"
            and e.cameo_root in ("01", "02", "03", "04") and country(e.target) in ("RUS", "USA")]
    assert hits


def test_must_not(seed_doc):
    assert not any("UKR" in pair(e) for e in asserted(seed_doc)), "Ukraine was not addressed"
    assert not any("third round" in e.sentence and e.cameo_root == "04" for e in asserted(seed_doc))
    for e in seed_doc.events:
        for actor in (e.source, e.target):
            if actor is not None and "Darchiev" in actor.text:
                assert actor.country == "RUS"


# -- quotes and attribution -----------------------------------------------------------
def test_quotes_by_lavrov(seed_doc):
    by_lavrov = [q for q in seed_doc.quotes if q.speaker and "Lavrov" in (q.speaker.name or q.speaker.text)]
    texts = " ".join(q.text for q in by_lavrov)
    assert "I believe there is no need" in texts and "quite realistic and necessary" in texts
    assert "undermined and destroyed" in texts


def test_attribution_chain(seed_doc):
    assert seed_doc.attribution[:2] == ["Caliber.Az", "Russian media"]
    charge = next(e for e in seed_doc.events if e.cameo_root in ("11", "12"))
    assert charge.reported_by[:2] == ["Caliber.Az", "Russian media"]


def test_every_event_carries_its_fields(seed_doc, seed_text):
    assert seed_doc.events
    for e in seed_doc.events:
        d = e.to_dict()
        for k in ("event_id", "doc_id", "cameo", "cameo_root", "quad_class", "goldstein", "plover", "mode",
                  "sentence", "source", "target", "trigger", "date", "location", "confidence"):
            assert k in d
        assert seed_text[e.trigger.start:e.trigger.end] == e.trigger.text
        assert seed_text[e.source.start:e.source.end] == e.source.text
        if e.target:
            assert seed_text[e.target.start:e.target.end] == e.target.text
        assert e.doc_id == "seed" and e.mode in ("asserted", "negated", "future", "hypothetical")


def test_seed_through_the_cli(tmp_path):
    """The same article through `communique code`, as the acceptance check runs it."""
    cmd = [sys.executable, "-m", "communique", "code", str(FIXTURES / "seed.txt"), "--date", "2025-04-12"]
    out = subprocess.run(cmd + ["--format", "jsonl"], capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    events = [json.loads(l) for l in out.stdout.splitlines() if l.strip()]
    assert any(e["cameo_root"] == "04" and e["date"] == "2025-04-10" for e in events)
    out = subprocess.run(cmd + ["--format", "document"], capture_output=True, text=True, timeout=300)
    doc = json.loads(out.stdout)
    assert doc["doc_id"] == "seed" and doc["byline"] == "Vafa Guliyeva"
    assert "Caliber.Az" in doc["attribution"]
