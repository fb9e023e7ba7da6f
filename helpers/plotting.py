"""한국어가 깨지지 않는 그림들: 이미지 격자, 학습 곡선, 예측 격자, 클래스 확률, 오차 행렬,
클래스별 정확도, 필터와 특성 맵.

모든 함수는 그린 `matplotlib.figure.Figure`를 돌려줍니다. 노트북에서는 `fig = ...`처럼
받아 두면 그림이 한 번만 표시됩니다.
"""

import importlib.util
import math
import textwrap
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import font_manager
from matplotlib.ticker import MaxNLocator
from sklearn.metrics import ConfusionMatrixDisplay, recall_score

KOREAN_FONT = "NanumGothic"
WRONG_COLOR = "tab:red"
# The book shows cell outputs 688 px wide; figures are drawn at 100 dpi. A figure no wider than
# this is shown at full size, so every text of at least MIN_FONT_SIZE points stays >= 10 px.
FIGURE_WIDTH = 6.8
MIN_FONT_SIZE = 8


def _register_nanum_gothic():
    """koreanize-matplotlib 패키지에 들어 있는 NanumGothic 글꼴 파일을 matplotlib에 등록합니다.

    그 패키지를 import 하지는 않습니다(import 할 때 쓰는 distutils는 Python 3.12에 없습니다).
    """
    if any(font.name == KOREAN_FONT for font in font_manager.fontManager.ttflist):
        return
    spec = importlib.util.find_spec("koreanize_matplotlib")
    if spec is None:
        raise ImportError(
            "한글 글꼴(Korean font)이 없습니다: 'pip install koreanize-matplotlib'로 설치하세요."
        )
    for path in sorted(Path(spec.submodule_search_locations[0], "fonts").glob("*.ttf")):
        font_manager.fontManager.addfont(path)


def use_korean_font():
    """matplotlib이 한글을 NanumGothic으로 그리고 음수 부호를 '-'로 쓰게 합니다."""
    _register_nanum_gothic()
    # Set again on every call: a style or seaborn theme may have reset them since.
    plt.rcParams["font.family"] = KOREAN_FONT
    plt.rcParams["axes.unicode_minus"] = False


def _as_image_batch(images):
    images = np.asarray(images)
    if images.ndim == 4 and images.shape[-1] == 1:
        images = images[..., 0]
    if not (images.ndim == 3 or (images.ndim == 4 and images.shape[-1] == 3)):
        raise ValueError(
            "이미지 묶음은 (N, H, W), (N, H, W, 1), (N, H, W, 3) 모양(shape)이어야 합니다. "
            f"받은 모양: {images.shape}"
        )
    if len(images) == 0:
        raise ValueError("그릴 이미지가 없습니다(빈 배열).")
    return images


def _check_length(name, values, expected):
    if values is not None and len(values) != expected:
        raise ValueError(f"{name}의 개수({len(values)})가 이미지 개수({expected})와 다릅니다.")


def _grid(count, ncols, cell_size, title_height=0.0):
    """title_height: extra inches per row for titles longer than one line.

    Cells shrink where `ncols` of them would be wider than the book's page (FIGURE_WIDTH).
    """
    ncols = max(1, min(ncols, count))
    nrows = math.ceil(count / ncols)
    cell_size = min(cell_size, FIGURE_WIDTH / ncols)
    fig, axes = plt.subplots(
        nrows, ncols, figsize=(cell_size * ncols, (cell_size + title_height) * nrows + 0.3),
        squeeze=False,
    )
    for ax in axes.flat:
        ax.axis("off")
    return fig, axes.flat


def _finish(fig, title=None):
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig


def _panel_grid(panels, labels, ncols, cell_size, cmap, title):
    """2-D panels (or RGB ones, drawn in colour) in a grid, each with a small label."""
    fig, axes = _grid(len(panels), ncols, cell_size)
    for panel, label, ax in zip(panels, labels, axes, strict=False):
        ax.imshow(panel, cmap=cmap)
        ax.set_title(label, fontsize=MIN_FONT_SIZE)
    return _finish(fig, title)


def _imshow(ax, image, value_range=None):
    if image.ndim == 2:
        vmin, vmax = value_range or (None, None)
        ax.imshow(image, cmap="gray", vmin=vmin, vmax=vmax)
    else:
        ax.imshow(image)


def show_images(images, labels=None, ncols=8, title=None, cell_size=1.5, value_range=None):
    """이미지 묶음을 격자로 그립니다. labels가 있으면 각 이미지 위에 씁니다.

    흑백 이미지는 칸마다 가장 어두운 값을 검정, 가장 밝은 값을 흰색으로 그립니다.
    value_range=(최솟값, 최댓값)을 주면 모든 칸이 같은 기준으로 그려집니다.
    """
    use_korean_font()
    images = _as_image_batch(images)
    _check_length("labels", labels, len(images))
    fig, axes = _grid(len(images), ncols, cell_size)
    for i, (ax, image) in enumerate(zip(axes, images, strict=False)):
        _imshow(ax, image, value_range)
        if labels is not None:
            ax.set_title(str(labels[i]), fontsize=9 if ncols <= 8 else MIN_FONT_SIZE)
    return _finish(fig, title)


def _history_dict(history):
    values = getattr(history, "history", history)
    if not isinstance(values, dict) or "loss" not in values:
        raise ValueError(
            "훈련 기록(history)은 keras History나 'loss' 키가 있는 딕셔너리여야 합니다. "
            f"받은 것: {type(history).__name__}"
        )
    return values


