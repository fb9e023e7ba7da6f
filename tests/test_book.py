"""The book builds with warnings as errors, and every chapter page works in headless Chromium."""

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from pathlib import Path

import nbformat
import pytest

from scripts.course import ROOT, toc_notebooks

pytestmark = [pytest.mark.book, pytest.mark.xdist_group(name="book")]

BOOK_OUTPUT = ROOT / "_build" / "test-book"
SCREENSHOTS = ROOT / "_build" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
# Images outside the book that a page may show; CI is offline, so they are only listed.
EXTERNAL_IMAGES = ("https://colab.research.google.com/assets/colab-badge.svg",)
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]


@pytest.fixture(scope="module")
def book():
    """Builds the book from the stored outputs, like `make book`, into _build/test-book."""
    shutil.rmtree(BOOK_OUTPUT, ignore_errors=True)
    result = subprocess.run(
        [str(Path(sys.executable).parent / "jupyter-book"), "build", "--warningiserror",
         "--keep-going", "--path-output", str(BOOK_OUTPUT), str(ROOT)],
        capture_output=True, text=True,
    )
    return result, BOOK_OUTPUT / "_build" / "html"


def test_book_builds_without_warnings(book):
    result, html = book
    assert result.returncode == 0, result.stdout[-5000:] + result.stderr[-3000:]
    assert (html / "index.html").is_file()


@pytest.fixture(scope="module")
def browser_page(book):
    playwright_api = pytest.importorskip("playwright.sync_api")
    _, html = book
    class QuietHandler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    handler = functools.partial(QuietHandler, directory=str(html))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with playwright_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1280, "height": 1000})
        page.base_url = f"http://127.0.0.1:{server.server_port}/"
        page.console_errors = []

        def on_console(message):
            # Offline, external resources (the Colab badge) fail to load; only ours count.
            if message.type == "error" and message.location.get("url", "").startswith(
                page.base_url
            ):
                page.console_errors.append(message.text)

        page.on("console", on_console)
        page.on("pageerror", lambda e: page.console_errors.append(str(e)))
        yield page
        browser.close()
    server.shutdown()


def _title(notebook):
    first = nbformat.read(notebook, as_version=4).cells[0].source
    return first.splitlines()[0].removeprefix("# ").strip()


@pytest.mark.parametrize("notebook", toc_notebooks(), ids=lambda nb: nb.stem)
def test_chapter_page_in_browser(browser_page, notebook):
    page = browser_page
    page.console_errors.clear()
    relative = notebook.relative_to(ROOT).with_suffix(".html").as_posix()
    response = page.goto(page.base_url + relative, wait_until="load")
    assert response is not None and response.ok, f"{relative} did not load"

    title = _title(notebook)
    assert title in page.title()
    assert title in page.locator("h1").first.inner_text()

    images = page.eval_on_selector_all(
        "img", "els => els.map(e => ({src: e.src, ok: e.complete && e.naturalWidth > 0}))"
    )
    local = [i for i in images if i["src"].startswith(page.base_url)]
    assert local, "a chapter page shows figures"
    assert [i["src"] for i in local if not i["ok"]] == [], "broken images"
    external = {i["src"] for i in images if not i["src"].startswith(page.base_url)}
    assert external <= set(EXTERNAL_IMAGES), f"unexpected external images: {external}"

    body = page.locator("article").inner_text()
    assert "Traceback" not in body
    assert "{glue" not in body, "a glue role was not rendered (shown as literal text)"
    errors = page.locator(".output.stderr, .output.traceback, .output.error, .system-message")
    assert errors.count() == 0, "error or stderr output on the page"
    assert page.console_errors == []

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"{notebook.stem}.png"), full_page=True)
