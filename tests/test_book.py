"""The book builds with warnings as errors, and every page of it works in headless Chromium."""

import functools
import http.server
import re
import shutil
import subprocess
import sys
import threading
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
import yaml

from helpers.digits import CANVAS_SIZE, EXAMPLE_STROKES
from helpers.exercises import chapter_tasks
from helpers.quiz import load_quiz
from scripts.course import ROOT, page_title, toc_exercises, toc_notebooks, toc_sources

pytestmark = [pytest.mark.book, pytest.mark.xdist_group(name="book")]

BOOK_OUTPUT = ROOT / "_build" / "test-book"
SCREENSHOTS = ROOT / "_build" / "screenshots"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]
# Pages that Sphinx adds to those of the table of contents. The root page is index.md, so
# index.html is a real page: a redirect page there has no icon link, and browsers then
# fetch /favicon.ico, which does not exist.
GENERATED_PAGES = ("genindex.html", "search.html")
# Korean and English queries on the search page, and chapters that must be among the results.
# Chapter 02 writes "배열" only with particles ("배열을", "배열의"): _ext/korean_search.py finds it.
SEARCHES = {
    "합성곱": ["04_cnn_building_blocks", "05_cnn_mnist", "06_cnn_fashion_mnist", "07_cnn_cifar10"],
    "채널": ["01_image_basics"],
    "배열": ["01_image_basics", "02_mlp_mnist"],
    "Dense": ["02_mlp_mnist", "03_mlp_fashion_mnist"],
    "CNN": ["05_cnn_mnist", "06_cnn_fashion_mnist"],
}


def html_name(source):
    return source.relative_to(ROOT).with_suffix(".html").as_posix()


