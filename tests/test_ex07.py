"""Exercise 07 (컬러 이미지 분류: CIFAR-10): each check rejects the typical wrong answers with its
hint, and the reference solutions pass."""

import keras
import numpy as np
import pytest
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


def test_every_task_has_two_wrong_answers():
    assert set(WRONG) == set(TASKS)
    assert all(len(cases) >= 2 for cases in WRONG.values())


@pytest.mark.parametrize(
    "name, answers, hint",
    [(name, answers, hint) for name, cases in WRONG.items() for answers, hint in cases],
    ids=[f"{name}-{i}" for name, cases in WRONG.items() for i in range(len(cases))],
)
def test_wrong_answer_gets_its_hint(name, answers, hint):
    result = TASKS[name].evaluate(*answers)
    assert result.status == "wrong", result
    assert hint in result.message, result.message


def test_reference_solutions_are_right():
    space = {"helpers": helpers, "keras": keras, "layers": layers, "np": np,
             "recall_score": recall_score, "x_small": X.copy(), "y_small": Y.copy()}
    for task in TASKS.values():
        exec(task.solution_code, space)
    answers = {"q1": ("x_ready", "y_ready"), "q2": ("model",), "q3": ("per_class_accuracy",),
               "q4": ("worst_class",)}
    for name, names in answers.items():
        result = TASKS[name].evaluate(*(space[n] for n in names))
        assert result.status == "correct", result
