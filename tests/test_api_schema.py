"""Schemathesis against the API's own OpenAPI document: no input gives a 500.

Bounded: a few dozen generated examples per operation so the whole file runs
well under two minutes on two cores.  POST /api/code uses a stand-in coder
(the real one is exercised elsewhere); POST /api/articles gets no token, so
it must refuse cleanly whatever the body.
"""
import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

import web_data  # noqa: E402
from communique.api import create_app  # noqa: E402
from communique.records import Document  # noqa: E402
from communique.store import Store  # noqa: E402


class StandInCoder:
    """Returns an empty coded document: enough to test the endpoint's plumbing."""

    def code(self, article):
        return Document(doc_id=article.id or "request", text=article.text, title=article.title, date=article.date)


def _app():
    # Built at import: schemathesis parametrizes from the schema when pytest collects.
    import tempfile
    from pathlib import Path

    db = Path(tempfile.mkdtemp(prefix="communique-schema-")) / "schema.db"
    store = Store(db)
    store.add_documents(web_data.documents())
    store.close()
    return create_app(str(db), token="t0ken", coder=StandInCoder())


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}: {response.text[:500]}"
    if response.status_code == 422:
        detail = response.json()["detail"]
        assert detail and all(d.get("msg") for d in detail)
