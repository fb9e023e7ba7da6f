"""7장 컬러 이미지 분류: CIFAR-10: 연습 문제."""

from functools import lru_cache

import numpy as np

from helpers.data import class_names, load_dataset
from helpers.exercises import (
    Mistake,
    answered,
    call,
    labels_from_matrix,
    require_array,
    solution_value,
    task,
)
from helpers.exercises.models import check_model

SMALL = 500  # 연습 문제 노트북이 쓰는 훈련 사진 수(x_train_full[:SMALL])


@lru_cache(maxsize=1)
def _small():
    (x_train, y_train), _ = load_dataset("cifar10")
    return x_train[:SMALL].copy(), y_train[:SMALL].copy()


@task(
    hint="이미지는 astype(\"float32\")로 바꾼 뒤 255로 나누거나 helpers.scale_images를 씁니다. "
         "컬러 채널 3개는 그대로 둡니다. 레이블은 (N, 1) 모양이므로 ravel()로 1차원으로 "
         "펼칩니다(7장 1절, 2절).",
    solution='''
x_ready = helpers.scale_images(x_small)
y_ready = y_small.ravel()
''',
)
def q1(x_ready, y_ready):
    answered(x_ready, y_ready)
    x_small, y_small = _small()
    n = len(x_small)
    x_ready = require_array(x_ready, "x_ready", "7장 2절")
    y_ready = require_array(y_ready, "y_ready", "7장 2절")
    if x_ready.ndim == 3 or (x_ready.ndim == 4 and x_ready.shape[-1] == 1):
        raise Mistake(f"x_ready의 모양이 {x_ready.shape}로 흑백(grayscale)이 되었습니다. "
                      f"컬러 채널 3개를 그대로 둔 {x_small.shape}이어야 합니다", "7장 2절")
    if x_ready.shape != x_small.shape:
        raise Mistake(f"x_ready의 모양이 {x_ready.shape}입니다. 이미지 모양은 바꾸지 않고 "
                      f"{x_small.shape} 그대로 둡니다", "7장 2절")
    if x_ready.dtype.kind in "ui" or float(x_ready.max()) > 1.5:
        raise Mistake(f"x_ready의 값이 0~{float(x_ready.max()):.0f} 범위입니다. 255로 나누어 "
                      "0~1로 정규화(스케일링)하세요", "7장 2절")
    if x_ready.dtype != np.float32:
        raise Mistake(f"x_ready의 자료형(dtype)이 {x_ready.dtype}입니다. float32로 바꾸세요",
                      "7장 2절")
    if not np.allclose(x_ready, x_small.astype(np.float32) / 255, atol=1e-6):
        raise Mistake("x_ready의 모양과 범위는 맞지만 값이 x_small / 255와 다릅니다. 사진의 "
                      "순서나 채널을 바꾸지 마세요", "7장 2절")
    if y_ready.shape == (n, 1):
        raise Mistake(f"y_ready의 모양이 {y_ready.shape} 그대로입니다. CIFAR-10의 레이블은 열이 "
                      f"하나인 2차원 배열이므로 ravel()로 펼쳐 ({n},)으로 만드세요", "7장 1절")
    if y_ready.shape != (n,):
        extra = ". 원-핫 인코딩(one-hot encoding)이 아니라 정수 레이블을 원합니다" \
            if y_ready.shape == (n, 10) else ""
        raise Mistake(f"y_ready의 모양이 {y_ready.shape}입니다. ({n},)인 1차원 정수 "
                      f"레이블이어야 합니다{extra}", "7장 1절")
    if y_ready.dtype.kind not in "ui":
        raise Mistake(f"y_ready의 자료형이 {y_ready.dtype}입니다. 클래스 번호는 정수로 둡니다",
                      "7장 1절")
    if not np.array_equal(y_ready, y_small.ravel()):
        raise Mistake("y_ready의 모양은 맞지만 레이블이 y_small과 다릅니다. 순서를 바꾸지 마세요",
                      "7장 1절")
    return (f"이미지 {x_ready.shape}는 float32 0~1로, 레이블 {y_small.shape}는 ravel()로 "
            f"({n},)으로 바꾸었습니다. 컬러 채널 3개는 그대로입니다.")