def _named_histories(histories):
    if hasattr(histories, "history") or (isinstance(histories, dict) and "loss" in histories):
        return {"": _history_dict(histories)}
    if isinstance(histories, dict) and histories:
        return {name: _history_dict(h) for name, h in histories.items()}
    raise ValueError(
        "plot_history는 History 하나, 또는 {이름: History} 딕셔너리를 받습니다. "
        f"받은 것: {type(histories).__name__}"
    )


def plot_history(histories, title=None):
    """학습 곡선: 손실과 정확도를 나란히 그립니다(실선은 훈련, 점선은 검증).

    History 하나, 또는 여러 모델을 비교하려면 `{"모델 이름": history, ...}`를 넘깁니다.
    """
    use_korean_font()
    named = _named_histories(histories)
    fig, (loss_ax, acc_ax) = plt.subplots(1, 2, figsize=(FIGURE_WIDTH, 3.2))
    for (name, values), color in zip(named.items(), plt.cm.tab10.colors, strict=False):
        prefix = f"{name} " if name else ""
        epochs = np.arange(1, len(values["loss"]) + 1)
        for metric, ax in (("loss", loss_ax), ("accuracy", acc_ax)):
            if metric in values:
                ax.plot(epochs, values[metric], "-o", color=color, ms=3, label=f"{prefix}훈련")
            if f"val_{metric}" in values:
                ax.plot(
                    epochs, values[f"val_{metric}"], "--o", color=color, ms=3,
                    label=f"{prefix}검증",
                )
    for ax, label in ((loss_ax, "손실(loss)"), (acc_ax, "정확도(accuracy)")):
        ax.xaxis.set_major_locator(MaxNLocator(integer=True))
        ax.set_xlabel("에포크(epoch)")
        ax.set_ylabel(label)
        ax.grid(alpha=0.3)
        if ax.has_data():
            ax.legend(fontsize=9)
    return _finish(fig, title)


def plot_predictions(images, y_true, y_pred, class_names, probabilities=None, ncols=4):
    """예측 격자: 각 이미지에 정답과 예측을 쓰고, 틀린 것은 빨간색으로 표시합니다.

    probabilities를 주면 (N,) 예측 확신도 또는 (N, 클래스 수) 확률에서 예측 확률을 씁니다.
    """
    use_korean_font()
    images = _as_image_batch(images)
    y_true, y_pred = np.asarray(y_true), np.asarray(y_pred)
    _check_length("y_true", y_true, len(images))
    _check_length("y_pred", y_pred, len(images))
    if probabilities is not None:
        probabilities = np.asarray(probabilities)
        _check_length("probabilities", probabilities, len(images))
        if probabilities.ndim == 2:
            probabilities = probabilities[np.arange(len(images)), y_pred]
    fig, axes = _grid(len(images), ncols, 1.7, title_height=0.4)
    for i, ax in enumerate(axes):
        if i >= len(images):
            break
        _imshow(ax, images[i])
        wrong = y_true[i] != y_pred[i]
        text = f"정답: {class_names[y_true[i]]}\n예측: {class_names[y_pred[i]]}"
        if probabilities is not None:
            text += f" ({probabilities[i]:.0%})"
        ax.set_title(text, fontsize=10, color=WRONG_COLOR if wrong else "black")
        if wrong:
            ax.axis("on")
            ax.set_xticks([])
            ax.set_yticks([])
            for spine in ax.spines.values():
                spine.set_color(WRONG_COLOR)
                spine.set_linewidth(2.5)
    fig.tight_layout()
    return fig


def plot_confusion_matrix(y_true, y_pred, class_names):
    """scikit-learn의 `ConfusionMatrixDisplay`로 오차 행렬을 그리고 축 이름을 한국어로 씁니다."""
    use_korean_font()
    size = min(FIGURE_WIDTH, 0.55 * len(class_names) + 1.8)
    fig, ax = plt.subplots(figsize=(size, size))
    ConfusionMatrixDisplay.from_predictions(
        np.asarray(y_true).ravel(), np.asarray(y_pred).ravel(),
        labels=np.arange(len(class_names)), display_labels=class_names,
        cmap="Blues", colorbar=False, xticks_rotation=45, ax=ax, text_kw={"fontsize": 9},
    )
    ax.set_xlabel("예측한 클래스")
    ax.set_ylabel("실제 클래스")
    ax.set_title("오차 행렬(confusion matrix)")
    fig.tight_layout()
    return fig


def plot_feature_maps(feature_maps, ncols=8, title=None):
    """한 이미지의 특성 맵(feature map) (H, W, C)을 채널마다 한 칸씩 그립니다."""
    use_korean_font()
    maps = np.asarray(feature_maps)
    if maps.ndim == 4 and maps.shape[0] == 1:
        maps = maps[0]
    if maps.ndim != 3:
        raise ValueError(
            "특성 맵은 (H, W, C) 또는 (1, H, W, C) 모양(shape)이어야 합니다. "
            f"받은 모양: {maps.shape}"
        )
    panels = [maps[..., channel] for channel in range(maps.shape[-1])]
    labels = [f"채널 {channel}" for channel in range(len(panels))]
    return _panel_grid(panels, labels, ncols, 1.3, "viridis", title)


