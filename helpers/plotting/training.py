"""훈련을 보여 주는 그림: 학습 곡선, 학습률 스케줄, 제거 실험, 경사 하강법."""

import matplotlib.pyplot as plt
import numpy as np
from matplotlib.ticker import MaxNLocator

from helpers.plotting.base import FIGURE_WIDTH, MIN_FONT_SIZE, WRONG_COLOR, _finish, use_korean_font


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


def _finite_weights(name, weights):
    values = np.asarray(weights, dtype=float).ravel()
    if values.size == 0 or not np.all(np.isfinite(values)):
        raise ValueError(f"{name}의 가중치는 비어 있지 않은 유한한 숫자 목록이어야 합니다.")
    return values


def plot_gradient_descent(loss, paths, slope=None, title=None):
    """가중치 하나의 손실 곡선 위에 경사 하강법이 밟은 자리를 그립니다.

    `loss(w)`는 가중치 배열을 받아 손실 배열을 돌려주는 함수, `paths`는
    `{"칸 제목": [w0, w1, ...], ...}`(칸마다 한 번의 실행)입니다. `slope(w)`를 주면 각 실행의
    첫 자리에 그 기울기의 접선을 긋습니다.
    """
    if not isinstance(paths, dict) or not paths:
        raise ValueError("paths는 {칸 제목: [가중치, ...]} 딕셔너리여야 합니다.")
    use_korean_font()
    fig, axes = plt.subplots(1, len(paths), figsize=(FIGURE_WIDTH, 3.0), squeeze=False)
    for ax, (name, weights) in zip(axes[0], paths.items(), strict=True):
        weights = _finite_weights(name, weights)
        low, high = min(weights.min(), 0.0), max(weights.max(), 1.0)
        margin = 0.15 * (high - low)
        grid = np.linspace(low - margin, high + margin, 400)
        ax.plot(grid, loss(grid), color="tab:gray", linewidth=1.5)
        losses = loss(weights)
        for step in range(len(weights) - 1):
            ax.annotate("", xy=(weights[step + 1], losses[step + 1]),
                        xytext=(weights[step], losses[step]),
                        arrowprops={"arrowstyle": "->", "color": "tab:blue", "alpha": 0.7})
        ax.scatter(weights, losses, c=np.arange(len(weights)), cmap="Blues", vmin=-2,
                   edgecolors="tab:blue", zorder=3, s=25)
        if slope is not None:
            w0, l0, s0 = weights[0], losses[0], float(slope(weights[0]))
            span = 0.25 * (high - low + 2 * margin)
            ax.plot([w0 - span, w0 + span], [l0 - s0 * span, l0 + s0 * span],
                    color=WRONG_COLOR, linestyle="--", linewidth=1.2, label=f"기울기 {s0:.2f}")
            ax.legend(loc="upper right", fontsize=MIN_FONT_SIZE)
        ax.set_ylim(bottom=min(0.0, losses.min()))
        ax.set_title(name, fontsize=9)
        ax.set_xlabel("가중치 w")
        ax.grid(alpha=0.3)
    axes[0][0].set_ylabel("손실(loss)")
    return _finish(fig, title)


def plot_step_losses(runs, epochs, title=None):
    """스텝마다 잰 손실을 실행마다 한 선으로 그립니다. 가로축은 에포크 단위입니다.

    `runs`는 `{"실행 이름": [스텝마다의 손실, ...], ...}`, `epochs`는 실행마다 같은 에포크 수입니다.
    실행마다 스텝 수가 달라도(배치 크기가 다르면) 같은 에포크 축에 놓입니다.
    """
    if not isinstance(runs, dict) or not runs or epochs <= 0:
        raise ValueError(
            "runs는 {실행 이름: [스텝마다의 손실, ...]} 딕셔너리, epochs는 양수여야 합니다."
        )
    use_korean_font()
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 3.2))
    for name, losses in runs.items():
        losses = _finite_weights(name, losses)
        steps = np.arange(losses.size) * epochs / losses.size  # 스텝을 시작할 때 잰 손실
        ax.plot(steps, losses, marker="o" if losses.size <= 20 else None, markersize=4,
                linewidth=1.0 if losses.size > 20 else 1.5, label=f"{name} ({losses.size} 스텝)")
    ax.set_xlabel("에포크(epoch)")
    ax.set_ylabel("손실(loss)")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(fontsize=MIN_FONT_SIZE)
    ax.grid(alpha=0.3)
    return _finish(fig, title)


def plot_backpropagation(title=None):
    """2장의 모델로 그린 순전파(입력 → 손실)와 역전파(손실 → 입력, 기울기)의 그림."""
    use_korean_font()
    fig, ax = plt.subplots(figsize=(FIGURE_WIDTH, 2.6))
    boxes = ["입력 x\n(784)", "밀집층 W1, b1\n+ ReLU (512)", "밀집층 W2, b2\n+ 소프트맥스 (10)",
             "손실\n(교차 엔트로피)"]
    centers = np.linspace(0.11, 0.89, len(boxes))
    for x, text in zip(centers, boxes, strict=True):
        ax.text(x, 0.5, text, ha="center", va="center", fontsize=9,
                bbox={"boxstyle": "round,pad=0.5", "facecolor": "white", "edgecolor": "tab:gray"})
    for left, right in zip(centers, centers[1:], strict=False):
        ax.annotate("", xy=(right - 0.095, 0.75), xytext=(left + 0.095, 0.75),
                    arrowprops={"arrowstyle": "->", "color": "black"})
        ax.annotate("", xy=(left + 0.095, 0.25), xytext=(right - 0.095, 0.25),
                    arrowprops={"arrowstyle": "->", "color": WRONG_COLOR})
    gradients = ["W1, b1의 기울기", "W2, b2의 기울기"]
    for x, gradient in zip(centers[1:3], gradients, strict=True):
        ax.text(x, 0.06, gradient, ha="center", va="center", fontsize=MIN_FONT_SIZE,
                color=WRONG_COLOR)
    ax.text(0.5, 0.93, "순전파(forward): 예측과 손실을 계산", ha="center", fontsize=9)
    ax.text(0.5, -0.12, "역전파(backpropagation): 손실의 기울기를 출력 쪽부터 거꾸로 계산",
            ha="center", fontsize=9, color=WRONG_COLOR)
    ax.set_xlim(0, 1)
    ax.set_ylim(-0.2, 1.0)
    ax.axis("off")
    return _finish(fig, title)
