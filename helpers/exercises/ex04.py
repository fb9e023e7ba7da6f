"""4장 합성곱, 패딩, 풀링: 연습 문제."""

import math

import keras
import numpy as np

from helpers.exercises import (
    Mistake,
    answered,
    call,
    require_array,
    task,
)


def _keras_conv(image, kernel):
    """Keras Conv2D(패딩 없음, 스트라이드 1, 편향 0)에 같은 필터를 넣어 계산한 특성 맵."""
    conv = keras.layers.Conv2D(1, kernel.shape)
    conv.build((None, None, None, 1))
    conv.set_weights([kernel.reshape(*kernel.shape, 1, 1), np.zeros(1)])
    batch = image.reshape(1, *image.shape, 1).astype("float32")
    return keras.ops.convert_to_numpy(conv(batch))[0, :, :, 0]


@task(
    hint="출력의 모양은 (H - kh + 1, W - kw + 1)입니다(kh, kw는 필터의 높이와 너비). 출력의 "
         "(i, j) 칸은 image[i:i + kh, j:j + kw]와 kernel을 칸끼리 곱해 모두 더한 값이고, "
         "필터는 뒤집지 않습니다(교차 상관, 4장 1절).",
    solution='''
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    out = np.zeros((image.shape[0] - kh + 1, image.shape[1] - kw + 1), dtype="float32")
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out
''',
)
def q1(conv2d_valid):
    answered(conv2d_valid)
    rng = np.random.default_rng(41)
    cases = [
        (rng.normal(size=(7, 9)), rng.normal(size=(2, 3))),  # 정사각형이 아닌 이미지와 필터
        (rng.normal(size=(6, 6)), rng.normal(size=(3, 3))),
        (rng.normal(size=(8, 5)), rng.normal(size=(4, 2))),
    ]
    for image, kernel in cases:
        image, kernel = image.astype("float32"), kernel.astype("float32")
        expected = _keras_conv(image, kernel)
        result = call(conv2d_valid, image.copy(), kernel.copy())
        result = require_array(result, "결과", "4장 1절")
        if result.shape != expected.shape:
            if result.shape == image.shape:
                raise Mistake(f"출력이 입력과 같은 {result.shape}입니다. 패딩 없이(valid) "
                              f"필터가 이미지 안에서만 움직이면 {expected.shape}가 됩니다",
                              "4장 2절")
            if result.shape == expected.shape[::-1]:
                raise Mistake(f"출력의 모양이 {result.shape}로 높이와 너비가 바뀌었습니다. "
                              "행(높이)은 shape[0], 열(너비)은 shape[1]입니다", "4장 1절")
            (height, width), (kh, kw) = image.shape, kernel.shape
            if result.shape == ((height - kh) // 2 + 1, (width - kw) // 2 + 1):
                raise Mistake(f"이미지 {image.shape}, 필터 {kernel.shape}의 출력 모양이 "
                              f"{result.shape}로 필터를 2칸씩 옮겼습니다(스트라이드 2). 이 문제는 "
                              f"한 칸씩(스트라이드 1)이라 {expected.shape}입니다", "4장 1절")
            if result.shape == (height - kh + 1, width - kh + 1) or \
                    result.shape == (height - kw + 1, width - kw + 1):
                raise Mistake(f"이미지 {image.shape}, 필터 {kernel.shape}의 출력 모양이 "
                              f"{result.shape}입니다. 필터의 높이와 너비 가운데 하나만 썼습니다. "
                              f"(H - kh + 1, W - kw + 1) = {expected.shape}", "4장 1절")
            raise Mistake(f"이미지 {image.shape}, 필터 {kernel.shape}의 출력 모양이 "
                          f"{result.shape}입니다. 패딩 없이 한 칸씩 옮기면 (H - kh + 1, "
                          f"W - kw + 1) = {expected.shape}입니다", "4장 1절")
        if np.allclose(result, _keras_conv(image, kernel[::-1, ::-1]), atol=1e-4):
            raise Mistake("필터를 위아래·좌우로 뒤집어 계산했습니다(수학의 합성곱). Keras의 "
                          "Conv2D는 필터를 뒤집지 않고 그대로 곱합니다(교차 상관, "
                          "cross-correlation)", "4장 1절")
        if result.dtype.kind in "iu":
            raise Mistake(f"출력의 자료형이 {result.dtype}라 소수점 아래가 버려졌습니다. "
                          "np.zeros(..., dtype=\"float32\")처럼 실수 배열에 담으세요", "4장 1절")
        if not np.allclose(result, expected, atol=1e-4):
            raise Mistake("모양은 맞지만 값이 Keras Conv2D와 다릅니다. 출력의 (i, j) 칸은 "
                          "image[i:i + kh, j:j + kw] * kernel의 합입니다", "4장 1절")
    return ("처음 보는 이미지와 필터(정사각형이 아닌 것 포함)에서 Keras Conv2D와 같은 특성 맵이 "
            "나왔습니다.")


def _output_size_cases():
    """(n, k, padding, stride): 짝수 필터와 same, 나누어떨어지지 않는 스트라이드, 필터보다 큰
    스트라이드를 반드시 넣고, 나머지는 무작위(늘 같은 시드)로 고릅니다."""
    cases = [(28, 5, "valid", 1), (28, 3, "same", 2), (11, 3, "valid", 3), (13, 3, "same", 3),
             (10, 2, "same", 1), (9, 4, "same", 1), (7, 2, "same", 2), (10, 2, "valid", 2),
             (15, 5, "valid", 2), (9, 5, "same", 2), (8, 1, "valid", 3), (12, 2, "valid", 5)]
    rng = np.random.default_rng(404)
    while len(cases) < 60:
        n = int(rng.integers(1, 40))
        k = int(rng.integers(1, min(n, 7) + 1))
        cases.append((n, k, str(rng.choice(["valid", "same"])), int(rng.integers(1, 5))))
    return cases


def _keras_output_size(n, k, padding, stride):
    layer = keras.layers.Conv2D(1, k, strides=stride, padding=padding)
    return layer.compute_output_shape((None, n, n, 1))[1]


OUTPUT_SIZE_MISTAKES = {  # 흔한 틀린 규칙: (패딩, 규칙, 무엇이 틀렸는지)
    "p = k // 2": ("same", lambda n, k, s: (n + 2 * (k // 2) - k) // s + 1,
                   "same을 p = k // 2 만큼 덧댄 것으로 계산했습니다. 필터 크기가 짝수이면 양쪽에 "
                   "같은 수만큼 덧댈 수 없어서 틀립니다. same의 출력은 필터 크기와 상관없이 "
                   "⌈n / s⌉입니다"),
    "p = (k - 1) // 2": ("same", lambda n, k, s: (n + 2 * ((k - 1) // 2) - k) // s + 1,
                         "same을 p = (k - 1) // 2 만큼 덧댄 것으로 계산했습니다. 필터 크기가 "
                         "짝수이면 틀립니다. same의 출력은 필터 크기와 상관없이 ⌈n / s⌉입니다"),
    "same as valid": ("same", lambda n, k, s: (n - k) // s + 1,
                      "padding=\"same\"을 \"valid\"처럼 계산했습니다. same은 0을 덧대어 "
                      "⌈n / s⌉가 됩니다"),
    "same floor": ("same", lambda n, k, s: n // s,
                   "same을 내림으로 계산했습니다. 올림입니다: ⌈n / s⌉ = (n + s - 1) // s"),
    "same no stride": ("same", lambda n, k, s: n,
                       "same에서 스트라이드(stride)를 빠뜨렸습니다. 필터를 s 칸씩 옮기므로 "
                       "⌈n / s⌉입니다"),
    "valid no stride": ("valid", lambda n, k, s: n - k + 1,
                        "valid에서 스트라이드(stride)를 빠뜨렸습니다. 필터를 s 칸씩 옮기므로 "
                        "⌊(n - k) / s⌋ + 1입니다"),
    "valid round": ("valid", lambda n, k, s: round((n - k) / s) + 1,
                    "valid를 반올림(round)으로 계산했습니다. 내림(floor, //)입니다: "
                    "⌊(n - k) / s⌋ + 1"),
    "valid ceil": ("valid", lambda n, k, s: math.ceil((n - k) / s) + 1,
                   "valid를 올림으로 계산했습니다. 내림(floor, //)입니다: ⌊(n - k) / s⌋ + 1"),
    "same round": ("same", lambda n, k, s: round(n / s),
                   "same을 반올림(round)으로 계산했습니다. 올림입니다: ⌈n / s⌉ = "
                   "(n + s - 1) // s"),
    "valid n - k + 1": ("valid", lambda n, k, s: (n - k + 1) // s,
                        "valid를 (n - k + 1) // s로 계산했습니다. 첫 자리의 필터를 뺀 나머지를 "
                        "나누고 1을 더합니다: ⌊(n - k) / s⌋ + 1"),
    "swapped valid": ("valid", lambda n, k, s: (n + s - 1) // s,
                      "valid에 same의 식(⌈n / s⌉)을 썼습니다. padding이 \"valid\"이면 "
                      "⌊(n - k) / s⌋ + 1, \"same\"이면 ⌈n / s⌉입니다"),
    "valid no +1": ("valid", lambda n, k, s: (n - k) // s,
                    "valid에서 + 1을 빠뜨렸습니다. 첫 자리에 놓인 필터도 출력 한 칸입니다: "
                    "⌊(n - k) / s⌋ + 1"),
}


@task(
    hint="padding=\"valid\"는 덧대지 않으므로 ⌊(n - k) / s⌋ + 1, padding=\"same\"은 "
         "⌈n / s⌉ 입니다. 내림은 n // s로, 올림은 (n + s - 1) // s로 구합니다(4장 2절).",
    solution='''
def output_size(n, k, padding, stride):
    if padding == "same":
        return (n + stride - 1) // stride
    return (n - k) // stride + 1
''',
)
def q2(output_size):
    answered(output_size)
    cases = _output_size_cases()
    results = []
    for n, k, padding, stride in cases:
        result = call(output_size, n, k, padding, stride)
        if isinstance(result, bool) or not isinstance(result, int | np.integer):
            kind = type(result).__name__
            extra = ". / 대신 // (내림)를 쓰거나 int(...)로 바꾸세요" if kind.startswith("float") \
                else ""
            raise Mistake(f"n={n}, k={k}, padding=\"{padding}\", stride={stride}에서 "
                          f"{result!r}를 돌려주었습니다. 크기는 정수(int)인데 결과는 {kind}입니다"
                          f"{extra}", "4장 2절")
        results.append(int(result))
    for (n, k, padding, stride), result in zip(cases, results, strict=True):
        expected = _keras_output_size(n, k, padding, stride)
        if result == expected:
            continue
        seen = (f"n={n}, k={k}, padding=\"{padding}\", stride={stride}에서 {result}를 "
                f"돌려주었습니다. Keras Conv2D의 출력은 {expected}입니다")
        for rule_padding, rule, message in OUTPUT_SIZE_MISTAKES.values():
            same_padding = [(case, value) for case, value in zip(cases, results, strict=True)
                            if case[2] == rule_padding == padding]
            if same_padding and all(value == rule(c[0], c[1], c[3]) for c, value in same_padding):
                raise Mistake(f"{seen}. {message}", "4장 2절")
        raise Mistake(seen, "4장 2절")
    return (f"여러 크기와 필터, 스트라이드, 패딩 {len(cases)}가지 모두 Keras Conv2D의 출력 크기와 "
            "같습니다. valid는 ⌊(n - k) / s⌋ + 1, same은 ⌈n / s⌉입니다.")


def _keras_max_pool(feature_map, size):
    pooled = keras.layers.MaxPooling2D(size)(feature_map.reshape(1, *feature_map.shape, 1))
    return keras.ops.convert_to_numpy(pooled)[0, :, :, 0]


def _average_pool(feature_map, size):
    rows, cols = feature_map.shape[0] // size, feature_map.shape[1] // size
    blocks = feature_map[:rows * size, :cols * size].reshape(rows, size, cols, size)
    return blocks.mean(axis=(1, 3))


@task(
    hint="size로 나누어떨어지지 않는 끝줄을 먼저 잘라 내고(feature_map[:rows * size, "
         ":cols * size]), (rows, size, cols, size)로 reshape 한 뒤 축 (1, 3)에서 최댓값을 "
         "구합니다. 이중 for 문으로 size 칸씩 건너뛰며 구해도 됩니다(4장 3절).",
    solution='''
def max_pool(feature_map, size):
    rows, cols = feature_map.shape[0] // size, feature_map.shape[1] // size
    blocks = feature_map[:rows * size, :cols * size].reshape(rows, size, cols, size)
    return blocks.max(axis=(1, 3))
''',
)
def q3(max_pool):
    answered(max_pool)
    rng = np.random.default_rng(43)
    cases = [
        (rng.normal(size=(6, 8)), 2),
        (rng.normal(size=(7, 9)), 3),  # 나누어떨어지지 않는 끝줄
        (rng.normal(size=(5, 4)) - 3, 2),  # 모두 음수에 가까운 값
    ]
    for feature_map, size in cases:
        feature_map = feature_map.astype("float32")
        expected = _keras_max_pool(feature_map, size)
        result = call(max_pool, feature_map.copy(), size)
        result = require_array(result, "결과", "4장 3절")
        height, width = feature_map.shape
        if result.shape != expected.shape:
            shape = f"{feature_map.shape}에 {size}×{size} 풀링한 결과가 {result.shape}입니다"
            if result.shape == (height - size + 1, width - size + 1):
                raise Mistake(f"{shape}. 구역을 한 칸씩 옮겨 겹치게 했습니다(stride 1). 풀링은 "
                              f"구역이 겹치지 않도록 {size} 칸씩 옮깁니다", "4장 3절")
            if result.shape == (math.ceil(height / size), math.ceil(width / size)):
                raise Mistake(f"{shape}. 나누어떨어지지 않고 남는 끝줄은 Keras처럼 버려서 "
                              f"{expected.shape}가 되어야 합니다", "4장 3절")
            raise Mistake(f"{shape}. (높이 // size, 너비 // size) = {expected.shape}이어야 "
                          "합니다", "4장 3절")
        rows, cols = expected.shape
        blocks = feature_map[:rows * size, :cols * size].reshape(rows, size, cols, size)
        if np.allclose(result, blocks.min(axis=(1, 3)), atol=1e-5):
            raise Mistake("구역의 가장 작은 값을 남겼습니다(min). 최대 풀링은 구역에서 가장 큰 "
                          "값을 남깁니다", "4장 3절")
        if np.allclose(result, _average_pool(feature_map, size), atol=1e-5):
            raise Mistake("구역의 평균을 구했습니다(평균 풀링). 최대 풀링은 구역에서 가장 큰 "
                          "값을 남깁니다", "4장 3절")
        if np.allclose(result, np.maximum(expected, 0)) and (expected < 0).any():
            raise Mistake("음수만 있는 구역의 결과가 0입니다. 최댓값을 0에서 시작하지 말고 "
                          "구역의 값에서 구하세요(max)", "4장 3절")
        if not np.allclose(result, expected, atol=1e-5):
            raise Mistake("모양은 맞지만 값이 Keras MaxPooling2D와 다릅니다. 구역마다 가장 큰 "
                          "값을 남기세요", "4장 3절")
    return ("겹치지 않는 size×size 구역마다 최댓값을 남기고, 남는 끝줄은 버렸습니다. "
            "Keras MaxPooling2D와 같습니다.")


CONV_CASES = [(3, 1, 32), (5, 3, 16), (3, 32, 64)]  # (kernel_size, in_channels, filters)
DENSE_CASES = [(784, 128), (4608, 128), (128, 10)]  # (inputs, units)


def _keras_conv_params(kernel_size, in_channels, filters):
    layer = keras.layers.Conv2D(filters, kernel_size)
    layer.build((None, None, None, in_channels))
    return layer.count_params()


def _keras_dense_params(inputs, units):
    layer = keras.layers.Dense(units)
    layer.build((None, inputs))
    return layer.count_params()


@task(
    hint="합성곱 층의 필터 하나는 kernel_size × kernel_size × in_channels 개의 가중치와 "
         "편향 1 개를 가지고, 필터가 filters 개입니다. 밀집층은 뉴런마다 inputs 개의 가중치와 "
         "편향 1 개를 가집니다(4장 2.1절, 5절).",
    solution='''
def conv_params(kernel_size, in_channels, filters):
    return (kernel_size * kernel_size * in_channels + 1) * filters


def dense_params(inputs, units):
    return (inputs + 1) * units
''',
)
def q4(conv_params, dense_params):
    answered(conv_params, dense_params)
    for k, channels, filters in CONV_CASES:
        expected = _keras_conv_params(k, channels, filters)
        result = call(conv_params, k, channels, filters)
        case = f"conv_params({k}, {channels}, {filters})"
        if result == expected:
            continue
        if result == k * k * channels * filters:
            raise Mistake(f"{case}가 {result:,}입니다. 편향(bias)을 빠뜨렸습니다. 필터마다 "
                          f"편향이 하나씩 있어 Keras는 {expected:,} 개를 셉니다", "4장 5절")
        if result == (k * k + 1) * filters:
            raise Mistake(f"{case}가 {result:,}입니다. 입력 채널 수(in_channels)를 "
                          "빠뜨렸습니다. 필터는 입력의 모든 채널을 덮는 상자라서 "
                          f"{k}×{k}×{channels} 개의 가중치를 가집니다", "4장 2.1절")
        if result == k * k * channels * filters + 1:
            raise Mistake(f"{case}가 {result:,}입니다. 편향은 층에 하나가 아니라 필터마다 "
                          "하나입니다", "4장 5절")
        if result == (k * channels + 1) * filters:
            raise Mistake(f"{case}가 {result:,}입니다. 필터 한 장의 가중치는 k × k × 입력 채널"
                          f"(= {k * k * channels:,})입니다. k를 한 번만 곱했습니다", "4장 2.1절")
        if result in (k * k * channels * filters + k * k * filters,
                      k * k * channels * filters + channels * filters,
                      k * k * channels * filters + k * k * channels * filters):
            raise Mistake(f"{case}가 {result:,}입니다. 편향은 필터마다 하나뿐입니다(필터의 칸이나 "
                          "입력 채널마다가 아닙니다)", "4장 5절")
        raise Mistake(f"{case}가 {result!r}입니다. Keras의 count_params()는 {expected:,}"
                      "입니다", "4장 5절")
    for inputs, units in DENSE_CASES:
        expected = _keras_dense_params(inputs, units)
        result = call(dense_params, inputs, units)
        case = f"dense_params({inputs}, {units})"
        if result == expected:
            continue
        if result == inputs * units:
            raise Mistake(f"{case}가 {result:,}입니다. 편향(bias)을 빠뜨렸습니다. 뉴런마다 "
                          f"편향이 하나씩 있어 Keras는 {expected:,} 개를 셉니다", "4장 5절")
        if result == inputs * units + 1:
            raise Mistake(f"{case}가 {result:,}입니다. 편향은 층에 하나가 아니라 뉴런마다 "
                          "하나입니다", "4장 5절")
        if result == inputs * (units + 1):
            raise Mistake(f"{case}가 {result:,}입니다. 편향은 입력마다가 아니라 뉴런마다 "
                          "하나입니다: (입력 + 1) × 뉴런", "4장 5절")
        raise Mistake(f"{case}가 {result!r}입니다. Keras의 count_params()는 {expected:,}"
                      "입니다", "4장 5절")
    return ("합성곱 층은 (k × k × 입력 채널 + 1) × 필터 수, 밀집층은 (입력 + 1) × 뉴런 수입니다. "
            "합성곱 층의 파라미터 수는 이미지 크기와 상관없습니다.")
