"""이미지를 보여 주는 그림: 이미지 격자, 예측 격자, 클래스 확률, 틀린 예측, 증강, 그린 숫자."""

import matplotlib.pyplot as plt
import numpy as np

from helpers.plotting.base import (
    FIGURE_WIDTH,
    MIN_FONT_SIZE,
    WRONG_COLOR,
    _as_image_batch,
    _check_length,
    _finish,
    _grid,
    _imshow,
    use_korean_font,
)


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
