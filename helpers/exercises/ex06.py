"""6장 CNN과 MLP 비교, 콜백: 연습 문제."""

from pathlib import Path

import numpy as np

from helpers.exercises import (
    Mistake,
    answered,
    call,
    require_history,
    require_model,
    small_split,
    task,
)

SEED = 42
TRAIN_COUNT = 2000
VAL_COUNT = 500
CHECKPOINT = "best.keras"
VALIDATION_METRICS = ("val_loss", "val_accuracy")
LOSS_TOLERANCE = 1e-3
ACCURACY_TOLERANCE = 1e-4


def subsets():
    """노트북의 준비 셀과 같은 (x_small, y_small, x_val, y_val): 0~1 float32, (N, 28, 28, 1)."""
    from helpers.data import add_channel_axis, scale_images

    x_small, y_small, x_val, y_val = small_split("fashion_mnist", TRAIN_COUNT, VAL_COUNT, SEED)
    return (add_channel_axis(scale_images(x_small)), y_small,
            add_channel_axis(scale_images(x_val)), y_val)


def _require(value, kind, name):
    import keras

    answered(value)
    expected = getattr(keras.callbacks, kind)
    if not isinstance(value, expected):
        raise Mistake(f"{name} 가 keras.callbacks.{kind} 가 아니라 {type(value).__name__} 입니다",
                      "6장 3절")


def _require_validation_monitor(callback, name):
    if callback.monitor in VALIDATION_METRICS:
        return
    if callback.monitor in ("loss", "accuracy"):
        raise Mistake(f'{name} 가 훈련 세트의 "{callback.monitor}" 를 지켜봅니다. 훈련 손실과 훈련 '
                      "정확도는 과대적합(overfitting)이 시작돼도 계속 좋아집니다. 검증 세트의 값 "
                      '"val_loss" 나 "val_accuracy" 를 monitor 로 주세요', "6장 3절")
    raise Mistake(f'{name} 의 monitor 가 "{callback.monitor}" 입니다. 검증 세트의 값 "val_loss" 나 '
                  '"val_accuracy" 를 주세요', "6장 3절")


@task(
    hint="keras.callbacks.EarlyStopping 의 인자 monitor(검증 세트의 값), patience(참을 에포크 "
         "수), restore_best_weights(멈춘 뒤 가장 좋은 가중치로 되돌리기)를 살펴보세요(6장 "
         "3절).",
    solution='''
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_accuracy", patience=2, restore_best_weights=True)
''',
)
def q1(early_stopping):
    _require(early_stopping, "EarlyStopping", "early_stopping")
    _require_validation_monitor(early_stopping, "early_stopping")
    if early_stopping.patience == 0:
        raise Mistake("patience 가 0 이라 검증 성적이 한 에포크만 나아지지 않아도 바로 멈춥니다. "
                      "patience=2 로 두 에포크를 기다리게 하세요", "6장 3절")
    if early_stopping.patience != 2:
        raise Mistake(f"patience 가 {early_stopping.patience} 입니다. 이 문제는 patience=2 입니다",
                      "6장 3절")
    if not early_stopping.restore_best_weights:
        raise Mistake("restore_best_weights 가 False(기본값)라서 멈춘 뒤에도 마지막 에포크의 "
                      "가중치가 남습니다. restore_best_weights=True 로 가장 좋았던 에포크의 "
                      "가중치로 되돌리세요", "6장 3절")
    return (f'"{early_stopping.monitor}" 가 2 에포크 연속으로 최고 기록을 넘지 못하면 멈추고, '
            "가장 좋았던 에포크의 가중치로 되돌립니다.")


