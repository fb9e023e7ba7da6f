import warnings

import matplotlib.pyplot as plt
import matplotlib.text
import numpy as np
import pytest
from matplotlib import font_manager

import helpers

RNG = np.random.default_rng(0)
GRAY = RNG.random((6, 28, 28))
COLOR = RNG.random((4, 32, 32, 3))
HISTORY = {"loss": [1.0, 0.5, 0.3], "accuracy": [0.5, 0.8, 0.9],
           "val_loss": [1.1, 0.6, 0.5], "val_accuracy": [0.5, 0.75, 0.8]}
NAMES_KO = helpers.class_names("fashion_mnist", korean=True)
PROBS = RNG.dirichlet(np.ones(10), size=6)


def _figures():
    y_true = np.array([0, 1, 2, 3, 4, 5])
    y_pred = np.array([0, 1, 2, 3, 4, 6])
    return {
        "show_images": lambda: helpers.show_images(GRAY, labels=NAMES_KO[:6], title="예시 이미지"),
        "show_images_color": lambda: helpers.show_images(COLOR, ncols=2),
        "plot_history": lambda: helpers.plot_history(HISTORY, title="학습 곡선"),
        "plot_history_several": lambda: helpers.plot_history(
            {"얕은 모델": HISTORY, "깊은 모델": HISTORY}),
        "plot_predictions": lambda: helpers.plot_predictions(
            GRAY, y_true, y_pred, NAMES_KO, probabilities=RNG.random((6, 10))),
        "plot_confusion_matrix": lambda: helpers.plot_confusion_matrix(y_true, y_pred, NAMES_KO),
        "plot_feature_maps": lambda: helpers.plot_feature_maps(
            RNG.standard_normal((1, 12, 12, 5)), title="특성 맵"),
        "plot_history_comparison": lambda: helpers.plot_history_comparison(
            {"얕은 모델": HISTORY, "깊은 모델": HISTORY}),
        "plot_class_probabilities": lambda: helpers.plot_class_probabilities(
            GRAY[0], {"얕은 모델": PROBS[0], "깊은 모델": PROBS[1]}, NAMES_KO),
        "plot_wrong_predictions": lambda: helpers.plot_wrong_predictions(
            GRAY, y_true, PROBS, NAMES_KO),
        "plot_per_class_accuracy": lambda: helpers.plot_per_class_accuracy(
            np.arange(10), np.r_[np.arange(9), 0], NAMES_KO),
        "plot_filters": lambda: helpers.plot_filters(
            RNG.standard_normal((5, 5, 1, 6)), title="필터"),
        "plot_filters_color": lambda: helpers.plot_filters(RNG.standard_normal((3, 3, 3, 4))),
    }


@pytest.mark.parametrize("name", list(_figures()))
def test_figures_render_korean_without_missing_glyphs(name):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # "Glyph ... missing from font(s)" becomes an error
        fig = _figures()[name]()
        fig.canvas.draw()
    texts = [t for t in fig.findobj(matplotlib.text.Text) if t.get_text().strip()]
    hangul = [t for t in texts if any("가" <= ch <= "힣" for ch in t.get_text())]
    if name not in ("show_images_color", "plot_filters_color"):
        assert hangul, "this figure was expected to carry Korean text"
    for text in hangul:
        assert "NanumGothic" in font_manager.findfont(text.get_fontproperties())
    plt.close(fig)


def test_minus_sign_is_drawn_with_a_glyph_the_font_has():
    helpers.use_korean_font()
    fig, ax = plt.subplots()
    ax.plot([-2, -1, 0], [-3, 0, 3])
    ax.set_title("음수 눈금")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        fig.canvas.draw()
    labels = [t.get_text() for t in ax.get_yticklabels()]
    assert any(label.startswith("-") for label in labels) and not any("\u2212" in s for s in labels)
    plt.close(fig)


def test_korean_font_survives_a_style_reset():
    plt.style.use("default")
    fig = helpers.show_images(GRAY[:2], labels=["하나", "둘"])
    title = fig.axes[0].title
    assert "NanumGothic" in font_manager.findfont(title.get_fontproperties())
    plt.close(fig)


