"""평가 결과의 그림: 오차 행렬, 클래스별 정확도, 모델 비교."""

import textwrap

import matplotlib.pyplot as plt
import numpy as np
from sklearn.metrics import ConfusionMatrixDisplay, recall_score

from helpers.plotting.base import FIGURE_WIDTH, _finish, use_korean_font


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
