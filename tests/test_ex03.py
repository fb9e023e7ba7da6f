"""Exercise 03 (Fashion-MNIST와 모델의 깊이): typical wrong answers per task and the hint each
must get (WRONG) and right answers (RIGHT), checked by tests/test_exercises.py; here: a separate
activation layer counts as the activation."""

import keras
import numpy as np

from helpers import class_names, load_image
from helpers.exercises import chapter_tasks

TASKS = chapter_tasks("03_mlp_fashion_mnist")
KOREAN = class_names("fashion_mnist", korean=True)
ENGLISH = class_names("fashion_mnist")
layers = keras.layers


def picture(path, **options):
    settings = {"size": (28, 28), "color_mode": "grayscale", "invert": True, **options}
    return load_image(path, **settings)


def dense_model(units, activations, input_shape=(784,)):
    stack = [keras.Input(shape=input_shape)]
    if len(input_shape) > 1:
        stack.append(layers.Flatten())
    stack += [layers.Dense(n, activation=a) for n, a in zip(units, activations, strict=True)]
    return keras.Sequential(stack)


RIGHT = {
    "q1": (lambda path: picture(path).reshape(1, 784),),
    "q2": (lambda history: int(np.argmin(history["val_loss"])) + 1,),
    "q3": (dense_model([256, 128, 64, 10], ["relu", "relu", "relu", "softmax"]),),
    "q4": (lambda p: [KOREAN[i] for i in np.argmax(p, axis=1)],),
}

WRONG = {
    "q1": [
        ((lambda path: picture(path, invert=False).reshape(1, 784),), "invert=True"),
        ((lambda path: picture(path).reshape(784),), "배치 축"),
        ((lambda path: picture(path),), "reshape(1, 784)"),
        ((lambda path: (picture(path) * 255).astype("uint8").reshape(1, 784),), "0~1 로 맞추세요"),
        ((lambda path: picture(path, size=(56, 56)).reshape(1, -1),), "28×28 흑백"),
    ],
    "q2": [
        ((lambda history: int(np.argmin(history["val_loss"])),), "1부터 셉니다"),
        ((lambda history: int(np.argmin(history["loss"])) + 1,), "훈련 손실(\"loss\")"),
        ((lambda history: int(np.argmax(history["val_loss"])) + 1,), "가장 높은 에포크"),
        ((lambda history: int(np.flatnonzero(np.diff(history["val_loss"]) > 0)[0]) + 1,),
         "가장 낮은 에포크가 아닙니다"),
    ],
    "q3": [
        ((dense_model([64, 128, 256, 10], ["relu", "relu", "relu", "softmax"]),),
         "거꾸로입니다(파라미터 94,154 개"),
        ((dense_model([256, 128, 64, 10], [None, None, None, "softmax"]),), "activation=\"relu\""),
        ((dense_model([256, 128, 64, 10], ["relu", "relu", "relu", None]),), "softmax"),
        ((dense_model([256, 128, 64, 10], ["relu", "relu", "relu", "softmax"], (28, 28)),),
         "입력 모양이 (None, 28, 28)"),
    ],
    "q4": [
        ((lambda p: [KOREAN[i] for i in np.argmax(p, axis=0)],), "axis=1"),
        ((lambda p: list(np.argmax(p, axis=1)),), "클래스 번호(정수)"),
        ((lambda p: [ENGLISH[i] for i in np.argmax(p, axis=1)],), "영어 이름"),
        ((lambda p: [KOREAN[i] for i in np.argmin(p, axis=1)],), "가장 큰 클래스"),
    ],
}


def test_a_separate_activation_layer_counts_as_relu():
    model = keras.Sequential([
        keras.Input(shape=(784,)),
        layers.Dense(256), layers.ReLU(),
        layers.Dense(128), layers.Activation("relu"),
        layers.Dense(64, activation="relu"),
        layers.Dense(10), layers.Softmax(),
    ])
    assert TASKS["q3"].evaluate(model).status == "correct"
