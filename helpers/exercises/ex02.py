"""2장 다층 퍼셉트론으로 손글씨 숫자 분류: 연습 문제."""

import numpy as np

from helpers.exercises import (
    Mistake,
    NotAnswered,
    answered,
    call,
    require_array,
    solution_value,
    task,
)
from helpers.exercises.models import check_model
from helpers.exercises.training import Data, check_training, loss_name, split_indices

HIDDEN_UNITS = 64
PARAMETERS = 784 * HIDDEN_UNITS + HIDDEN_UNITS + HIDDEN_UNITS * 10 + 10  # 50,890
TRAIN_COUNT, VAL_COUNT, HIDDEN_COUNT = 3000, 1000, 5000
BATCH_SIZES = (16, 128)  # 지시문이 허락하는 배치 크기의 범위(기본값 32)
# 처음 보는 이미지 5,000장에서 잰 정확도의 기준. 모범 답안으로 Adam 3 에포크를 시드 42, 1, 2와
# 배치 크기 16, 32, 64, 128로 잰 12 번이 0.863~0.907(배치 128이 가장 낮음)이었습니다.
ACCURACY_FLOOR = 0.82
# 어느 이미지로 훈련했는지 가르는 z의 기준(helpers.exercises.training). 같은 12 번에서 검증
# 이미지의 z는 -0.3~0.7, 훈련 이미지의 z는 3.0~7.6 이었고, 검증 이미지로 훈련하면 각각
# 5.8~6.2와 0.1~0.4였습니다. 앞의 기준을 우연히 넘을 확률은 한쪽 0.13 %입니다.
Z_LIMITS = (3.0, 1.0)


def _prepared(indices):
    from helpers.data import load_dataset

    (images, labels), _ = load_dataset("mnist")
    return images[indices].reshape(len(indices), 784).astype("float32") / 255, labels[indices]



