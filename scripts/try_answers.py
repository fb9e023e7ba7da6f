"""Run learners' answers to the 연습 문제 in-process, as the notebook would, and show each check's
result. Used by tests/test_answers.py and by anyone who wants to try answers without Jupyter.

    python scripts/try_answers.py answers.py    # answers.py holds CASES = [{"chapter": ..., ...}]

An answer is the source of one answer cell (tag `answer-qN`). It runs in a fresh namespace made
by the notebook's own setup cell, after the cells it needs (earlier answer cells hold their
reference solutions), in an empty working folder; then the check cell runs with `evaluate`
instead of `check` and its Result comes back.
"""

import argparse
import ast
import contextlib
import importlib.util
import io
import json
import os
import sys
import tempfile
import time
from functools import cache
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from helpers.exercises import ANSWER_TAG, chapter_tasks  # noqa: E402


def _names(source, kind):
    """The names a cell's source loads (kind=ast.Load) or binds (ast.Store, def, import)."""
    names = set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name) and isinstance(node.ctx, kind):
            names.add(node.id)
        elif kind is ast.Store and isinstance(node, ast.FunctionDef | ast.ClassDef):
            names.add(node.name)
        elif kind is ast.Store and isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
    return names


def _runnable(source):
    """Source with IPython-only lines (%pip, !cmd) left out."""
    return "\n".join(line for line in source.splitlines()
                     if not line.lstrip().startswith(("%", "!")))


@cache
def notebook_cells(chapter):
    """(setup source, [(task or None, source)] of the code cells after it, {task: check source})."""
    nb = json.loads((ROOT / "exercises" / f"{chapter}.ipynb").read_text(encoding="utf-8"))
    tasks = chapter_tasks(chapter)
    code = [(cell["metadata"].get("tags", []), "".join(cell["source"]))
            for cell in nb["cells"] if cell["cell_type"] == "code"]
    setup_index = next(i for i, (_, source) in enumerate(code) if "setup_notebook" in source)
    cells, checks = [], {}
    for tags, source in code[setup_index + 1:]:
        answer = [t.removeprefix(ANSWER_TAG) for t in tags if t.startswith(ANSWER_TAG)]
        check = [name for name in tasks if f"{name}.check(" in source]
        if check:
            checks[check[0]] = source.replace(f"{check[0]}.check(", f"{check[0]}.evaluate(")
        elif answer:
            cells.append((answer[0], tasks[answer[0]].solution_code))
        else:
            cells.append((None, source))
    return _runnable(code[setup_index][1]), cells, checks


@cache
def _setup_namespace(chapter):
    namespace = {"__name__": "__main__"}
    with contextlib.redirect_stdout(io.StringIO()):
        exec(notebook_cells(chapter)[0], namespace)  # noqa: S102 (the notebook's own setup)
    return namespace


def _needed_cells(cells, source, task):
    """The cells before `task`'s answer cell that define a name the answer or check uses."""
    before = cells[: [t for t, _ in cells].index(task)]
    wanted, needed = _names(source, ast.Load), []
    for _, cell in reversed(before):
        if _names(cell, ast.Store) & wanted:
            needed.insert(0, cell)
            wanted |= _names(cell, ast.Load)
    return needed


def run_answer(chapter, task, source, seed=42):
    """The Result of `task`'s check after the answer cell `source` ran, as in the notebook."""
    import keras

    _, cells, checks = notebook_cells(chapter)
    check = checks[task]
    try:
        ast.parse(source)
    except SyntaxError as error:
        return f"error in the answer cell: SyntaxError: {error}"
    namespace = {name: value.copy() if isinstance(value, np.ndarray) else value
                 for name, value in _setup_namespace(chapter).items()}
    keras.utils.set_random_seed(seed)
    here = os.getcwd()
    with tempfile.TemporaryDirectory() as folder, contextlib.redirect_stdout(io.StringIO()):
        os.chdir(folder)
        try:
            for cell in _needed_cells(cells, source + "\n" + check, task):
                exec(cell, namespace)  # noqa: S102
            try:
                exec(source, namespace)  # noqa: S102 (the learner's answer)
            except Exception as error:  # the notebook would show the traceback here
                return f"error in the answer cell: {type(error).__name__}: {error}"
            return eval(check.strip(), namespace)  # noqa: S307
        finally:
            os.chdir(here)


def _load_cases(path):
    spec = importlib.util.spec_from_file_location("cases", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module.CASES


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", help="a .py file with CASES = [{'chapter', 'task', 'code', ...}]")
    parser.add_argument("--json", help="also write the results to this JSON file")
    args = parser.parse_args(argv)
    results = []
    for i, case in enumerate(_load_cases(args.cases)):
        start = time.perf_counter()
        result = run_answer(case["chapter"], case["task"], case["code"])
        status = getattr(result, "status", "error")
        message = getattr(result, "message", str(result))
        seconds = time.perf_counter() - start
        results.append({**case, "index": i, "status": status, "message": message,
                        "seconds": round(seconds, 2)})
        print(f"[{i}] {case['chapter'][:2]} {case['task']} valid={case.get('valid')} "
              f"-> {status} ({seconds:.1f} s)\n    {message}", flush=True)
    if args.json:
        Path(args.json).write_text(json.dumps(results, ensure_ascii=False, indent=1))


if __name__ == "__main__":
    main()
