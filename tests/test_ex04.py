"""Exercise 04 (합성곱, 패딩, 풀링): typical wrong answers per task and the hint each must get
(WRONG) and right answers (RIGHT), checked by tests/test_exercises.py; here: the output-size
formula is what Keras computes."""

import math

import keras
import numpy as np
import pytest

from helpers.exercises import chapter_tasks
from helpers.exercises.ex04 import OUTPUT_SIZE_CASES

TASKS = chapter_tasks("04_cnn_building_blocks")


def conv(image, kernel, flip=False, pad=False):
    kernel = kernel[::-1, ::-1] if flip else kernel
    kh, kw = kernel.shape
    if pad:
        image = np.pad(image, ((kh // 2, (kh - 1) // 2), (kw // 2, (kw - 1) // 2)))
    out = np.zeros((image.shape[0] - kh + 1, image.shape[1] - kw + 1), dtype="float32")
    for i in range(out.shape[0]):
        for j in range(out.shape[1]):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out


def conv_swapped(image, kernel):
    return conv(image.T, kernel.T)  # rows and columns swapped


def conv_int(image, kernel):
    return conv(image, kernel).astype(int)


def pool(feature_map, size, reduce=np.max, stride=None, keep_rest=False, start=None):
    stride = stride or size
    height, width = feature_map.shape
    if keep_rest:
        rows, cols = math.ceil(height / size), math.ceil(width / size)
    else:
        rows, cols = (height - size) // stride + 1, (width - size) // stride + 1
    out = np.zeros((rows, cols), dtype="float32")
    for i in range(rows):
        for j in range(cols):
            window = feature_map[i * stride:i * stride + size, j * stride:j * stride + size]
            out[i, j] = reduce(window) if start is None else max(start, window.max())
    return out


RIGHT = {
    "q1": (conv,),
    "q2": (lambda n, k, padding, s: math.ceil(n / s) if padding == "same" else (n - k) // s + 1,),
    "q3": (pool,),
    "q4": (lambda k, c, f: (k * k * c + 1) * f, lambda n, u: (n + 1) * u),
}

WRONG = {
    "q1": [
        ((lambda image, kernel: conv(image, kernel, flip=True),), "뒤집어"),
        ((lambda image, kernel: conv(image, kernel, pad=True),), "패딩 없이(valid)"),
        ((conv_swapped,), "높이와 너비가 바뀌었습니다"),
        ((conv_int,), "소수점 아래"),
    ],
    "q2": [
        ((lambda n, k, padding, s: n if padding == "same" else n - k + 1,), "스트라이드(stride)"),
        ((lambda n, k, padding, s: (n - k) // s + 1,), "\"valid\" 처럼"),
        ((lambda n, k, padding, s: math.ceil(n / s) if padding == "same"
          else round((n - k) / s) + 1,), "내림(floor, //)"),
        ((lambda n, k, padding, s: math.ceil(n / s) if padding == "same" else (n - k) / s + 1,),
         "// (내림)"),
    ],
    "q3": [
        ((lambda m, size: pool(m, size, reduce=np.mean),), "평균 풀링"),
        ((lambda m, size: pool(m, size, stride=1),), "stride 1"),
        ((lambda m, size: pool(m, size, keep_rest=True),), "끝줄은 Keras 처럼 버려서"),
        ((lambda m, size: pool(m, size, start=0.0),), "0 에서 시작하지"),
    ],
    "q4": [
        ((lambda k, c, f: k * k * c * f, RIGHT["q4"][1]), "편향(bias)을 빠뜨렸습니다. 필터마다"),
        ((lambda k, c, f: (k * k + 1) * f, RIGHT["q4"][1]), "입력 채널 수(in_channels)"),
        ((lambda k, c, f: k * k * c * f + 1, RIGHT["q4"][1]), "필터마다 하나"),
        ((RIGHT["q4"][0], lambda n, u: n * u), "편향(bias)을 빠뜨렸습니다. 뉴런마다"),
    ],
}


@pytest.mark.parametrize("n, k, padding, stride", OUTPUT_SIZE_CASES)
def test_the_size_formula_is_keras(n, k, padding, stride):
    layer = keras.layers.Conv2D(1, k, strides=stride, padding=padding)
    formula = math.ceil(n / stride) if padding == "same" else (n - k) // stride + 1
    assert layer.compute_output_shape((None, n, n, 1))[1] == formula
