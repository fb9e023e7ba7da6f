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


@pytest.mark.parametrize(
    ("val_loss", "expected"),
    [
        # a rise at the end bigger than the swing before the minimum: over-fitting
        ([1.0, 0.8, 0.85, 0.6, 0.5, 0.7, 0.8, 0.9, 1.0, 1.1], (5, 0.05, 0.2, True)),
        # the minimum inside the last five epochs: no lasting rise (a plateau)
        ([1.0, 0.7, 0.6, 0.55, 0.5, 0.49, 0.5, 0.51, 0.49, 0.5], (6, 0.0, 0.0, False)),
        # a rise smaller than the earlier swing is read as a swing
        ([1.0, 0.6, 0.9, 0.5, 0.52, 0.53, 0.54, 0.55, 0.56, 0.57], (4, 0.3, 0.03, False)),
    ],
)
def test_val_loss_trend_reads_the_lasting_rise_against_the_swing(val_loss, expected):
    trend = helpers.val_loss_trend({"val_loss": val_loss})
    best_epoch, bump, rise, signal = expected
    assert trend["best_epoch"] == best_epoch
    assert trend["bump"] == pytest.approx(bump) and trend["lasting_rise"] == pytest.approx(rise)
    assert trend["overfitting_signal"] is signal


@pytest.mark.parametrize("history", [{"loss": [1.0]}, {"val_loss": []}, [0.5, 0.4]])
def test_val_loss_trend_needs_a_validation_loss(history):
    with pytest.raises(ValueError, match="val_loss"):
        helpers.val_loss_trend(history)