@task(
    hint="이미지 묶음 (n, 28, 28)을 reshape(len(images), 784)로 펼치고, float32로 바꾼 뒤 "
         "255로 나눕니다. 첫 축(이미지 수)은 그대로 둡니다(2장 2.1절).",
    solution='''
def prepare(images):
    return images.reshape(len(images), 784).astype("float32") / 255
''',
)
def q1(prepare):
    rng = np.random.default_rng(2)
    bright = rng.integers(0, 256, size=(5, 28, 28), dtype=np.uint8)
    bright[0, 0, 0] = 255
    dark = rng.integers(0, 200, size=(1, 28, 28), dtype=np.uint8)  # 최댓값이 255가 아닌 이미지
    for images in (bright, dark):
        count = len(images)
        result = call(prepare, images.copy())
        result = require_array(result, "결과", "2장 2.1절")
        expected = images.reshape(count, 784) / 255
        if result.shape in ((count * 784,), (784,)):
            raise Mistake(f"이미지 {count}장을 넣었더니 결과의 모양이 {result.shape}입니다. "
                          "이미지마다 한 줄이 되도록 첫 축(이미지 수)을 남겨 "
                          f"({count}, 784)로 펼치세요",
                          "2장 2.1절")
        if result.shape != (count, 784):
            raise Mistake(f"이미지 {count}장을 넣었더니 결과의 모양이 {result.shape}입니다. 밀집층"
                          f"(Dense)은 이미지 한 장을 길이 784의 벡터로 받으므로 ({count}, 784)여야 "
                          "합니다", "2장 2.1절")
        if result.max() > 1:
            raise Mistake(f"값의 최댓값이 {float(result.max()):g}입니다. 255로 나누어 0~1로 "
                          "맞추세요(정규화, scaling)", "2장 2.1절")
        if result.min() < 0:
            raise Mistake(f"값의 최솟값이 {float(result.min()):g}입니다. 이 문제는 0~1 범위입니다. "
                          "255로 나누기만 하세요", "2장 2.1절")
        if np.allclose(result, images.reshape(count, 784) / images.max(), atol=1e-6) and \
                not np.allclose(result, expected, atol=1e-6):
            raise Mistake("이미지의 최댓값으로 나누었습니다. 어떤 이미지든 같은 기준이 되도록 "
                          "255로 나누세요", "2장 2.1절")
        if result.dtype != np.float32:
            raise Mistake(f"자료형(dtype)이 {result.dtype}입니다. float32로 바꾸세요"
                          " (astype(\"float32\")를 한 뒤 나누면 float32로 남습니다)", "2장 2.1절")
        if not np.allclose(result, expected, atol=1e-6):
            if np.allclose(result, np.clip(images.reshape(count, 784), 0, 1)):
                raise Mistake("np.clip은 0~1을 벗어난 값을 잘라 낼 뿐 크기를 줄이지 않습니다. "
                              "255로 나누세요", "2장 2.1절")
            transposed = images.transpose(0, 2, 1).reshape(count, 784) / 255
            if np.allclose(result, transposed, atol=1e-6):
                raise Mistake("행과 열을 바꾸어(전치) 펼쳤습니다. reshape만 쓰면 픽셀 순서가 "
                              "그대로입니다", "2장 2.1절")
            if np.allclose(result, 1 - expected, atol=1e-6):
                raise Mistake("밝기를 뒤집었습니다(1 - 값). MNIST는 그대로 255로 나누기만 "
                              "합니다", "2장 2.1절")
            row, col = np.argwhere(~np.isclose(result, expected, atol=1e-6))[0]
            raise Mistake(f"모양과 범위는 맞지만 값이 images.reshape(n, 784) / 255와 다릅니다"
                          f"(이미지 {row}의 픽셀 {col}: 기대 {expected[row, col]:.4f}, 결과 "
                          f"{float(result[row, col]):.4f})", "2장 2.1절")
    return ("이미지 n장이 (n, 784)의 float32 0~1로 바뀌었습니다. "
            "처음 보는 이미지에서도 맞았습니다.")


def _check_onehot(name, onehot, labels, other_labels, other_name):
    onehot = require_array(onehot, name, "2장 2.2절")
    if onehot.shape == labels.shape:
        raise Mistake(f"{name}의 모양이 {onehot.shape}로 정수 레이블 그대로입니다. "
                      "keras.utils.to_categorical로 원-핫 인코딩(one-hot encoding)하세요",
                      "2장 2.2절")
    if onehot.shape == (len(other_labels), 10) and len(other_labels) != len(labels):
        raise Mistake(f"{name}의 모양이 {onehot.shape}로 {other_name}의 개수와 같습니다. {name}"
                      f"에는 {other_name}가 아닌 레이블을 인코딩하세요", "2장 2.2절")
    if onehot.shape != (len(labels), 10):
        raise Mistake(f"{name}의 모양이 {onehot.shape}입니다. 숫자는 10가지이므로 "
                      f"({len(labels)}, 10)이어야 합니다(num_classes=10)", "2장 2.2절")
    true = np.eye(10)[labels]
    for shifted in (np.pad(true[:, 1:], ((0, 0), (0, 1))), np.pad(true[:, :-1], ((0, 0), (1, 0)))):
        if np.array_equal(onehot, shifted):
            raise Mistake(f"{name}의 1이 정답 자리에서 한 칸 밀려 있습니다. 숫자 d의 원-핫은 d번째 "
                          "자리(0부터 셉니다)가 1입니다", "2장 2.2절")
    if not (np.isin(onehot, (0, 1)).all() and np.allclose(onehot.sum(axis=1), 1)):
        raise Mistake(f"{name}의 각 행은 정답 자리 하나만 1이고 나머지는 0이어야 합니다"
                      f"(첫 행: {np.round(onehot[0], 3).tolist()})", "2장 2.2절")
    if np.array_equal(onehot.argmax(axis=1), labels - 1) or \
            np.array_equal(onehot.argmax(axis=1), labels + 1):
        raise Mistake(f"{name}의 1이 정답 자리에서 한 칸 밀려 있습니다. 숫자 d의 원-핫은 d 번째 "
                      "자리(0부터 셉니다)가 1입니다", "2장 2.2절")
    if not np.array_equal(onehot.argmax(axis=1), labels):
        raise Mistake(f"{name}의 1이 있는 자리가 정수 레이블과 다릅니다(첫 다섯: 레이블 "
                      f"{labels[:5].tolist()}, 1의 자리 {onehot.argmax(axis=1)[:5].tolist()}). "
                      "같은 순서의 레이블을 그대로 인코딩했는지 보세요", "2장 2.2절")


