"""5장 CNN으로 MNIST 분류하기: 연습 문제."""

from functools import cache

import numpy as np

from helpers.data import load_dataset
from helpers.exercises import (
    Mistake,
    answered,
    call,
    labels_from_matrix,
    require_array,
    require_model,
    solution_value,
    task,
)
from helpers.exercises.models import check_model
from helpers.exercises.training import Data, check_training, loss_name, split_indices

SEED = 42
TRAIN_COUNT, VAL_COUNT, HIDDEN_COUNT = 2000, 1000, 5000
BATCH_SIZES = (16, 64)  # 지시문이 허락하는 배치 크기의 범위(기본값 32)
# 처음 보는 이미지 5,000장에서 잰 정확도의 기준. 모범 답안으로 3 에포크를 시드 42, 1, 2와 배치
# 크기 16, 32, 64로 잰 9 번이 0.864~0.932(배치 64가 가장 낮음)였습니다. 배치 128은 0.78~0.82,
# 2 에포크는 배치 64에서 0.81~0.84라 지시문이 허락하지 않습니다.
ACCURACY_FLOOR = 0.80
# 어느 이미지로 훈련했는지 가르는 z의 기준(helpers.exercises.training). 같은 9 번에서 검증
# 이미지의 z는 0.85~1.5, 훈련 이미지의 z는 0.93~4.0 이었고, 검증 이미지로 훈련하면 각각
# 3.5~3.9와 -0.5~-0.1, 훈련과 검증 이미지를 합쳐 훈련하면 검증 이미지의 z가 2.5~3.1이었습니다.
Z_LIMITS = (2.4, 0.3)


def _cnn_input(images):
    return (images.astype(np.float32) / 255)[..., np.newaxis]


def _check_cnn_input(value, name, raw, other_name, other_count):
    value = require_array(value, name, "5장 1절")
    n = len(raw)
    if len(value) == other_count and n != other_count:
        raise Mistake(f"{name}의 이미지가 {len(value)}장으로 {other_name}의 개수와 같습니다. 두 "
                      "배열을 바꾸어 담지 않았는지 보세요", "5장 1절")
    if value.shape == raw.shape:
        raise Mistake(f"{name}의 모양이 {value.shape}로 채널 축(channel axis)이 없습니다. "
                      f"합성곱 층은 ({n}, 28, 28, 1)을 받습니다", "5장 1절")
    if value.shape == (n, 1, 28, 28):
        raise Mistake(f"{name}의 모양이 {value.shape}로 채널 축이 앞에 있습니다. Keras의 "
                      "Conv2D는 채널 축을 마지막에 둡니다: (N, 28, 28, 1)", "5장 1절")
    if value.shape != (n, 28, 28, 1):
        raise Mistake(f"{name}의 모양이 {value.shape}입니다. ({n}, 28, 28, 1)이어야 합니다",
                      "5장 1절")
    if float(value.max()) > 1.0:
        raise Mistake(f"{name}의 최댓값이 {float(value.max()):.4g}입니다. 0~255를 255로 나누어 "
                      "0~1로 정규화(scaling)하세요", "5장 1절")
    if value.dtype != np.float32:
        raise Mistake(f"{name}의 자료형(dtype)이 {value.dtype}입니다. float32로 바꾸세요",
                      "5장 1절")
    expected = _cnn_input(raw)
    if not np.allclose(value, expected, atol=1e-6):
        if np.allclose(value, expected / 255, atol=1e-6):
            raise Mistake(f"{name}의 최댓값이 {float(value.max()):.4g}입니다. 255로 두 번 "
                          "나누었습니다(helpers.scale_images는 이미 255로 나눕니다)", "5장 1절")
        if np.allclose(value, expected * 255 / raw.max(), atol=1e-6):
            raise Mistake(f"{name}를 이미지의 최댓값으로 나누었습니다. 255로 나누세요", "5장 1절")
        raise Mistake(f"{name}의 모양과 범위는 맞지만 값이 {name.removesuffix('_cnn')} / 255와 "
                      f"다릅니다(다른 값이 {int((~np.isclose(value, expected, atol=1e-6)).sum()):,}"
                      "칸). 이미지의 순서를 바꾸지 말고 255로 나누기만 하세요", "5장 1절")


