"""End to end in headless Chromium (Debian's /usr/bin/chromium, driven by Playwright).

A live uvicorn server on a free loopback port over a store filled with real
records; the browser picks a dyad, sees the chart, clicks a point to list its
events, opens an article with its highlights, and leaves screenshots in
artifacts/.
"""
import shutil
import socket
import threading
import time
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
if not Path(CHROMIUM).exists():
    pytest.skip("Debian's chromium is not installed (scripts/install-system-deps)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")

import uvicorn  # noqa: E402

import web_data  # noqa: E402
from communique.api import create_app  # noqa: E402
from communique.store import Store  # noqa: E402

ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = Path(__file__).resolve().parent.parent / "artifacts"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    db = tmp_path_factory.mktemp("e2e") / "e2e.db"
    store = Store(db)
    store.add_documents(web_data.documents())
    store.close()
    port = _free_port()
    config = uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline:
            pytest.fail("the server did not start")
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def page(server, tmp_path_factory):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        ctx = browser.new_context(viewport={"width": 1280, "height": 900})
        pg = ctx.new_page()
        pg.errors = []
        pg.on("pageerror", lambda e: pg.errors.append(str(e)))
        # A fetch cut short by navigating away (ERR_ABORTED) is no error of the page.
        pg.on("requestfailed", lambda r: "ABORTED" in (r.failure or "") or pg.errors.append(f"failed: {r.url} {r.failure}"))
        yield pg
        browser.close()


def test_pick_a_dyad_see_the_chart_and_the_events_behind_a_point(server, page):
    ARTIFACTS.mkdir(exist_ok=True)
    page.goto(server + "/")
    page.fill("input[name=a]", "RUS")
    page.fill("input[name=b]", "USA")
    page.select_option("select[name=interval]", "week")
    page.click("#dyad-form button[type=submit]")
    page.wait_for_selector("#dyad-chart[data-rendered='1']", timeout=15000)
    assert "a=RUS" in page.url and "b=USA" in page.url
    assert page.inner_text("#dyad-summary").split()[0] == "3"
    # The canvas really has a chart drawn on it (not blank pixels).
    drawn = page.evaluate("""() => {
        const c = document.getElementById('dyad-chart');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0; for (let i = 3; i < d.length; i += 4) if (d[i] > 0) n++;
        return n; }""")
    assert drawn > 5000
    # Click the first week's bar: its event is listed with a link to its article.
    box = page.locator("#dyad-chart").bounding_box()
    chart = page.evaluate("""() => { const ch = Chart.getChart('dyad-chart');
        const bar = ch.getDatasetMeta(0).data[0]; return {x: bar.x, y: (bar.y + bar.base) / 2}; }""")
    page.mouse.click(box["x"] + chart["x"], box["y"] + chart["y"])
    page.wait_for_selector("#events-at li", timeout=10000)
    assert "Russia and US hold talks in Istanbul" in page.inner_text("#events-at")
    page.screenshot(path=str(ARTIFACTS / "e2e-dyad.png"), full_page=True)
    assert not page.errors, page.errors


def test_article_page_highlights_and_explains(server, page):
    page.goto(server + "/?a=RUS&b=USA&interval=week")
    page.wait_for_selector("#dyad-chart[data-rendered='1']", timeout=15000)
    box = page.locator("#dyad-chart").bounding_box()
    pt = page.evaluate("""() => { const bar = Chart.getChart('dyad-chart').getDatasetMeta(0).data[0];
        return {x: bar.x, y: (bar.y + bar.base) / 2}; }""")
    page.mouse.click(box["x"] + pt["x"], box["y"] + pt["y"])
    page.click("#events-at a")
    page.wait_for_selector(".article-text")
    assert "/articles/talks" in page.url
    assert page.locator(".article-text .hl.trigger").first.inner_text() == "consultations"
    actors = page.locator(".article-text .hl.actor").all_inner_texts()
    assert "Russia" in actors and "the United States" in actors
    assert page.locator(".article-text .hl.quote").count() >= 1
    card = page.locator(".event-card").first
    assert "040 Consult from consultations" in card.inner_text()  # which words gave the action
    assert "2025-04-10 from April 10" in card.inner_text()
    card.hover()
    assert page.locator(".article-text .hl.active").count() >= 3  # trigger, source, target outlined
    page.screenshot(path=str(ARTIFACTS / "e2e-article.png"), full_page=True)
    assert not page.errors, page.errors


def test_article_markup_is_shown_as_text(server, page):
    page.goto(server + "/articles/markup")
    assert "<script>alert('x')</script>" in page.inner_text(".article-text")
    assert page.locator(".article-text script").count() == 0
    assert page.locator(".article-text b").count() == 0


def test_event_search_and_actor_page(server, page):
    page.goto(server + "/events")
    page.fill("input[name=actor]", "RUS")
    page.fill("input[name=q]", "shelled")
    page.click("form.filters button")
    page.wait_for_selector("table.events tbody tr")
    assert page.locator("table.events tbody tr").count() == 1
    page.goto(server + "/actors/RUS")
    page.wait_for_selector("#actor-chart[data-rendered='1']", timeout=15000)
    rows = page.locator("table").first.locator("tbody tr").all_inner_texts()
    assert rows[0].startswith("USA")
    page.screenshot(path=str(ARTIFACTS / "e2e-actor.png"), full_page=True)
    assert not page.errors, page.errors
