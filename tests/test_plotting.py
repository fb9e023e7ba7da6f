import warnings

import matplotlib.colors
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
        "plot_augmentations": lambda: helpers.plot_augmentations(
            COLOR[:2], COLOR[None, :3].repeat(2, 0)),
        "plot_learning_rate": lambda: helpers.plot_learning_rate(
            np.arange(20), np.linspace(0, 1, 20), 5, title="학습률"),
        "plot_step_comparison": lambda: helpers.plot_step_comparison(
            {"기본 모델": HISTORY, "+ 증강": HISTORY}),
        "plot_ablation": lambda: helpers.plot_ablation(
            {"최종 레시피": [HISTORY, HISTORY], "증강 없이": [HISTORY, HISTORY]}),
        "plot_activation_histograms": lambda: helpers.plot_activation_histograms(
            {"배치 정규화 없음": RNG.standard_normal((8, 4, 4, 6)),
             "배치 정규화 있음": RNG.standard_normal((8, 4, 4, 6))}),
        "plot_convolution_steps": lambda: helpers.plot_convolution_steps(
            np.eye(6, dtype=int), -np.eye(3, dtype=int), [(0, 0), (1, 2)], title="합성곱"),
        "plot_model_comparison": lambda: helpers.plot_model_comparison(
            {"MLP": (0.88, 111146), "넓은 MLP": (0.89, 340314), "CNN": (0.92, 333526)}),
        "plot_per_class_comparison": lambda: helpers.plot_per_class_comparison(
            {"7장 모델": RNG.random(10), "최종 모델": RNG.random(10)}, NAMES_KO),
        "plot_drawn_digits": lambda: helpers.plot_drawn_digits(
            RNG.random((2, 280, 280)), GRAY[:2], PROBS[:2]),
        "plot_relu_feature_map": lambda: helpers.plot_relu_feature_map(
            RNG.standard_normal((26, 26)), title="ReLU"),
        "plot_filter_stack": lambda: helpers.plot_filter_stack(
            GRAY[0], RNG.standard_normal((3, 3, 4)), RNG.random((26, 26, 4)),
            labels=["세로", "가로", "대각선", "흐림"]),
        "plot_receptive_field": lambda: helpers.plot_receptive_field(
            7, 3, influence=np.ones((7, 7))),
        "plot_gradient_descent": lambda: helpers.plot_gradient_descent(
            lambda w: (np.asarray(w) - 3.0) ** 2,
            {"너무 작음: 0.02": [0.0, 0.5, 0.9], "너무 큼: 0.8": [0.0, 6.0, -2.0, 10.0]},
            slope=lambda w: 2 * (w - 3.0)),
        "plot_step_losses": lambda: helpers.plot_step_losses(
            {"미니배치 32장": RNG.random(95), "전체 배치 600장": RNG.random(5)}, 5),
        "plot_backpropagation": lambda: helpers.plot_backpropagation(),
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


def test_readable_at_the_books_width(name):
    """Every text is >= 10 px where the book shows the figure (688 px wide at 100 dpi)."""
    fig = _figures()[name]()
    fig.canvas.draw()
    width_px = fig.get_figwidth() * 100
    shrink = min(1.0, 688 / width_px)
    sizes = [t.get_fontsize() for t in fig.findobj(matplotlib.text.Text)
             if t.get_visible() and t.get_text().strip()]
    assert all(size * 100 / 72 * shrink >= 10 for size in sizes), (fig.get_figwidth(), sizes)
    plt.close(fig)


test_readable_at_the_books_width = pytest.mark.parametrize("name", list(_figures()))(
    test_readable_at_the_books_width
)