@task(
    hint="helpers.scale_images로 0~1의 float32로 바꾸고, helpers.add_channel_axis로 마지막에 "
         "길이 1인 채널 축을 붙입니다. 두 배열 모두 같은 방법으로 준비합니다(5장 1절).",
    solution='''
x_small_cnn = helpers.add_channel_axis(helpers.scale_images(x_small))
x_val_cnn = helpers.add_channel_axis(helpers.scale_images(x_val))
''',
)
def q1(x_small_cnn, x_val_cnn):
    answered(x_small_cnn, x_val_cnn)
    train, val, _ = split_indices("mnist", TRAIN_COUNT, VAL_COUNT, HIDDEN_COUNT, SEED)
    (images, _), _ = load_dataset("mnist")
    x_small, x_val = images[train], images[val]
    _check_cnn_input(x_small_cnn, "x_small_cnn", x_small, "x_val", len(x_val))
    _check_cnn_input(x_val_cnn, "x_val_cnn", x_val, "x_small", len(x_small))
    return (f"모양 {x_small_cnn.shape}과 {x_val_cnn.shape}: (이미지 수, 높이, 너비, 채널)이고 "
            "값은 0~1의 float32입니다. 훈련과 검증 이미지는 늘 같은 방법으로 준비합니다.")


@task(
    hint="합성곱 층과 최대 풀링 층을 두 번 번갈아 쌓고, 펼친 뒤 softmax 출력층으로 끝냅니다. "
         "padding은 기본값(valid)이라 3×3 필터가 가로세로를 2씩 줄입니다. model.summary()로 "
         "층마다 출력 모양과 파라미터 수를 확인하세요(5장 2절, 4장 5절).",
    solution='''
model_layers = [
    keras.Input(shape=(28, 28, 1)),
    layers.Conv2D(16, kernel_size=3, activation="relu"),
    layers.MaxPooling2D(pool_size=2),
    layers.Conv2D(32, kernel_size=3, activation="relu"),
    layers.MaxPooling2D(pool_size=2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
]
model = keras.Sequential(model_layers, name="small_cnn")
''',
)
def q2(model):
    check_model(model, solution_value(q2, "model"), "5장 2절")
    return ("파라미터 12,810개 = 합성곱 160 + 4,640, 출력층 800×10 + 10 = 8,010. 펼친 특성 맵이 "
            "5×5×32 = 800으로 작아서 밀집층의 파라미터도 적습니다.")


@cache
def _data():
    train, val, hidden = split_indices("mnist", TRAIN_COUNT, VAL_COUNT, HIDDEN_COUNT, SEED)
    (images, labels), _ = load_dataset("mnist")
    return Data(*(part for indices in (train, val, hidden)
                  for part in (_cnn_input(images[indices]), labels[indices])))


@task(
    hint="compile 에는 옵티마이저, 손실 함수, 기록할 지표를 줍니다. 레이블이 정수이면 손실은 "
         "sparse_categorical_crossentropy입니다. fit 에는 문제 1에서 준비한 배열, 에포크 수, "
         "validation_data를 주고, 돌려받은 값을 history에 담습니다(5장 3절).",
    solution='''
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
val_data = (x_val_cnn, y_val)
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=val_data, verbose=2)
''',
)
def q3(model, history):
    answered(model, history)
    require_model(model, "model", "5장 2절")
    name = loss_name(model)
    onehot = "categorical_crossentropy" in name and not name.startswith("sparse")
    record = getattr(history, "history", {})
    if isinstance(record, dict) and record.get("loss") and not any(
            "acc" in key for key in record):
        raise Mistake(f"history에 정확도 기록이 없습니다(기록: {sorted(record)}). compile에 "
                      'metrics=["accuracy"]를 주세요', "5장 3절")
    accuracy = check_training(
        model, history, _data(), epochs=(3,), train_size=TRAIN_COUNT,
        fit_labels=(lambda y: np.eye(10, dtype="float32")[y]) if onehot else (lambda y: y),
        batch_sizes=BATCH_SIZES, floor=ACCURACY_FLOOR, z_limits=Z_LIMITS,
        names=("x_small_cnn", "y_small", "x_val_cnn", "y_val"), section="5장 3절")
    return (f"3 에포크 만에 훈련 이미지 {TRAIN_COUNT:,}장으로, 처음 보는 이미지 "
            f"{HIDDEN_COUNT:,}장에서 정확도 {accuracy:.3f}입니다. history.history 에는 에포크마다 "
            "loss, accuracy, val_loss, val_accuracy가 있습니다.")


