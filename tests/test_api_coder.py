"""POST /api/code and POST /api/articles with the real coder."""
import pytest
from fastapi.testclient import TestClient

from communique.api import create_app

TEXT = ("Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Riyadh on Tuesday. "
        "The two sides agreed to restore embassy staffing.")
AUTH = {"Authorization": "Bearer tok"}


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    coder_mod = pytest.importorskip("communique.coder")
    coder = coder_mod.Coder()
    with TestClient(create_app(str(tmp_path_factory.mktemp("coder") / "c.db"), token="tok", coder=coder)) as c:
        yield c


def test_code_returns_a_document_and_stores_nothing(client):
    r = client.post("/api/code", json={"text": TEXT, "date": "2025-02-18", "doc_id": "riyadh"})
    assert r.status_code == 200, r.text
    doc = r.json()
    assert doc["doc_id"] == "riyadh" and doc["events"], doc
    assert any(e["cameo_root"] == "04" for e in doc["events"])
    assert client.get("/api/health").json()["articles"] == 0


def test_post_article_with_token_codes_and_stores_once(client):
    art = {"text": TEXT, "id": "riyadh", "date": "2025-02-18", "title": "Lavrov and Rubio meet", "source": "Wire"}
    r = client.post("/api/articles", json=art, headers=AUTH)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["stored"] and body["doc_id"] == "riyadh" and body["events"] >= 1
    page = client.get("/api/articles/riyadh").json()
    assert page["title"] == "Lavrov and Rubio meet" and page["events"]
    again = client.post("/api/articles", json=art, headers=AUTH)
    assert again.status_code == 200 and again.json()["stored"] is False
    assert client.get("/api/health").json()["articles"] == 1
