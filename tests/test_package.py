"""`helpers` installs with pip the way Colab installs it: code and sample images together."""

import shutil
import subprocess
import sys
import zipfile

from scripts.course import ROOT


def test_wheel_ships_the_package_and_the_sample_images(tmp_path):
    source = tmp_path / "source"  # a copy, so that the build leaves nothing in the repository
    for name in ("helpers", "data"):
        shutil.copytree(ROOT / name, source / name, ignore=shutil.ignore_patterns("__pycache__"))
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(tmp_path),
         str(source)],
        check=True, capture_output=True,
    )
    (wheel,) = tmp_path.glob("dl_course_helpers-*.whl")
    names = set(zipfile.ZipFile(wheel).namelist())
    samples = {f"helpers/sample_data/{p.name}" for p in (ROOT / "data").glob("*.png")}
    assert samples and samples <= names
    assert {"helpers/__init__.py", "helpers/data.py", "helpers/plotting/__init__.py"} <= names
    exercises = {f"helpers/exercises/{p.name}" for p in (ROOT / "helpers/exercises").glob("*.py")}
    assert "helpers/exercises/ex01.py" in exercises and exercises <= names
    assert not any(n.startswith(("tests/", "scripts/", "chapters/", "exercises/")) for n in names)

    target = tmp_path / "site"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(target),
         str(wheel)],
        check=True, capture_output=True,
    )
    code = (
        "import helpers; p = helpers.sample_image_path('digit_gray_28.png'); "
        "print(p.is_file(), 'sample_data' in p.parts)"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=tmp_path, env={"PYTHONPATH": str(target)},
        capture_output=True, text=True, check=True,
    )
    assert result.stdout.split() == ["True", "True"]