EXPECTED_PARAMS = 42_442


@task(
    hint="keras.Input으로 컬러 사진의 모양(높이, 너비, 채널 3)을 알려 주고, 합성곱 층과 최대 "
         "풀링 층을 두 번 번갈아 쌓은 뒤 펼쳐서 softmax 출력층으로 끝냅니다. padding은 "
         "기본값(valid)입니다(7장 3절).",
    solution='''
cnn_layers = [
    keras.Input(shape=(32, 32, 3)),
    layers.Conv2D(32, kernel_size=3, activation="relu"),
    layers.MaxPooling2D(pool_size=2),
    layers.Conv2D(64, kernel_size=3, activation="relu"),
    layers.MaxPooling2D(pool_size=2),
    layers.Flatten(),
    layers.Dense(10, activation="softmax"),
]
model = keras.Sequential(cnn_layers, name="small_cifar10_cnn")
''',
)
def q2(model):
    check_model(model, solution_value(q2, "model"), "7장 3절")
    return ("파라미터 42,442개: 첫 합성곱 3×3×3×32 + 32 = 896, 둘째 합성곱 3×3×32×64 + 64 = "
            "18,496, Flatten 뒤 6×6×64 = 2,304를 받는 출력층 2,304×10 + 10 = 23,050입니다.")


def _labels(seed, size, missing=3):
    """모든 클래스가 들어 있는 정답과, 클래스 missing을 한 번도 예측하지 않는 예측."""
    rng = np.random.default_rng(seed)
    y_true = rng.permutation(np.concatenate([np.arange(10), rng.integers(0, 10, size - 10)]))
    right = rng.random(size) < np.linspace(0.3, 0.9, 10)[y_true]  # 클래스마다 맞히는 비율
    y_pred = np.where(right, y_true, rng.integers(0, 10, size))
    y_pred[y_pred == missing] = (missing + 2) % 10  # 이 클래스는 한 번도 예측하지 않습니다
    return y_true, y_pred


def _per_class_mistakes(y_true, y_pred):
    """클래스별 정확도를 잘못 구하는 흔한 방법마다 그 값."""
    right = np.array([np.sum((y_true == c) & (y_pred == c)) for c in range(10)], dtype=float)
    sizes = np.array([np.sum(y_true == c) for c in range(10)], dtype=float)
    predicted = np.array([np.sum(y_pred == c) for c in range(10)], dtype=float)
    both = np.where(sizes + predicted > 0, 2 * right / np.maximum(sizes + predicted, 1), 0)
    return {
        "맞힌 사진 수를 클래스의 사진 수가 아니라 전체 사진 수로 나누었습니다. 클래스 c의 값은 "
        "정답이 c인 사진 가운데 맞힌 비율입니다": right / len(y_true),
        "맞힌 사진의 수를 그대로 돌려주었습니다. 클래스의 사진 수로 나누어 비율로 만드세요":
            right,
        "클래스마다 'c인가, 아닌가'를 맞힌 비율(c가 아닌 사진을 c가 아니라고 한 것까지)을 "
        "구했습니다. 클래스별 정확도는 정답이 c인 사진 가운데 c로 예측한 비율(재현율, recall)"
        "입니다": np.array([np.mean((y_true == c) == (y_pred == c)) for c in range(10)]),
        "F1 점수를 구했습니다. 클래스별 정확도는 재현율(recall_score)입니다": both,
    }


def _per_class(y_true, y_pred, by):
    """by="true": 클래스별 정확도(재현율), by="pred": 정밀도(예측이 없으면 0)."""
    keys = y_true if by == "true" else y_pred
    return np.array([np.mean(y_true[keys == c] == y_pred[keys == c]) if np.any(keys == c) else 0.0
                     for c in range(10)])


