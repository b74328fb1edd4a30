"""evaluate() and `communique eval` end to end: with a stub coder (fast, exact
figures) and once through the real coder when it is importable."""
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from communique.evaluation import evaluate
from communique.records import Actor, Document, Event, Span

FIX = Path(__file__).parent / "fixtures" / "eval"


def _actor(code):
    if code is None:
        return None
    return Actor(code, 0, 1, code=code, country=code[:3] if code[:3] != "---" else None,
                 sector=code[3:6] or None)


class StubCoder:
    """Answers from a table text -> [(cameo, source, target, reciprocal)]."""

    def __init__(self, table):
        self.table = table
        self.calls = 0

    def _doc(self, article):
        events = []
        for i, (cameo, src, tgt, recip) in enumerate(self.table.get(article.text, [])):
            events.append(Event(
                event_id=f"{article.id}:{i}", doc_id=article.id, cameo=cameo, cameo_root=cameo[:2],
                quad_class=1, goldstein=0.0, plover=None, mode="asserted", source=_actor(src),
                target=_actor(tgt), trigger=Span("x", i, i + 1), sentence=article.text, sentence_index=0,
                reciprocal=recip))
        return Document(doc_id=article.id, text=article.text, events=events)

    def code(self, article):
        return self._doc(article)

    def code_many(self, articles, workers=1):
        for article in articles:
            self.calls += 1
            yield self._doc(article)


PETR_TABLE = {
    "Norway and Sweden held talks in Oslo on Tuesday about fishing quotas.": [("040", "NOR", "SWE", True)],
    "Chilean police arrested three protesters in Santiago.": [("173", "CHLCOP", "CHLOPP", False)],
    "Kenya's foreign minister criticised Uganda over the border closure.": [("111", "KENGOV", "UGA", False)],
}


def test_evaluate_with_a_perfect_stub_coder():
    coder = StubCoder(PETR_TABLE)
    rep = evaluate(FIX / "petr_small.jsonl", coder=coder)
    assert rep.kind == "petr" and rep.records == 4 and coder.calls == 4
    assert rep.headline == 1.0 and rep.metric("code + actors") == 1.0
    assert rep.problems == ["line 4: not JSON (Expecting value at column 1)",
                            "line 5: event 0 has no valid CAMEO 'eventcode' ('1XX')"]
    assert rep.misses == []


def test_limit_and_kind_override():
    rep = evaluate(FIX / "petr_small.jsonl", kind="petr", coder=StubCoder({}), limit=2)
    assert rep.records == 2 and rep.headline == 0.0 and rep.coverage.correct == 0


def test_a_failing_sentence_does_not_sink_the_batch():
    class Flaky(StubCoder):
        def code_many(self, articles, workers=1):
            for article in articles:
                if article.id == "P2":
                    raise RuntimeError("boom")
                yield self._doc(article)

        def code(self, article):
            if article.id == "P2":
                raise RuntimeError("boom")
            return self._doc(article)

    rep = evaluate(FIX / "petr_small.jsonl", coder=Flaky(PETR_TABLE))
    assert rep.records == 4
    assert any("P2" in p and "boom" in p for p in rep.problems)
    assert rep.events[0].tp == 3  # code view: P1 both ways + P6


def _app():
    from communique.eval_cli import register

    app = typer.Typer()
    register(app)

    @app.command("noop")
    def noop():  # a second command keeps typer in multi-command mode, as in cli.py
        pass

    return app


def test_cli_json_and_table(monkeypatch):
    import communique.evaluation.runner as runner

    real = runner.evaluate

    def with_stub(path, kind=None, coder=None, **kw):
        return real(path, kind, coder or StubCoder(PETR_TABLE), **kw)

    monkeypatch.setattr("communique.evaluation.evaluate", with_stub)
    cli = CliRunner()
    out = cli.invoke(_app(), ["eval", str(FIX / "petr_small.jsonl"), "--json"])
    assert out.exit_code == 0, out.output
    data = json.loads(out.stdout)
    assert data["headline"]["value"] == 1.0 and data["skipped"] == 2
    out = cli.invoke(_app(), ["eval", str(FIX / "petr_small.jsonl"), "--errors", "3"])
    assert out.exit_code == 0 and "root + countries" in out.stdout and "line 4" in out.stdout
    bad = cli.invoke(_app(), ["eval", str(FIX / "petr_small.jsonl"), "--kind", "nope"])
    assert bad.exit_code == 2


def test_real_coder_end_to_end():
    try:
        from communique.coder import Coder  # noqa: F401
        from communique.actors import ActorFinder  # noqa: F401
    except ImportError:
        pytest.skip("the coder has not landed yet")
    rep = evaluate(FIX / "petr_small.jsonl")
    assert rep.records == 4 and len(rep.events) == 9
    assert 0.0 <= rep.headline <= 1.0
    rep = evaluate(FIX / "pentaclass_small.tsv")
    assert rep.records == 3 and len(rep.classes) == 5


def test_gold_sentences_coded_inside_their_articles(coder):
    from communique.evaluation import evaluate

    fix = Path(__file__).parent / "fixtures" / "eval"
    alone = evaluate(fix / "context_gold.jsonl", "petr", coder)
    inside = evaluate(fix / "context_gold.jsonl", "petr", coder, in_context=fix / "context_articles.jsonl")

    def f1(report):
        return next(e for e in report.events if e.name == "root + countries").f1

    # "The president" is Nigeria's only when the article is read; the sentence with no
    # article in the file is coded alone either way
    assert f1(alone) < 0.7 and f1(inside) == 1.0


def test_bad_article_lines_are_named_and_the_rest_read(tmp_path):
    from communique.evaluation.gold import Problem
    from communique.evaluation.runner import read_articles

    path = tmp_path / "articles.jsonl"
    path.write_text('{"id": "a", "text": "Russia and the US held talks."}\nnot json\n{"id": "b"}\n'
                    '{"id": "c", "text": "France protested."}\n', encoding="utf-8")
    problems: list[Problem] = []
    articles = read_articles(path, problems)
    assert set(articles) == {"a", "c"}
    assert [p.line for p in problems] == [2, 3] and "articles.jsonl" in problems[1].reason


def test_cli_names_the_gold_files_of_a_directory(tmp_path):
    (tmp_path / "set.normalized.jsonl").write_text("{}\n")
    (tmp_path / "ABOUT.md").write_text("about\n")
    out = CliRunner().invoke(_app(), ["eval", str(tmp_path)])
    assert out.exit_code == 2
    assert "is a directory" in out.output and "set.normalized.jsonl" in out.output
    assert "ABOUT.md" not in out.output
    empty = tmp_path / "empty"
    empty.mkdir()
    out = CliRunner().invoke(_app(), ["eval", str(empty)])
    assert out.exit_code == 2 and "no .jsonl or .tsv" in out.output
