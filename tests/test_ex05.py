"""Exercise 05 (CNN으로 MNIST 분류하기): typical wrong answers per task and the hint each must
get (WRONG), checked by tests/test_exercises.py."""

import keras
import numpy as np
from keras import layers
from sklearn.metrics import confusion_matrix

from helpers.exercises import chapter_tasks
from helpers.exercises.ex05 import subsets

TASKS = chapter_tasks("05_cnn_mnist")


def cnn_ready(images):
    return (images.astype("float32") / 255)[..., np.newaxis]


def build(padding="valid", pooling=True, output_activation="softmax"):
    stack = [keras.Input(shape=(28, 28, 1)),
             layers.Conv2D(16, 3, padding=padding, activation="relu")]
    stack += [layers.MaxPooling2D(2)] if pooling else []
    stack += [layers.Conv2D(32, 3, padding=padding, activation="relu")]
    stack += [layers.MaxPooling2D(2)] if pooling else []
    stack += [layers.Flatten(), layers.Dense(10, activation=output_activation)]
    return keras.Sequential(stack)


def compiled(loss="sparse_categorical_crossentropy"):
    model = build()
    model.compile(optimizer="adam", loss=loss, metrics=["accuracy"])
    return model


def history(*keys):
    record = keras.callbacks.History()
    record.history = {key: [0.5, 0.4] for key in keys}
    return record


def one_direction(y_true, y_pred):
    matrix = confusion_matrix(y_true, y_pred, labels=range(10))
    np.fill_diagonal(matrix, 0)
    a, b = np.unravel_index(matrix.argmax(), matrix.shape)
    return int(min(a, b)), int(max(a, b))


def with_diagonal(y_true, y_pred):
    matrix = confusion_matrix(y_true, y_pred, labels=range(10))
    both = np.triu(matrix + matrix.T)
    a, b = np.unravel_index(both.argmax(), both.shape)
    return int(a), int(b)


def lower_triangle(y_true, y_pred):
    matrix = confusion_matrix(y_true, y_pred, labels=range(10))
    np.fill_diagonal(matrix, 0)
    both = np.tril(matrix + matrix.T)
    a, b = np.unravel_index(both.argmax(), both.shape)
    return int(a), int(b)


X_SMALL, _, X_VAL, _ = subsets()

WRONG = {
    "q1": [
        ((X_SMALL / 255, cnn_ready(X_VAL)), "채널 축(channel axis)이 없습니다"),
        ((X_SMALL.astype("float32")[..., None], X_VAL.astype("float32")[..., None]),
         "255 로 나누어"),
        ((cnn_ready(X_SMALL), cnn_ready(X_VAL).reshape(-1, 1, 28, 28)), "채널 축이 앞에"),
    ],
    "q2": [
        ((build(padding="same"),), 'padding="same"'),
        ((build(pooling=False),), "MaxPooling2D"),
        ((build(output_activation=None),), "softmax"),
    ],
    "q3": [
        ((compiled(), history("loss", "accuracy", "val_loss", "val_accuracy")), "훈련되지 않은"),
        ((compiled(), history("loss", "accuracy")), "validation_data"),
        ((compiled("categorical_crossentropy"), history("loss", "val_loss", "val_accuracy")),
         "원-핫(one-hot)"),
        ((build(), history("loss")), "컴파일(compile)"),
    ],
    "q4": [
        ((with_diagonal,), "대각선"),
        ((one_direction,), "한 방향"),
        ((lower_triangle,), "순서가 거꾸로"),
    ],
}