@task(
    hint="클래스별 정확도는 클래스마다의 재현율(recall)입니다. recall_score(y_true, y_pred, "
         "average=None)이 클래스마다 값 하나씩, 길이 10의 배열을 돌려줍니다. 인자 순서는 "
         "정답이 먼저입니다(7장 6절).",
    solution='''
def per_class_accuracy(y_true, y_pred):
    return recall_score(y_true, y_pred, average=None)
''',
)
def q3(per_class_accuracy):
    for seed, size in ((3, 300), (13, 123)):
        y_true, y_pred = _labels(seed, size)
        result = call(per_class_accuracy, y_true.copy(), y_pred.copy())
        if np.ndim(result) == 0:
            raise Mistake(f"숫자 하나({float(result):.3f})를 돌려주었습니다. 전체 정확도가 아니라 "
                          "클래스마다 하나씩, 10개의 정확도가 필요합니다", "7장 6절")
        result = np.asarray(result, dtype=float)
        if result.shape != (10,):
            raise Mistake(f"결과의 모양이 {result.shape}입니다. 클래스 10개마다 하나씩 (10,)"
                          "이어야 합니다. 한 번도 예측되지 않은 클래스(여기서는 고양이)도 "
                          "정확도 0으로 들어가야 합니다", "7장 6절")
        expected = _per_class(y_true, y_pred, "true")
        if np.allclose(result, expected):
            continue
        if np.allclose(result, _per_class(y_true, y_pred, "pred")):
            raise Mistake("클래스마다 정밀도(precision)를 구했습니다. 클래스별 정확도는 '실제로 그 "
                          "클래스인 사진 가운데 맞힌 비율'인 재현율(recall)입니다. 인자 순서가 "
                          "(y_true, y_pred) 인지도 보세요", "7장 6절")
        if np.allclose(np.sort(result), np.sort(expected)):
            raise Mistake("클래스별 정확도의 값은 맞지만 순서가 다릅니다. 정렬하지 말고 클래스 "
                          "0~9 순서 그대로 돌려주세요", "7장 6절")
        for message, value in _per_class_mistakes(y_true, y_pred).items():
            if np.allclose(result, value):
                raise Mistake(message, "7장 6절")
        raise Mistake(f"길이는 10이지만 값이 클래스별 정확도와 다릅니다(클래스 0: 결과 "
                      f"{result[0]:.3f}, 기대 {expected[0]:.3f}). 클래스 c의 값은 정답이 c인 사진 "
                      "가운데 예측도 c인 비율입니다", "7장 6절")
    return ("클래스별 정확도는 클래스마다의 재현율입니다. 한 번도 예측하지 않은 클래스(고양이)는 "
            "정확도 0이고, 처음 보는 레이블 두 묶음에서 모두 맞았습니다.")


def _worst_class_matrix():
    """클래스 3이 정확도(재현율)로는 가장 낮지만, 정밀도로는 클래스 5, 가장 적게 예측된 클래스는
    7, 틀린 사진 수로는 클래스 2, 맞힌 사진 수로는 클래스 7이 가장 낮거나 많은 오차 행렬."""
    sizes = np.array([100, 100, 400, 200, 100, 100, 100, 100, 100, 100])
    right = np.array([90, 80, 260, 80, 70, 75, 85, 60, 88, 78])
    matrix = np.diag(right)
    matrix[3, 5], matrix[3, 0] = 100, 20  # 클래스 3의 오답은 거의 클래스 5로
    matrix[2, 3] = 10
    spread = [0, 1, 4, 6, 8, 9]  # 나머지 오답은 5, 7, 3이 아닌 클래스로 고르게
    for true in range(10):
        left = sizes[true] - matrix[true].sum()
        targets = [c for c in spread if c != true]
        for k in range(left):
            matrix[true, targets[k % len(targets)]] += 1
    return matrix


def _worst_class_cases():
    """(y_true, y_pred) 두 묶음: 위 행렬과, 클래스 번호를 섞은 같은 행렬."""
    matrix = _worst_class_matrix()
    order = np.random.default_rng(7).permutation(10)  # 클래스 c가 order[c]가 됩니다
    moved = np.zeros_like(matrix)
    moved[np.ix_(order, order)] = matrix
    return [labels_from_matrix(matrix), labels_from_matrix(moved)]


