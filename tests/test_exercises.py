"""연습 문제: the checker (helpers.exercises), the notebooks as learners get them, and each
notebook executed twice with papermill, blank (every check says "not answered yet") and with
the reference solutions filled in (every check says right)."""

import re

import nbformat
import pytest

from helpers.exercises import (
    ANSWER_TAG,
    Mistake,
    NotAnswered,
    Result,
    ____,
    answered,
    call,
    chapter_tasks,
    fill_solutions,
    task,
)
from scripts.course import (
    ROOT,
    execute,
    git_history_available,
    noise,
    sync_links,
    toc_exercises,
    toc_notebooks,
    toc_sources,
)

EXERCISES = [
    pytest.param(nb, id=nb.stem, marks=pytest.mark.xdist_group(name=f"exercise-{nb.stem}"))
    for nb in toc_exercises()
]
EXECUTED_DIR = ROOT / "_build" / "exercises"
HEADINGS = Result.HEADINGS


# --- the checker ------------------------------------------------------------------------


@task(hint="두 배로 만드세요(1장 1절).", solution="def double(x):\n    return 2 * x\n")
def q1(double):
    if call(double, 21) != 42:
        raise Mistake("21을 두 배로 만들지 못했습니다", "1장 1절")
    return "두 배가 맞습니다."


def test_a_right_answer_is_said_right():
    result = q1.evaluate(lambda x: 2 * x)
    assert (result.status, result.task, result.message) == ("correct", "q1", "두 배가 맞습니다.")
    assert str(result).startswith(HEADINGS["correct"] + " (q1)")


def test_a_wrong_answer_names_the_mistake_and_the_section():
    result = q1.evaluate(lambda x: x + 2)
    assert result.status == "wrong"
    assert "21을 두 배로 만들지 못했습니다" in result.message
    assert "1장 1절을 다시 읽어" in result.message
    assert "q1.hint()" in result.message


@pytest.mark.parametrize("answer", [____, lambda x: ____, [1, ____], {"a": ____}],
                         ids=["blank", "returns blank", "list", "dict"])
def test_a_blank_is_not_answered_yet_and_raises_nothing(answer):
    if isinstance(answer, list | dict):
        with pytest.raises(NotAnswered):
            answered(answer)
        return
    result = q1.evaluate(answer)
    assert result.status == "blank" and "____" in result.message


def test_an_error_in_the_learners_code_is_reported_not_raised():
    result = q1.evaluate(lambda x: x / "2")
    assert result.status == "wrong" and "TypeError" in result.message
    assert "두 배로 만드세요" in result.message
    result = q1.evaluate(42)
    assert result.status == "wrong" and "함수(function)가 아니라 int" in result.message


def test_check_hint_and_solution_show_text(capsys):
    q1.hint()
    q1.solution()
    shown = capsys.readouterr().out
    assert "💡 힌트(q1): 두 배로 만드세요" in shown and "return 2 * x" in shown
    result = q1.evaluate(____)
    assert "⏳" in result._repr_html_() and "<strong>" in result._repr_html_()


def test_fill_solutions_needs_an_answer_cell_per_task():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("x = ____")])
    with pytest.raises(ValueError, match="missing answer cells"):
        fill_solutions(nb, "01_image_basics")


# --- the notebooks as learners get them -------------------------------------------------


def test_every_chapter_has_an_exercise_right_after_it():
    listed = {nb.name for nb in toc_exercises()}
    assert listed == {nb.name for nb in (ROOT / "exercises").glob("*.ipynb")}
    sources = [s.relative_to(ROOT).as_posix() for s in toc_sources()]
    for chapter in toc_notebooks():
        exercise = f"exercises/{chapter.name}"
        assert exercise in sources, f"{chapter.stem}: no exercise notebook in _toc.yml"
        assert sources.index(exercise) == sources.index(f"chapters/{chapter.name}") + 1
        cells = nbformat.read(chapter, as_version=4).cells
        last_markdown = [c.source for c in cells if c.cell_type == "markdown"][-1]
        assert f"(../exercises/{chapter.name})" in last_markdown, (
            f"{chapter.stem}: the chapter's last section must link to its exercise notebook"
        )


