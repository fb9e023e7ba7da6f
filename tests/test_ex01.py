"""Exercise 01 (이미지와 배열): typical wrong answers per task and the hint each must get
(WRONG), checked by tests/test_exercises.py."""

import numpy as np

from helpers import open_image, sample_image_path
from helpers.exercises import chapter_tasks

TASKS = chapter_tasks("01_image_basics")
SHAPES = np.array(open_image(sample_image_path("shapes_rgb_96.png")))
DIGIT = np.array(open_image(sample_image_path("digit_gray_28.png")))

WRONG = {
    "q1": [
        ((open_image(sample_image_path("shapes_rgb_96.png")),), "넘파이 배열(NumPy array)"),
        ((SHAPES.mean(axis=2),), "채널 축이 없습니다"),
        ((SHAPES / 255,), "uint8"),
        ((SHAPES[:32, :32],), "(96, 96, 3) 이어야"),
    ],
    "q2": [
        ((SHAPES[0], SHAPES[1], SHAPES[2]), "마지막 축"),
        ((SHAPES[..., 2], SHAPES[..., 1], SHAPES[..., 0]), "red 에 채널 2"),
        ((SHAPES[..., 0:1], SHAPES[..., 1], SHAPES[..., 2]), "2차원 배열"),
    ],
    "q3": [
        ((DIGIT.reshape(1, -1), DIGIT.reshape(28, 28, 1)), "배치 축"),
        ((DIGIT.reshape(-1), DIGIT.reshape(1, 28, 28)), "채널 축이 마지막"),
        ((DIGIT.T.reshape(-1), DIGIT.reshape(28, 28, 1)), "픽셀 순서"),
    ],
    "q4": [
        ((lambda image: image // 255,), "정수 나눗셈"),
        ((lambda image: image / 255,), "float64"),
        ((lambda image: (image / image.max()).astype("float32"),), "최댓값으로 나누었습니다"),
        ((lambda image: image.astype("float32"),), "0~1 로 맞춰지지"),
    ],
}