def test_confusion_matrix_is_scikit_learns(monkeypatch):
    import sklearn.metrics

    y_true, y_pred = [0, 0, 1, 2, 2, 2], [0, 1, 1, 2, 2, 0]
    fig = helpers.plot_confusion_matrix(y_true, y_pred, ["가", "나", "다"])
    shown = fig.axes[0].images[0].get_array()
    np.testing.assert_array_equal(shown, sklearn.metrics.confusion_matrix(y_true, y_pred))
    plt.close(fig)
    calls = []
    original = helpers.plotting.evaluation.ConfusionMatrixDisplay.from_predictions
    monkeypatch.setattr(helpers.plotting.evaluation.ConfusionMatrixDisplay, "from_predictions",
                        lambda *a, **k: calls.append(k) or original(*a, **k))
    plt.close(helpers.plot_confusion_matrix(y_true, y_pred, ["가", "나", "다"]))
    assert calls, "plot_confusion_matrix must draw with sklearn's ConfusionMatrixDisplay"


def test_no_reimplementation_of_what_sklearn_and_keras_do():
    for name in ("confusion_matrix", "per_class_accuracy", "one_hot", "train_val_split",
                 "take_subset", "build_mlp", "build_mnist_cnn"):
        assert not hasattr(helpers, name), f"helpers.{name}: use the library (or the chapter)"


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
        lambda: helpers.plot_per_class_accuracy([0, 0, 2], [0, 1, 2], NAMES_KO[:3]),
        lambda: helpers.plot_filters(np.zeros((5, 5, 32))),
        lambda: helpers.plot_augmentations(COLOR[:2], COLOR[:3]),
        lambda: helpers.plot_learning_rate(np.arange(3), [0.1, 0.2], 1),
        lambda: helpers.plot_learning_rate([], [], 1),
        lambda: helpers.plot_step_comparison({"기본 모델": {"loss": [1.0]}}),
        lambda: helpers.plot_ablation({"기본 모델": [{"loss": [1.0]}]}),
        lambda: helpers.plot_ablation({"기본 모델": HISTORY}),
        lambda: helpers.plot_ablation({"기본 모델": []}),
        lambda: helpers.plot_activation_histograms(RNG.standard_normal((8, 4, 4, 6))),
        lambda: helpers.plot_convolution_steps(np.eye(6), np.eye(3), [(4, 0)]),
        lambda: helpers.plot_model_comparison({"MLP": 0.9}),
        lambda: helpers.plot_convolution_steps(np.eye(3), np.eye(4), [(0, 0)]),
        lambda: helpers.plot_activation_histograms({"층": RNG.standard_normal((8, 4, 4, 2))}),
        lambda: helpers.plot_per_class_comparison({"최종 모델": RNG.random(9)}, NAMES_KO),
        lambda: helpers.plot_drawn_digits(RNG.random((2, 280, 280)), GRAY[:2], PROBS[:3]),
        lambda: helpers.plot_drawn_digits(RNG.random((2, 280, 280)), GRAY[:3], PROBS[:2]),
        lambda: helpers.plot_relu_feature_map(RNG.standard_normal((2, 6, 6))),
        lambda: helpers.plot_relu_feature_map(np.zeros((6, 6)), np.zeros((4, 4))),
        lambda: helpers.plot_filter_stack(GRAY[0], np.zeros((3, 3, 4)), np.zeros((26, 26, 3))),
        lambda: helpers.plot_filter_stack(GRAY[:2], np.zeros((3, 3, 4)), np.zeros((26, 26, 4))),
        lambda: helpers.plot_filter_stack(
            GRAY[0], np.zeros((3, 3, 2)), np.zeros((26, 26, 2)), labels=["하나"]),
        lambda: helpers.plot_receptive_field(5, 3, layers=3),
        lambda: helpers.plot_receptive_field(7, 3, influence=np.ones((5, 5))),
        lambda: helpers.plot_gradient_descent(lambda w: w, [0.0, 1.0]),
        lambda: helpers.plot_gradient_descent(lambda w: w, {"발산": [0.0, np.inf]}),
        lambda: helpers.plot_step_losses({"미니배치": []}, 5),
        lambda: helpers.plot_step_losses({"미니배치": [1.0, 0.5]}, 0),
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


def test_per_class_accuracy_bars_are_sklearns_recall():
    from sklearn.metrics import recall_score

    y_true, y_pred = [0, 0, 1, 1, 1, 2], [0, 1, 1, 1, 0, 2]
    fig = helpers.plot_per_class_accuracy(y_true, y_pred, NAMES_KO[:3])
    heights = [bar.get_height() for bar in fig.axes[0].patches]
    np.testing.assert_allclose(heights, recall_score(y_true, y_pred, average=None))
    np.testing.assert_allclose(heights, [0.5, 2 / 3, 1.0])
    plt.close(fig)


