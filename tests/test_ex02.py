"""Exercise 02 (다층 퍼셉트론): typical wrong answers per task and the hint each must get
(WRONG), checked by tests/test_exercises.py."""

import keras
import numpy as np
from keras import layers

from helpers.exercises import chapter_tasks

TASKS = chapter_tasks("02_mlp_mnist")
LABELS = np.arange(20) % 10
VAL_LABELS = np.arange(10)[::-1]


def mlp(units=64, hidden_activation="relu", output_activation="softmax", bias=True,
        input_shape=(784,)):
    head = [layers.Flatten()] if len(input_shape) > 1 else []
    return keras.Sequential([
        keras.Input(shape=input_shape), *head,
        layers.Dense(units, activation=hidden_activation, use_bias=bias),
        layers.Dense(10, activation=output_activation),
    ])


def history_of(model, validation):
    """A History from one tiny fit, with or without validation data."""
    model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
    x = np.zeros((10, 784), "float32")
    y = keras.utils.to_categorical(np.arange(10), 10)
    return model.fit(x, y, epochs=1, verbose=0,
                     validation_data=(x, y) if validation else None)


VAL_IMAGES = np.random.default_rng(0).integers(0, 256, (10, 28, 28), dtype=np.uint8)

WRONG = {
    "q1": [
        ((lambda images: images.reshape(-1).astype("float32") / 255,), "첫 축"),
        ((lambda images: images.astype("float32") / 255,), "길이 784"),
        ((lambda images: images.reshape(len(images), 784).astype("float32"),), "255 로 나누어"),
        ((lambda images: images.reshape(len(images), 784) / 255,), "float32"),
    ],
    "q2": [
        ((LABELS, VAL_LABELS, LABELS, VAL_LABELS), "to_categorical"),
        ((keras.utils.to_categorical(LABELS, 11), keras.utils.to_categorical(VAL_LABELS, 11),
          LABELS, VAL_LABELS), "num_classes=10"),
        ((keras.utils.to_categorical(LABELS, 10), keras.utils.to_categorical(LABELS[:10], 10),
          LABELS, VAL_LABELS), "같은 순서"),
    ],
    "q3": [
        ((mlp(bias=False),), "편향(bias)"),
        ((mlp(output_activation=None),), "softmax"),
        ((mlp(hidden_activation=None),), "relu"),
        ((mlp(input_shape=(28, 28)),), "keras.Input(shape=(784,))"),
        ((mlp(units=128),), "64 개로"),
        (("model",), "Keras 모델(keras.Model)이 아니라 str"),
    ],
    "q4": [
        ((mlp(), history_of(mlp(), validation=True), VAL_IMAGES, VAL_LABELS), "기준 0.85"),
        ((mlp(), history_of(mlp(), validation=False), VAL_IMAGES, VAL_LABELS), "validation_data"),
        ((mlp(), {"loss": [1.0]}, VAL_IMAGES, VAL_LABELS), "History"),
    ],
}
