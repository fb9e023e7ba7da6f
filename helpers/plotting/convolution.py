"""합성곱의 속을 보여 주는 그림: 필터, 특성 맵, 활성화 분포, 계산 과정, 수용 영역."""

import matplotlib.pyplot as plt
import numpy as np

from helpers.plotting.base import (
    FIGURE_WIDTH,
    MIN_FONT_SIZE,
    _check_length,
    _diverging_limit,
    _finish,
    _panel_grid,
    use_korean_font,
)


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