@task(
    hint="keras.utils.to_categorical(labels, num_classes=10)은 정수 레이블을 길이 10의 "
         "원-핫 벡터로 바꿉니다. 훈련용과 검증용 레이블을 모두 바꿉니다(2장 2.2절).",
    solution='''
y_small_onehot = keras.utils.to_categorical(y_small, num_classes=10)
y_val_onehot = keras.utils.to_categorical(y_val, num_classes=10)
''',
)
def q2(y_small_onehot, y_val_onehot, y_small, y_val):
    answered(y_small_onehot, y_val_onehot)
    y_small, y_val = np.asarray(y_small), np.asarray(y_val)
    _check_onehot("y_small_onehot", y_small_onehot, y_small, y_val, "y_val")
    _check_onehot("y_val_onehot", y_val_onehot, y_val, y_small, "y_small")
    return ("정수 레이블 3은 [0, 0, 0, 1, 0, 0, 0, 0, 0, 0]이 됩니다. "
            "출력층의 확률 10 개와 짝이 맞습니다.")



@task(
    hint="keras.Input으로 펼친 이미지의 길이를 알려 주고, 은닉층과 출력층 두 개의 "
         "layers.Dense를 쌓습니다. 출력층은 숫자 10 가지의 확률을 내야 합니다. 층마다 "
         "파라미터는 (입력 수 × 뉴런 수) + 뉴런 수(편향)입니다(2장 3절).",
    solution='''
model = keras.Sequential(
    [
        keras.Input(shape=(784,)),
        layers.Dense(64, activation="relu"),
        layers.Dense(10, activation="softmax"),
    ]
)
''',
)
def q3(model):
    check_model(model, solution_value(q3, "model"), "2장 3절")
    return (f"파라미터 {PARAMETERS:,}개 = 784×64 + 64(편향) + 64×10 + 10(편향). "
            "출력은 softmax로 합이 1인 확률 10개입니다.")


@task(
    hint="compile 에는 옵티마이저, 손실 함수, 기록할 지표를 줍니다. 레이블이 원-핫이면 손실은 "
         "categorical_crossentropy입니다. fit 에는 문제 1의 prepare로 바꾼 이미지, 에포크 "
         "수, validation_data를 주고, 돌려받은 값을 history에 담습니다(2장 5절, 6절).",
    solution='''
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
x_small_ready = prepare(x_small)
x_val_ready = prepare(x_val)
history = model.fit(
    x_small_ready, y_small_onehot,
    epochs=3,
    batch_size=32,
    validation_data=(x_val_ready, y_val_onehot),
    verbose=2,
)
''',
)
def q4(model, history):
    import keras

    if loss_name(model).startswith("sparse"):
        raise Mistake("손실 함수가 sparse_categorical_crossentropy라서 정수 레이블로 "
                      "훈련했습니다. 이 문제는 문제 2의 원-핫 레이블 y_small_onehot과 "
                      "categorical_crossentropy로 훈련합니다", "2장 5절")
    train, val, hidden = split_indices("mnist", TRAIN_COUNT, VAL_COUNT, HIDDEN_COUNT)
    data = Data(*(part for indices in (train, val, hidden) for part in _prepared(indices)))
    accuracy = check_training(
        model, history, data, fit_labels=lambda y: keras.utils.to_categorical(y, 10),
        epochs=(3,), train_size=TRAIN_COUNT, batch_sizes=BATCH_SIZES, floor=ACCURACY_FLOOR,
        z_limits=Z_LIMITS,
        names=("prepare(x_small)", "y_small_onehot", "prepare(x_val)", "y_val_onehot"),
        section="2장 6절")
    return (f"처음 보는 이미지 {HIDDEN_COUNT:,}장에서 정확도 {accuracy:.3f}: 3,000장으로 3 "
            f"에포크만 훈련해도 기준 {ACCURACY_FLOOR}를 넘었습니다. 장 본문은 48,000장으로 더 높이 "
            "올라갑니다.")