class _IdCollector(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name == "id" or (tag == "a" and name == "name"):
                self.ids.add(value)


@functools.cache
def page_ids(path):
    """Every id (and <a name>) in a built HTML file: the targets of `#fragment` links."""
    collector = _IdCollector()
    collector.feed(Path(path).read_text(encoding="utf-8"))
    return frozenset(collector.ids)


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


def built_pages(html):
    """The book's pages: every built HTML file outside Sphinx's `_static`-like folders."""
    return {
        path.relative_to(html).as_posix(): path.read_text(encoding="utf-8")
        for path in html.rglob("*.html") if not path.relative_to(html).parts[0].startswith("_")
    }


def test_every_built_page_is_checked(book):
    """The browser tests below open exactly the pages that the build made."""
    _, html = book
    built = set(built_pages(html))
    assert built, "빌드한 페이지가 없습니다(no pages built)"
    assert built == {html_name(s) for s in toc_sources()} | set(GENERATED_PAGES)


def test_every_built_page_declares_its_icon(book):
    """Without an icon link a browser fetches /favicon.ico, a 404 where the book is served."""
    _, html = book
    missing = [name for name, text in built_pages(html).items() if 'rel="icon"' not in text]
    assert missing == [], f"아이콘 링크가 없는 페이지(no favicon link): {missing}"


def test_footer_names_the_author_in_korean(book):
    """_templates/author.html replaces the theme's "으로 <author>" (its Korean for "By")."""
    _, html = book
    author = yaml.safe_load((ROOT / "_config.yml").read_text(encoding="utf-8"))["author"]
    footer = f"만든 이: {author}"
    missing = [name for name, text in built_pages(html).items() if footer not in text]
    assert missing == [], f"바닥글에 {footer!r}가 없는 페이지(footer): {missing}"


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
        page.html_dir = html
        page.console_errors = []
        page.external_requests = []

        def ours(url):
            return url.startswith(page.base_url)

        def on_request(request):
            # The book needs nothing from outside (MathJax and the Colab badge are its own).
            if not ours(request.url) and not request.url.startswith(("data:", "blob:")):
                page.external_requests.append(request.url)

        def on_console(message):
            # Offline, external resources (the Colab badge) fail to load; only ours count.
            url = message.location.get("url", "")
            if message.type == "error" and ours(url):
                page.console_errors.append(f"{message.text} ({url})")

        def on_response(response):
            if response.status >= 400 and ours(response.url):
                page.console_errors.append(f"HTTP {response.status}: {response.url}")

        page.on("request", on_request)
        def on_request_failed(request):
            # A request cut short by the page itself or by the next navigation is not a failure.
            if request.failure != "net::ERR_ABORTED":
                page.console_errors.append(f"failed: {request.url} ({request.failure})")

        page.on("requestfailed", on_request_failed)
        page.on("console", on_console)
        page.on("response", on_response)
        page.on("pageerror", lambda e: page.console_errors.append(str(e)))
        yield page
        browser.close()
    server.shutdown()


def open_page(page, relative):
    page.console_errors.clear()
    page.external_requests.clear()
    response = page.goto(page.base_url + relative, wait_until="load")
    assert response is not None and response.ok, f"페이지를 열지 못했습니다(not loaded): {relative}"


def broken_links(page):
    """Links to our own site whose file, or whose `#fragment` on that page, does not exist."""
    hrefs = page.eval_on_selector_all("a[href]", "els => els.map(e => e.href)")
    broken = set()
    for href in hrefs:
        if not href.startswith(page.base_url):
            continue
        url = urlsplit(href)
        path = unquote(url.path).lstrip("/") or "index.html"
        target = page.html_dir / (path + "index.html" if path.endswith("/") else path)
        if not target.is_file():
            broken.add(href)
        elif url.fragment and target.suffix == ".html" and (
            unquote(url.fragment) not in page_ids(target)
        ):
            broken.add(href)
    return sorted(broken)


@pytest.mark.parametrize(
    "source", toc_sources(), ids=lambda s: s.relative_to(ROOT).with_suffix("").as_posix()
)
def test_page_in_browser(browser_page, source):
    page = browser_page
    relative = html_name(source)
    open_page(page, relative)

    title = page_title(source)
    assert title in page.title(), f"<title> 에 페이지 제목이 없습니다(missing title): {title}"
    h1 = page.locator("article h1").first.inner_text()
    assert title in h1, f"h1에 페이지 제목이 없습니다(missing title): {title}"

    images = page.eval_on_selector_all(
        "img", "els => els.map(e => ({src: e.src, ok: e.complete && e.naturalWidth > 0}))"
    )
    if source.suffix == ".ipynb":
        assert images, "장 페이지에 그림이 없습니다(no figures)"
    assert [i["src"] for i in images if not i["ok"]] == [], "불러오지 못한 그림(broken images)"

    # helpers' figures keep every text >= 8 pt at 100 dpi (tests/test_plotting.py); shown at
    # >= 90 % of their size they stay >= 10 px high, readable at the page's width.
    shrunk = page.eval_on_selector_all(
        ".cell_output img",
        "els => els.filter(e => e.naturalWidth && e.clientWidth < 0.9 * e.naturalWidth)"
        ".map(e => `${e.naturalWidth}px shown at ${e.clientWidth}px`)",
    )
    assert shrunk == [], f"줄어들어 글자가 작아진 그림(figures shrunk below 90 %): {shrunk}"

    assert broken_links(page) == [], "없는 페이지나 앵커로 가는 링크(broken links)"
    body = page.locator("article").inner_text()
    assert "Traceback" not in body
    assert "{glue" not in body, "glue 역할이 글자 그대로 보입니다(glue role not rendered)"
    errors = page.locator(".output.stderr, .output.traceback, .output.error, .system-message")
    assert errors.count() == 0, "페이지에 오류나 stderr 출력이 있습니다(error output)"
    # Formulas are typeset by the book's own MathJax.
    if page.locator("article .math").count():
        page.wait_for_selector("article mjx-container", timeout=10_000)
    assert page.console_errors == []
    assert page.external_requests == [], "책 밖으로 나간 요청(external requests)"

    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    name = f"exercise-{source.stem}" if source.parent.name == "exercises" else source.stem
    page.screenshot(path=str(SCREENSHOTS / f"{name}.png"), full_page=True)


def shown_text(text):
    """What a quiz text looks like on the page: backticks become <code>, spaces collapse."""
    return " ".join(text.replace("`", "").split())


def answer_and_read(page, quiz, action):
    action()
    feedback = quiz.locator(".Feedback")
    feedback.wait_for(state="visible")
    return shown_text(feedback.inner_text()), feedback.get_attribute("class")


@pytest.mark.parametrize(
    "notebook", toc_notebooks(), ids=lambda s: s.relative_to(ROOT).with_suffix("").as_posix()
)
def test_quiz_in_browser(browser_page, notebook):
    """Answers a multiple-choice question wrongly (keyboard) and rightly (mouse), and a numeric
    one wrongly and rightly (typing), and reads the feedback that the page shows."""
    page = browser_page
    open_page(page, html_name(notebook))
    questions = load_quiz(notebook.stem)
    quizzes = page.locator(".Quiz")
    assert quizzes.count() == len(questions), "책 페이지의 문제 수가 파일과 다릅니다(quiz count)"

    choice = next(i for i, q in enumerate(questions) if q["type"] == "multiple_choice")
    quiz, answers = quizzes.nth(choice), questions[choice]["answers"]
    quiz.scroll_into_view_if_needed()
    wrong_button = quiz.locator('.MCButton[data-correct="false"]').first
    wrong = next(a for a in answers if shown_text(a["answer"]) == shown_text(
        wrong_button.inner_text()))
    assert wrong_button.get_attribute("tabindex") == "0", "보기에 키보드로 갈 수 없습니다"

    def choose_by_keyboard():
        wrong_button.focus()
        page.keyboard.press("Enter")

    text, css = answer_and_read(page, quiz, choose_by_keyboard)
    assert text == shown_text(wrong["feedback"]) and "incorrect" in css
    assert re.search(r"\d+(\.\d+)?절", text), "틀린 답의 힌트가 다시 읽을 절을 말하지 않습니다"
    (right,) = [a for a in answers if a["correct"]]
    text, css = answer_and_read(page, quiz, quiz.locator('.MCButton[data-correct="true"]').click)
    assert text == shown_text(right["feedback"]) and "incorrect" not in css

    number = next(i for i, q in enumerate(questions) if q["type"] == "numeric")
    quiz, answers = quizzes.nth(number), questions[number]["answers"]
    box = quiz.locator("input.Input-text")
    assert box.get_attribute("aria-label"), "숫자 입력 칸에 이름이 없습니다(aria-label)"

    def type_number(value):
        def action():
            box.click()
            box.type(value)
            box.press("Enter")
        return action

    (default,) = [a for a in answers if a["type"] == "default"]
    text, css = answer_and_read(page, quiz, type_number("987654321"))
    assert text == shown_text(default["feedback"]) and "incorrect" in css
    (right,) = [a for a in answers if a.get("correct")]
    value = right["value"] if right["type"] == "value" else right["range"][0]
    text, css = answer_and_read(page, quiz, type_number(str(value)))
    assert text == shown_text(right["feedback"]) and "incorrect" not in css

    assert page.console_errors == []
    assert page.external_requests == [], "책 밖으로 나간 요청(external requests)"
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    quiz.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / f"{notebook.stem}-quiz.png"))