def plot_history_comparison(histories, title=None):
    """여러 모델의 학습 곡선을 2×2로 비교합니다: 행은 손실/정확도, 열은 훈련/검증 세트.

    `{"모델 이름": history, ...}`를 넘깁니다. 같은 칸에 모델마다 다른 색의 선을 그립니다.
    """
    use_korean_font()
    named = _named_histories(histories)
    fig, axes = plt.subplots(2, 2, figsize=(FIGURE_WIDTH, 5.6), sharex=True)
    metrics = (("loss", "손실(loss)"), ("accuracy", "정확도(accuracy)"))
    splits = (("", "훈련 세트"), ("val_", "검증 세트"))
    for row, (metric, metric_label) in enumerate(metrics):
        for col, (prefix, split_label) in enumerate(splits):
            ax = axes[row, col]
            for (name, values), color in zip(named.items(), plt.cm.tab10.colors, strict=False):
                if prefix + metric in values:
                    series = values[prefix + metric]
                    epochs = np.arange(1, len(series) + 1)
                    ax.plot(epochs, series, "-o", color=color, ms=3, label=name or None)
            ax.set_title(f"{split_label} {metric_label}", fontsize=10)
            ax.xaxis.set_major_locator(MaxNLocator(integer=True))
            ax.set_ylabel(metric_label)
            ax.grid(alpha=0.3)
            if row == 1:
                ax.set_xlabel("에포크(epoch)")
            if ax.has_data() and any(named):
                ax.legend(fontsize=9)
    return _finish(fig, title)


def plot_class_probabilities(image, probabilities, class_names, title=None):
    """이미지 한 장과, 모델마다 그 이미지의 클래스별 확률을 가로 막대그래프로 그립니다.

    probabilities는 (클래스 수,) 배열 하나 또는 `{"모델 이름": 배열, ...}`입니다.
    가장 높은 확률(예측)의 막대는 진하게 칠합니다.
    """
    use_korean_font()
    image = _as_image_batch(np.asarray(image)[None])[0]
    named = probabilities if isinstance(probabilities, dict) else {"": probabilities}
    named = {name: np.asarray(p, dtype=float).ravel() for name, p in named.items()}
    for name, p in named.items():
        if len(p) != len(class_names):
            raise ValueError(
                f"{name or '확률'}의 길이({len(p)})가 클래스 수({len(class_names)})와 다릅니다."
            )
    fig, axes = plt.subplots(
        1, 1 + len(named), figsize=(min(FIGURE_WIDTH, 1.8 + 2.5 * len(named)), 2.8),
        gridspec_kw={"width_ratios": [0.6] + [1] * len(named)},
    )
    axes[0].axis("off")
    _imshow(axes[0], image)
    positions = np.arange(len(class_names))
    for ax, (name, p) in zip(axes[1:], named.items(), strict=True):
        colors = ["tab:blue" if i == p.argmax() else "lightsteelblue" for i in positions]
        ax.barh(positions, p, color=colors)
        ax.set_yticks(positions, class_names, fontsize=MIN_FONT_SIZE)
        ax.invert_yaxis()
        ax.set_xlim(0, 1)
        ax.set_xlabel("확률(probability)", fontsize=9)
        ax.set_title(f"{name}: {class_names[p.argmax()]} ({p.max():.0%})".lstrip(": "), fontsize=10)
        for spot in ("top", "right"):
            ax.spines[spot].set_visible(False)
    return _finish(fig, title)


def plot_wrong_predictions(images, y_true, probabilities, class_names, count=12, ncols=4):
    """틀린 예측 가운데 모델이 가장 확신한 것부터 `count` 개를 예측 격자로 그립니다."""
    probabilities = np.asarray(probabilities)
    y_true = np.asarray(y_true).ravel()
    if probabilities.ndim != 2 or len(probabilities) != len(y_true):
        raise ValueError(
            "probabilities는 (이미지 수, 클래스 수) 모양이어야 합니다. "
            f"받은 모양: {probabilities.shape}, 정답 수: {len(y_true)}"
        )
    y_pred = probabilities.argmax(axis=1)
    wrong = np.flatnonzero(y_pred != y_true)
    if wrong.size == 0:
        raise ValueError("틀린 예측(wrong prediction)이 하나도 없어 그릴 것이 없습니다.")
    order = wrong[np.argsort(-probabilities[wrong, y_pred[wrong]], kind="stable")][:count]
    return plot_predictions(
        np.asarray(images)[order], y_true[order], y_pred[order], class_names,
        probabilities=probabilities[order], ncols=ncols,
    )


def plot_per_class_accuracy(y_true, y_pred, class_names, title=None):
    """클래스별 정확도(`sklearn.metrics.recall_score(average=None)`)를 막대로, 전체를 점선으로."""
    use_korean_font()
    y_true, y_pred = np.asarray(y_true).ravel(), np.asarray(y_pred).ravel()
    accuracy = recall_score(
        y_true, y_pred, labels=np.arange(len(class_names)), average=None, zero_division=np.nan
    )
    if np.isnan(accuracy).any():
        missing = np.flatnonzero(np.isnan(accuracy)).tolist()
        raise ValueError(f"정답(y_true)에 한 번도 나오지 않는 클래스가 있습니다: {missing}")
    overall = float(np.mean(y_true == y_pred))
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 3.8))
    bars = ax.bar(np.arange(len(class_names)), accuracy, color="tab:blue")
    ax.bar_label(bars, [f"{a:.0%}" for a in accuracy], fontsize=9)
    ax.axhline(overall, color="tab:orange", ls="--")
    ax.set_xticks(np.arange(len(class_names)), class_names, rotation=30, ha="right")
    ax.set_ylim(0, 1.08)
    ax.set_ylabel("정확도(accuracy)")
    ax.set_title(f"{title or '클래스별 정확도'} (점선: 전체 정확도 {overall:.1%})")
    fig.tight_layout()
    return fig


