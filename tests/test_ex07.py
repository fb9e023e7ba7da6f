"""Exercise 07 (컬러 이미지 분류: CIFAR-10): typical wrong answers per task and the hint each
must get (WRONG), checked by tests/test_exercises.py."""

import keras
import numpy as np
from keras import layers
from sklearn.metrics import accuracy_score, precision_score, recall_score

import helpers
from helpers.exercises import chapter_tasks
from helpers.exercises.ex07 import SMALL

TASKS = chapter_tasks("07_cnn_cifar10")
(X_FULL, Y_FULL), _ = helpers.load_dataset("cifar10")
X, Y = X_FULL[:SMALL], Y_FULL[:SMALL]
SCALED = X.astype("float32") / 255
NAMES_KO = helpers.class_names("cifar10", korean=True)
NAMES_EN = helpers.class_names("cifar10")


def cnn(input_shape=(32, 32, 3), padding="valid", output_activation="softmax"):
    return keras.Sequential([
        keras.Input(shape=input_shape),
        layers.Conv2D(32, 3, padding=padding, activation="relu"),
        layers.MaxPooling2D(2),
        layers.Conv2D(64, 3, padding=padding, activation="relu"),
        layers.MaxPooling2D(2),
        layers.Flatten(),
        layers.Dense(10, activation=output_activation),
    ])


def accuracy_of_predicted_classes(y_true, y_pred):
    return [np.mean(y_pred[y_true == c] == c) for c in np.unique(y_pred)]


WRONG = {
    "q1": [
        ((SCALED.mean(axis=3), Y.ravel()), "흑백(grayscale)"),
        ((X.astype("float32"), Y.ravel()), "255 로 나누어"),
        ((X / 255, Y.ravel()), "float32 로 바꾸세요"),
        ((SCALED, Y), "ravel() 로 펼쳐"),
        ((SCALED, keras.utils.to_categorical(Y, 10)), "원-핫 인코딩(one-hot encoding)이 아니라"),
    ],
    "q2": [
        ((cnn(input_shape=(32, 32, 1)),), "흑백 한 채널"),
        ((cnn(padding="same"),), 'padding="same"'),
        ((cnn(output_activation=None),), 'activation="softmax"'),
    ],
    "q3": [
        ((lambda t, p: precision_score(t, p, average=None, zero_division=0),), "정밀도(precision)"),
        ((lambda t, p: recall_score(p, t, average=None, zero_division=0),), "인자 순서"),
        ((lambda t, p: accuracy_score(t, p),), "숫자 하나"),
        ((accuracy_of_predicted_classes,), "한 번도 예측되지 않은 클래스"),
    ],
    "q4": [
        ((lambda t, p: NAMES_KO[recall_score(t, p, average=None).argmax()],), "argmin"),
        ((lambda t, p: int(recall_score(t, p, average=None).argmin()),), "클래스 번호"),
        ((lambda t, p: NAMES_EN[recall_score(t, p, average=None).argmin()],), "영어 이름"),
    ],
}
