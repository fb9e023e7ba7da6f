"""6장 CNN과 MLP 비교, 콜백: 연습 문제."""

from functools import cache
from pathlib import Path

import numpy as np

from helpers.exercises import (
    Mistake,
    answered,
    call,
    require_history,
    require_model,
    task,
)
from helpers.exercises.training import (
    Data,
    check_single_fit,
    check_steps_and_floor,
    check_trained_on,
    not_trained_on,
    per_example_loss,
    split_indices,
)

SEED = 42
TRAIN_COUNT, VAL_COUNT, HIDDEN_COUNT = 2000, 500, 5000
BATCH_SIZES = (16, 64)  # 지시문이 허락하는 배치 크기의 범위(기본값 32)
# 문제 3의 기준(helpers.exercises.training): 모범 답안(Adam, 조기 종료, 최대 6 에포크)을 시드 42,
# 1, 2, 배치 크기 16, 32, 64, monitor val_accuracy/val_loss로 잰 18 번에서 처음 보는 Fashion-MNIST
# 5,000장의 정확도는 0.760~0.803(배치 64가 가장 낮음), SGD(0.01)는 0.609였습니다. 검증
# 이미지의 z는 -1.13~-0.65, 훈련 이미지의 z는 0.37~4.76 이었고, 검증 이미지로 훈련하면 각각
# 1.75~2.34와 -1.13~-0.80이었습니다.
ACCURACY_FLOOR = 0.70
Z_LIMITS = (1.0, -0.5)
CHECKPOINT = "best.keras"
VALIDATION_METRICS = ("val_loss", "val_accuracy")
LOSS_TOLERANCE = 1e-3
ACCURACY_TOLERANCE = 1e-4


@cache
def _data():
    from helpers.data import load_dataset

    train, val, hidden = split_indices("fashion_mnist", TRAIN_COUNT, VAL_COUNT, HIDDEN_COUNT,
                                       SEED)
    (images, labels), _ = load_dataset("fashion_mnist")
    return Data(*(part for indices in (train, val, hidden)
                  for part in ((images[indices] / np.float32(255))[..., np.newaxis],
                               labels[indices])))


def _require(value, kind, name):
    import keras

    answered(value)
    expected = getattr(keras.callbacks, kind)
    if not isinstance(value, expected):
        raise Mistake(f"{name}가 keras.callbacks.{kind}가 아니라 {type(value).__name__}입니다",
                      "6장 3절")


def _monitor_mistake(callback, name):
    """monitor가 검증 세트의 값이 아니면 무엇이 틀렸는지."""
    if callback.monitor in ("loss", "accuracy"):
        return (f'{name} 콜백이 훈련 세트의 "{callback.monitor}"를 지켜봅니다. 훈련 손실과 훈련 '
                "정확도는 과대적합(overfitting)이 시작돼도 계속 좋아집니다. 검증 세트의 값 "
                '"val_loss"나 "val_accuracy"를 monitor로 주세요')
    if callback.monitor not in VALIDATION_METRICS:
        return (f'{name}의 monitor가 "{callback.monitor}"입니다. 6장처럼 compile에 '
                'metrics=["accuracy"]를 주면 검증 기록의 이름은 "val_loss"와 "val_accuracy"입니다')
    return None