def plot_filters(kernel, ncols=8, title=None):
    """합성곱 층의 필터(커널) 가중치 (높이, 너비, 입력 채널, 필터 수)를 필터마다 그립니다.

    입력 채널이 3개면 색으로, 아니면 입력 채널 평균을 흑백으로 그립니다(밝을수록 큰 값).
    """
    use_korean_font()
    kernel = np.asarray(kernel, dtype=float)
    if kernel.ndim != 4:
        raise ValueError(
            "필터 가중치는 (높이, 너비, 입력 채널, 필터 수) 모양이어야 합니다. "
            f"받은 모양: {kernel.shape}"
        )
    panels = []
    for index in range(kernel.shape[-1]):
        weights = kernel[..., index]
        if weights.shape[-1] == 3:  # colour filter: stretch to [0, 1] for imshow
            low, high = weights.min(), weights.max()
            panels.append((weights - low) / (high - low or 1))
        else:
            panels.append(weights.mean(axis=-1))
    labels = [f"필터 {index}" for index in range(len(panels))]
    return _panel_grid(panels, labels, ncols, 1.1, "gray", title)


def plot_augmentations(originals, augmented, title=None):
    """원본 이미지 (N, H, W, C)와 그 증강본 (N, 복사본 수, H, W, C)을 한 줄에 하나씩 그립니다."""
    use_korean_font()
    originals = _as_image_batch(originals)
    augmented = np.asarray(augmented)
    if augmented.ndim < 4 or augmented.shape[0] != len(originals):
        raise ValueError(
            "augmented는 (원본 수, 복사본 수, H, W[, C]) 모양(shape)이어야 합니다. "
            f"받은 모양: {augmented.shape}, 원본 수: {len(originals)}"
        )
    copies = augmented.shape[1]
    fig, axes = plt.subplots(
        len(originals), 1 + copies,
        figsize=(min(FIGURE_WIDTH, 1.6 * (1 + copies)), 1.2 * len(originals) + 0.4),
        squeeze=False,
    )
    for row, original in enumerate(originals):
        panels = [original, *_as_image_batch(augmented[row])]
        for col, (ax, image) in enumerate(zip(axes[row], panels, strict=True)):
            _imshow(ax, np.clip(image, 0, 1) if image.dtype.kind == "f" else image)
            ax.axis("off")
            if row == 0:
                ax.set_title("원본" if col == 0 else f"증강 {col}", fontsize=10)
    return _finish(fig, title)


def plot_learning_rate(steps, learning_rates, steps_per_epoch, title=None):
    """훈련 스텝(step)마다의 학습률(learning rate)을 그립니다. 가로축은 에포크 단위입니다."""
    use_korean_font()
    steps = np.asarray(steps, dtype=float).ravel()
    rates = np.asarray(learning_rates, dtype=float).ravel()
    if rates.size == 0 or rates.size != steps.size or steps_per_epoch <= 0:
        raise ValueError(
            "steps와 learning_rates는 길이가 같고 비어 있지 않아야 하며, "
            f"steps_per_epoch는 0보다 커야 합니다. 받은 길이: {steps.size}, {rates.size}"
        )
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 3.0))
    ax.plot(steps / steps_per_epoch, rates, color="tab:blue")
    ax.set_xlabel("에포크(epoch)")
    ax.set_ylabel("학습률(learning rate)")
    ax.grid(alpha=0.3)
    return _finish(fig, title)


def plot_ablation(runs, title=None):
    """제거 실험(ablation)의 검증 정확도: 위는 에포크별 곡선(시드마다 한 줄), 아래는 마지막
    에포크의 값(시드마다 점 하나, 세로선은 시드 평균)입니다. 아래 축은 값의 범위에 맞춰
    확대하므로 시드 사이의 차이가 보입니다.

    `{"실험 이름": [history, ...], ...}`처럼 실험마다 시드별 훈련 기록을 넘깁니다.
    """
    use_korean_font()
    if not isinstance(runs, dict) or not runs or any(
        isinstance(histories, dict) or not histories for histories in runs.values()
    ):
        raise ValueError(
            "runs는 {실험 이름: [시드별 훈련 기록(history), ...]} 딕셔너리여야 합니다."
        )
    named = {name: [_history_dict(h) for h in histories] for name, histories in runs.items()}
    if any("val_accuracy" not in values for group in named.values() for values in group):
        raise ValueError("모든 기록(history)에 검증 정확도 'val_accuracy'가 있어야 합니다.")
    colors = plt.cm.tab10.colors
    fig, (curve_ax, dot_ax) = plt.subplots(2, 1, figsize=(FIGURE_WIDTH, 7.0))
    for index, ((name, group), color) in enumerate(zip(named.items(), colors, strict=False)):
        finals = [values["val_accuracy"][-1] for values in group]
        for seed_index, values in enumerate(group):
            series = values["val_accuracy"]
            curve_ax.plot(np.arange(1, len(series) + 1), series, "-", color=color, lw=1.2,
                          label=name if seed_index == 0 else None)
        dot_ax.plot(finals, [index] * len(finals), "o", color=color, ms=6)
        dot_ax.plot([np.mean(finals)] * 2, [index - 0.3, index + 0.3], "-", color=color, lw=2)
        dot_ax.annotate(f"{np.mean(finals):.3f}", (max(finals), index), xytext=(6, 0),
                        textcoords="offset points", va="center", fontsize=9)
    curve_ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    curve_ax.set_xlabel("에포크(epoch)")
    curve_ax.set_ylabel("검증 정확도")
    curve_ax.grid(alpha=0.3)
    curve_ax.legend(fontsize=8)
    dot_ax.set_yticks(np.arange(len(named)), list(named), fontsize=9)
    dot_ax.invert_yaxis()
    dot_ax.margins(x=0.15)  # zoomed on the values so that the seed spread shows
    dot_ax.set_xlabel("마지막 에포크의 검증 정확도 (점: 시드 하나, 세로선: 평균)")
    dot_ax.grid(axis="x", alpha=0.3)
    for spot in ("top", "right"):
        dot_ax.spines[spot].set_visible(False)
    return _finish(fig, title)


