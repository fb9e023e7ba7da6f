"""Every chapter in _toc.yml: executed (PROFILE=smoke|full), thresholds, nbval, stored outputs."""

import configparser
import os
import re
import subprocess
import sys

import nbformat
import pytest

from scripts.course import (
    ROOT,
    check_thresholds,
    execute,
    git_history_available,
    glued_values,
    load_profile,
    noise,
    sync_links,
    toc_notebooks,
)

PROFILE = os.environ.get("PROFILE", "smoke")
if PROFILE not in ("smoke", "full"):
    raise pytest.UsageError(f"PROFILE must be smoke or full, not {PROFILE!r}")

EXECUTED_DIR = ROOT / "_build" / f"executed-{PROFILE}"
SANITIZE = configparser.ConfigParser()
SANITIZE.read(ROOT / "tests" / "nbval_sanitize.cfg")
CHECK_TAG = "nbval-check-output"  # nbval reads the tag; the reader's code stays clean
# Tag for a checked cell whose output differs between profiles (e.g. training-set shapes).
PROFILE_DEPENDENT = "profile-dependent"
MACHINE_PATH = re.compile(r"(/work/|/tmp/|/root/|/home/\w+|\.library|site-packages)")
NOTEBOOKS = [
    pytest.param(nb, id=nb.stem, marks=pytest.mark.xdist_group(name=nb.stem))
    for nb in toc_notebooks()
]


@pytest.fixture(scope="session")
def executed():
    """Executes each chapter once per worker (a chapter's tests share one worker)."""
    done = {}

    def run(notebook):
        if notebook not in done:
            done[notebook] = execute(notebook, PROFILE, EXECUTED_DIR / notebook.name)
        return done[notebook]

    return run


def _is_checked(cell):
    return cell.cell_type == "code" and CHECK_TAG in cell.metadata.get("tags", [])


def _checked_texts(notebook):
    """{source: sanitized text output} of the profile-independent checked cells."""
    texts = {}
    for cell in nbformat.read(notebook, as_version=4).cells:
        if not _is_checked(cell) or PROFILE_DEPENDENT in cell.metadata.get("tags", []):
            continue
        text = "".join(
            out.get("text", "") + out.get("data", {}).get("text/plain", "")
            for out in cell.outputs
        )
        for section in SANITIZE.sections():
            text = re.sub(SANITIZE[section]["regex"], SANITIZE[section]["replace"], text)
        texts[cell.source] = text
    return texts


def test_toc_lists_every_chapter():
    listed = {nb.name for nb in toc_notebooks()}
    on_disk = {nb.name for nb in (ROOT / "chapters").glob("*.ipynb")}
    assert listed == on_disk, "every chapter notebook must be in _toc.yml, and only those"


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_metrics_meet_thresholds(notebook, executed):
    values = glued_values(executed(notebook))
    thresholds = load_profile(notebook, PROFILE)["thresholds"]
    assert thresholds, f"no {PROFILE} thresholds for {notebook.stem}"
    assert check_thresholds(values, thresholds) == []


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_run_prints_no_errors_or_warnings(notebook, executed):
    assert noise(executed(notebook)) == []


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_checked_outputs_reproduce_with_nbval(notebook, executed):
    """nbval re-runs the executed copy and compares the cells tagged nbval-check-output."""
    path = executed(notebook)
    checked = [c for c in nbformat.read(path, as_version=4).cells if _is_checked(c)]
    assert checked, f"tag the deterministic cells (shapes, counts) {CHECK_TAG}"
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "--nbval-lax", "--nbval-current-env",
         "--nbval-sanitize-with", str(ROOT / "tests" / "nbval_sanitize.cfg"),
         "-p", "no:cacheprovider", "-p", "no:xdist", "-q", str(path)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]


@pytest.mark.notebook
@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_stored_checked_outputs_are_current(notebook, executed):
    """The stored outputs of checked cells equal this run's: no stale outputs in the book.

    Tag a checked cell `profile-dependent` when its output differs between profiles.
    """
    stored = _checked_texts(notebook)
    assert stored, f"no profile-independent {CHECK_TAG} cell"
    assert _checked_texts(executed(notebook)) == stored, "run `make execute` to store outputs"


# --- the stored outputs: what readers of the book see ----------------------------------


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_stored_outputs_meet_full_targets(notebook):
    thresholds = load_profile(notebook, "full")["thresholds"]
    assert check_thresholds(glued_values(notebook), thresholds) == []


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_stored_outputs_are_a_clean_top_to_bottom_run(notebook):
    nb = nbformat.read(notebook, as_version=4)
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert [c.execution_count for c in code] == list(range(1, len(code) + 1)), (
        "store outputs with `make execute` (one run, top to bottom)"
    )
    assert noise(notebook) == []
    assert "papermill" not in nb.metadata
    assert not any("injected-parameters" in c.metadata.get("tags", []) for c in nb.cells)
    text = notebook.read_text(encoding="utf-8")
    assert not MACHINE_PATH.search(text), MACHINE_PATH.search(text)


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_chapter_anatomy(notebook):
    nb = nbformat.read(notebook, as_version=4)
    first = nb.cells[0]
    assert first.cell_type == "markdown" and first.source.startswith("# ")
    assert "colab-badge.svg" in first.source and "## 학습 목표" in first.source
    tagged = [c for c in nb.cells if "parameters" in c.metadata.get("tags", [])]
    assert len(tagged) == 1 and tagged[0].cell_type == "code"
    markdown = "\n".join(c.source for c in nb.cells if c.cell_type == "markdown")
    for heading in ("## 핵심 정리", "## 확인 문제", ":::{dropdown}", "{glue:text}"):
        assert heading in markdown, f"{heading} is missing"


# Chapters that train or inspect a network build it in their own cells: the model is the lesson.
MODEL_BUILDING = re.compile(r"keras\.Sequential\(|keras\.Model\(\s*(inputs|\w+\.input)")


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_chapter_builds_its_models_in_its_own_cells(notebook):
    code = "\n".join(c.source for c in nbformat.read(notebook, as_version=4).cells
                     if c.cell_type == "code")
    number = int(notebook.stem.split("_")[0])
    if number >= 2:
        assert MODEL_BUILDING.search(code) and "keras.Input(" in code, (
            "build the chapter's models in its cells with keras.Input and keras.Sequential "
            "(or the functional API)"
        )
    assert not re.search(r"helpers\.build_\w+\(", code), "models are not in helpers"


@pytest.mark.parametrize("notebook", NOTEBOOKS)
def test_colab_badge_and_install_cell_match_config(notebook):
    if not git_history_available():
        pytest.skip("checking the Colab install pin needs the git history (not a shallow clone)")
    assert sync_links(notebook, check=True) == [], "run `make sync-links`"
