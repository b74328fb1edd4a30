"""`communique code` on files, stdin and bad input."""
from __future__ import annotations

import json
import subprocess
import sys



def run(args, stdin=None):
    return subprocess.run([sys.executable, "-m", "communique", "code", *args], input=stdin,
                          capture_output=True, text=True, timeout=300)


def test_bad_records_are_named_and_the_batch_goes_on(tmp_path):
    f = tmp_path / "batch.jsonl"
    f.write_text('{"id": "ok1", "text": "Russia attacked Ukraine on Monday.", "date": "2024-03-15"}\n'
                 '{"id": "broken", "text": \n'
                 '{"id": "empty", "text": ""}\n'
                 '{"id": "ok2", "text": "China praised Pakistan.", "date": "20240315"}\n', encoding="utf-8")
    out = run([str(f), "--format", "document"])
    assert out.returncode == 0
    docs = [json.loads(l) for l in out.stdout.splitlines()]
    assert [d["doc_id"] for d in docs] == ["ok1", "ok2"]
    assert "batch.jsonl:2" in out.stderr and "malformed JSON" in out.stderr
    assert "empty" in out.stderr and "empty text" in out.stderr


def test_binary_file_and_nothing_coded(tmp_path):
    f = tmp_path / "blob.txt"
    f.write_bytes(b"\x00\x01\x02binary")
    out = run([str(f)])
    assert out.returncode == 1
    assert "blob.txt" in out.stderr and "binary" in out.stderr


def test_unknown_format(tmp_path):
    out = run(["-", "--format", "xml"], stdin="Russia attacked Ukraine.")
    assert out.returncode == 2 and "unknown format" in out.stderr


def test_stdin_text_and_gdelt(tmp_path):
    out = run(["-", "--date", "2024-03-15", "--format", "gdelt"], stdin="Headline\nRussia attacked Ukraine on Monday.")
    assert out.returncode == 0, out.stderr
    rows = [l.split("\t") for l in out.stdout.splitlines()]
    assert rows and all(len(r) == 61 for r in rows)
    assert rows[0][5].startswith("RUS") and rows[0][1] == "20240311"


def test_plover_and_table(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title\nJapan imposed sanctions on North Korea.", encoding="utf-8")
    out = run([str(f), "--date", "2024-03-15", "--format", "plover"])
    recs = [json.loads(l) for l in out.stdout.splitlines()]
    assert recs and recs[0]["event"] in ("SANCTION", "COERCE") and recs[0]["source"][0]["code"] == "JPN"
    out = run([str(f), "--date", "2024-03-15", "--format", "table"])
    assert out.returncode == 0 and "JPN" in out.stdout


def test_too_long_text(tmp_path):
    f = tmp_path / "big.txt"
    f.write_text("Russia attacked Ukraine. " * 220_000, encoding="utf-8")  # ~5.5 MB
    g = tmp_path / "small.txt"
    g.write_text("Title\nChina praised Pakistan.", encoding="utf-8")
    out = run([str(f), str(g), "--date", "2024-03-15"])
    assert out.returncode == 0
    assert "big" in out.stderr and "too long" in out.stderr
    assert json.loads(out.stdout.splitlines()[0])["doc_id"] == "small"


def test_ontology_plover(tmp_path):
    f = tmp_path / "a.txt"
    f.write_text("Title\nJapan imposed sanctions on North Korea.", encoding="utf-8")
    out = run([str(f), "--date", "2024-03-15", "--ontology", "plover"])
    recs = [json.loads(l) for l in out.stdout.splitlines()]
    assert recs and {"event", "mode", "context", "source", "target", "modality"} <= set(recs[0])
    assert run([str(f), "--ontology", "xyz"]).returncode == 2


def test_a_malformed_knowledge_file_is_one_line_naming_it(tmp_path):
    import os

    bad = tmp_path / "my_means.yaml"
    bad.write_text("topics:\n  aerial:\n    compounds: [air]\ncodes: {}\n", encoding="utf-8")
    out = subprocess.run([sys.executable, "-m", "communique", "code", "-"], input="Russia attacked Ukraine.",
                         capture_output=True, text=True, timeout=300,
                         env={**os.environ, "COMMUNIQUE_MEANS": str(bad)})
    assert out.returncode == 2
    assert "error: knowledge:" in out.stderr and "my_means.yaml" in out.stderr and "compounds" in out.stderr
    assert "Traceback" not in out.stderr
