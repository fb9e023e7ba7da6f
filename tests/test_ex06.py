"""Exercise 06 (CNN과 MLP 비교, 콜백): typical wrong answers per task and the hint each must get
(WRONG), checked by tests/test_exercises.py; here: q3, which checks behaviour (restored weights,
best.keras in the working folder)."""

import keras
import numpy as np
import pytest
from keras import layers

from helpers import class_names
from helpers.exercises import chapter_tasks
from helpers.exercises.ex06 import validation_scores

TASKS = chapter_tasks("06_cnn_fashion_mnist")
NAMES = class_names("fashion_mnist", korean=True)
EarlyStopping, ModelCheckpoint = keras.callbacks.EarlyStopping, keras.callbacks.ModelCheckpoint


def tiny_model():
    return keras.Sequential([keras.Input(shape=(28, 28, 1)), layers.Flatten(),
                             layers.Dense(10, activation="softmax")])


def history(val_loss, val_accuracy):
    record = keras.callbacks.History()
    record.history = {"loss": [0.9] * len(val_loss), "val_loss": list(val_loss),
                      "val_accuracy": list(val_accuracy)}
    return record


def ranked(probabilities):
    return np.argsort(probabilities)[::-1][:3]


WRONG = {
    "q1": [
        ((EarlyStopping(monitor="val_accuracy", patience=2),), "restore_best_weights"),
        ((EarlyStopping(monitor="loss", patience=2, restore_best_weights=True),), '"loss"'),
        ((EarlyStopping(monitor="val_loss", patience=0, restore_best_weights=True),),
         "patience 가 0"),
        ((ModelCheckpoint("best.keras"),), "EarlyStopping 가 아니라"),
    ],
    "q2": [
        ((ModelCheckpoint("best.h5", monitor="val_loss", save_best_only=True),), ".h5"),
        ((ModelCheckpoint("best.keras", monitor="val_accuracy"),), "save_best_only"),
        ((ModelCheckpoint("best.keras", monitor="accuracy", save_best_only=True),), '"accuracy"'),
    ],
    "q4": [
        ((lambda p: [(NAMES[i], float(p[i])) for i in ranked(p)[::-1]],), "오름차순"),
        ((lambda p: [(int(i), float(p[i])) for i in ranked(p)],), "클래스 번호"),
        ((lambda p: [(NAMES[i], float(p[i])) for i in np.argsort(p)[::-1][:5]],), "5개"),
        ((lambda p: [(class_names("fashion_mnist")[i], float(p[i])) for i in ranked(p)],),
         "영어"),
    ],
}


# q3 looks at behaviour: its wrong answers are the tests below, not WRONG.
TESTED_HERE = {"q3"}


# q3 looks at behaviour: the model's weights, the History and best.keras in the working folder.


@pytest.fixture
def folder(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    return tmp_path


def evaluate_q3(model, record):
    return TASKS["q3"].evaluate(model, record)


def test_q3_needs_validation_data(folder):
    record = keras.callbacks.History()
    record.history = {"loss": [0.9, 0.8], "accuracy": [0.6, 0.7]}
    result = evaluate_q3(tiny_model(), record)
    assert result.status == "wrong" and "validation_data" in result.message, result


def test_q3_without_callbacks_there_is_no_checkpoint(folder):
    model = tiny_model()
    loss, accuracy = validation_scores(model)
    result = evaluate_q3(model, history([loss + 0.1, loss], [accuracy - 0.1, accuracy]))
    assert result.status == "wrong", result
    assert "callbacks=[early_stopping, checkpoint]" in result.message, result.message


def test_q3_last_epoch_weights_kept_while_an_earlier_epoch_was_best(folder):
    model = tiny_model()
    model.save("best.keras")
    loss, accuracy = validation_scores(model)
    record = history([loss - 0.2, loss - 0.1, loss], [accuracy + 0.1, accuracy + 0.05, accuracy])
    result = evaluate_q3(model, record)
    assert result.status == "wrong" and "마지막 에포크(3)" in result.message, result.message


def test_q3_checkpoint_file_from_another_model(folder):
    tiny_model().save("best.keras")  # 다른 가중치: save_best_only=False 나 예전 실행의 파일
    model = tiny_model()
    loss, accuracy = validation_scores(model)
    result = evaluate_q3(model, history([loss, loss + 0.1], [accuracy, accuracy - 0.05]))
    assert result.status == "wrong" and "best.keras 에 든 모델이" in result.message, result.message


def test_q3_restored_best_epoch_and_its_checkpoint_are_right(folder):
    model = tiny_model()
    model.save("best.keras")
    loss, accuracy = validation_scores(model)
    result = evaluate_q3(model, history([loss + 0.3, loss, loss + 0.1],
                                        [accuracy - 0.1, accuracy, accuracy - 0.02]))
    assert result.status == "correct", result