def test_augmentation_grid_puts_each_original_first_in_its_row():
    augmented = np.stack([COLOR[:2] * 0.5] * 3, axis=1)
    fig = helpers.plot_augmentations(COLOR[:2], augmented)
    assert len(fig.axes) == 2 * 4
    assert [ax.get_title() for ax in fig.axes[:4]] == ["원본", "증강 1", "증강 2", "증강 3"]
    np.testing.assert_allclose(fig.axes[4].images[0].get_array(), COLOR[1])
    plt.close(fig)


def test_learning_rate_plot_puts_epochs_on_the_x_axis():
    fig = helpers.plot_learning_rate([0, 10, 20], [0.0, 0.003, 0.0], steps_per_epoch=10)
    np.testing.assert_allclose(fig.axes[0].lines[0].get_xdata(), [0, 1, 2])
    np.testing.assert_allclose(fig.axes[0].lines[0].get_ydata(), [0.0, 0.003, 0.0])
    plt.close(fig)


def test_step_comparison_bars_are_the_last_validation_accuracies():
    other = {**HISTORY, "val_accuracy": [0.4, 0.6, 0.7]}
    fig = helpers.plot_step_comparison({"기본": HISTORY, "+ 증강": other})
    curves, bars = fig.axes
    assert len(curves.lines) == 2
    widths = [patch.get_width() for patch in bars.patches]
    np.testing.assert_allclose(widths, [0.8, 0.7])
    assert [t.get_text() for t in bars.get_yticklabels()] == ["기본", "+ 증강"]
    plt.close(fig)


def test_ablation_shows_every_seed_and_the_seed_mean():
    other = {**HISTORY, "val_accuracy": [0.4, 0.6, 0.7]}
    fig = helpers.plot_ablation({"최종": [HISTORY, other], "증강 없이": [other]})
    curves, dots = fig.axes
    assert len(curves.lines) == 3  # one curve per seed
    seeds, mean, *_ = dots.lines
    np.testing.assert_allclose(seeds.get_xdata(), [0.8, 0.7])  # one dot per seed
    np.testing.assert_allclose(mean.get_xdata(), [0.75, 0.75])  # the seed mean
    low, high = dots.get_xlim()
    assert 0.6 < low < 0.7 and 0.8 < high < 0.9  # zoomed: a 0.1 spread fills the axis
    assert [t.get_text() for t in dots.get_yticklabels()] == ["최종", "증강 없이"]
    plt.close(fig)


def test_activation_histograms_title_the_channel_statistics():
    values = np.zeros((10, 2, 2, 4))
    values[..., 1] = 2.0
    fig = helpers.plot_activation_histograms({"층": values}, channels=2)
    assert "평균 0.00~2.00" in fig.axes[0].get_title()
    assert "표준편차 0.00~0.00" in fig.axes[0].get_title()
    plt.close(fig)


def test_per_class_comparison_draws_a_bar_per_model_and_class():
    fig = helpers.plot_per_class_comparison(
        {"7장 모델": np.full(10, 0.5), "최종 모델": np.full(10, 0.9)}, NAMES_KO)
    ax = fig.axes[0]
    assert len(ax.patches) == 20
    assert [t.get_text() for t in ax.get_legend().get_texts()] == [
        "7장 모델 (평균 50.0%)", "최종 모델 (평균 90.0%)"]
    plt.close(fig)


def test_convolution_steps_fill_the_output_in_order():
    image = np.arange(16).reshape(4, 4)
    kernel = np.array([[1, 0], [0, -1]])
    fig = helpers.plot_convolution_steps(image, kernel, [(0, 0), (1, 1)])
    first, second = fig.axes[1], fig.axes[3]
    assert [t.get_text() for t in first.texts] == ["-5"]
    assert len(second.texts) == 5  # row 0 (3 cells) and row 1 up to column 1
    assert second.get_title().endswith("= -5")
    plt.close(fig)