def plot_step_comparison(histories, title=None):
    """여러 실험의 검증 정확도: 왼쪽은 에포크별 곡선, 오른쪽은 마지막 에포크의 값입니다.

    `{"실험 이름": history, ...}`를 넘깁니다. 순서대로 같은 색을 씁니다.
    """
    use_korean_font()
    named = _named_histories(histories)
    if any("val_accuracy" not in values for values in named.values()):
        raise ValueError("모든 기록(history)에 검증 정확도 'val_accuracy'가 있어야 합니다.")
    colors = plt.cm.tab10.colors
    fig, (curve_ax, bar_ax) = plt.subplots(2, 1, figsize=(FIGURE_WIDTH, 6.4))
    finals = []
    for (name, values), color in zip(named.items(), colors, strict=False):
        series = values["val_accuracy"]
        curve_ax.plot(np.arange(1, len(series) + 1), series, "-o", color=color, ms=3, label=name)
        finals.append(series[-1])
    curve_ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    curve_ax.set_xlabel("에포크(epoch)")
    curve_ax.set_ylabel("검증 정확도")
    curve_ax.grid(alpha=0.3)
    curve_ax.legend(fontsize=9)
    positions = np.arange(len(finals))
    bars = bar_ax.barh(positions, finals, color=colors[: len(finals)])
    bar_ax.bar_label(bars, [f"{value:.3f}" for value in finals], padding=3, fontsize=10)
    bar_ax.set_yticks(positions, list(named), fontsize=10)
    bar_ax.invert_yaxis()
    bar_ax.set_xlim(0, 1)
    bar_ax.set_xlabel("마지막 에포크의 검증 정확도")
    for spot in ("top", "right"):
        bar_ax.spines[spot].set_visible(False)
    return _finish(fig, title)


def plot_activation_histograms(activations, channels=4, title=None):
    """{이름: (N, H, W, C) 출력}마다 앞쪽 `channels` 개 채널 값의 분포를 겹쳐 그립니다.

    제목에는 그 채널들의 평균과 표준편차 범위를 씁니다. 배치 정규화(batch normalization)가
    채널마다 제각각인 분포를 비슷한 범위로 맞추는지 볼 때 씁니다.
    """
    use_korean_font()
    if not isinstance(activations, dict) or not activations:
        raise ValueError("activations는 {이름: 배열} 딕셔너리여야 합니다.")
    fig, axes = plt.subplots(1, len(activations), figsize=(FIGURE_WIDTH, 3.4), squeeze=False)
    for ax, (name, values) in zip(axes[0], activations.items(), strict=True):
        values = np.asarray(values, dtype=float)
        if values.ndim < 2 or values.shape[-1] < channels:
            raise ValueError(
                f"{name}의 출력은 마지막 축이 채널이고 채널이 {channels}개 이상이어야 합니다. "
                f"받은 모양: {values.shape}"
            )
        per_channel = values.reshape(-1, values.shape[-1])[:, :channels]
        for channel in range(channels):
            ax.hist(per_channel[:, channel], bins=60, histtype="step", lw=1.5,
                    label=f"채널 {channel}")
        means, stds = per_channel.mean(axis=0), per_channel.std(axis=0)
        ax.set_title(
            f"{name}\n평균 {means.min():.2f}~{means.max():.2f}, "
            f"표준편차 {stds.min():.2f}~{stds.max():.2f}", fontsize=9,
        )
        ax.set_xlabel("출력 값")
        ax.set_ylabel("개수")
        ax.legend(fontsize=9)
    return _finish(fig, title)


def plot_per_class_comparison(accuracies, class_names, title=None):
    """{모델 이름: 클래스별 정확도 (클래스 수,)}를 클래스마다 나란히 선 막대로 그립니다."""
    use_korean_font()
    named = {name: np.asarray(values, dtype=float).ravel() for name, values in accuracies.items()}
    if not named or any(len(values) != len(class_names) for values in named.values()):
        raise ValueError("모델마다 클래스 수만큼의 정확도가 있어야 합니다.")
    width = 0.8 / len(named)
    positions = np.arange(len(class_names))
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 3.8))
    for index, ((name, values), color) in enumerate(
        zip(named.items(), plt.cm.tab10.colors, strict=False)
    ):
        ax.bar(positions + (index - (len(named) - 1) / 2) * width, values, width,
               color=color, label=f"{name} (평균 {values.mean():.1%})")
    ax.set_xticks(positions, class_names, fontsize=9, rotation=30, ha="right")
    ax.set_ylim(0, 1.05)
    ax.set_ylabel("클래스별 정확도")
    ax.grid(axis="y", alpha=0.3)
    ax.legend(fontsize=9, loc="lower right")
    return _finish(fig, title)


