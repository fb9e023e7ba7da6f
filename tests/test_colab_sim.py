"""The simulated Colab runtime (scripts/colab_sim.py) and what the README says of it."""

from scripts.colab_sim import COLAB_PACKAGES, COLAB_PYTHON, install_requirements
from scripts.course import ROOT, repository, toc_exercises, toc_notebooks

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_the_simulated_versions():
    for name, version in {"Python": COLAB_PYTHON, **COLAB_PACKAGES}.items():
        assert f"| {name} | {version} |" in README, f"README: {name} {version}"


def test_every_chapter_and_exercise_installs_helpers_from_the_configured_repository():
    url, _ = repository()
    requirements = install_requirements(toc_notebooks() + toc_exercises())
    assert requirements
    assert all(r.startswith(f"dl-course-helpers @ git+{url}@") for r in requirements)


def test_the_stand_in_upload_gives_a_sample_image(tmp_path, monkeypatch):
    import subprocess
    import sys

    from scripts.colab_sim import install_fake_colab_files

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(
        a, 0, stdout=str(tmp_path)))
    install_fake_colab_files(sys.executable)
    monkeypatch.undo()
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.chdir(tmp_path)
    try:
        from google.colab import files

        uploaded = files.upload()
    finally:  # no later test may take this process for Colab
        sys.modules.pop("google.colab.files", None)
        sys.modules.pop("google.colab", None)
    (name, content), = uploaded.items()
    assert (tmp_path / name).read_bytes() == content and content[:4] == b"\x89PNG"


def test_the_stand_in_output_sends_a_drawn_seven_to_the_pad_callback(tmp_path, monkeypatch, capsys):
    import subprocess
    import sys

    import numpy as np

    import helpers
    from scripts.colab_sim import install_fake_colab_files

    monkeypatch.setattr(subprocess, "run", lambda *a, **k: subprocess.CompletedProcess(
        a, 0, stdout=str(tmp_path)))
    install_fake_colab_files(sys.executable)
    monkeypatch.undo()
    monkeypatch.syspath_prepend(str(tmp_path))
    seen = []

    class SevenModel:  # answers 7, and keeps what the pad sent
        def predict(self, images, verbose=0):
            seen.append(images)
            return np.eye(10)[[7]]

    try:
        helpers.show_colab_canvas(SevenModel())
    finally:  # no later test may take this process for Colab
        sys.modules.pop("google.colab.output", None)
        sys.modules.pop("google.colab", None)
    (images,) = seen
    assert images.shape == (1, 28, 28, 1) and images.max() == 1.0
    assert "digit_demo.predict에 보냈습니다: 예측 7" in capsys.readouterr().out
