"""The REST API against a real SQLite database filled through the Store."""
import pytest
from fastapi.testclient import TestClient

import web_data
from communique.api import create_app
from communique.store import Store

TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    db = tmp_path_factory.mktemp("api") / "api.db"
    store = Store(db)
    store.add_documents(web_data.documents())
    store.close()
    with TestClient(create_app(str(db), token=TOKEN)) as c:
        yield c


def test_health_counts_the_store(client):
    body = client.get("/api/health").json()
    assert body["status"] == "ok" and body["articles"] == 3 and body["events"] == 6


def test_events_filters_and_shape(client):
    body = client.get("/api/events", params={"dyad": "RUS:USA"}).json()
    assert [e["event_id"] for e in body["items"]] == ["may:3", "markup:1", "talks:2", "talks:1"]
    ev = body["items"][-1]
    assert ev["source"]["code"] == "RUS" and ev["target"]["code"] == "USA"
    assert ev["trigger"] == {"text": "consultations", "start": 34, "end": 47}
    assert ev["cameo_name"] == "Consult" and ev["location"]["name"] == "Istanbul"
    assert body["next"] is None
    only = client.get("/api/events", params={"dyad": "RUS:USA", "mode": "asserted", "root": "04"}).json()
    assert [e["event_id"] for e in only["items"]] == ["talks:1"]
    assert [e["event_id"] for e in client.get("/api/events", params={"q": "shelled"}).json()["items"]] == ["may:1"]
    assert [e["event_id"] for e in client.get("/api/events", params={"source": "RUSMIL"}).json()["items"]] == ["may:1"]
    assert len(client.get("/api/events", params={"actor": "RUS", "since": "2025-05-01"}).json()["items"]) == 3


def test_events_paging_with_cursor_visits_every_event_once(client):
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        body = client.get("/api/events", params=params).json()
        seen += [e["id"] for e in body["items"]]
        cursor = body["next"]
        if not cursor:
            break
    assert sorted(seen) == [1, 2, 3, 4, 5, 6] and len(seen) == 6


def test_event_detail_has_mentions_and_explanation(client):
    body = client.get("/api/events/talks:1").json()
    assert body["id"] == 1 and body["happening"]["num_articles"] == 1
    fields = {line["field"]: line for line in body["explanation"]}
    assert fields["action"]["words"] == "consultations"
    assert fields["date"]["words"] == "April 10"
    assert fields["place"]["value"] == "Istanbul, TUR"
    assert client.get("/api/events/1").json()["event_id"] == "talks:1"
    assert client.get("/api/events/nope:9").status_code == 404
    assert client.get("/api/events/¹").status_code == 404  # a digit to isdigit(), no int


def test_article_has_text_spans_and_quotes(client):
    body = client.get("/api/articles/talks").json()
    assert body["text"].startswith("Russia and the United States")
    kinds = {s["kind"] for s in body["spans"]}
    assert {"actor", "trigger", "quote", "place", "date", "evidence"} <= kinds
    assert body["quotes"][0]["speaker"]["code"] == "RUSGOV"
    assert len(body["events"]) == 2
    for s in body["spans"]:
        assert 0 <= s["start"] < s["end"] <= len(body["text"])
    assert client.get("/api/articles/1").json()["doc_id"] == "talks"
    r = client.get("/api/articles/missing")
    assert r.status_code == 404 and "missing" in r.json()["detail"]


def test_actors_search_and_counterparts(client):
    items = client.get("/api/actors", params={"q": "rus"}).json()["items"]
    assert items[0] == {"code": "RUS", "name": "Russian Federation", "kind": "country", "mentions": 4}
    assert "RUSGOV" in [i["code"] for i in items]
    body = client.get("/api/actors/RUS").json()
    assert [c["code"] for c in body["counterparts"]] == ["USA", "TUR", "UKR"]
    usa = body["counterparts"][0]
    assert usa["events"] == 3 and usa["as_source"] == 2 and usa["as_target"] == 1