# 흉내 낸 훈련의 검증 기록: 3번째 에포크가 좋고, 4번째에 나빠졌다가 5번째에 조금 더 좋아진 뒤
# 6, 7번째에 나빠지고, 8번째부터 다시 좋아집니다. 훈련 기록(loss, accuracy)은 늘 좋아집니다.
# patience=2이면 7 에포크 뒤에 멈추고 5 에포크의 가중치로 돌아갑니다. patience, mode, min_delta,
# restore_best_weights가 다르면 멈추는 때나 남는 가중치가 달라집니다.
SCRIPT = {
    "val_loss": [0.90, 0.70, 0.50, 0.55, 0.495, 0.52, 0.53, 0.47, 0.46],
    "val_accuracy": [0.60, 0.70, 0.80, 0.78, 0.805, 0.79, 0.79, 0.81, 0.82],
    "loss": [0.9, 0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.15, 0.1],
    "accuracy": [0.6, 0.7, 0.75, 0.8, 0.85, 0.9, 0.95, 0.96, 0.97],
}
STOPPED, RESTORED = 7, 5  # 지시문대로인 콜백: 7 에포크 뒤에 멈추고 5 에포크의 가중치로
# ModelCheckpoint 용: 2번째 에포크가 가장 좋고 그 뒤로는 그보다 나쁩니다.
CHECKPOINT_SCRIPT = {
    "val_loss": [0.90, 0.50, 0.70, 0.60, 0.80],
    "val_accuracy": [0.60, 0.80, 0.70, 0.75, 0.65],
    "loss": [0.9, 0.7, 0.5, 0.3, 0.1],
    "accuracy": [0.6, 0.7, 0.8, 0.9, 0.95],
}