def test_convolution_steps_draw_a_binary_image_black_and_white():
    image = np.zeros((6, 6), dtype=int)
    image[1:5, 2:4] = 1
    fig = helpers.plot_convolution_steps(image, np.ones((3, 3), dtype=int), [(0, 0)])
    assert fig.axes[0].images[0].get_clim() == (0, 1)  # 0 black, 1 white (not grey)
    assert fig.axes[0].get_title() == "입력: 필터를 (0, 0)에 올림"
    plt.close(fig)


def test_relu_feature_map_shows_negatives_set_to_zero_on_one_scale():
    before = np.array([[-2.0, 1.0], [0.5, -0.5]])
    fig = helpers.plot_relu_feature_map(before)
    left, right = fig.axes[0].images[0], fig.axes[1].images[0]
    np.testing.assert_array_equal(left.get_array(), before)
    np.testing.assert_array_equal(right.get_array(), [[0.0, 1.0], [0.5, 0.0]])
    assert left.get_clim() == right.get_clim() == (-2.0, 2.0)
    plt.close(fig)


def test_filter_stack_draws_one_row_per_filter_and_stacks_the_channels():
    maps = RNG.random((5, 5, 3))
    fig = helpers.plot_filter_stack(np.eye(7), np.ones((3, 3, 1, 3)), maps[None])
    titles = [ax.get_title() for ax in fig.axes]
    assert titles[0].startswith("입력 7×7")
    assert [t for t in titles if t.startswith("필터")] == ["필터 0", "필터 1", "필터 2"]
    stack = fig.axes[-1]
    assert stack.get_title().startswith("출력 (5, 5, 3)")
    assert len(stack.images) == 3
    front = max(stack.images, key=lambda image: image.get_zorder())
    np.testing.assert_array_equal(front.get_array(), maps[..., 0])  # channel 0 in front
    plt.close(fig)


def test_receptive_field_of_two_3x3_layers_is_5x5():
    fig = helpers.plot_receptive_field(7, kernel_size=3, layers=2)
    red = matplotlib.colors.to_rgba("tab:red")
    red_boxes = [[p.get_width() for p in ax.patches if p.get_edgecolor() == red]
                 for ax in fig.axes]
    assert red_boxes == [[5], [3], [1]]
    labels = [ax.get_xlabel() for ax in fig.axes]
    assert labels == ["보는 구역 5×5", "보는 구역 3×3", "가운데 칸 하나"]
    assert [ax.images[0].get_array().shape for ax in fig.axes] == [(7, 7), (5, 5), (3, 3)]
    assert [int(ax.images[0].get_array().sum()) for ax in fig.axes] == [25, 9, 1]
    plt.close(fig)


def test_show_images_can_share_one_value_range():
    fig = helpers.show_images(np.stack([np.zeros((4, 4)), np.eye(4)]), value_range=(-1, 1))
    assert [ax.images[0].get_clim() for ax in fig.axes] == [(-1, 1), (-1, 1)]
    plt.close(fig)


def test_gradient_descent_draws_each_path_on_its_loss_curve():
    path = [0.0, 2.0, 2.8]
    fig = helpers.plot_gradient_descent(lambda w: (np.asarray(w) - 3.0) ** 2, {"알맞음": path},
                                        slope=lambda w: 2 * (w - 3.0))
    ax = fig.axes[0]
    points = ax.collections[0].get_offsets()
    assert np.allclose(points[:, 0], path) and np.allclose(points[:, 1], (np.array(path) - 3) ** 2)
    assert "기울기 -6.00" in [text.get_text() for text in ax.get_legend().get_texts()]


def test_step_losses_put_each_run_on_the_same_epoch_axis():
    fig = helpers.plot_step_losses({"미니배치": np.ones(95), "전체 배치": np.ones(5)}, 5)
    lines = fig.axes[0].get_lines()
    assert [len(line.get_xdata()) for line in lines] == [95, 5]
    assert all(line.get_xdata()[0] == 0 and line.get_xdata()[-1] < 5 for line in lines)
