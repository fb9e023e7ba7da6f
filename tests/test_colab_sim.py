"""The simulated Colab runtime (scripts/colab_sim.py) and what the README says of it."""

from scripts.colab_sim import COLAB_PACKAGES, COLAB_PYTHON, install_requirements
from scripts.course import ROOT, repository, toc_notebooks

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_lists_the_simulated_versions():
    for name, version in {"Python": COLAB_PYTHON, **COLAB_PACKAGES}.items():
        assert f"| {name} | {version} |" in README, f"README: {name} {version}"


def test_every_chapter_installs_helpers_from_the_configured_repository():
    url, _ = repository()
    requirements = install_requirements(toc_notebooks())
    assert requirements
    assert all(r.startswith(f"dl-course-helpers @ git+{url}@") for r in requirements)