def _simulate(callback, script):
    """작은 모델을 script의 에포크 수만큼 실제로 fit 하면서, 에포크마다 검증 기록을 script의
    값으로 바꾸고 가중치를 에포크 번호로 채웁니다. (멈춘 뒤 기록된 에포크 수, 남은 가중치의
    에포크 번호(0부터))를 돌려줍니다. 학습자의 콜백은 복사해서 씁니다."""
    import contextlib
    import copy
    import io
    import warnings

    import keras

    class Script(keras.callbacks.Callback):
        def on_epoch_end(self, epoch, logs=None):
            logs.update({key: values[epoch] for key, values in script.items()})
            self.model.layers[-1].kernel.assign(np.full((1, 2), float(epoch), "float32"))

    model = keras.Sequential([keras.Input((1,)), keras.layers.Dense(2, activation="softmax")])
    model.compile(optimizer="sgd", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
    epochs = len(script["loss"])
    with contextlib.redirect_stdout(io.StringIO()), warnings.catch_warnings():
        warnings.simplefilter("ignore")
        history = model.fit(np.zeros((2, 1)), np.zeros(2), epochs=epochs, verbose=0,
                            callbacks=[Script(), copy.deepcopy(callback)])
    return len(history.history["loss"]), int(round(float(model.layers[-1].get_weights()[0][0, 0])))


@task(
    hint="keras.callbacks.EarlyStopping의 인자 monitor(검증 세트의 값), patience(참을 에포크 "
         "수), restore_best_weights(멈춘 뒤 가장 좋은 가중치로 되돌리기)를 살펴보세요(6장 "
         "3절).",
    solution='''
early_stopping = keras.callbacks.EarlyStopping(
    monitor="val_accuracy", patience=2, restore_best_weights=True)
''',
)
def q1(early_stopping):
    _require(early_stopping, "EarlyStopping", "early_stopping")
    if early_stopping.monitor not in (*VALIDATION_METRICS, "loss", "accuracy"):
        raise Mistake(_monitor_mistake(early_stopping, "early_stopping"), "6장 3절")
    ran, kept = _simulate(early_stopping, SCRIPT)
    if (ran, kept + 1) == (STOPPED, RESTORED):
        return (f'"{early_stopping.monitor}"가 2 에포크 연속으로 최고 기록을 넘지 못하면 멈추고, '
                "가장 좋았던 에포크의 가중치로 되돌립니다. 흉내 낸 훈련에서 5 에포크가 가장 좋았고 "
                "7 에포크 뒤에 멈춰 5 에포크의 가중치로 돌아갔습니다.")
    shown = SCRIPT.get(early_stopping.monitor, SCRIPT["val_accuracy"])
    seen = (f"검증 기록이 {', '.join(f'{v:g}' for v in shown)}인 훈련을 흉내 내자, 이 콜백은 "
            f"{ran} 에포크 뒤에 멈추고 {kept + 1} 에포크의 가중치를 남겼습니다(지시문대로라면 "
            f"{STOPPED} 에포크 뒤에 멈추고 {RESTORED} 에포크의 가중치로 되돌립니다)")
    monitor = _monitor_mistake(early_stopping, "early_stopping")
    if monitor:
        raise Mistake(f"{seen}. {monitor}", "6장 3절")
    if kept == 0 and getattr(early_stopping, "mode", "auto") != "auto":
        raise Mistake(f'{seen}. mode="{early_stopping.mode}"라서 "{early_stopping.monitor}"의 '
                      "좋은 쪽을 거꾸로 봅니다. mode는 주지 않으면(auto) 알맞게 정해집니다",
                      "6장 3절")
    if ran != STOPPED and early_stopping.patience != 2:
        raise Mistake(f"{seen}. patience가 {early_stopping.patience}입니다. 2 에포크를 참도록 "
                      "patience=2로 하세요", "6장 3절")
    if early_stopping.min_delta not in (0, -0.0):
        raise Mistake(f"{seen}. min_delta={abs(early_stopping.min_delta):g}라서 그보다 작게 "
                      "나아진 에포크는 나아진 것으로 세지 않습니다. min_delta는 주지 마세요",
                      "6장 3절")
    if ran == STOPPED and not early_stopping.restore_best_weights:
        raise Mistake(f"{seen}. restore_best_weights가 False(기본값)라서 멈춘 뒤에도 마지막 "
                      "에포크의 가중치가 남습니다. restore_best_weights=True로 가장 좋았던 "
                      "에포크의 가중치로 되돌리세요", "6장 3절")
    raise Mistake(f"{seen}. monitor, patience, restore_best_weights 말고 바꾼 인자가 있는지 "
                  "보세요", "6장 3절")


@task(
    hint="keras.callbacks.ModelCheckpoint는 첫 인자로 파일 경로를 받습니다. Keras 3 형식의 "
         "확장자는 .keras입니다. monitor로 검증 세트의 값을 지켜보게 하고, save_best_only로 "
         "나아질 때만 저장하게 합니다(6장 3절).",
    solution='''
checkpoint = keras.callbacks.ModelCheckpoint(
    "best.keras", monitor="val_accuracy", save_best_only=True)
''',
)
def q2(checkpoint):
    import copy
    import os
    import tempfile

    import keras

    _require(checkpoint, "ModelCheckpoint", "checkpoint")
    path = str(checkpoint.filepath)
    if checkpoint.save_weights_only:
        raise Mistake("save_weights_only=True라서 가중치만 저장합니다. 이 문제는 모델 전체를 "
                      f'"{CHECKPOINT}"에 저장합니다. save_weights_only를 빼세요', "6장 3절")
    if path.endswith(".h5"):
        raise Mistake(f'파일 이름이 "{path}"입니다. .h5는 예전(legacy) 형식입니다. '
                      f'Keras 3 형식인 "{CHECKPOINT}"로 모델 전체를 저장하세요', "6장 3절")
    if Path(path).name != CHECKPOINT:
        raise Mistake(f'파일 이름이 "{path}"입니다. 이 문제는 "{CHECKPOINT}"에 저장합니다',
                      "6장 3절")
    if os.path.abspath(path) != os.path.abspath(CHECKPOINT):
        raise Mistake(f'파일 경로가 "{path}"라 노트북을 실행하는 폴더가 아닌 곳에 저장됩니다. '
                      f'폴더 없이 "{CHECKPOINT}"로 주세요', "6장 3절")
    if checkpoint.monitor not in (*VALIDATION_METRICS, "loss", "accuracy"):
        raise Mistake(_monitor_mistake(checkpoint, "checkpoint"), "6장 3절")
    with tempfile.TemporaryDirectory() as folder:
        trial = copy.copy(checkpoint)
        trial.filepath = os.path.join(folder, CHECKPOINT)
        _simulate(trial, CHECKPOINT_SCRIPT)
        saved = keras.models.load_model(trial.filepath, compile=False)
        kept = int(round(float(saved.layers[-1].get_weights()[0][0, 0])))
    if kept == 1:
        return (f'"{checkpoint.monitor}"가 지금까지보다 좋아질 때만 모델 전체를 {CHECKPOINT}에 '
                "저장하므로, 훈련이 끝나면 가장 좋았던 에포크의 모델이 파일에 남습니다.")
    seen = (f"검증 기록이 2 에포크에 가장 좋은 5 에포크 훈련을 흉내 내자, {CHECKPOINT}에 "
            f"{kept + 1} 에포크의 모델이 남았습니다(지시문대로라면 2 에포크의 모델)")
    monitor = _monitor_mistake(checkpoint, "checkpoint")
    if monitor:
        raise Mistake(f"{seen}. {monitor}", "6장 3절")
    if not checkpoint.save_best_only:
        raise Mistake(f"{seen}. save_best_only가 False(기본값)라서 에포크마다 파일을 덮어써, "
                      "훈련이 끝나면 마지막 에포크의 모델이 남습니다. save_best_only=True로 가장 "
                      "좋은 모델만 남기세요", "6장 3절")
    if getattr(checkpoint, "mode", "auto") != "auto":
        raise Mistake(f'{seen}. mode="{checkpoint.mode}"라서 "{checkpoint.monitor}"의 좋은 쪽을 '
                      "거꾸로 봅니다. mode는 주지 않으면(auto) 알맞게 정해집니다", "6장 3절")
    raise Mistake(f"{seen}. monitor, save_best_only 말고 바꾼 인자가 있는지 보세요", "6장 3절")


def validation_scores(model):
    """모델의 검증 세트 (손실, 정확도): fit이 에포크마다 재는 val_loss, val_accuracy와 같은 값."""
    loss, right = per_example_loss(model, _data().x_val, _data().y_val)
    return float(loss.mean()), float(right.mean())


def _accuracy_key(record):
    keys = [key for key in record if key.startswith("val_") and "acc" in key]
    return keys[0] if keys else None


def _epochs_of(scores, record):
    """기록에서 (손실, 정확도)가 scores와 같은 에포크 번호들(0부터)."""
    loss, accuracy = scores
    key = _accuracy_key(record)
    return [epoch for epoch, val_loss in enumerate(record["val_loss"])
            if abs(val_loss - loss) <= LOSS_TOLERANCE * max(1.0, loss)
            and (key is None or abs(record[key][epoch] - accuracy) <= ACCURACY_TOLERANCE)]


def _best_epochs(record, monitor):
    values = np.asarray(record[monitor], dtype=float)
    best = values.min() if "loss" in monitor else values.max()
    return set(np.flatnonzero(np.isclose(values, best, rtol=0, atol=1e-9)).tolist())


@task(
    hint="compile 에는 옵티마이저, 정수 레이블에 맞는 손실(sparse_categorical_crossentropy), "
         "지표를 줍니다. fit 에는 에포크 수, validation_data, 그리고 callbacks=[...]로 문제 "
         "1, 2의 콜백을 줍니다. 다시 훈련할 때는 모델 셀과 문제 1, 2의 셀부터 다시 "
         "실행하세요(6장 3절).",
    solution='''
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
val_data = (x_val, y_val)
history = model.fit(x_small, y_small, epochs=6, validation_data=val_data,
                    callbacks=[early_stopping, checkpoint], verbose=2)
''',
)
def q3(model, history, early_stopping, checkpoint):
    import keras

    answered(model, history, early_stopping, checkpoint)
    require_model(model, "model", "6장 2절")
    require_history(history, "6장 3절")
    record = history.history
    if not record.get("val_loss"):
        raise Mistake(f"history에 검증 기록(val_loss)이 없습니다(기록: {sorted(record)}). 콜백이 "
                      "검증 성적을 보려면 fit에 validation_data=(x_val, y_val)가 있어야 합니다",
                      "6장 3절")
    if len(record["val_loss"]) > 6:
        raise Mistake(f"history에 에포크가 {len(record['val_loss'])}번 기록되어 있습니다. "
                      "지시문은 최대 6 에포크입니다(epochs=6)", "6장 3절")
    check_single_fit(model, history, "6장 3절")
    for callback, name in ((early_stopping, "early_stopping"), (checkpoint, "checkpoint")):
        if getattr(callback, "_model", None) is not model:
            raise Mistake(f"문제 {1 if name == 'early_stopping' else 2}의 {name}가 이 모델의 "
                          "fit에 쓰이지 않았습니다. fit(..., callbacks=[early_stopping, "
                          "checkpoint])로 두 콜백을 넘기세요", "6장 3절")
        if callback.monitor not in record:
            raise Mistake(f'{name}가 지켜보는 "{callback.monitor}"가 훈련 기록에 없습니다(기록: '
                          f"{sorted(record)}). compile의 metrics와 monitor의 이름을 맞추세요"
                          '(metrics=["accuracy"]이면 "val_accuracy")', "6장 3절")
    epochs = _epochs_of(validation_scores(model), record)
    if not epochs:
        raise Mistake("지금 모델의 검증 손실과 정확도가 history의 어느 에포크와도 맞지 않습니다. "
                      "validation_data=(x_val, y_val)로 훈련했는지 보고(validation_split이 "
                      "아니라), 모델 셀부터 다시 실행해 새 모델로 훈련하세요", "6장 3절")
    best = _best_epochs(record, early_stopping.monitor)
    if not set(epochs) & best:
        raise Mistake(f"지금 모델의 가중치는 {epochs[-1] + 1} 에포크의 것인데, "
                      f'"{early_stopping.monitor}"가 가장 좋았던 에포크는 '
                      f"{min(best) + 1} 에포크입니다. restore_best_weights=True인 early_stopping "
                      "콜백이 가장 좋은 가중치로 되돌려야 합니다", "6장 3절")
    path = str(checkpoint.filepath)
    if not Path(path).is_file():
        raise Mistake(f"체크포인트 파일 {path}가 없습니다. 모델 셀과 문제 2의 셀부터 다시 "
                      "실행하고 훈련하세요", "6장 3절")
    saved = keras.models.load_model(path, compile=False)
    saved_epochs = _epochs_of(validation_scores(saved), record)
    if not set(saved_epochs) & _best_epochs(record, checkpoint.monitor):
        raise Mistake(f"{path}에 든 모델이 이번 훈련에서 \"{checkpoint.monitor}\"가 가장 좋았던 "
                      "에포크의 모델이 아닙니다. 문제 2의 셀과 모델 셀부터 다시 실행해 "
                      "훈련하세요(ModelCheckpoint는 전에 본 최고 기록을 기억합니다)", "6장 3절")
    hidden_accuracy, on_training = check_trained_on(model, _data(), "x_small, y_small", Z_LIMITS,
                                                    "6장 3절")
    check_steps_and_floor(model, history, hidden_accuracy, train_size=TRAIN_COUNT,
                          batch_sizes=BATCH_SIZES, floor=ACCURACY_FLOOR,
                          hidden_count=HIDDEN_COUNT, section="6장 3절")
    if not on_training:
        raise not_trained_on("x_small, y_small", "6장 3절")
    epoch = min(set(epochs) & best)
    accuracy = record.get(_accuracy_key(record) or "val_loss")[epoch]
    return (f"{len(record['val_loss'])} 에포크 훈련했고, 지금 모델과 {CHECKPOINT}는 모두 검증 "
            f"성적이 가장 좋았던 에포크의 가중치입니다({epoch + 1} 에포크, 검증 정확도 "
            f"{accuracy:.3f}).")


def _hidden_vectors():
    rng = np.random.default_rng(6)
    vectors = [rng.dirichlet(np.full(10, 0.5)) for _ in range(3)]
    vectors.append(np.array([0.02, 0.01, 0.3, 0.012, 0.25, 0.004, 0.33, 0.003, 0.069, 0.002]))
    return vectors


@task(
    hint="np.argsort는 작은 값부터 번호를 늘어놓으므로 [::-1]로 뒤집어 앞의 세 개를 고릅니다. "
         "번호 i마다 (names_ko[i], float(probabilities[i]))를 리스트에 담습니다(6장 4절).",
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
            raise Mistake(f"결과가 {type(result).__name__}입니다. (이름, 확률) 쌍의 리스트를 "
                          "돌려주세요", "6장 4절")
        if len(result) != 3:
            raise Mistake(f"결과에 쌍이 {len(result)}개 있습니다. 가장 확률이 높은 3개만 "
                          "돌려주세요", "6장 4절")
        if not all(isinstance(item, list | tuple) and len(item) == 2 for item in result):
            raise Mistake(f"결과 {result!r}의 항목이 (이름, 확률) 쌍이 아닙니다", "6장 4절")
        labels = [item[0] for item in result]
        if any(isinstance(label, int | np.integer) for label in labels):
            raise Mistake(f"이름 대신 클래스 번호 {[int(label) for label in labels]}를 "
                          "돌려주었습니다. names_ko[번호]로 한국어 이름을 쓰세요", "6장 4절")
        if any(label in english for label in labels):
            raise Mistake("영어 클래스 이름을 썼습니다. helpers.class_names(\"fashion_mnist\", "
                          "korean=True)의 한국어 이름(names_ko)을 쓰세요", "6장 4절")
        order = np.argsort(probabilities)[::-1]
        expected = [names[i] for i in order[:3]]
        if labels == expected[::-1]:
            raise Mistake(f"{labels}는 세 클래스를 확률이 작은 것부터(오름차순) 늘어놓은 것입니다. "
                          "가장 확률이 높은 것부터(내림차순) 돌려주세요", "6장 4절")
        lowest = [names[i] for i in order[::-1][:3]]
        if labels in (lowest, lowest[::-1]):
            raise Mistake(f"{labels}는 확률이 가장 낮은 세 클래스입니다. np.argsort는 작은 값부터 "
                          "번호를 늘어놓으므로 [::-1]로 뒤집은 뒤 앞의 셋을 고르세요", "6장 4절")
        if labels == names[:3] and expected != names[:3]:
            raise Mistake(f"{labels}는 클래스 0, 1, 2의 이름입니다. 확률이 가장 높은 세 클래스의 "
                          "번호로 names_ko에서 이름을 꺼내세요", "6장 4절")
        if labels == [names[i] for i in sorted(order[:3])]:
            raise Mistake(f"{labels}는 확률이 가장 높은 세 클래스이지만 클래스 번호 순서입니다. "
                          "확률이 높은 것부터 늘어놓으세요", "6장 4절")
        if labels != expected:
            raise Mistake(f"이름이 {labels}입니다. 가장 확률이 높은 세 클래스는 {expected}"
                          "입니다", "6장 4절")
        values = [item[1] for item in result]
        if not np.allclose(np.asarray(values, dtype=float), probabilities[order[:3]],
                           rtol=0, atol=0.005):  # 예시처럼 소수 둘째 자리로 반올림해도 됩니다
            raise Mistake(f"확률이 {values}입니다. 그 클래스의 확률 probabilities[번호]를 "
                          "그대로 쓰세요", "6장 4절")
    return ("처음 보는 확률 벡터에서도 맞았습니다. 셋째 확률까지 보면 모델이 무엇과 무엇 사이에서 "
            "망설였는지 알 수 있습니다.")
