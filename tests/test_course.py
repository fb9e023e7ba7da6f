"""The threshold rules of scripts/course.py."""

from scripts.course import check_thresholds


def test_rules_pass_and_fail():
    values = {"accuracy": 0.9, "count": 3, "best_class": "트럭"}
    assert check_thresholds(values, {
        "accuracy": {"min": 0.8, "max": 1.0},
        "count": {"equals": 3},
        "best_class": {"one_of": ["트럭", "자동차"]},
    }) == []
    problems = check_thresholds(values, {
        "accuracy": {"min": 0.95},
        "count": {"equals": 4},
        "best_class": {"one_of": ["새"]},
    })
    assert len(problems) == 3 and "below the minimum" in problems[0]


def test_missing_extra_and_misspelt_rules_are_reported():
    problems = check_thresholds({"a": 1, "b": 2}, {"a": {"minimum": 0}, "c": {"min": 0}})
    assert any("unknown rule" in p for p in problems)
    assert any("b = 2 is glued but has no threshold" in p for p in problems)
    assert any("c has a threshold but the notebook did not glue it" in p for p in problems)
