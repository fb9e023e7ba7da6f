"""scripts/course.py: threshold rules, Colab install pins, seed runs."""

from pathlib import Path

import pytest

from scripts import course
from scripts.course import (
    ROOT,
    _git,
    check_thresholds,
    colab_links,
    git_history_available,
    pin_problem,
    repository,
)


def test_rules_pass_and_fail():
    values = {"accuracy": 0.9, "count": 3, "best_class": "트럭", "sha256": "0a1f"}
    assert check_thresholds(values, {
        "accuracy": {"min": 0.8, "max": 1.0},
        "count": {"equals": 3},
        "best_class": {"one_of": ["트럭", "자동차"]},
        "sha256": {"pattern": "[0-9a-f]{4}"},
    }) == []
    problems = check_thresholds(values, {
        "accuracy": {"min": 0.95},
        "count": {"equals": 4},
        "best_class": {"one_of": ["새"]},
        "sha256": {"pattern": "[0-9a-f]{5}"},
    })
    assert len(problems) == 4 and "below the minimum" in problems[0]


def test_missing_extra_and_misspelt_rules_are_reported():
    problems = check_thresholds({"a": 1, "b": 2}, {"a": {"minimum": 0}, "c": {"min": 0}})
    assert any("unknown rule" in p for p in problems)
    assert any("b = 2 is glued but has no threshold" in p for p in problems)
    assert any("c has a threshold but the notebook did not glue it" in p for p in problems)


def test_a_colab_pin_must_be_a_full_commit_of_this_repository():
    assert "not a full commit hash" in pin_problem("main")
    assert "not in this repository" in pin_problem("0" * 40)


@pytest.mark.skipif(not git_history_available(), reason="needs the git history")
def test_a_colab_pin_must_hold_the_package_that_the_tests_run():
    first = _git("rev-list", "--max-parents=0", "HEAD").stdout.split()[0]
    assert "changed after commit" in pin_problem(first)


def test_colab_links_follow_the_repository_of_config():
    url, branch = repository()
    badge, install = colab_links(ROOT / "chapters" / "01_image_basics.ipynb", "a" * 40)
    assert badge.endswith(f"/blob/{branch}/chapters/01_image_basics.ipynb")
    assert url.removeprefix("https://github.com/") in badge
    assert install == f'"dl-course-helpers @ git+{url}@{"a" * 40}"'


def test_seed_runs_pass_each_seed_and_count_the_runs_that_miss_a_target(monkeypatch, capsys):
    runs = []

    def fake_execute(notebook, profile, output, cwd=None, overrides=None):
        runs.append((profile, overrides["SEED"], output.name, cwd))
        return overrides["SEED"]

    monkeypatch.setattr(course, "execute", fake_execute)
    monkeypatch.setattr(course, "glued_values", lambda seed: {"test_accuracy": 0.8 + seed / 100})
    target = {"thresholds": {"test_accuracy": {"min": 0.815}}}
    monkeypatch.setattr(course, "load_profile", lambda notebook, profile: target)
    monkeypatch.setattr(course, "seed_targets", lambda notebook: {})
    failures = course.seed_runs("chapters/08_cifar10_better.ipynb", [1, 2, 3], Path("out"))
    assert runs == [
        ("full", seed, f"08_cifar10_better-seed{seed}.ipynb", Path("out")) for seed in (1, 2, 3)
    ]
    assert failures == 1
    printed = capsys.readouterr().out
    assert "SEED=1: test_accuracy = 0.81 is below the minimum 0.815" in printed
    assert "0.8200" in printed and "0.8300" in printed


def test_seed_mean_targets_count_the_stored_run_and_the_seeds(capsys):
    runs = [{"val": 0.70}, {"val": 0.66}, {"val": 0.66}]
    assert course.mean_problems(runs, {"val": {"mean_min": 0.67}}) == []
    assert course.mean_problems(runs, {"val": {"mean_min": 0.68}}) == [
        "mean val = 0.6733 is below 0.68"
    ]
    assert "did not glue" in course.mean_problems(runs[:1] + [{}], {"val": {"mean_min": 0.5}})[0]
    assert "mean_min" in course.mean_problems(runs, {"val": {"min": 0.5}})[0]
    assert "over 3 runs: 0.6733" in capsys.readouterr().out