def plot_convolution_steps(image, kernel, positions, title=None):
    """합성곱이 필터를 옮기며 출력을 채우는 과정: 위치마다 한 줄(왼쪽 입력, 오른쪽 출력).

    image (H, W)와 kernel (f, f)은 작은 정수 배열, positions는 출력 칸 (행, 열)의 목록입니다.
    왼쪽은 필터가 겹친 구역을 상자로, 오른쪽은 그 위치까지 채운 출력과 방금 채운 칸을 보여 줍니다.
    """
    use_korean_font()
    image, kernel = np.asarray(image), np.asarray(kernel)
    if image.ndim != 2 or kernel.ndim != 2 or kernel.shape[0] > image.shape[0]:
        raise ValueError(
            "image는 (H, W), kernel은 image보다 작은 (f, f) 배열이어야 합니다. "
            f"받은 모양: {image.shape}, {kernel.shape}"
        )
    size = kernel.shape[0]
    out_shape = (image.shape[0] - size + 1, image.shape[1] - size + 1)
    output = np.array([[np.sum(image[i:i + size, j:j + size] * kernel)
                        for j in range(out_shape[1])] for i in range(out_shape[0])])
    order = [(i, j) for i in range(out_shape[0]) for j in range(out_shape[1])]
    if not positions or any(tuple(p) not in order for p in positions):
        raise ValueError(f"positions는 출력 {out_shape} 안의 (행, 열) 목록이어야 합니다.")
    fig, axes = plt.subplots(
        len(positions), 2, figsize=(FIGURE_WIDTH, 2.6 * len(positions)), squeeze=False,
        gridspec_kw={"width_ratios": [image.shape[1], out_shape[1]]},
    )
    for (row, col), (image_ax, output_ax) in zip(positions, axes, strict=True):
        # The darkest value is black and the brightest white (a 0/1 image: 0 black, 1 white).
        low, high = image.min(), max(image.max(), image.min() + 1)
        image_ax.imshow(image, cmap="gray", vmin=low, vmax=high)
        middle = (low + high) / 2
        for (y, x), value in np.ndenumerate(image):
            image_ax.text(x, y, str(value), ha="center", va="center", fontsize=9,
                          color="white" if value < middle else "black")
        image_ax.add_patch(plt.Rectangle(
            (col - 0.5, row - 0.5), size, size, fill=False, ec="tab:red", lw=3
        ))
        image_ax.set_title(f"입력: 필터를 ({row}, {col})에 올림", fontsize=10)
        filled = order.index((row, col)) + 1
        shown = np.full(out_shape, np.nan)
        for i, j in order[:filled]:
            shown[i, j] = output[i, j]
        output_ax.imshow(shown, cmap="coolwarm", vmin=-np.abs(output).max(),
                         vmax=np.abs(output).max())
        for i, j in order[:filled]:
            output_ax.text(j, i, f"{output[i, j]:g}", ha="center", va="center", fontsize=10)
        output_ax.add_patch(plt.Rectangle((col - 0.5, row - 0.5), 1, 1, fill=False,
                                          ec="tab:red", lw=3))
        output_ax.set_title(f"출력: ({row}, {col}) 칸 = {output[row, col]:g}", fontsize=10)
        for ax in (image_ax, output_ax):
            ax.set_xticks([])
            ax.set_yticks([])
    return _finish(fig, title)


def plot_model_comparison(results, title=None):
    """{모델 이름: (테스트 정확도, 파라미터 수)}를 두 막대그래프로 나란히 그립니다."""
    use_korean_font()
    if not isinstance(results, dict) or not results or any(
        np.ndim(values) != 1 or len(values) != 2 for values in results.values()
    ):
        raise ValueError("results는 {모델 이름: (정확도, 파라미터 수)} 딕셔너리여야 합니다.")
    names = [textwrap.fill(name, 9) for name in results]  # long names on two lines, no overlap
    accuracies = [float(accuracy) for accuracy, _ in results.values()]
    params = [int(count) for _, count in results.values()]
    colors = plt.cm.tab10.colors[: len(names)]
    fig, (acc_ax, param_ax) = plt.subplots(1, 2, figsize=(FIGURE_WIDTH, 3.4))
    bars = acc_ax.bar(names, accuracies, color=colors)
    acc_ax.bar_label(bars, [f"{a:.4f}" for a in accuracies], fontsize=9)
    acc_ax.set_ylim(max(0.0, min(accuracies) - 0.1), 1.0)
    acc_ax.set_title("테스트 정확도(accuracy)", fontsize=10)
    bars = param_ax.bar(names, params, color=colors)
    param_ax.bar_label(bars, [f"{p:,}" for p in params], fontsize=9)
    param_ax.yaxis.set_major_formatter("{x:,.0f}")
    param_ax.margins(y=0.15)
    param_ax.set_title("파라미터 수", fontsize=10)
    for ax in (acc_ax, param_ax):
        ax.tick_params(axis="x", labelsize=9)
    return _finish(fig, title)


def plot_drawn_digits(canvases, digits, probabilities, title=None):
    """그린 숫자마다 한 줄: 그림판 | 모델이 보는 28×28 | 0~9의 확률 막대.

    canvases는 (N, H, W) 그림판 이미지, digits는 (N, 28, 28) 모델 입력, probabilities는 (N, 10).
    """
    use_korean_font()
    canvases, digits = _as_image_batch(canvases), _as_image_batch(digits)
    probabilities = np.asarray(probabilities, dtype=float)
    _check_length("digits", digits, len(canvases))
    if probabilities.shape != (len(canvases), 10):
        raise ValueError(
            f"probabilities는 (그린 숫자 수, 10) = ({len(canvases)}, 10) 모양이어야 합니다. "
            f"받은 모양(shape): {probabilities.shape}"
        )
    fig, axes = plt.subplots(
        len(canvases), 3, figsize=(FIGURE_WIDTH * 0.75, 1.9 * len(canvases)), squeeze=False,
        gridspec_kw={"width_ratios": [1, 1, 1.6]},
    )
    positions = np.arange(10)
    for (canvas_ax, digit_ax, bar_ax), canvas, digit, p in zip(
        axes, canvases, digits, probabilities, strict=True
    ):
        panels = ((canvas_ax, canvas, "그림판"), (digit_ax, digit, "모델이 보는 28×28"))
        for ax, image, label in panels:
            ax.imshow(image, cmap="gray", vmin=0, vmax=image.max() or 1)
            ax.set_title(label, fontsize=9)
            ax.set_xticks([])
            ax.set_yticks([])
        colors = ["tab:blue" if i == p.argmax() else "lightsteelblue" for i in positions]
        bar_ax.bar(positions, p, color=colors)
        bar_ax.set_xticks(positions, [str(i) for i in positions], fontsize=MIN_FONT_SIZE)
        bar_ax.set_ylim(0, 1)
        bar_ax.tick_params(axis="y", labelsize=MIN_FONT_SIZE)
        bar_ax.set_title(f"예측 {p.argmax()} (확률 {p.max():.0%})", fontsize=9)
        for spot in ("top", "right"):
            bar_ax.spines[spot].set_visible(False)
    return _finish(fig, title)


