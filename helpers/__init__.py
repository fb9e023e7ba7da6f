"""한국어 딥러닝 강의의 공용 도우미: 데이터 준비, 시각화, 환경 설정."""

import os

# Keep TensorFlow's C++ start-up log out of the notebooks' outputs (errors still show).
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

from helpers.book import glue  # noqa: E402
from helpers.data import (  # noqa: E402
    add_channel_axis,
    class_names,
    dataset_source,
    flatten_images,
    load_dataset,
    scale_images,
)
from helpers.diagram import model_diagram  # noqa: E402
from helpers.digits import (  # noqa: E402
    EXAMPLE_STROKES,
    draw_strokes,
    export_weights,
    read_weights,
    show_colab_canvas,
    to_mnist,
)
from helpers.errors import (  # noqa: E402
    ChecksumError,
    DatasetNotFoundError,
    ImageLoadError,
    QuizNotFoundError,
)
from helpers.history import curve_summary, val_loss_trend  # noqa: E402
from helpers.images import load_image, open_image, sample_image_path  # noqa: E402
from helpers.plotting import (  # noqa: E402
    plot_ablation,
    plot_activation_histograms,
    plot_augmentations,
    plot_backpropagation,
    plot_class_probabilities,
    plot_confusion_matrix,
    plot_convolution_steps,
    plot_drawn_digits,
    plot_feature_maps,
    plot_filter_stack,
    plot_filters,
    plot_gradient_descent,
    plot_history,
    plot_history_comparison,
    plot_learning_rate,
    plot_model_comparison,
    plot_per_class_accuracy,
    plot_per_class_comparison,
    plot_predictions,
    plot_receptive_field,
    plot_relu_feature_map,
    plot_step_comparison,
    plot_step_losses,
    plot_wrong_predictions,
    show_images,
    use_korean_font,
)
from helpers.quiz import load_quiz, show_quiz  # noqa: E402
from helpers.setup import environment_report, setup_notebook  # noqa: E402

__all__ = [
    "EXAMPLE_STROKES",
    "ChecksumError",
    "DatasetNotFoundError",
    "ImageLoadError",
    "QuizNotFoundError",
    "add_channel_axis",
    "class_names",
    "curve_summary",
    "dataset_source",
    "draw_strokes",
    "environment_report",
    "export_weights",
    "flatten_images",
    "glue",
    "load_dataset",
    "load_image",
    "load_quiz",
    "model_diagram",
    "open_image",
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
    "plot_ablation",
    "plot_step_comparison",
    "plot_step_losses",
    "val_loss_trend",
    "plot_backpropagation",
    "plot_gradient_descent",
    "plot_wrong_predictions",
    "read_weights",
    "sample_image_path",
    "scale_images",
    "setup_notebook",
    "show_colab_canvas",
    "show_quiz",
    "show_images",
    "to_mnist",
    "use_korean_font",
]