@pytest.mark.parametrize(
    "notebook", toc_exercises(), ids=lambda s: s.relative_to(ROOT).with_suffix("").as_posix()
)
def test_exercise_page_in_browser(browser_page, notebook):
    """An exercise page shows its tasks with their blanks and check cells, unexecuted (no
    solutions, no outputs), and a Colab badge that opens this exercise notebook."""
    page = browser_page
    open_page(page, html_name(notebook))
    tasks = chapter_tasks(notebook.stem)
    headings = page.locator("article h2").all_inner_texts()
    numbered = [h for h in headings if re.match(r"문제 \d+\. ", h)]
    assert len(numbered) == len(tasks) >= 4, f"문제 제목(task headings): {headings}"
    code = page.locator("article .cell_input").all_inner_texts()
    answers = [text for text in code if "____" in text and "import ____" not in text]
    assert len(answers) == len(tasks), "빈칸이 있는 답 셀(answer cells)"
    for name in tasks:
        assert any(f"{name}.check(" in text for text in code), f"{name}의 확인 셀이 없습니다"
    outputs = page.locator("article .cell_output").count()
    assert outputs == 0, "연습 문제는 실행하지 않은 채로 둡니다(no outputs)"
    relative = notebook.relative_to(ROOT).as_posix()
    badge = page.locator(f'a[href$="/{relative}"]:has(img[src$="colab-badge.svg"])')
    assert badge.count() == 1, "이 노트북을 여는 Colab 배지가 없습니다(no Colab badge)"
    assert badge.get_attribute("href").startswith("https://colab.research.google.com/github/")
    assert badge.locator("img").evaluate("e => e.complete && e.naturalWidth > 0")
    assert page.console_errors == []
    assert page.external_requests == [], "책 밖으로 나간 요청(external requests)"


