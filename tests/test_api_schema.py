"""Schemathesis against the API's own OpenAPI document: no input gives a 500.

Bounded: a few dozen generated examples per operation so the whole file runs
well under two minutes on two cores.  POST /api/code runs the real coder
(loaded on the first request), so generated text that crashes it fails here;
POST /api/articles gets no token, so it must refuse cleanly whatever the body.
"""
import atexit
import shutil
import tempfile
from pathlib import Path

import pytest

schemathesis = pytest.importorskip("schemathesis")
from hypothesis import HealthCheck, settings  # noqa: E402

import web_data  # noqa: E402
from communique.api import create_app  # noqa: E402
from communique.store import Store  # noqa: E402


def _app():
    # Built at import: schemathesis parametrizes from the schema when pytest
    # collects, before any fixture exists; the directory goes when pytest exits.
    tmp = Path(tempfile.mkdtemp(prefix="communique-schema-"))
    atexit.register(shutil.rmtree, tmp, ignore_errors=True)
    db = tmp / "schema.db"
    store = Store(db)
    store.add_documents(web_data.documents())
    store.close()
    return create_app(str(db), token="t0ken")


schema = schemathesis.openapi.from_asgi("/openapi.json", _app())


@schema.parametrize()
@settings(max_examples=40, deadline=None, suppress_health_check=list(HealthCheck))
def test_no_server_errors(case):
    response = case.call()
    assert response.status_code < 500, f"{case.method} {case.formatted_path} {case.query} -> {response.status_code}: {response.text[:500]}"
    if response.status_code == 422:
        detail = response.json()["detail"]
        assert detail and all(d.get("msg") for d in detail)