@task(
    hint="keras.callbacks.ModelCheckpoint 는 첫 인자로 파일 경로를 받습니다. Keras 3 형식의 "
         "확장자는 .keras 입니다. monitor 로 검증 세트의 값을 지켜보게 하고, save_best_only 로 "
         "나아질 때만 저장하게 합니다(6장 3절).",
    solution='''
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.keras", monitor="val_accuracy", save_best_only=True)
''',
)
def q2(checkpoint):
    _require(checkpoint, "ModelCheckpoint", "checkpoint")
    path = str(checkpoint.filepath)
    if path.endswith(".h5"):
        raise Mistake(f'파일 이름이 "{path}" 입니다. .h5 는 예전(legacy) 형식입니다. '
                      f'Keras 3 형식인 "{CHECKPOINT}" 로 모델 전체를 저장하세요', "6장 3절")
    if Path(path).name != CHECKPOINT:
        raise Mistake(f'파일 이름이 "{path}" 입니다. 이 문제는 "{CHECKPOINT}" 에 저장합니다',
                      "6장 3절")
    _require_validation_monitor(checkpoint, "checkpoint")
    if not checkpoint.save_best_only:
        raise Mistake("save_best_only 가 False(기본값)라서 에포크마다 파일을 덮어써, 훈련이 끝나면 "
                      "마지막 에포크의 모델이 남습니다. save_best_only=True 로 가장 좋은 모델만 "
                      "남기세요", "6장 3절")
    return (f'"{checkpoint.monitor}" 가 지금까지보다 좋아질 때만 모델 전체를 {CHECKPOINT} 에 '
            "저장하므로, 훈련이 끝나면 가장 좋았던 에포크의 모델이 파일에 남습니다.")


def validation_scores(model):
    """모델의 검증 세트 (손실, 정확도): fit 이 에포크마다 재는 val_loss, val_accuracy 와 같은 값."""
    _, _, x_val, y_val = subsets()
    probabilities = np.asarray(model.predict(x_val, verbose=0), dtype=np.float64)
    picked = np.clip(probabilities[np.arange(len(y_val)), y_val], 1e-7, 1.0)
    return float(-np.mean(np.log(picked))), float(np.mean(probabilities.argmax(axis=1) == y_val))


def _epoch_of(scores, record):
    """기록에서 (손실, 정확도)가 scores 와 같은 에포크의 번호(0부터), 없으면 None."""
    loss, accuracy = scores
    for epoch, (val_loss, val_accuracy) in enumerate(
            zip(record["val_loss"], record["val_accuracy"], strict=True)):
        if (abs(val_loss - loss) <= LOSS_TOLERANCE * max(1.0, loss)
                and abs(val_accuracy - accuracy) <= ACCURACY_TOLERANCE):
            return epoch
    return None


def _is_best(epoch, record):
    return (record["val_loss"][epoch] <= min(record["val_loss"])
            or record["val_accuracy"][epoch] >= max(record["val_accuracy"]))


@task(
    hint="compile 에는 옵티마이저, 정수 레이블에 맞는 손실(sparse_categorical_crossentropy), "
         "지표를 줍니다. fit 에는 에포크 수, validation_data, 그리고 callbacks=[...] 로 문제 "
         "1, 2의 콜백을 줍니다. 다시 훈련할 때는 모델 셀과 문제 1, 2의 셀부터 다시 "
         "실행하세요(6장 3절).",
    solution='''
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
val_data = (x_val, y_val)
history = model.fit(x_small, y_small, epochs=6, validation_data=val_data,
                    callbacks=[early_stopping, checkpoint], verbose=2)
''',
)
def q3(model, history):
    import keras

    answered(model, history)
    require_model(model, "model", "6장 2절")
    require_history(history, "6장 3절")
    record = history.history
    if not all(record.get(key) for key in VALIDATION_METRICS):
        raise Mistake(f"history 에 검증 기록(val_loss, val_accuracy)이 없습니다(기록: "
                      f"{sorted(record)}). 콜백이 검증 성적을 보려면 fit 에 "
                      'validation_data=(x_val, y_val) 와 compile 에 metrics=["accuracy"] 가 '
                      "있어야 합니다", "6장 3절")
    if not Path(CHECKPOINT).is_file():
        raise Mistake(f"체크포인트 파일 {CHECKPOINT} 가 없습니다. fit 에 "
                      "callbacks=[early_stopping, checkpoint] 를 주었는지 보세요", "6장 3절")
    epoch = _epoch_of(validation_scores(model), record)
    last = len(record["val_loss"]) - 1
    if epoch is None:
        raise Mistake("지금 모델의 검증 손실과 정확도가 history 의 어느 에포크와도 맞지 않습니다. "
                      "validation_data=(x_val, y_val) 로 훈련했는지 보고, 모델 셀부터 다시 "
                      "실행해 새 모델로 훈련하세요", "6장 3절")
    if not _is_best(epoch, record):
        if epoch == last:
            raise Mistake(f"모델에 마지막 에포크({last + 1})의 가중치가 남아 있습니다. 검증 성적은 "
                          "그보다 앞의 에포크가 더 좋았습니다. restore_best_weights=True 인 "
                          "early_stopping 을 callbacks 에 넣으세요", "6장 3절")
        raise Mistake(f"모델의 가중치가 {epoch + 1} 에포크의 것인데, 이 에포크는 검증 성적이 가장 "
                      "좋은 에포크가 아닙니다", "6장 3절")
    saved = keras.models.load_model(CHECKPOINT, compile=False)
    saved_epoch = _epoch_of(validation_scores(saved), record)
    if saved_epoch is None or not _is_best(saved_epoch, record):
        raise Mistake(f"{CHECKPOINT} 에 든 모델이 이번 훈련에서 검증 성적이 가장 좋았던 에포크의 "
                      "모델이 아닙니다. save_best_only=True 인지 보고, 문제 2의 셀과 모델 셀부터 "
                      "다시 실행해 훈련하세요(ModelCheckpoint 는 전에 본 최고 기록을 기억합니다)",
                      "6장 3절")
    return (f"{last + 1} 에포크 훈련했고, 지금 모델과 {CHECKPOINT} 는 모두 {epoch + 1} 에포크의 "
            f"가장 좋은 가중치입니다(검증 정확도 {record['val_accuracy'][epoch]:.3f}).")


