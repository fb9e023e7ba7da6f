"""Runs every chapter's smoke profile and every blank exercise in a simulated fresh Colab runtime.

    python scripts/colab_sim.py [NOTEBOOK ...]      (`make colab-sim`)

1. A fresh virtual environment holding only what Colab preinstalls that the course uses
   (COLAB_PACKAGES, at Colab's versions) and nothing of the project's requirements.
2. Each chapter's own install requirement (its first code cell) installed there with pip, the
   GitHub URL redirected to a local clone of this repository (git `insteadOf`): the pinned
   commit must exist in the clone, exactly as it must on GitHub.
3. A stand-in `google.colab.files` whose `upload()` "uploads" one of the course's sample images
   (Colab's real one opens a file dialog), so that the cells written for readers' own files run,
   and a stand-in `google.colab.output` whose `register_callback` sends chapter 05's callback
   the built-in stroke of a 7 (Colab's real one waits for the reader's drawing on the pad).
   Nothing imports it at start-up, so `"google.colab" in sys.modules` stays false as outside Colab.
4. Each chapter executed with papermill on that environment's kernel, in the smoke profile, in
   an empty working folder like Colab's /content (so only the installed package can serve the
   sample images). A chapter fails on an error or on any stderr output (warnings, log spam).
   Datasets come from COURSE_DATA_DIR where set (CI is offline); Colab downloads them.

The Python comes from $COLAB_PYTHON, else `python3.13` on PATH (Colab's Python version).
"""

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from scripts.course import (  # noqa: E402
    INSTALL,
    ROOT,
    execute,
    noise,
    repository,
    run_time,
    toc_exercises,
    toc_notebooks,
)

COLAB_PYTHON = "3.13"
# What Colab preinstalls that the course uses; README's "Colab 재현" table lists the same.
COLAB_PACKAGES = {
    "tensorflow": "2.20.0",
    "keras": "3.13.2",
    "matplotlib": "3.10.0",
    "numpy": "2.2.6",
    "pillow": "11.3.0",
    "scikit-learn": "1.6.1",
    "ipython": "7.34.0",
    "ipykernel": "6.17.1",
    "pydot": "3.0.4",
}
WORK = ROOT / "_build" / "colab-sim"
FAKE_FILES_MODULE = '''"""Stand-in for google.colab.files (scripts/colab_sim.py): a sample image."""
import shutil
from pathlib import Path

from helpers import sample_image_path


def upload():
    target = Path.cwd() / "my_photo.png"
    shutil.copyfile(sample_image_path("tshirt_rgb_112.png"), target)
    print("(colab-sim) 파일 선택 창 대신 예제 이미지를 올린 것으로 칩니다:", target.name)
    return {target.name: target.read_bytes()}
'''
FAKE_OUTPUT_MODULE = '''"""Stand-in for google.colab.output (scripts/colab_sim.py): a stroke."""
from helpers.digits import EXAMPLE_STROKES, draw_strokes, to_mnist


def register_callback(name, callback):
    pixels = to_mnist(draw_strokes(EXAMPLE_STROKES["7"])).ravel().tolist()
    probabilities = callback(pixels).data["probabilities"]
    best = max(range(10), key=probabilities.__getitem__)
    print(f"(colab-sim) 그림판 대신 내장 획 7을 {name}에 보냈습니다: 예측 {best}")
'''


def install_fake_colab_files(python):
    """Write the stand-ins google.colab.files and .output into the environment of `python`."""
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True,
    ).stdout.strip()
    package = Path(purelib) / "google" / "colab"
    package.mkdir(parents=True, exist_ok=True)
    (package / "__init__.py").write_text("", encoding="utf-8")
    (package / "files.py").write_text(FAKE_FILES_MODULE, encoding="utf-8")
    (package / "output.py").write_text(FAKE_OUTPUT_MODULE, encoding="utf-8")
KERNEL = "colab-sim"


def run(*command, **kwargs):
    print("$", " ".join(str(c) for c in command), flush=True)
    return subprocess.run([str(c) for c in command], check=True, **kwargs)


def find_python():
    python = os.environ.get("COLAB_PYTHON") or shutil.which(f"python{COLAB_PYTHON}")
    if not python:
        sys.exit(f"Python {COLAB_PYTHON} not found: install it or set COLAB_PYTHON")
    return python


def install_requirements(notebooks):
    """The distinct pip requirements of the chapters' install cells."""
    found = set()
    for notebook in notebooks:
        cells = nbformat.read(notebook, as_version=4).cells
        matches = [m.group(0).strip('"') for c in cells for m in INSTALL.finditer(c.source)]
        if not matches:
            sys.exit(f"{notebook.name}: no Colab install cell")
        found.update(matches)
    return sorted(found)


def frozen(pip):
    """{package name: its `pip freeze` line} of an environment."""
    lines = subprocess.run([pip, "freeze"], capture_output=True, text=True, check=True).stdout
    return {re.split(r"==| @ ", line)[0].lower(): line for line in lines.splitlines()}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("notebooks", nargs="*", type=Path, help="default: every chapter")
    notebooks = ([p.resolve() for p in parser.parse_args(argv).notebooks]
                 or toc_notebooks() + toc_exercises())
    shutil.rmtree(WORK, ignore_errors=True)
    venv, clone, content = WORK / "venv", WORK / "repo", WORK / "content"
    content.mkdir(parents=True)

    run(find_python(), "-m", "venv", venv)
    pip = venv / "bin" / "pip"
    run(pip, "install", "-q", *(f"{name}=={v}" for name, v in COLAB_PACKAGES.items()))
    colab = frozen(pip)

    run("git", "clone", "-q", ROOT, clone)
    url, _ = repository()
    gitconfig = WORK / "gitconfig"
    gitconfig.write_text(f'[url "file://{clone}"]\n\tinsteadOf = {url}\n', encoding="utf-8")
    env = {**os.environ, "GIT_CONFIG_GLOBAL": str(gitconfig)}
    for requirement in install_requirements(notebooks):
        run(pip, "install", "-q", requirement, env=env)
    after = frozen(pip)
    replaced = sorted(line for name, line in colab.items() if after.get(name) != line)
    added = sorted(after[name] for name in set(after) - set(colab))
    print("installed besides Colab's packages:", ", ".join(added))
    if replaced:
        sys.exit(f"the install cell replaced Colab's packages: {', '.join(replaced)}")

    install_fake_colab_files(venv / "bin" / "python")
    run(venv / "bin" / "python", "-m", "ipykernel", "install", "--prefix", WORK / "jupyter",
        "--name", KERNEL, stdout=subprocess.DEVNULL)
    os.environ["JUPYTER_PATH"] = str(WORK / "jupyter" / "share" / "jupyter")
    os.environ["PYDEVD_DISABLE_FILE_VALIDATION"] = "1"  # ipykernel's debugger start-up note
    failed = []
    for notebook in notebooks:
        print(f"[colab-sim] {notebook.name}", flush=True)
        try:
            profile = None if notebook.parent.name == "exercises" else "smoke"
            output = execute(notebook, profile, WORK / "executed" / notebook.name,
                             kernel=KERNEL, cwd=content)
        except Exception as error:  # report every chapter, then fail
            failed.append(f"{notebook.name}: {type(error).__name__}: {str(error)[-2000:]}")
            continue
        seconds, device = run_time(output)
        print(f"[colab-sim] {notebook.name}: {seconds} s on {device}", flush=True)
        failed += [f"{notebook.name}: stderr or error output: {text}" for text in noise(output)]
    print("\n".join(failed) or f"all {len(notebooks)} notebooks ran in the simulated Colab")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
