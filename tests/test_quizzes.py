"""Every chapter's 확인 문제 file: well-formed, Korean, hints that point to a section, answers
that match the run, and shown by the chapter."""

import json
import re

import nbformat
import pytest

import helpers
from helpers.quiz import COURSE_KEYS, ENHANCE_SCRIPT, NUMERIC_LABEL, load_quiz, to_html
from scripts.course import ROOT, glued_values, toc_notebooks

QUIZ_DIR = ROOT / "helpers" / "quizzes"
HANGUL = re.compile(r"[가-힣]")
# A hint names the section to reread: "2절", "2.1절".
SECTION_REFERENCE = re.compile(r"(\d+(?:\.\d+)?)절")
SECTION_HEADING = re.compile(r"^#{2,3} (\d+(?:\.\d+)?)\.? ", re.MULTILINE)
QUESTION_KEYS = {"id", "glue", "type", "question", "answers", "code", "precision"}
MIN_QUESTIONS = 4
NOTEBOOKS = [pytest.param(nb, id=nb.stem) for nb in toc_notebooks()]


def chapter_number(notebook):
    return notebook.stem.split("_")[0]


def sections(notebook):
    """The numbered sections of a chapter ("1", "2", "2.1", ...)."""
    nb = nbformat.read(notebook, as_version=4)
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    return set(SECTION_HEADING.findall(markdown))


def correct_answers(question):
    return [answer for answer in question["answers"] if answer.get("correct")]


def wrong_feedbacks(question):
    """Feedback shown for a wrong answer: wrong options, wrong values or ranges, the default."""
    return [
        answer.get("feedback", "") for answer in question["answers"]
        if not answer.get("correct")
    ]


def quiz_problems(questions, notebook):
    """What is wrong with a chapter's quiz (a list of strings; empty when it is fine)."""
    problems = []
    known_sections = sections(notebook)
    prefix = chapter_number(notebook) + "-"
    if len(questions) < MIN_QUESTIONS:
        problems.append(f"{len(questions)} questions; at least {MIN_QUESTIONS}")
    types = {question.get("type") for question in questions}
    if not {"multiple_choice", "numeric"} <= types:
        problems.append(f"needs multiple_choice and numeric questions, has {sorted(types)}")
    for question in questions:
        name = question.get("id", "?")
        if not re.fullmatch(re.escape(prefix) + r"[a-z0-9]+(-[a-z0-9]+)*", name):
            problems.append(f"{name}: the id must look like {prefix}some-name")
        if unknown := set(question) - QUESTION_KEYS:
            problems.append(f"{name}: unknown keys {sorted(unknown)}")
        if not HANGUL.search(question.get("question", "")):
            problems.append(f"{name}: the question is not in Korean")
        if "$" in json.dumps(question, ensure_ascii=False):
            # jupyterquiz reads $...$ as a formula; pages without formulas load no MathJax.
            problems.append(f"{name}: no $ in quiz texts")
        answers = question.get("answers", [])
        if question.get("type") == "multiple_choice":
            if len(answers) < 3:
                problems.append(f"{name}: {len(answers)} options; at least 3")
            if any(not str(answer.get("answer", "")).strip() for answer in answers):
                problems.append(f"{name}: an option without text")
        elif question.get("type") == "numeric":
            kinds = [answer.get("type") for answer in answers]
            if kinds.count("default") != 1:
                problems.append(f"{name}: a numeric question needs one default (the hint)")
            for answer in answers:
                if answer.get("type") == "range":
                    low, high = answer["range"]
                    if not low < high:
                        problems.append(f"{name}: empty range {answer['range']}")
                elif answer.get("type") not in ("value", "default"):
                    problems.append(f"{name}: unknown answer type {answer.get('type')!r}")
        else:
            problems.append(f"{name}: type must be multiple_choice or numeric")
        if (count := len(correct_answers(question))) != 1:
            problems.append(f"{name}: exactly one correct answer, not {count}")
        for answer in answers:
            if not HANGUL.search(answer.get("feedback", "")):
                problems.append(f"{name}: an answer without Korean feedback: {answer}")
        for feedback in wrong_feedbacks(question):
            referenced = set(SECTION_REFERENCE.findall(feedback))
            if not referenced:
                problems.append(f"{name}: a wrong answer's hint names no section: {feedback!r}")
            elif missing := referenced - known_sections:
                problems.append(f"{name}: the hint names sections {sorted(missing)} "
                                f"that the chapter does not have")
        if "glue" in question and question.get("type") != "numeric":
            problems.append(f"{name}: only a numeric answer can be a glued value")
    return problems