def test_quiz_follows_the_dark_theme(browser_page):
    """In dark mode the quiz's text takes the page's light text colour, on the page's background."""
    page = browser_page
    notebook = toc_notebooks()[0]
    open_page(page, html_name(notebook))
    page.evaluate("document.documentElement.dataset.theme = 'dark'")
    colours = page.evaluate("""() => {
        const quiz = document.querySelector('.Quiz');
        const output = quiz.closest('.output');
        return {quiz: getComputedStyle(quiz).color,
                text: getComputedStyle(document.querySelector('article p')).color,
                output: getComputedStyle(output).backgroundColor};
    }""")
    assert colours["quiz"] == colours["text"], colours
    assert colours["output"] in ("rgba(0, 0, 0, 0)", "transparent"), colours
    quiz = page.locator(".Quiz").first
    quiz.scroll_into_view_if_needed()
    page.screenshot(path=str(SCREENSHOTS / f"{notebook.stem}-quiz-dark.png"))


@pytest.mark.parametrize("relative", GENERATED_PAGES)
def test_generated_page_in_browser(browser_page, relative):
    page = browser_page
    open_page(page, relative)
    assert page.title().strip(), "<title> 이 비었습니다(missing title)"
    # The theme also writes an empty print-only h1 on genindex.html; one h1 must have text.
    h1s = [text.strip() for text in page.locator("h1").all_inner_texts()]
    assert any(h1s), "h1이 없습니다(missing h1)"
    assert broken_links(page) == [], "없는 페이지나 앵커로 가는 링크(broken links)"
    assert page.console_errors == []


@pytest.mark.parametrize("query", SEARCHES)
def test_search_page_finds_chapters(browser_page, query):
    page = browser_page
    open_page(page, f"search.html?q={query}")
    # searchtools.js fills the summary once every result is listed.
    summary = page.locator("#search-results .search-summary")
    page.wait_for_function(
        "() => document.querySelector('#search-results .search-summary')?.innerText.trim()"
    )
    hrefs = page.eval_on_selector_all(
        "#search-results ul.search li > a", "els => els.map(e => e.href)"
    )
    found = {Path(urlsplit(href).path).stem for href in hrefs}
    missing = [stem for stem in SEARCHES[query] if stem not in found]
    assert missing == [], (
        f"검색어 {query!r}의 결과에 빠진 장(missing chapters): {missing}; "
        f"찾은 페이지: {sorted(found)}; {summary.inner_text()}"
    )
    assert page.console_errors == []


# --- Chapter 05's drawing pad (helpers/web/digit_demo.js) ------------------------------------

PAD_PAGE = "chapters/05_cnn_mnist.html"
VIEWPORTS = {"desktop": {"width": 1280, "height": 1000}, "phone": {"width": 390, "height": 844}}


def draw_with_mouse(page, pad, strokes):
    """Draws strokes given in the pad's own 280×280 coordinates with mouse events."""
    box = pad.bounding_box()
    scale = box["width"] / CANVAS_SIZE
    for stroke in strokes:
        points = [(box["x"] + x * scale, box["y"] + y * scale) for x, y in stroke]
        page.mouse.move(*points[0])
        page.mouse.down()
        for point in points[1:]:
            page.mouse.move(*point, steps=10)
        page.mouse.up()


def wait_for_answer(page):
    page.wait_for_function(
        "() => document.querySelector('.digit-demo').dataset.prediction !== undefined"
    )