def _diverging_limit(*arrays):
    """A symmetric colour limit for arrays with positive and negative values (never 0)."""
    return max(float(np.abs(np.asarray(a, dtype=float)).max()) for a in arrays) or 1.0


def plot_relu_feature_map(feature_map, activated=None, title=None):
    """특성 맵 (H, W)에 ReLU를 적용하기 전과 후를 같은 색 기준으로 나란히 그립니다.

    activated는 ReLU를 지난 특성 맵이고, 주지 않으면 max(0, x)로 계산합니다. 두 그림 모두
    빨강이 양수, 파랑이 음수, 흰색이 0입니다. 오른쪽 끝에는 ReLU 함수 max(0, x)의 그래프를
    그립니다.
    """
    use_korean_font()
    before = np.asarray(feature_map, dtype=float)
    after = np.maximum(before, 0) if activated is None else np.asarray(activated, dtype=float)
    if before.ndim != 2 or after.shape != before.shape:
        raise ValueError(
            "feature_map은 (H, W) 배열이고, activated는 그와 같은 모양이어야 합니다. "
            f"받은 모양(shape): {before.shape}, {after.shape}"
        )
    limit = _diverging_limit(before, after)
    fig, axes = plt.subplots(
        1, 3, figsize=(FIGURE_WIDTH, 2.9), gridspec_kw={"width_ratios": [1, 1, 0.9]},
        layout="constrained",
    )
    panels = ((before, "ReLU 전: 양수와 음수"), (after, "ReLU 후: 음수는 0"))
    for ax, (values, label) in zip(axes[:2], panels, strict=True):
        shown = ax.imshow(values, cmap="RdBu_r", vmin=-limit, vmax=limit)
        ax.set_title(label, fontsize=10)
        ax.set_xticks([])
        ax.set_yticks([])
    colorbar = fig.colorbar(shown, ax=list(axes[:2]), shrink=0.8, pad=0.04)
    colorbar.ax.tick_params(labelsize=MIN_FONT_SIZE)
    colorbar.ax.set_title("값", fontsize=9)
    x = np.linspace(-limit, limit, 101)
    graph = axes[2]
    graph.plot(x, np.maximum(x, 0), color="tab:red", lw=2)
    graph.axhline(0, color="gray", lw=0.8)
    graph.axvline(0, color="gray", lw=0.8)
    graph.set_title("ReLU 함수: max(0, x)", fontsize=10)
    graph.set_xlabel("입력 x (ReLU 전 값)", fontsize=9)
    graph.set_ylabel("출력 max(0, x)", fontsize=9)
    graph.tick_params(labelsize=MIN_FONT_SIZE)
    graph.set_box_aspect(1)
    if title:
        fig.suptitle(title)
    return fig


def plot_filter_stack(image, kernels, feature_maps, labels=None, title=None):
    """입력 한 장, 필터 K개, 필터마다 하나인 특성 맵 K개와 그것을 채널로 쌓은 출력을 그립니다.

    image는 (H, W) 또는 (H, W, 1), kernels는 (f, f, K) 또는 (f, f, 1, K), feature_maps는
    (H', W', K) 또는 (1, H', W', K)입니다. labels는 필터마다 붙일 이름(K개)입니다.
    한 줄에 필터 하나와 그 특성 맵을, 오른쪽에는 K장을 채널 축으로 겹쳐 쌓은 모습을 그립니다.
    """
    use_korean_font()
    image = np.asarray(image, dtype=float)
    if image.ndim == 3 and image.shape[-1] == 1:
        image = image[..., 0]
    kernels = np.asarray(kernels, dtype=float)
    if kernels.ndim == 4 and kernels.shape[2] == 1:
        kernels = kernels[:, :, 0]
    maps = np.asarray(feature_maps, dtype=float)
    if maps.ndim == 4 and maps.shape[0] == 1:
        maps = maps[0]
    if image.ndim != 2 or kernels.ndim != 3 or maps.ndim != 3 or (
        kernels.shape[-1] != maps.shape[-1]
    ):
        raise ValueError(
            "image는 (H, W), kernels는 (f, f, K), feature_maps는 (H', W', K) 모양이고 "
            f"K가 같아야 합니다. 받은 모양(shape): {image.shape}, {kernels.shape}, {maps.shape}"
        )
    count = maps.shape[-1]
    labels = [f"필터 {k}" for k in range(count)] if labels is None else list(labels)
    _check_length("labels", labels, count)
    fig = plt.figure(figsize=(FIGURE_WIDTH, 1.35 * count + 0.6))
    grid = fig.add_gridspec(count, 4, width_ratios=[1.3, 1.0, 1.0, 2.3], wspace=0.2, hspace=0.45)
    input_ax = fig.add_subplot(grid[:, 0])
    input_ax.imshow(image, cmap="gray")
    input_ax.set_title(f"입력 {image.shape[0]}×{image.shape[1]}\n채널 1개", fontsize=9)
    input_ax.axis("off")
    kernel_limit = 1.8 * _diverging_limit(kernels)  # pale colours, so that the numbers show
    low, high = maps.min(), maps.max()
    high = high if high > low else low + 1  # one grey scale for every channel
    for k in range(count):
        kernel_ax = fig.add_subplot(grid[k, 1])
        kernel_ax.imshow(kernels[..., k], cmap="RdBu_r", vmin=-kernel_limit, vmax=kernel_limit)
        if kernels.shape[0] <= 3:
            for (y, x), value in np.ndenumerate(kernels[..., k]):
                kernel_ax.text(x, y, f"{value:g}", ha="center", va="center",
                               fontsize=MIN_FONT_SIZE)
        kernel_ax.set_title(labels[k], fontsize=MIN_FONT_SIZE)
        kernel_ax.axis("off")
        map_ax = fig.add_subplot(grid[k, 2])
        map_ax.imshow(maps[..., k], cmap="gray", vmin=low, vmax=high)
        map_ax.set_title(f"채널 {k}", fontsize=MIN_FONT_SIZE)
        map_ax.axis("off")
    stack_ax = fig.add_subplot(grid[:, 3])
    height, width = maps.shape[:2]
    step = 0.25 * width
    for k in reversed(range(count)):  # the back first, so that channel 0 lies in front
        left, bottom = k * step, k * step
        stack_ax.imshow(maps[..., k], cmap="gray", vmin=low, vmax=high,
                        extent=(left, left + width, bottom, bottom + height), zorder=count - k)
        stack_ax.add_patch(plt.Rectangle((left, bottom), width, height, fill=False,
                                         ec="tab:orange", lw=1.5, zorder=count - k))
        # below the next layer and right of this one: the one corner that stays uncovered
        stack_ax.text(left + width + 0.03 * width, bottom + 0.45 * step, f"채널 {k}",
                      fontsize=MIN_FONT_SIZE, va="center", zorder=count + 1)
    stack_ax.set_xlim(-0.05 * width, (count - 1) * step + 1.45 * width)
    stack_ax.set_ylim(-0.05 * height, (count - 1) * step + 1.05 * height)
    stack_ax.set_aspect("equal")
    stack_ax.axis("off")
    stack_ax.set_title(f"출력 ({height}, {width}, {count})\n필터 하나가 채널 하나", fontsize=9)
    if title:
        fig.suptitle(title)
    return fig


