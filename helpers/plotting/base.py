"""그림 모듈들이 함께 쓰는 것: 한글 글꼴, 그림 크기, 격자와 이미지 칸."""

import importlib.util
import math
from pathlib import Path

import matplotlib.pyplot as plt
import numpy as np
from matplotlib import font_manager

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


def _diverging_limit(*arrays):
    """A symmetric colour limit for arrays with positive and negative values (never 0)."""
    return max(float(np.abs(np.asarray(a, dtype=float)).max()) for a in arrays) or 1.0