def _softmax(logits, axis=1):
    shifted = logits - logits.max(axis=axis, keepdims=True)
    exp = np.exp(shifted)
    return exp / exp.sum(axis=axis, keepdims=True)


def _step_variants(weights, bias, images, labels, rate):
    """한 걸음의 모범 결과와, 흔한 실수마다 나오는 결과: {이름: (새 가중치, 새 편향)}."""
    n = len(images)
    onehot = np.eye(10)[labels]
    logits = images @ weights + bias
    error = _softmax(logits) - onehot
    grad_w, grad_b = images.T @ error / n, error.mean(axis=0)
    raw_error = logits - onehot
    column_error = _softmax(logits, axis=0) - onehot
    whole_error = np.exp(logits - logits.max()) / np.exp(logits - logits.max()).sum() - onehot
    return {
        "correct": (weights - rate * grad_w, bias - rate * grad_b),
        "ascent": (weights + rate * grad_w, bias + rate * grad_b),
        "ascent_weights": (weights + rate * grad_w, bias - rate * grad_b),
        "ascent_bias": (weights - rate * grad_w, bias + rate * grad_b),
        "sum": (weights - rate * images.T @ error, bias - rate * error.sum(axis=0)),
        "weights_sum": (weights - rate * images.T @ error, bias - rate * grad_b),
        "bias_sum": (weights - rate * grad_w, bias - rate * error.sum(axis=0)),
        "no_rate": (weights - grad_w, bias - grad_b),
        "no_softmax": (weights - rate * images.T @ raw_error / n,
                       bias - rate * raw_error.mean(axis=0)),
        "softmax_axis0": (weights - rate * images.T @ column_error / n,
                          bias - rate * column_error.mean(axis=0)),
        "softmax_all": (weights - rate * images.T @ whole_error / n,
                        bias - rate * whole_error.mean(axis=0)),
        "bias_kept": (weights - rate * grad_w, bias),
    }