@pytest.mark.parametrize("viewport", VIEWPORTS)
def test_pad_reads_digits_drawn_with_the_mouse(browser_page, viewport):
    page = browser_page
    page.set_viewport_size(VIEWPORTS[viewport])
    try:
        open_page(page, PAD_PAGE)
        demo = page.locator(".digit-demo")
        assert demo.count() == 1, "5장 페이지에 그림판이 없습니다(no drawing pad)"
        pad = demo.locator("canvas.digit-demo__pad")
        pad.scroll_into_view_if_needed()
        assert pad.bounding_box()["width"] <= VIEWPORTS[viewport]["width"]
        for label, strokes in EXAMPLE_STROKES.items():
            demo.locator("button.digit-demo__clear").click()
            draw_with_mouse(page, pad, strokes)
            wait_for_answer(page)
            assert demo.get_attribute("data-prediction") == label, f"{label}을 잘못 읽었습니다"
            assert demo.locator(".digit-demo__result").inner_text().startswith(f"예측: {label}")
            widths = demo.locator(".digit-demo__fill").evaluate_all(
                "els => els.map(e => parseFloat(e.style.width))"
            )
            assert len(widths) == 10 and abs(sum(widths) - 100) < 1
            assert max(widths) == widths[int(label)], "가장 긴 막대가 예측과 다릅니다"
            assert demo.evaluate(
                "d => [d, ...d.querySelectorAll('*')].every(e => e.scrollWidth <= e.clientWidth"
                " || getComputedStyle(e).display === 'inline')"
            ), "그림판의 글자나 막대가 잘립니다(content overflows)"
            SCREENSHOTS.mkdir(parents=True, exist_ok=True)
            demo.screenshot(path=str(SCREENSHOTS / f"digit-pad-{viewport}-{label}.png"))
        assert page.console_errors == []
        assert page.external_requests == [], "책 밖으로 나간 요청(external requests)"
    finally:
        page.set_viewport_size(VIEWPORTS["desktop"])


def test_pad_is_cleared_from_the_keyboard_and_announces_its_answer(browser_page):
    page = browser_page
    open_page(page, PAD_PAGE)
    demo = page.locator(".digit-demo")
    pad = demo.locator("canvas.digit-demo__pad")
    pad.scroll_into_view_if_needed()
    draw_with_mouse(page, pad, EXAMPLE_STROKES["1"])
    wait_for_answer(page)
    result = demo.locator(".digit-demo__result")
    assert result.get_attribute("aria-live") == "polite", "결과를 화면 낭독기가 읽지 않습니다"
    clear = demo.locator("button.digit-demo__clear")
    assert clear.evaluate("button => button.tabIndex") >= 0, "지우기 단추에 키보드로 갈 수 없습니다"
    clear.focus()
    page.keyboard.press("Enter")
    assert demo.get_attribute("data-prediction") is None
    assert "지웠습니다" in result.inner_text()
    widths = demo.locator(".digit-demo__fill").evaluate_all("els => els.map(e => e.style.width)")
    assert set(widths) == {"0%"}
    assert page.console_errors == []


def test_pad_computes_what_keras_and_helpers_compute(browser_page, chapter_cnn):
    """The page's forward pass on MNIST test images against Keras with the book's weights file,
    and its preprocessing against helpers.to_mnist on the same pad pixels."""
    import numpy as np

    import helpers

    page = browser_page
    open_page(page, PAD_PAGE)
    model = chapter_cnn()
    model.set_weights(helpers.read_weights(ROOT / "_static" / "mnist_cnn.f16"))
    (_, _), (x_test, _) = helpers.load_dataset("mnist")
    images = helpers.scale_images(x_test[:40])
    expected = model.predict(helpers.add_channel_axis(images), verbose=0)
    computed = page.evaluate(
        "images => Promise.all(images.map(p => window.digitDemo.forward(Float32Array.from(p))))",
        images.reshape(len(images), -1).tolist(),
    )
    difference = np.abs(np.array(computed) - expected).max()
    assert difference <= 1e-3, f"브라우저와 Keras의 확률 차이(largest difference): {difference}"
    for strokes in EXAMPLE_STROKES.values():
        ink = helpers.draw_strokes(strokes) / 255
        seen = page.evaluate(
            "([ink, n]) => Array.from(window.digitDemo.toMnist(Float32Array.from(ink), n, n))",
            [ink.ravel().tolist(), CANVAS_SIZE],
        )
        assert np.abs(np.reshape(seen, (28, 28)) - helpers.to_mnist(ink)).max() < 1e-5
    assert page.console_errors == []
