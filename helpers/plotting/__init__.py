"""한국어가 깨지지 않는 그림들. 모듈마다 그리는 것이 다릅니다.

- `images`: 이미지 격자, 예측 격자, 클래스 확률, 틀린 예측, 증강, 그린 숫자
- `training`: 학습 곡선, 학습률 스케줄, 제거 실험, 경사 하강법
- `evaluation`: 오차 행렬, 클래스별 정확도, 모델 비교
- `convolution`: 필터, 특성 맵, 활성화 분포, 합성곱의 계산 과정, 수용 영역

모든 함수는 그린 `matplotlib.figure.Figure`를 돌려줍니다. 노트북에서는 `fig = ...`처럼
받아 두면 그림이 한 번만 표시됩니다. 노트북은 `helpers.plot_*`로 부릅니다.
"""

from helpers.plotting.base import (
    FIGURE_WIDTH,
    KOREAN_FONT,
    MIN_FONT_SIZE,
    WRONG_COLOR,
    use_korean_font,
)
from helpers.plotting.convolution import (
    plot_activation_histograms,
    plot_convolution_steps,
    plot_feature_maps,
    plot_filter_stack,
    plot_filters,
    plot_receptive_field,
    plot_relu_feature_map,
)
from helpers.plotting.evaluation import (
    plot_confusion_matrix,
    plot_model_comparison,
    plot_per_class_accuracy,
    plot_per_class_comparison,
)
from helpers.plotting.images import (
    plot_augmentations,
    plot_class_probabilities,
    plot_drawn_digits,
    plot_predictions,
    plot_wrong_predictions,
    show_images,
)
from helpers.plotting.training import (
    plot_ablation,
    plot_backpropagation,
    plot_gradient_descent,
    plot_history,
    plot_history_comparison,
    plot_learning_rate,
    plot_step_comparison,
    plot_step_losses,
)

__all__ = [
    "plot_backpropagation",
    "plot_gradient_descent",
    "plot_step_losses",
    "FIGURE_WIDTH",
    "KOREAN_FONT",
    "MIN_FONT_SIZE",
    "plot_ablation",
    "plot_activation_histograms",
    "plot_augmentations",
    "plot_class_probabilities",
    "plot_confusion_matrix",
    "plot_convolution_steps",
    "plot_drawn_digits",
    "plot_feature_maps",
    "plot_filter_stack",
    "plot_filters",
    "plot_history",
    "plot_history_comparison",
    "plot_learning_rate",
    "plot_model_comparison",
    "plot_per_class_accuracy",
    "plot_per_class_comparison",
    "plot_predictions",
    "plot_receptive_field",
    "plot_relu_feature_map",
    "plot_step_comparison",
    "plot_wrong_predictions",
    "show_images",
    "use_korean_font",
    "use_korean_font",
    "WRONG_COLOR",
]
