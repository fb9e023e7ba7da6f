"""The 연습 문제 checks judged on answers that learners write (tests/answers/exNN.py): per task
at least 3 valid answers written differently from the reference solution, each of which must be
said right, and at least 4 typical mistakes, each of which must be said wrong with a message that
names it. Every answer runs as the notebook runs it (scripts/try_answers.py)."""

import runpy
from collections import Counter

import pytest

from helpers.exercises import chapter_tasks
from scripts.course import ROOT, toc_exercises
from scripts.try_answers import run_answer

ANSWERS = ROOT / "tests" / "answers"
CHAPTERS = {nb.stem: runpy.run_path(str(ANSWERS / f"ex{nb.stem[:2]}.py"))["CASES"]
            for nb in toc_exercises()}


def answer_params():
    return [
        pytest.param(chapter, case, id=f"{chapter[:2]}-{case['task']}-{i}-"
                     f"{'valid' if case['valid'] else 'wrong'}",
                     marks=pytest.mark.xdist_group(name=f"answers-{chapter[:2]}"))
        for chapter, cases in CHAPTERS.items() for i, case in enumerate(cases)
    ]


@pytest.mark.parametrize("chapter", sorted(CHAPTERS))
def test_every_task_has_valid_answers_and_mistakes(chapter):
    valid = Counter(case["task"] for case in CHAPTERS[chapter] if case["valid"])
    wrong = Counter(case["task"] for case in CHAPTERS[chapter] if not case["valid"])
    for name in chapter_tasks(chapter):
        assert valid[name] >= 3 and wrong[name] >= 4, (name, valid[name], wrong[name])
    assert all(case.get("hint") for case in CHAPTERS[chapter] if not case["valid"])


@pytest.mark.parametrize("chapter, case", answer_params())
def test_answer_is_judged(chapter, case):
    result = run_answer(chapter, case["task"], case["code"])
    assert hasattr(result, "status"), result  # the answer cell itself must run
    if case["valid"]:
        assert result.status == "correct", f"{case['what']}: {result}"
    else:
        assert result.status == "wrong", f"{case['what']}: {result}"
        assert case["hint"] in result.message, f"{case['what']}: {result.message}"