def answer_matches(answer, value):
    if answer.get("type") == "range":
        low, high = answer["range"]
        return low <= value < high
    return answer.get("value") == value


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_quiz_file_is_well_formed(notebook):
    assert quiz_problems(load_quiz(notebook.stem), notebook) == []


def test_every_quiz_file_belongs_to_a_chapter():
    chapters = {notebook.stem for notebook in toc_notebooks()}
    assert {path.stem for path in QUIZ_DIR.glob("*.json")} == chapters


def test_question_ids_are_unique_in_the_book():
    ids = [q["id"] for notebook in toc_notebooks() for q in load_quiz(notebook.stem)]
    assert sorted(i for i in set(ids) if ids.count(i) > 1) == []


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_answers_from_the_run_match_the_stored_outputs(notebook):
    """A model change that changes an answer must fail here, not teach a wrong answer."""
    values = glued_values(notebook)
    for question in load_quiz(notebook.stem):
        if "glue" not in question:
            continue
        name = question["glue"]
        assert name in values, f"{question['id']}: the chapter glues no {name!r}"
        (correct,) = correct_answers(question)
        assert answer_matches(correct, values[name]), (
            f"{question['id']}: the answer {correct} is not the run's {name} = {values[name]}"
        )


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_chapter_shows_its_quiz_under_its_heading(notebook):
    cells = nbformat.read(notebook, as_version=4).cells
    heading = next(i for i, c in enumerate(cells) if "## 확인 문제" in c.source)
    call = f'helpers.show_quiz("{notebook.stem}")'
    shown = [i for i, c in enumerate(cells) if c.cell_type == "code" and call in c.source]
    assert shown and shown[0] > heading, f"the chapter must call {call} under 확인 문제"
    outputs = cells[shown[0]].get("outputs", [])
    assert any("application/javascript" in out.get("data", {}) for out in outputs), (
        "the stored outputs must hold the quiz (run `make execute`)"
    )


def test_the_validator_catches_broken_questions():
    notebook = next(n for n in toc_notebooks() if n.stem.startswith("04"))
    good = load_quiz(notebook.stem)
    assert quiz_problems(good, notebook) == []
    broken = json.loads(json.dumps(good))
    broken[0]["answers"][0]["correct"] = False          # no correct answer left
    broken[1]["answers"][0]["feedback"] = "Try again."   # English, names no section
    broken[2]["answers"][1]["feedback"] = "99절을 보세요."  # a section that does not exist
    problems = "\n".join(quiz_problems(broken, notebook))
    assert "exactly one correct answer" in problems
    assert "without Korean feedback" in problems
    assert "sections ['99']" in problems


def test_unknown_chapter_gets_a_korean_error():
    with pytest.raises(helpers.QuizNotFoundError, match="확인 문제 파일"):
        load_quiz("99_no_such_chapter")


def test_quiz_texts_become_html_with_code():
    assert to_html("`padding=\"same\"`의 a < b") == '<code>padding="same"</code>의 a &lt; b'


def test_show_quiz_hands_jupyterquiz_its_own_format(monkeypatch):
    shown = {}

    def fake_display_quiz(questions, **options):
        shown["questions"], shown["options"] = questions, options

    scripts = []
    monkeypatch.setattr("jupyterquiz.display_quiz", fake_display_quiz)
    monkeypatch.setattr("IPython.display.display", lambda obj: scripts.append(obj.data))
    helpers.show_quiz("04_cnn_building_blocks")
    assert len(shown["questions"]) == len(load_quiz("04_cnn_building_blocks"))
    assert not any(key in q for q in shown["questions"] for key in COURSE_KEYS)
    assert shown["options"]["colors"]["--jq-text-color"].startswith("var(--pst-color-")
    assert scripts == [ENHANCE_SCRIPT] and NUMERIC_LABEL in ENHANCE_SCRIPT
