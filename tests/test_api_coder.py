"""POST /api/code and POST /api/articles with the real coder."""
import pytest
from fastapi.testclient import TestClient

from communique.api import create_app

TEXT = ("Russian Foreign Minister Sergei Lavrov met US Secretary of State Marco Rubio in Riyadh on Tuesday. "
        "The two sides agreed to restore embassy staffing.")
AUTH = {"Authorization": "Bearer tok"}


@pytest.fixture(scope="module")
def client(tmp_path_factory, coder):
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


@pytest.mark.parametrize("path, headers", [("/api/code", {}), ("/api/articles", AUTH)])
def test_a_text_of_blanks_is_refused_with_the_reason(client, path, headers):
    # it passes the schema (one character or more) but the coder refuses it: a 422 that
    # says why, not a server error, and nothing stored
    before = client.get("/api/health").json()["articles"]
    r = client.post(path, json={"text": " \n\t "}, headers=headers)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert detail[0]["loc"] == ["body", "text"] and "empty text" in detail[0]["msg"], detail
    assert client.get("/api/health").json()["articles"] == before
