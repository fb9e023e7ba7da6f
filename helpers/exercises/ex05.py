"""5장 CNN으로 MNIST 분류하기: 연습 문제."""


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
VAL_COUNT = 1000
ACCURACY_FLOOR = 0.85  # 모범 답안(3 에포크): 시드 42, 1, 2 에서 검증 정확도 0.915, 0.921, 0.911
EXPECTED_LAYERS = [
    ("Conv2D", (26, 26, 16)),
    ("MaxPooling2D", (13, 13, 16)),
    ("Conv2D", (11, 11, 32)),
    ("MaxPooling2D", (5, 5, 32)),
    ("Flatten", (800,)),
    ("Dense", (10,)),
]
EXPECTED_PARAMS = 12_810


def subsets():
    """노트북의 준비 셀과 같은 (x_small, y_small, x_val, y_val): uint8 그대로."""
    return small_split("mnist", TRAIN_COUNT, VAL_COUNT, SEED)


def _cnn_input(images):
    return (images.astype(np.float32) / 255)[..., np.newaxis]


def _check_cnn_input(value, name, raw):
    if not isinstance(value, np.ndarray):
        raise Mistake(f"{name} 가 넘파이 배열(NumPy array)이 아니라 {type(value).__name__} "
                      "입니다", "5장 1절")
    n = len(raw)
    if value.shape == raw.shape:
        raise Mistake(f"{name} 의 모양이 {value.shape} 로 채널 축(channel axis)이 없습니다. "
                      f"합성곱 층은 ({n}, 28, 28, 1) 을 받습니다", "5장 1절")
    if value.shape == (n, 1, 28, 28):
        raise Mistake(f"{name} 의 모양이 {value.shape} 로 채널 축이 앞에 있습니다. Keras 의 "
                      "Conv2D 는 채널 축을 마지막에 둡니다: (N, 28, 28, 1)", "5장 1절")
    if value.shape != (n, 28, 28, 1):
        raise Mistake(f"{name} 의 모양이 {value.shape} 입니다. ({n}, 28, 28, 1) 이어야 합니다",
                      "5장 1절")
    if value.dtype != np.float32:
        raise Mistake(f"{name} 의 자료형(dtype)이 {value.dtype} 입니다. float32 로 바꾸세요",
                      "5장 1절")
    if float(value.max()) > 1.0:
        raise Mistake(f"{name} 의 최댓값이 {float(value.max()):.4g} 입니다. 0~255 를 255 로 나누어 "
                      "0~1 로 정규화(scaling)하세요", "5장 1절")
    if not np.allclose(value, _cnn_input(raw), atol=1e-6):
        raise Mistake(f"{name} 의 값이 x_small/x_val 을 255 로 나눈 값과 다릅니다. 이미지의 순서나 "
                      "나누는 수를 확인하세요", "5장 1절")


@task(
    hint="helpers.scale_images 로 0~1 의 float32 로 바꾸고, helpers.add_channel_axis 로 마지막에 "
         "길이 1 인 채널 축을 붙입니다. 두 배열 모두 같은 방법으로 준비합니다(5장 1절).",
    solution='''
x_small_cnn = helpers.add_channel_axis(helpers.scale_images(x_small))
x_val_cnn = helpers.add_channel_axis(helpers.scale_images(x_val))
''',
)
def q1(x_small_cnn, x_val_cnn):
    answered(x_small_cnn, x_val_cnn)
    x_small, _, x_val, _ = subsets()
    _check_cnn_input(x_small_cnn, "x_small_cnn", x_small)
    _check_cnn_input(x_val_cnn, "x_val_cnn", x_val)
    return (f"모양 {x_small_cnn.shape} 과 {x_val_cnn.shape}: (이미지 수, 높이, 너비, 채널) 이고 "
            "값은 0~1 의 float32 입니다. 훈련과 검증 이미지는 늘 같은 방법으로 준비합니다.")


def _layer_output_shape(layer):
    return tuple(layer.output.shape[1:])