def test_prediction_grid_marks_wrong_predictions():
    fig = helpers.plot_predictions(GRAY[:3], [0, 1, 2], [0, 5, 2], NAMES_KO)
    colors = [ax.title.get_color() for ax in fig.axes[:3]]
    assert colors == ["black", "tab:red", "black"]
    assert "예측: 샌들" in fig.axes[1].get_title()
    plt.close(fig)


def test_confusion_matrix_counts():
    matrix = helpers.confusion_matrix([0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 2, 0], 3)
    np.testing.assert_array_equal(matrix, [[1, 1, 0], [0, 1, 0], [1, 0, 2]])
    assert matrix.sum() == 6
    with pytest.raises(ValueError, match="범위"):
        helpers.confusion_matrix([0, 3], [0, 1], 3)
    with pytest.raises(ValueError, match="개수"):
        helpers.confusion_matrix([0, 1], [0], 3)


@pytest.mark.parametrize(
    "call",
    [
        lambda: helpers.show_images(np.zeros((28, 28))),
        lambda: helpers.show_images(np.zeros((2, 28, 28, 2))),
        lambda: helpers.show_images(np.zeros((0, 28, 28))),
        lambda: helpers.show_images(GRAY, labels=["하나"]),
        lambda: helpers.plot_history({"accuracy": [0.5]}),
        lambda: helpers.plot_history([0.1, 0.2]),
        lambda: helpers.plot_predictions(GRAY[:2], [0, 1, 2], [0, 1], NAMES_KO),
        lambda: helpers.plot_feature_maps(np.zeros((2, 8, 8, 4))),
        lambda: helpers.plot_history_comparison([0.1]),
        lambda: helpers.plot_class_probabilities(GRAY[0], PROBS[0][:9], NAMES_KO),
        lambda: helpers.plot_wrong_predictions(GRAY, [0, 1], PROBS, NAMES_KO),
        lambda: helpers.plot_wrong_predictions(GRAY[:2], [0, 1], np.eye(10)[:2], NAMES_KO),
        lambda: helpers.per_class_accuracy([0, 0, 2], [0, 1, 2], 3),
        lambda: helpers.plot_filters(np.zeros((5, 5, 32))),
    ],
)
def test_bad_input_raises_clear_error(call):
    with pytest.raises(ValueError) as error:
        call()
    assert any("가" <= ch <= "힣" for ch in str(error.value))
    plt.close("all")


def test_history_comparison_is_two_by_two_with_a_line_per_model():
    fig = helpers.plot_history_comparison({"얕은 모델": HISTORY, "깊은 모델": HISTORY})
    assert len(fig.axes) == 4
    assert [len(ax.lines) for ax in fig.axes] == [2, 2, 2, 2]
    assert fig.axes[3].get_title() == "검증 세트 정확도(accuracy)"
    np.testing.assert_allclose(fig.axes[1].lines[0].get_ydata(), HISTORY["val_loss"])
    plt.close(fig)


def test_class_probabilities_titles_name_each_models_prediction():
    probs = np.zeros(10)
    probs[4] = 0.9
    probs[0] = 0.1
    fig = helpers.plot_class_probabilities(GRAY[0], {"깊은 모델": probs}, NAMES_KO)
    assert fig.axes[1].get_title() == "깊은 모델: 코트 (90%)"
    plt.close(fig)


def test_wrong_predictions_are_shown_most_confident_first():
    probs = np.full((4, 10), 0.0)
    probs[0, 0] = 1.0  # right
    probs[1, 5], probs[1, 1] = 0.6, 0.4  # wrong, 60%
    probs[2, 7], probs[2, 2] = 0.9, 0.1  # wrong, 90%
    probs[3, 3] = 1.0  # right
    fig = helpers.plot_wrong_predictions(GRAY[:4], [0, 1, 2, 3], probs, NAMES_KO)
    titles = [ax.get_title() for ax in fig.axes if ax.get_title()]
    assert len(titles) == 2
    assert titles[0].endswith("(90%)") and titles[1].endswith("(60%)")
    plt.close(fig)


def test_per_class_accuracy():
    accuracy = helpers.per_class_accuracy([0, 0, 1, 1, 1, 2], [0, 1, 1, 1, 0, 2], 3)
    np.testing.assert_allclose(accuracy, [0.5, 2 / 3, 1.0])