def test_dyad_series_and_the_events_behind_a_point(client):
    s = client.get("/api/dyads/RUS/USA/series", params={"interval": "week"}).json()
    assert [(p["period"], p["events"]) for p in s["points"]] == [
        ("2025-04-07", 1), ("2025-04-14", 0), ("2025-04-21", 1), ("2025-04-28", 0), ("2025-05-05", 1)]
    assert s["total"]["quad"] == {"1": 1, "2": 0, "3": 1, "4": 1}
    assert s["total"]["goldstein_sum"] == pytest.approx(1.0 - 8.0 - 2.0)
    with_neg = client.get("/api/dyads/usa/rus/series", params={"interval": "month", "mode": ["asserted", "negated"]})
    assert with_neg.json()["total"]["events"] == 4
    directed = client.get("/api/dyads/USA/RUS/series", params={"directed": True, "interval": "month"}).json()
    assert directed["total"]["events"] == 1  # only the sanctions: USA acting on RUS
    at = client.get("/api/dyads/RUS/USA/events", params={"period": "2025-04-09", "interval": "week"}).json()
    assert [e["event_id"] for e in at["items"]] == ["talks:1"]
    assert at["items"][0]["title"] == "Russia and US hold talks in Istanbul"
    month = client.get("/api/actors/RUS/series", params={"interval": "month"}).json()
    assert [p["events"] for p in month["points"]] == [2, 3]


def test_quotes_by_speaker(client):
    items = client.get("/api/quotes", params={"speaker": "RUS"}).json()["items"]
    assert [q["text"] for q in items] == ["We made progress,"]
    assert client.get("/api/quotes", params={"speaker": "ambassador"}).json()["items"][0]["doc_id"] == "talks"
    assert client.get("/api/quotes", params={"speaker": "USA"}).json()["items"] == []


@pytest.mark.parametrize("url,where", [
    ("/api/dyads/RUS/USA/series?interval=year", "interval"),
    ("/api/dyads/RUS/U$A/series", "b"),
    ("/api/events?since=2025-13-01", "since"),
    ("/api/events?limit=0", "limit"),
    ("/api/events?root=42", "root"),
    ("/api/events?cursor=garbage", "cursor"),
    ("/api/events?mode=maybe", "mode"),
    ("/api/dyads/RUS/USA/events", "period"),
    ("/api/quotes?cursor=%%%", "cursor"),
])
def test_bad_parameters_get_a_clear_422(client, url, where):
    r = client.get(url)
    assert r.status_code == 422, r.text
    detail = r.json()["detail"]
    assert isinstance(detail, list) and detail[0]["msg"]
    assert where in detail[0]["loc"], detail


def test_ingest_requires_the_bearer_token(client):
    art = {"text": "Some text.", "id": "posted"}
    assert client.post("/api/articles", json=art).status_code == 401
    assert client.post("/api/articles", json=art, headers={"Authorization": "Bearer wrong"}).status_code == 401
    assert client.post("/api/articles", json=art, headers={"Authorization": "Basic " + TOKEN}).status_code == 401


def test_ingest_is_off_without_a_configured_token(tmp_path):
    with TestClient(create_app(str(tmp_path / "x.db"))) as c:
        r = c.post("/api/articles", json={"text": "x"}, headers={"Authorization": "Bearer anything"})
        assert r.status_code == 403 and "--token" in r.json()["detail"]


def test_code_rejects_an_empty_text(client):
    assert client.post("/api/code", json={"text": ""}).status_code == 422
    assert client.post("/api/code", json={}).status_code == 422


def test_openapi_document_lists_every_endpoint(client):
    paths = client.get("/openapi.json").json()["paths"]
    for p in ["/api/health", "/api/events", "/api/events/{event_id}", "/api/articles/{article_id}", "/api/actors",
              "/api/dyads/{a}/{b}/series", "/api/quotes", "/api/code", "/api/articles"]:
        assert p in paths


def test_pages_render_and_escape_article_text(client):
    for url in ["/", "/?a=RUS&b=USA", "/events?actor=RUS", "/actors", "/actors?q=rus", "/actors/RUS",
                "/articles/talks"]:
        r = client.get(url)
        assert r.status_code == 200, url
        assert "text/html" in r.headers["content-type"]
    html = client.get("/articles/markup").text
    assert "<script>alert" not in html and "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;" in html
    assert "<i>story</i>" not in html and "&lt;i&gt;story&lt;/i&gt;" in html
    assert client.get("/articles/nothing").status_code == 404
    bad = client.get("/events?since=notadate")
    assert bad.status_code == 422 and "since" in bad.text


def test_static_assets_are_served_from_the_package(client):
    r = client.get("/static/vendor/chart.umd.min.js")
    assert r.status_code == 200 and "Chart.js v4" in r.text[:200]
    assert client.get("/static/app.js").status_code == 200