def _hidden_cases():
    cases = []
    for big_one_way, pair_a, pair_b in (((3, 5), (4, 9), (7, 2)), ((8, 1), (6, 2), (0, 7))):
        matrix = np.zeros((10, 10), dtype=int)
        np.fill_diagonal(matrix, 50)
        matrix[(np.arange(10) + 1) % 10, np.arange(10)] = 1  # 모든 칸이 0은 아니게
        matrix[big_one_way] = 7  # 한 방향으로만 가장 많음
        matrix[pair_a] = 5       # 두 방향을 합치면 가장 많음: 5 + 4 = 9
        matrix[pair_a[::-1]] = 4
        matrix[pair_b] = 3
        matrix[pair_b[::-1]] = 3
        cases.append((matrix, tuple(sorted(pair_a)), big_one_way))
    return cases


@task(
    hint="cm = confusion_matrix(y_true, y_pred)에서 대각선(맞힌 개수)을 0으로 만들고, "
         "cm + cm.T로 두 방향을 합친 뒤 가장 큰 칸의 (행, 열)을 찾아 작은 숫자부터 돌려줍니다"
         "(5장 6절).",
    solution='''
def most_confused_pair(y_true, y_pred):
    matrix = confusion_matrix(y_true, y_pred, labels=range(10))
    np.fill_diagonal(matrix, 0)
    both = np.triu(matrix + matrix.T)
    a, b = np.unravel_index(both.argmax(), both.shape)
    return int(a), int(b)
''',
)
def q4(most_confused_pair):
    for matrix, expected, one_way in _hidden_cases():
        y_true, y_pred = labels_from_matrix(matrix)
        result = call(most_confused_pair, y_true.copy(), y_pred.copy())
        if not isinstance(result, tuple) or len(result) != 2:
            raise Mistake(f"결과가 {result!r}입니다({type(result).__name__}). 두 숫자의 튜플을 "
                          "return (a, b)처럼 돌려주세요", "5장 6절")
        try:
            a, b = (int(value) for value in result)
        except (TypeError, ValueError):
            raise Mistake(f"결과 {result!r}의 두 값이 정수가 아닙니다", "5장 6절") from None
        if a == b:
            raise Mistake(f"결과가 ({a}, {b})로 같은 숫자입니다. 대각선은 맞힌 개수이므로 "
                          "np.fill_diagonal(matrix, 0)으로 지운 뒤 찾으세요", "5장 6절")
        if {a, b} == set(one_way):
            raise Mistake(f"({a}, {b})는 한 방향(실제 {one_way[0]} → 예측 {one_way[1]})으로만 "
                          "가장 많은 쌍입니다. a를 b로, b를 a로 헷갈린 수를 합치세요"
                          "(matrix + matrix.T)", "5장 6절")
        if (b, a) == expected:
            raise Mistake(f"({a}, {b})로 순서가 거꾸로입니다. 작은 숫자를 먼저 (a < b) 돌려주세요",
                          "5장 6절")
        if (a - 1, b - 1) == expected:
            raise Mistake(f"({a}, {b})는 가장 많이 헷갈린 쌍보다 1씩 큽니다. 행렬의 위치(행, 열)가 "
                          "곧 숫자이므로 1을 더하지 마세요", "5장 6절")
        both = matrix + matrix.T
        np.fill_diagonal(both, 0)
        if (a, b) != expected:
            count = int(both[a, b]) if 0 <= a <= 9 and 0 <= b <= 9 else "없음"
            raise Mistake(f"({a}, {b})를 돌려주었지만, 두 방향을 합친 이 쌍의 수는 {count}이고 "
                          f"가장 많은 쌍은 {int(both.max())}번입니다", "5장 6절")
    return ("처음 보는 레이블에서도 맞았습니다. 한 방향으로만 많은 쌍보다 두 방향을 합쳐 많은 쌍이 "
            "서로 닮은 숫자입니다.")