STEP_MISTAKES = {
    "ascent": "가중치와 편향이 기울기 쪽으로 움직였습니다(경사 상승). 손실을 줄이려면 기울기의 "
              "반대쪽, 곧 weights - learning_rate * 기울기로 갑니다. 오차를 정답 - P로 거꾸로 빼지 "
              "않았는지도 보세요(P - 정답입니다)",
    "ascent_weights": "편향은 맞지만 가중치가 기울기 쪽으로 움직였습니다. 가중치도 "
                      "weights - learning_rate * 기울기로 갑니다",
    "ascent_bias": "가중치는 맞지만 편향이 기울기 쪽으로 움직였습니다. 편향도 "
                   "bias - learning_rate * 기울기로 갑니다",
    "sum": "기울기를 배치의 이미지 수로 나누지 않았습니다(합). 손실이 배치의 평균이므로 기울기도 "
           "images.T @ (P - 정답)을 len(images)로 나눈 평균입니다. 이미지 한 장일 때만 맞습니다",
    "weights_sum": "편향은 맞지만 가중치의 기울기를 이미지 수로 나누지 않았습니다. images.T @ (P - "
                   "정답)도 len(images)로 나눕니다",
    "bias_sum": "가중치는 맞지만 편향의 기울기를 더하기만 했습니다. 편향의 기울기도 (P - 정답)을 "
                "이미지 축(axis=0)으로 평균한 값입니다",
    "no_rate": "기울기에 학습률을 곱하지 않았습니다. 한 걸음은 learning_rate * 기울기만큼입니다",
    "no_softmax": "소프트맥스를 거치지 않은 점수(images @ weights + bias)에서 정답을 뺐습니다. "
                  "P는 그 점수에 소프트맥스를 씌운 확률입니다",
    "softmax_axis0": "소프트맥스를 이미지 축(axis=0)으로 계산했습니다. 확률은 이미지마다 10개 "
                     "클래스에 걸쳐 합이 1이어야 하므로 axis=1(클래스 축)로 계산합니다",
    "softmax_all": "소프트맥스를 배열 전체에 걸쳐 계산해 모든 칸의 합이 1이 되었습니다"
                   "(scipy.special.softmax는 axis를 주지 않으면 이렇게 계산합니다). 이미지마다 "
                   "합이 1이 되도록 axis=1로 계산합니다",
    "bias_kept": "새 편향이 받은 편향과 같습니다. 편향을 옮기지 않았거나, 편향의 기울기를 숫자 "
                 "하나(배열 전체의 평균, 이 값은 늘 0입니다)로 구했습니다. (P - 정답)을 이미지 "
                 "축(axis=0)으로 평균해 클래스마다 하나씩 10개의 기울기를 구하세요",
}


def _step_cases():
    """처음 보는 입력들: 배치 크기 여러 장과 1, 0이 아닌 편향, 서로 다른 학습률."""
    rng = np.random.default_rng(11)
    cases = []
    for n, rate in ((7, 0.5), (1, 0.1), (32, 0.05)):
        images = rng.random((n, 784)) * (rng.random((n, 784)) < 0.2)
        labels = rng.integers(0, 10, size=n)
        weights = rng.normal(0, 0.05, size=(784, 10))
        bias = rng.normal(0, 0.1, size=10)
        cases.append((weights, bias, images, labels, rate))
    return cases


def _loss(weights, bias, images, labels):
    probabilities = _softmax(images @ weights + bias)
    return float(-np.mean(np.log(probabilities[np.arange(len(labels)), labels])))


def _close(result, expected):
    return (np.allclose(result[0], expected[0], atol=1e-6)
            and np.allclose(result[1], expected[1], atol=1e-6))


