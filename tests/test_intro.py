"""The intro page (index.md) lists every chapter with the run time its stored outputs took."""

import nbformat
import pytest

from scripts.course import ROOT, page_title, run_time, run_time_text, toc_notebooks

INTRO = (ROOT / "index.md").read_text(encoding="utf-8")
NOTEBOOKS = toc_notebooks()


def _row(notebook):
    relative = notebook.relative_to(ROOT).as_posix()
    rows = [line for line in INTRO.splitlines() if f"]({relative})" in line]
    assert len(rows) == 1, f"index.md needs one table row linking {relative}"
    return [cell.strip() for cell in rows[0].strip().strip("|").split("|")]


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda nb: nb.stem)
def test_intro_row_names_the_chapter_by_its_title(notebook):
    number = NOTEBOOKS.index(notebook) + 1
    title = page_title(notebook)
    link, teaches, _ = _row(notebook)
    assert link.startswith(f"[{number}. {title}]("), link
    assert teaches


@pytest.mark.parametrize("notebook", NOTEBOOKS, ids=lambda nb: nb.stem)
def test_intro_cpu_time_is_the_measured_full_run(notebook):
    seconds, device = run_time(notebook)
    assert seconds is not None, "store the outputs with `make execute` (it records the run time)"
    meta = nbformat.read(notebook, as_version=4).metadata["course"]
    assert meta["profile"] == "full" and device == "CPU", meta
    _, _, cpu = _row(notebook)
    assert cpu == run_time_text(seconds), f"index.md should say {run_time_text(seconds)!r}"