def plot_receptive_field(input_size, kernel_size=3, layers=2, influence=None, title=None):
    """합성곱 층(패딩 없음, 스트라이드 1)을 쌓을 때 마지막 출력 한 칸이 앞 단계마다 보는 구역.

    input_size × input_size 입력에 kernel_size 필터의 층을 `layers`개 쌓은 모습을 단계마다
    한 칸씩 그립니다. 마지막 출력의 가운데 칸과, 그 칸이 앞 단계에서 보는 구역을 색칠하고
    빨간 상자로 두릅니다. 파란 점선은 첫 층 출력의 한 칸과, 그 칸이 입력에서 보는 필터 크기의
    창입니다. influence (input_size, input_size)를 주면 입력 칸마다 그 값(예: 가운데 출력에
    닿는 길의 수)을 씁니다.
    """
    use_korean_font()
    sizes = [input_size - step * (kernel_size - 1) for step in range(layers + 1)]
    if kernel_size < 1 or layers < 1 or sizes[-1] < 1:
        raise ValueError(
            f"입력 {input_size}×{input_size}에 {kernel_size}×{kernel_size} 필터 층 {layers}개를 "
            "쌓을 수 없습니다: 마지막 출력이 1×1 이상이어야 합니다."
        )
    if influence is not None:
        influence = np.asarray(influence, dtype=float)
        if influence.shape != (input_size, input_size):
            raise ValueError(
                f"influence는 ({input_size}, {input_size}) 모양이어야 합니다. "
                f"받은 모양(shape): {influence.shape}"
            )
    center = sizes[-1] // 2
    fig, axes = plt.subplots(
        1, layers + 1, figsize=(FIGURE_WIDTH, 0.32 * input_size + 1.3),
        gridspec_kw={"width_ratios": sizes},
    )
    for stage, (ax, size) in enumerate(zip(axes, sizes, strict=True)):
        seen = (layers - stage) * (kernel_size - 1) + 1  # the width this stage's region spans
        region = np.zeros((size, size))
        region[center:center + seen, center:center + seen] = 1
        ax.imshow(region, cmap="Oranges", vmin=0, vmax=2.5)
        ax.set_xticks(np.arange(-0.5, size), minor=True)
        ax.set_yticks(np.arange(-0.5, size), minor=True)
        ax.set_axisbelow(False)
        ax.grid(which="minor", color="gray", lw=0.6)
        ax.tick_params(which="both", length=0, labelbottom=False, labelleft=False)
        ax.add_patch(plt.Rectangle((center - 0.5, center - 0.5), seen, seen, fill=False,
                                   ec="tab:red", lw=2.5))
        if stage < 2:  # one cell of the first layer's output and the window it sees
            one = kernel_size if stage == 0 else 1
            ax.add_patch(plt.Rectangle((center - 0.4, center - 0.4), one - 0.2, one - 0.2,
                                       fill=False, ec="tab:blue", lw=2, ls="--"))
        if stage == 0 and influence is not None:
            for (y, x), value in np.ndenumerate(influence):
                if value:
                    ax.text(x, y, f"{value:g}", ha="center", va="center", fontsize=9)
        name = "입력" if stage == 0 else f"{kernel_size}×{kernel_size} 합성곱 {stage}번 뒤"
        ax.set_title(f"{name}\n{size}×{size}", fontsize=9)
        what = "가운데 칸 하나" if stage == layers else f"보는 구역 {seen}×{seen}"
        ax.set_xlabel(what, fontsize=9)
    if title:
        fig.suptitle(title)
    fig.tight_layout()
    return fig