def _hidden_vectors():
    rng = np.random.default_rng(6)
    vectors = [rng.dirichlet(np.full(10, 0.5)) for _ in range(3)]
    vectors.append(np.array([0.02, 0.01, 0.3, 0.012, 0.25, 0.004, 0.33, 0.003, 0.069, 0.002]))
    return vectors


@task(
    hint="np.argsort 는 작은 값부터 번호를 늘어놓으므로 [::-1] 로 뒤집어 앞의 세 개를 고릅니다. "
         "번호 i 마다 (names_ko[i], float(probabilities[i])) 를 리스트에 담습니다(6장 4절).",
    solution='''
def top3(probabilities):
    order = np.argsort(probabilities)[::-1][:3]
    return [(names_ko[i], float(probabilities[i])) for i in order]
''',
)
def q4(top3):
    from helpers.data import class_names

    names = class_names("fashion_mnist", korean=True)
    english = class_names("fashion_mnist")
    for probabilities in _hidden_vectors():
        result = call(top3, probabilities.copy())
        if not isinstance(result, list | tuple):
            raise Mistake(f"결과가 {type(result).__name__} 입니다. (이름, 확률) 쌍의 리스트를 "
                          "돌려주세요", "6장 4절")
        if len(result) != 3:
            raise Mistake(f"결과에 쌍이 {len(result)}개 있습니다. 가장 확률이 높은 3개만 "
                          "돌려주세요", "6장 4절")
        if not all(isinstance(item, list | tuple) and len(item) == 2 for item in result):
            raise Mistake(f"결과 {result!r} 의 항목이 (이름, 확률) 쌍이 아닙니다", "6장 4절")
        labels = [item[0] for item in result]
        if any(isinstance(label, int | np.integer) for label in labels):
            raise Mistake(f"이름 대신 클래스 번호 {[int(label) for label in labels]} 를 "
                          "돌려주었습니다. names_ko[번호] 로 한국어 이름을 쓰세요", "6장 4절")
        if any(label in english for label in labels):
            raise Mistake("영어 클래스 이름을 썼습니다. helpers.class_names(\"fashion_mnist\", "
                          "korean=True) 의 한국어 이름(names_ko)을 쓰세요", "6장 4절")
        order = np.argsort(probabilities)[::-1]
        expected = [names[i] for i in order[:3]]
        if labels in (expected[::-1], [names[i] for i in order[::-1][:3]]):
            raise Mistake(f"{labels} 는 확률이 작은 것부터(오름차순) 늘어놓은 것입니다. 가장 "
                          "확률이 높은 것부터(내림차순) 돌려주세요", "6장 4절")
        if labels != expected:
            raise Mistake(f"이름이 {labels} 입니다. 가장 확률이 높은 세 클래스는 {expected} "
                          "입니다", "6장 4절")
        values = [item[1] for item in result]
        if not np.allclose(np.asarray(values, dtype=float), probabilities[order[:3]]):
            raise Mistake(f"확률이 {values} 입니다. 그 클래스의 확률 probabilities[번호] 를 "
                          "그대로 쓰세요", "6장 4절")
    return ("처음 보는 확률 벡터에서도 맞았습니다. 셋째 확률까지 보면 모델이 무엇과 무엇 사이에서 "
            "망설였는지 알 수 있습니다.")