@task(
    hint="합성곱 층과 최대 풀링 층을 두 번 번갈아 쌓고, 펼친 뒤 softmax 출력층으로 끝냅니다. "
         "padding 은 기본값(valid)이라 3×3 필터가 가로세로를 2씩 줄입니다. model.summary() 로 "
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
    answered(model)
    require_model(model, "model", "5장 2절")
    if tuple(model.inputs[0].shape[1:]) != (28, 28, 1):
        raise Mistake(f"입력 모양이 {tuple(model.inputs[0].shape[1:])} 입니다. "
                      "keras.Input(shape=(28, 28, 1)) 로 시작하세요", "5장 2절")
    kinds = [type(layer).__name__ for layer in model.layers]
    if any(layer.__class__.__name__ == "Conv2D" and layer.padding == "same"
           for layer in model.layers):
        raise Mistake('합성곱 층에 padding="same" 을 썼습니다'
                      f"(파라미터 {model.count_params():,}개). 패딩이 없으면(valid) 3×3 필터가 "
                      "가로세로를 2씩 줄여 28 → 26 이 됩니다",
                      "4장 2절")
    if kinds.count("MaxPooling2D") < 2:
        raise Mistake(f"최대 풀링(MaxPooling2D) 층이 {kinds.count('MaxPooling2D')}개입니다. "
                      "합성곱 층마다 뒤에 MaxPooling2D(2) 를 하나씩 두어 가로세로를 절반으로 "
                      "줄이세요", "4장 3절")
    shapes = [(kind, _layer_output_shape(layer)) for kind, layer in zip(kinds, model.layers,
                                                                         strict=True)]
    if shapes != EXPECTED_LAYERS:
        listed = ", ".join(f"{kind}{shape}" for kind, shape in shapes)
        raise Mistake(f"층과 출력 모양이 다릅니다: {listed}. 기대하는 순서는 "
                      + ", ".join(f"{kind}{shape}" for kind, shape in EXPECTED_LAYERS),
                      "5장 2절")
    last = model.layers[-1]
    activation = getattr(last.activation, "__name__", str(last.activation))
    if activation != "softmax":
        raise Mistake(f"출력층의 활성화 함수가 {activation} 입니다. 10개 숫자의 확률을 내도록 "
                      'activation="softmax" 를 주세요', "5장 2절")
    if model.count_params() != EXPECTED_PARAMS:
        raise Mistake(f"파라미터가 {model.count_params():,}개입니다. {EXPECTED_PARAMS:,}개여야 "
                      "합니다. 필터 수(16, 32)와 크기(3×3)를 확인하세요", "4장 5절")
    return ("파라미터 12,810개 = 합성곱 160 + 4,640, 출력층 800×10 + 10 = 8,010. 펼친 특성 맵이 "
            "5×5×32 = 800 으로 작아서 밀집층의 파라미터도 적습니다.")


def _loss_name(loss):
    if isinstance(loss, str):
        return loss.lower()
    name = getattr(loss, "name", None) or getattr(loss, "__name__", None) or type(loss).__name__
    return str(name).lower()


@task(
    hint="compile 에는 옵티마이저, 손실 함수, 기록할 지표를 줍니다. 레이블이 정수이면 손실은 "
         "sparse_categorical_crossentropy 입니다. fit 에는 문제 1에서 준비한 배열, 에포크 수, "
         "validation_data 를 주고, 돌려받은 값을 history 에 담습니다(5장 3절).",
    solution='''
model.compile(optimizer="adam", loss="sparse_categorical_crossentropy", metrics=["accuracy"])
val_data = (x_val_cnn, y_val)
history = model.fit(x_small_cnn, y_small, epochs=3, validation_data=val_data, verbose=2)
''',
)
def q3(model, history):
    answered(model, history)
    require_model(model, "model", "5장 2절")
    require_history(history, "5장 3절")
    loss = getattr(model, "loss", None)
    if loss is None:
        raise Mistake("모델이 컴파일(compile)되지 않았습니다. fit 전에 model.compile(...) 을 "
                      "부르세요", "5장 2절")
    name = _loss_name(loss)
    if "categorical_crossentropy" in name and not name.startswith("sparse"):
        raise Mistake("손실 함수가 categorical_crossentropy 입니다. 이 손실은 원-핫(one-hot) "
                      "레이블용입니다. 정수 레이블 y_small 에는 sparse_categorical_crossentropy 를 "
                      "쓰세요", "5장 1절")
    if name != "sparse_categorical_crossentropy":
        raise Mistake(f"손실 함수가 {name} 입니다. 정수 레이블로 분류하려면 "
                      "sparse_categorical_crossentropy 를 쓰세요", "5장 2절")
    record = history.history
    if not record.get("loss"):
        raise Mistake("history 에 기록된 에포크가 없습니다. epochs=2 나 3 으로 훈련하세요",
                      "5장 3절")
    if "val_loss" not in record or "val_accuracy" not in record:
        raise Mistake(f"history 에 검증 기록(val_loss, val_accuracy)이 없습니다(기록: "
                      f"{sorted(record)}). fit 에 validation_data=(x_val_cnn, y_val) 를 주고, "
                      'compile 에 metrics=["accuracy"] 를 주세요', "5장 3절")
    _, _, x_val, y_val = subsets()
    predictions = np.asarray(model.predict(_cnn_input(x_val), verbose=0)).argmax(axis=1)
    accuracy = float(np.mean(predictions == y_val))
    if accuracy < ACCURACY_FLOOR:
        raise Mistake(f"검증 정확도가 {accuracy:.3f} 로 {ACCURACY_FLOOR} 보다 낮습니다"
                      + (" (무작위로 고르는 0.1 근처: 훈련되지 않은 모델입니다)"
                         if accuracy < 0.3 else "")
                      + ". x_small_cnn 과 y_small 로 2~3 에포크 훈련했는지 보세요", "5장 3절")
    epochs = len(record["loss"])
    return (f"{epochs} 에포크 만에 훈련 이미지 {TRAIN_COUNT:,}장으로 검증 정확도 "
            f"{accuracy:.3f} 입니다. "
            "history.history 에는 에포크마다 loss, accuracy, val_loss, val_accuracy 가 있습니다.")


def _labels_from_matrix(matrix):
    """오차 행렬(행: 실제, 열: 예측)과 똑같은 개수를 가진 (y_true, y_pred) 를 섞어서 만듭니다."""
    pairs = [(t, p) for t in range(10) for p in range(10) for _ in range(matrix[t, p])]
    pairs = np.array(pairs)
    order = np.random.default_rng(len(pairs)).permutation(len(pairs))
    return pairs[order, 0], pairs[order, 1]


def _hidden_cases():
    cases = []
    for big_one_way, pair_a, pair_b in (((3, 5), (4, 9), (7, 2)), ((8, 1), (6, 2), (0, 7))):
        matrix = np.zeros((10, 10), dtype=int)
        np.fill_diagonal(matrix, 50)
        matrix[(np.arange(10) + 1) % 10, np.arange(10)] = 1  # 모든 칸이 0 은 아니게
        matrix[big_one_way] = 7  # 한 방향으로만 가장 많음
        matrix[pair_a] = 5       # 두 방향을 합치면 가장 많음: 5 + 4 = 9
        matrix[pair_a[::-1]] = 4
        matrix[pair_b] = 3
        matrix[pair_b[::-1]] = 3
        cases.append((matrix, tuple(sorted(pair_a)), big_one_way))
    return cases


@task(
    hint="cm = confusion_matrix(y_true, y_pred) 에서 대각선(맞힌 개수)을 0으로 만들고, "
         "cm + cm.T 로 두 방향을 합친 뒤 가장 큰 칸의 (행, 열)을 찾아 작은 숫자부터 돌려줍니다"
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
        y_true, y_pred = _labels_from_matrix(matrix)
        result = call(most_confused_pair, y_true.copy(), y_pred.copy())
        if not isinstance(result, tuple | list | np.ndarray) or len(result) != 2:
            raise Mistake(f"결과가 {result!r} 입니다. 두 숫자의 튜플 (a, b) 를 돌려주세요",
                          "5장 6절")
        try:
            a, b = (int(value) for value in result)
        except (TypeError, ValueError):
            raise Mistake(f"결과 {result!r} 의 두 값이 정수가 아닙니다", "5장 6절") from None
        if a == b:
            raise Mistake(f"결과가 ({a}, {b}) 로 같은 숫자입니다. 대각선은 맞힌 개수이므로 "
                          "np.fill_diagonal(matrix, 0) 으로 지운 뒤 찾으세요", "5장 6절")
        if {a, b} == set(one_way):
            raise Mistake(f"({a}, {b}) 는 한 방향(실제 {one_way[0]} → 예측 {one_way[1]})으로만 "
                          "가장 많은 쌍입니다. a 를 b 로, b 를 a 로 헷갈린 수를 합치세요"
                          "(matrix + matrix.T)", "5장 6절")
        if (b, a) == expected:
            raise Mistake(f"({a}, {b}) 로 순서가 거꾸로입니다. 작은 숫자를 먼저 (a < b) 돌려주세요",
                          "5장 6절")
        if (a, b) != expected:
            raise Mistake(f"({a}, {b}) 를 돌려주었지만, 두 방향을 합쳐 가장 많이 헷갈린 쌍은 "
                          "다른 쌍입니다", "5장 6절")
    return ("처음 보는 레이블에서도 맞았습니다. 한 방향으로만 많은 쌍보다 두 방향을 합쳐 많은 쌍이 "
            "서로 닮은 숫자입니다.")