def revealing_lines(notebook):
    """{task: the longest line of its solution that its blank answer cell lacks}: a line that
    must not be visible before the learner asks."""
    nb = nbformat.read(notebook, as_version=4)
    blanks = {tag.removeprefix(ANSWER_TAG): cell.source for cell in nb.cells
              for tag in cell.metadata.get("tags", []) if tag.startswith(ANSWER_TAG)}
    lines = {}
    for name, exercise in chapter_tasks(notebook.stem).items():
        given = {line.strip() for line in blanks.get(name, "").splitlines()}
        new = [line.strip() for line in exercise.solution_code.splitlines()]
        lines[name] = max((line for line in new if line not in given), key=len)
    return lines


def check_cells(nb):
    return [c for c in nb.cells
            if c.cell_type == "code" and re.search(r"\bq\d+\.check\(", c.source)]


@pytest.mark.parametrize("notebook", EXERCISES)
def test_exercise_notebook_anatomy(notebook):
    nb = nbformat.read(notebook, as_version=4)
    tasks = chapter_tasks(notebook.stem)
    assert len(tasks) >= 4, "at least 4 checked tasks per chapter"
    first = nb.cells[0]
    assert first.source.startswith("# 연습 문제 ") and "colab-badge.svg" in first.source
    assert f"(../chapters/{notebook.name})" in first.source, "link back to the chapter"
    answers = [c for c in nb.cells
               if any(t.startswith(ANSWER_TAG) for t in c.metadata.get("tags", []))]
    assert [c.metadata.tags[0].removeprefix(ANSWER_TAG) for c in answers] == sorted(tasks)
    checks = check_cells(nb)
    assert [re.search(r"\b(q\d+)\.check", c.source)[1] for c in checks] == sorted(tasks)
    for answer, check in zip(answers, checks, strict=True):
        assert "____" in answer.source, "every answer cell has a blank"
        assert nb.cells.index(check) == nb.cells.index(answer) + 1, "check right after answer"
    text = notebook.read_text(encoding="utf-8")
    for name, exercise in tasks.items():
        assert re.search(r"\d+장 \d+(\.\d+)?절", exercise.hint_text), f"{name}: no section"
    for name, line in revealing_lines(notebook).items():
        assert line not in text, f"{name}: the solution is visible: {line}"
    assert all(not c.get("outputs") and c.get("execution_count") is None
               for c in nb.cells if c.cell_type == "code"), "store exercises unexecuted"


@pytest.mark.parametrize("notebook", EXERCISES)
def test_colab_badge_and_install_cell_match_config(notebook):
    if not git_history_available():
        pytest.skip("checking the Colab install pin needs the git history (not a shallow clone)")
    assert sync_links(notebook, check=True) == [], "run `make sync-links`"


# --- executed twice: blank and with the reference solutions ------------------------------


def check_outputs(path):
    """The text each check cell showed, in order."""
    nb = nbformat.read(path, as_version=4)
    return ["".join(out.get("data", {}).get("text/plain", "") + out.get("text", "")
                    for out in cell.outputs) for cell in check_cells(nb)]


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", EXERCISES)
def test_blank_exercise_runs_and_every_check_says_not_answered(notebook, tmp_path):
    output = execute(notebook, None, EXECUTED_DIR / "blank" / notebook.name, cwd=tmp_path)
    assert noise(output) == []
    shown = check_outputs(output)
    assert len(shown) == len(chapter_tasks(notebook.stem))
    assert all(text.startswith(HEADINGS["blank"]) for text in shown), shown


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", EXERCISES)
def test_reference_solutions_pass_every_check(notebook, tmp_path):
    filled = fill_solutions(nbformat.read(notebook, as_version=4), notebook.stem)
    source = EXECUTED_DIR / "filled" / notebook.name
    source.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(filled, source)
    output = execute(source, None, EXECUTED_DIR / "solved" / notebook.name, cwd=tmp_path)
    assert noise(output) == []
    shown = check_outputs(output)
    assert len(shown) == len(chapter_tasks(notebook.stem))
    assert all(text.startswith(HEADINGS["correct"]) for text in shown), shown
