"""확인 문제(quiz): 장마다 JSON 파일 하나에 적힌 문제를 jupyterquiz로 보여 줍니다.

문제 파일은 `helpers/quizzes/<장 파일 이름>.json`입니다. 형식은 jupyterquiz의 것
(`multiple_choice`, `numeric`)에 이 강의의 키 두 개를 더했습니다.

- `id`: 책 전체에서 하나뿐인 문제 이름(예: "04-valid-output-size").
- `glue`(숫자 문제만, 선택): 정답이 실행 결과라면 그 `glue` 이름. 테스트가 저장된 노트북의
  값과 정답을 비교하므로, 모델이 바뀌어 답이 달라지면 CI가 실패합니다.

같은 출력이 책 페이지(커널 없이), Jupyter, Colab에서 동작합니다. jupyterquiz가 만드는 화면에
한국어 안내, 키보드 조작(Tab, Enter, Space), 화면 낭독기용 알림, 책의 밝은/어두운 테마 색을
더합니다.
"""

import html
import json
import re
from importlib import resources

from helpers.errors import QuizNotFoundError

# Keys this course adds to jupyterquiz's question format; jupyterquiz never sees them.
COURSE_KEYS = ("id", "glue")

# jupyterquiz's CSS variables, taken from the book theme (pydata-sphinx-theme) where it exists,
# so that the quiz follows light and dark mode; the fallbacks are for Jupyter and Colab.
COLORS = {
    "--jq-multiple-choice-bg": "var(--pst-color-surface, #f1f3f6)",
    "--jq-numeric-bg": "var(--pst-color-surface, #f1f3f6)",
    "--jq-mc-button-bg": "var(--pst-color-on-background, #ffffff)",
    "--jq-mc-button-border": "var(--pst-color-border, #c9ced6)",
    "--jq-mc-button-inset-shadow": "var(--pst-color-shadow, #888888)",
    "--jq-numeric-input-bg": "var(--pst-color-on-background, #ffffff)",
    "--jq-numeric-input-label": "var(--pst-color-text-base, #222832)",
    "--jq-numeric-input-shadow": "var(--pst-color-shadow, #999999)",
    "--jq-text-color": "var(--pst-color-text-base, #222832)",
    "--jq-correct-color": "var(--pst-color-success, #00843d)",
    "--jq-incorrect-color": "var(--pst-color-danger, #c62828)",
    "--jq-link-color": "var(--pst-color-link, #1a5fb4)",
}

NUMERIC_LABEL = "답(숫자만, 쉼표 없이)을 입력하고 Enter 키를 누르세요:"

# Runs after jupyterquiz has drawn its questions: Korean label, keyboard, announcements, style.
ENHANCE_SCRIPT = """
(function () {
  var LABEL = __LABEL__;
  var style = document.getElementById("course-quiz-style");
  if (!style) {
    style = document.createElement("style");
    style.id = "course-quiz-style";
    style.textContent = [
      // The book's dark mode paints HTML outputs light; the quiz follows the page instead.
      ".output:has(.Quiz) { background: transparent !important; color: inherit !important; }",
      ".Quiz { font-size: 1.05rem; line-height: 1.5; color: var(--jq-text-color); }",
      ".Quiz .MCButton { color: var(--jq-text-color); font-size: 1rem; }",
      ".Quiz .correctButton, .Quiz .incorrectButton { color: #ffffff; }",
      ".Quiz .Feedback { font-size: 1rem; font-weight: 600; padding: 4px 8px; }",
      ".Quiz .InpLabel { font-size: 1rem; float: none; }",
      ".Quiz .Input-text { border: 1px solid var(--jq-mc-button-border); }",
      ".Quiz .MCButton:focus-visible, .Quiz .Input-text:focus-visible {",
      "  outline: 3px solid var(--jq-link-color); outline-offset: 2px; }"
    ].join("\\n");
    document.head.appendChild(style);
  }
  function enhance() {
    var quizzes = document.querySelectorAll(".Quiz:not([data-course-ready])");
    quizzes.forEach(function (quiz) {
      quiz.dataset.courseReady = "true";
      quiz.setAttribute("role", "group");
      quiz.querySelectorAll(".MCButton").forEach(function (button) {
        button.tabIndex = 0;
        button.setAttribute("role", "button");
        button.addEventListener("keydown", function (event) {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            button.click();
          }
        });
      });
      quiz.querySelectorAll(".InpLabel").forEach(function (label) {
        label.textContent = LABEL;
      });
      quiz.querySelectorAll(".Input-text").forEach(function (input) {
        input.setAttribute("aria-label", LABEL);
        input.setAttribute("inputmode", "decimal");
      });
      quiz.querySelectorAll(".Feedback").forEach(function (feedback) {
        feedback.setAttribute("role", "status");
        feedback.setAttribute("aria-live", "polite");
      });
    });
    return quizzes.length;
  }
  var tries = 0;
  (function retry() {
    if (enhance() === 0 && ++tries < 25) { setTimeout(retry, 200); }
  })();
})();
""".replace("__LABEL__", json.dumps(NUMERIC_LABEL, ensure_ascii=False))


def load_quiz(chapter):
    """`chapter`(예: "04_cnn_building_blocks")의 문제 목록을 읽습니다."""
    path = resources.files("helpers").joinpath("quizzes", f"{chapter}.json")
    if not path.is_file():
        raise QuizNotFoundError(
            f"'{chapter}' 장의 확인 문제 파일(quiz file)이 없습니다: "
            f"helpers/quizzes/{chapter}.json. 장 이름을 확인하거나 helpers를 다시 설치하세요."
        )
    return json.loads(path.read_text(encoding="utf-8"))


def to_html(text):
    """Quiz text as jupyterquiz shows it: HTML, with `code` in backticks as <code>."""
    return re.sub(r"`([^`]+)`", r"<code>\1</code>", html.escape(text, quote=False))


def for_jupyterquiz(question):
    """A question in jupyterquiz's own format: texts as HTML, without the course's keys."""
    shown = {key: value for key, value in question.items() if key not in COURSE_KEYS}
    shown["question"] = to_html(question["question"])
    shown["answers"] = [
        {key: to_html(value) if key in ("answer", "feedback") else value
         for key, value in answer.items()}
        for answer in question["answers"]
    ]
    return shown


def show_quiz(chapter):
    """`chapter`의 확인 문제를 보여 줍니다. 답을 고르거나 입력하면 바로 맞는지 알려 줍니다."""
    from IPython.display import Javascript, display
    from jupyterquiz import display_quiz

    questions = [for_jupyterquiz(question) for question in load_quiz(chapter)]
    display_quiz(questions, shuffle_answers=True, max_width=720, colors=COLORS)
    display(Javascript(ENHANCE_SCRIPT))