def _measures(y_true, y_pred):
    """잘못 고르기 쉬운 기준마다 그 기준으로 고른 클래스 번호."""
    matrix = np.bincount(y_true * 10 + y_pred, minlength=100).reshape(10, 10)
    recall = np.diag(matrix) / matrix.sum(axis=1)
    precision = np.diag(matrix) / np.maximum(matrix.sum(axis=0), 1)
    return {
        "정확도(재현율)가 가장 높은 클래스입니다. argmax가 아니라 argmin으로 가장 낮은 클래스를 "
        "찾으세요": int(recall.argmax()),
        "정밀도(precision)가 가장 낮은 클래스입니다. 클래스별 정확도는 '그 클래스인 사진 가운데 "
        "맞힌 비율'(재현율, recall)이고, 인자 순서는 (y_true, y_pred)입니다":
            int(precision.argmin()),
        "모델이 가장 적게 예측한 클래스입니다. 예측 수가 아니라 그 클래스인 사진 가운데 맞힌 "
        "비율로 찾으세요": int(matrix.sum(axis=0).argmin()),
        "틀린 사진의 수가 가장 많은 클래스입니다. 클래스마다 사진 수가 다르므로 수가 아니라 "
        "비율(재현율)로 찾으세요": int((matrix.sum(axis=1) - np.diag(matrix)).argmax()),
    }


@task(
    hint="문제 3처럼 클래스별 정확도를 구해 argmin()으로 가장 낮은 클래스의 번호를 찾고, "
         "helpers.class_names(\"cifar10\", korean=True)의 한국어 이름으로 바꿉니다(7장 6절).",
    solution='''
def worst_class(y_true, y_pred):
    accuracy = recall_score(y_true, y_pred, average=None)
    return helpers.class_names("cifar10", korean=True)[int(accuracy.argmin())]
''',
)
def q4(worst_class):
    names_ko = class_names("cifar10", korean=True)
    names_en = class_names("cifar10")
    for y_true, y_pred in _worst_class_cases():
        accuracy = _per_class(y_true, y_pred, "true")
        worst = int(accuracy.argmin())
        result = call(worst_class, y_true.copy(), y_pred.copy())
        if isinstance(result, int | np.integer):
            raise Mistake(f"클래스 번호({int(result)})를 돌려주었습니다. 번호가 아니라 "
                          "한국어 클래스 이름(예: '고양이')을 돌려주세요", "7장 6절")
        if not isinstance(result, str):
            raise Mistake(f"결과가 문자열(str)이 아니라 {type(result).__name__}({result!r:.40})"
                          "입니다. 클래스 이름 하나를 돌려주세요", "7장 6절")
        if result not in names_ko and result not in names_en and any(
                ch.isdigit() for ch in result):
            raise Mistake(f"돌려준 값 '{result}': 클래스 이름이 아니라 숫자입니다. 정확도가 가장 "
                          "낮은 클래스의 한국어 이름을 돌려주세요", "7장 6절")
        if result in names_en:
            raise Mistake(f"영어 이름 '{result}'를 돌려주었습니다. helpers.class_names("
                          "\"cifar10\", korean=True)의 한국어 이름을 쓰세요", "7장 1절")
        if result == names_ko[worst]:
            continue
        if result in (names_ko[(worst + 1) % 10], names_ko[(worst - 1) % 10]):
            raise Mistake(f"돌려준 값 '{result}': 정확도가 가장 낮은 클래스 바로 옆 번호의 "
                          "이름입니다. argmin이 돌려준 번호를 더하거나 빼지 말고 그대로 "
                          "이름 목록[번호]로 쓰세요", "7장 6절")
        for message, label in _measures(y_true, y_pred).items():
            if result == names_ko[label] and label != worst:
                raise Mistake(f"돌려준 값 '{result}': {message}", "7장 6절")
        if result not in names_ko:
            raise Mistake(f"돌려준 값 '{result}': CIFAR-10의 한국어 클래스 이름이 아닙니다",
                          "7장 1절")
        mine = accuracy[names_ko.index(result)]
        raise Mistake(f"'{result}'의 정확도는 {mine:.3f}인데, 이보다 낮은 클래스가 있습니다"
                      f"(가장 낮은 값 {accuracy.min():.3f})", "7장 6절")
    return ("클래스별 정확도의 argmin이 가장 어려운 클래스의 번호이고, class_names로 그 한국어 "
            "이름을 얻습니다. 정밀도나 예측 수, 틀린 수로 고르면 다른 클래스가 나오는 레이블에서도 "
            "맞았습니다.")
