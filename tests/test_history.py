"""helpers.curve_summary: the numbers the chapters read off their learning curves."""

import pytest

import helpers

CURVES = {
    "loss": [0.9, 0.5, 0.3, 0.2],
    "accuracy": [0.6, 0.8, 0.9, 0.95],
    "val_loss": [0.8, 0.4, 0.45, 0.5],
    "val_accuracy": [0.65, 0.85, 0.86, 0.87],
}


class FakeHistory:
    history = CURVES


def test_summary_of_a_curve_that_rises_after_its_best_epoch():
    summary = helpers.curve_summary(CURVES)
    assert summary["epochs"] == 4
    assert summary["best_epoch"] == 2
    assert summary["best_val_loss"] == pytest.approx(0.4)
    assert summary["best_val_accuracy"] == pytest.approx(0.85)
    assert summary["val_loss_rise"] == pytest.approx(0.1)
    assert summary["final_train_accuracy"] == pytest.approx(0.95)
    assert summary["final_val_accuracy"] == pytest.approx(0.87)
    assert summary["accuracy_gap"] == pytest.approx(0.08)


def test_a_history_object_and_its_dict_give_the_same_summary():
    assert helpers.curve_summary(FakeHistory()) == helpers.curve_summary(CURVES)


def test_missing_validation_curves_are_a_clear_error():
    with pytest.raises(ValueError, match="validation_data"):
        helpers.curve_summary({"loss": [1.0], "accuracy": [0.5]})


def test_an_empty_history_is_a_clear_error():
    with pytest.raises(ValueError, match="비어"):
        helpers.curve_summary({k: [] for k in CURVES})