@task(
    hint="정답 labels는 정수 (n,)이므로 np.eye(10)[labels]로 원-핫 (n, 10)을 만듭니다. "
         "P = softmax(images @ weights + bias)는 이미지마다(axis=1) 계산하고, 기울기는 "
         "images.T @ (P - 원-핫) / len(images)와 (P - 원-핫).mean(axis=0)입니다. 한 걸음은 "
         "weights - learning_rate * 기울기이고, 받은 배열을 -=로 고치지 말고 새 배열을 "
         "돌려줍니다(2장 4.3절).",
    solution='''
def gradient_step(weights, bias, images, labels, learning_rate):
    logits = images @ weights + bias
    exp = np.exp(logits - logits.max(axis=1, keepdims=True))
    probabilities = exp / exp.sum(axis=1, keepdims=True)
    error = probabilities - np.eye(10)[labels]
    grad_weights = images.T @ error / len(images)
    grad_bias = error.mean(axis=0)
    return weights - learning_rate * grad_weights, bias - learning_rate * grad_bias
''',
)
def q5(gradient_step):
    cases = _step_cases()
    results, variants = [], []
    for weights, bias, images, labels, rate in cases:
        batch = f"이미지 {len(images)}장인 배치(학습률 {rate})"
        try:
            result = call(gradient_step, weights, bias, images, labels, rate)
        except (Mistake, NotAnswered):
            raise
        except Exception as error:  # the learner's own error, named with the batch it came from
            raise Mistake(f"{batch}에서 답을 실행하자 오류(error)가 났습니다: "
                          f"{type(error).__name__}: {error}. 모양을 확인해 보세요: images "
                          f"({len(images)}, 784), 정수 레이블 labels ({len(images)},), 확률 P와 "
                          f"원-핫 정답은 ({len(images)}, 10)입니다", "2장 4.3절") from None
        if not isinstance(result, tuple | list) or len(result) != 2:
            raise Mistake(f"돌려준 값이 {type(result).__name__}입니다. (새 가중치, 새 편향) 두 "
                          "개를 return new_weights, new_bias처럼 돌려주세요", "2장 4.3절")
        new_w = np.asarray(require_array(result[0], "새 가중치", "2장 4.3절"), dtype=float)
        new_b = np.asarray(require_array(result[1], "새 편향", "2장 4.3절"), dtype=float)
        if new_w.shape == bias.shape and new_b.shape == weights.shape:
            raise Mistake("돌려준 두 값의 순서가 바뀌었습니다. (새 가중치, 새 편향) 순서로 "
                          "돌려주세요", "2장 4.3절")
        if new_w.shape == (10, 784):
            raise Mistake("새 가중치의 모양이 (10, 784)로 뒤집혔습니다. 가중치의 기울기는 "
                          "images.T @ (P - 원-핫)으로 (784, 10)입니다", "2장 4.3절")
        if new_w.shape != weights.shape:
            raise Mistake(f"새 가중치의 모양이 {new_w.shape}입니다. 받은 weights와 같은 "
                          f"{weights.shape}여야 합니다", "2장 4.3절")
        if new_b.shape != bias.shape:
            raise Mistake(f"{batch}에서 새 편향의 모양이 {new_b.shape}입니다. 편향의 기울기는 "
                          "(P - 원-핫)을 이미지 축(axis=0)으로 평균해 (10,)입니다", "2장 4.3절")
        results.append((new_w, new_b))
        variants.append(_step_variants(weights, bias, images, labels, rate))

    if all(_close(r, v["correct"]) for r, v in zip(results, variants, strict=True)):
        weights, bias, images, labels, rate = cases[0]
        before, after = _loss(weights, bias, images, labels), _loss(*results[0], images, labels)
        return (f"처음 보는 배치(이미지 {len(images)}장, 학습률 {rate})에서 한 걸음에 손실이 "
                f"{before:.4f}에서 {after:.4f}까지 줄었습니다. Keras의 SGD가 배치마다 하는 "
                "일입니다.")
    for name, message in STEP_MISTAKES.items():
        if all(_close(r, v[name]) for r, v in zip(results, variants, strict=True)):
            raise Mistake(message, "2장 4.3절")
    (w, b), expected, case = next(
        (result, v["correct"], case)
        for result, v, case in zip(results, variants, cases, strict=True)
        if not _close(result, v["correct"]))
    where = f"이미지 {len(case[2])}장, 학습률 {case[4]}일 때"
    if not np.allclose(w, expected[0], atol=1e-6):
        row, col = np.argwhere(~np.isclose(w, expected[0], atol=1e-6))[0]
        raise Mistake(f"{where} 새 가중치 weights[{row}, {col}]의 값이 {float(w[row, col]):.7f}"
                      f"입니다. 기대한 값은 {float(expected[0][row, col]):.7f}이고, 허용 오차는 "
                      "1e-6입니다", "2장 4.3절")
    raise Mistake(f"{where} 새 편향이 {np.round(b, 5).tolist()}입니다. 기대한 값은 "
                  f"{np.round(expected[1], 5).tolist()}이고, 허용 오차는 1e-6입니다", "2장 4.3절")
