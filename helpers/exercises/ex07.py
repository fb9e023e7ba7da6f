"""7장 컬러 이미지 분류: CIFAR-10: 연습 문제."""

from functools import lru_cache

import keras
import numpy as np

from helpers.data import class_names, load_dataset
from helpers.exercises import (
    Mistake,
    answered,
    call,
    require_array,
    require_model,
    task,
)

SMALL = 500  # 연습 문제 노트북이 쓰는 훈련 사진 수(x_train_full[:SMALL])


@lru_cache(maxsize=1)
def _small():
    (x_train, y_train), _ = load_dataset("cifar10")
    return x_train[:SMALL].copy(), y_train[:SMALL].copy()


@task(
    hint="이미지는 astype(\"float32\") 로 바꾼 뒤 255 로 나누거나 helpers.scale_images 를 씁니다. "
         "컬러 채널 3개는 그대로 둡니다. 레이블은 (N, 1) 모양이므로 ravel() 로 1차원으로 "
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
    require_array(x_ready, "x_ready", "7장 2절")
    require_array(y_ready, "y_ready", "7장 2절")
    if x_ready.ndim == 3 or (x_ready.ndim == 4 and x_ready.shape[-1] == 1):
        raise Mistake(f"x_ready 의 모양이 {x_ready.shape} 로 흑백(grayscale)이 되었습니다. "
                      f"컬러 채널 3개를 그대로 둔 {x_small.shape} 이어야 합니다", "7장 2절")
    if x_ready.shape != x_small.shape:
        raise Mistake(f"x_ready 의 모양이 {x_ready.shape} 입니다. 이미지 모양은 바꾸지 않고 "
                      f"{x_small.shape} 그대로 둡니다", "7장 2절")
    if x_ready.dtype.kind in "ui" or float(x_ready.max()) > 1.5:
        raise Mistake(f"x_ready 의 값이 0~{float(x_ready.max()):.0f} 범위입니다. 255 로 나누어 "
                      "0~1 로 정규화(스케일링)하세요", "7장 2절")
    if x_ready.dtype != np.float32:
        raise Mistake(f"x_ready 의 자료형(dtype)이 {x_ready.dtype} 입니다. float32 로 바꾸세요",
                      "7장 2절")
    if not np.allclose(x_ready, x_small.astype(np.float32) / 255, atol=1e-6):
        raise Mistake("x_ready 의 모양과 범위는 맞지만 값이 x_small / 255 와 다릅니다. 사진의 "
                      "순서나 채널을 바꾸지 마세요", "7장 2절")
    if y_ready.shape == (n, 1):
        raise Mistake(f"y_ready 의 모양이 {y_ready.shape} 그대로입니다. CIFAR-10 의 레이블은 열이 "
                      f"하나인 2차원 배열이므로 ravel() 로 펼쳐 ({n},) 으로 만드세요", "7장 1절")
    if y_ready.shape != (n,):
        extra = ". 원-핫 인코딩(one-hot encoding)이 아니라 정수 레이블을 원합니다" \
            if y_ready.shape == (n, 10) else ""
        raise Mistake(f"y_ready 의 모양이 {y_ready.shape} 입니다. ({n},) 인 1차원 정수 "
                      f"레이블이어야 합니다{extra}", "7장 1절")
    if y_ready.dtype.kind not in "ui":
        raise Mistake(f"y_ready 의 자료형이 {y_ready.dtype} 입니다. 클래스 번호는 정수로 둡니다",
                      "7장 1절")
    if not np.array_equal(y_ready, y_small.ravel()):
        raise Mistake("y_ready 의 모양은 맞지만 레이블이 y_small 과 다릅니다. 순서를 바꾸지 마세요",
                      "7장 1절")
    return (f"이미지 {x_ready.shape} 는 float32 0~1 로, 레이블 {y_small.shape} 는 ravel() 로 "
            f"({n},) 으로 바꾸었습니다. 컬러 채널 3개는 그대로입니다.")


EXPECTED_PARAMS = 42_442


@task(
    hint="keras.Input 으로 컬러 사진의 모양(높이, 너비, 채널 3)을 알려 주고, 합성곱 층과 최대 "
         "풀링 층을 두 번 번갈아 쌓은 뒤 펼쳐서 softmax 출력층으로 끝냅니다. padding 은 "
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
    answered(model)
    require_model(model, "model", "7장 3절")
    shape = tuple(model.input_shape[1:])
    if shape == (32, 32, 1):
        raise Mistake("입력 모양이 (32, 32, 1) 로 흑백 한 채널입니다. CIFAR-10 은 컬러 사진이므로 "
                      "keras.Input(shape=(32, 32, 3)) 입니다", "7장 3절")
    if shape != (32, 32, 3):
        raise Mistake(f"입력 모양이 {shape} 입니다. (32, 32, 3) 이어야 합니다", "7장 3절")
    kinds = [type(layer).__name__ for layer in model.layers if type(layer).__name__ != "InputLayer"]
    expected = ["Conv2D", "MaxPooling2D", "Conv2D", "MaxPooling2D", "Flatten", "Dense"]
    if kinds != expected:
        raise Mistake(f"층의 순서가 {kinds} 입니다. {expected} 순서로 쌓으세요", "7장 3절")
    convs = [layer for layer in model.layers if isinstance(layer, keras.layers.Conv2D)]
    for conv, filters in zip(convs, (32, 64), strict=True):
        if conv.filters != filters or tuple(conv.kernel_size) != (3, 3):
            raise Mistake(f"합성곱 층이 {tuple(conv.kernel_size)} 필터 {conv.filters}개입니다. "
                          f"3×3 필터 {filters}개여야 합니다", "7장 3절")
        if conv.padding == "same":
            raise Mistake("합성곱 층이 padding=\"same\" 이라 특성 맵이 줄지 않습니다(Flatten 뒤 "
                          "8×8×64 = 4,096). 이 문제는 기본값 \"valid\" 로 32→30, 15→13 처럼 "
                          "줄어드는 모델입니다", "7장 3절")
        if conv.activation.__name__ != "relu":
            raise Mistake(f"합성곱 층의 활성화 함수가 {conv.activation.__name__} 입니다. "
                          "activation=\"relu\" 를 주세요", "7장 3절")
    output = model.layers[-1]
    if output.units != 10:
        raise Mistake(f"출력층의 뉴런이 {output.units}개입니다. 클래스 수와 같은 10개여야 합니다",
                      "7장 3절")
    if output.activation.__name__ != "softmax":
        raise Mistake(f"출력층의 활성화 함수가 {output.activation.__name__} 입니다. 10개 클래스의 "
                      "확률을 내보내도록 activation=\"softmax\" 를 주세요", "7장 3절")
    if model.count_params() != EXPECTED_PARAMS:
        raise Mistake(f"파라미터가 {model.count_params():,}개입니다. {EXPECTED_PARAMS:,}개여야 "
                      "합니다. 풀링 크기를 확인하세요", "7장 3절")
    return ("파라미터 42,442개: 첫 합성곱 3×3×3×32 + 32 = 896, 둘째 합성곱 3×3×32×64 + 64 = "
            "18,496, Flatten 뒤 6×6×64 = 2,304 를 받는 출력층 2,304×10 + 10 = 23,050 입니다.")


def _labels(seed, size, missing=3):
    """모든 클래스가 들어 있는 정답과, 클래스 missing 을 한 번도 예측하지 않는 예측."""
    rng = np.random.default_rng(seed)
    y_true = rng.permutation(np.concatenate([np.arange(10), rng.integers(0, 10, size - 10)]))
    right = rng.random(size) < np.linspace(0.3, 0.9, 10)[y_true]  # 클래스마다 맞히는 비율
    y_pred = np.where(right, y_true, rng.integers(0, 10, size))
    y_pred[y_pred == missing] = (missing + 2) % 10  # 이 클래스는 한 번도 예측하지 않습니다
    return y_true, y_pred


def _per_class(y_true, y_pred, by):
    """by="true": 클래스별 정확도(재현율), by="pred": 정밀도(예측이 없으면 0)."""
    keys = y_true if by == "true" else y_pred
    return np.array([np.mean(y_true[keys == c] == y_pred[keys == c]) if np.any(keys == c) else 0.0
                     for c in range(10)])


@task(
    hint="클래스별 정확도는 클래스마다의 재현율(recall)입니다. recall_score(y_true, y_pred, "
         "average=None) 이 클래스마다 값 하나씩, 길이 10 의 배열을 돌려줍니다. 인자 순서는 "
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
            raise Mistake(f"결과의 모양이 {result.shape} 입니다. 클래스 10개마다 하나씩 (10,) "
                          "이어야 합니다. 한 번도 예측되지 않은 클래스(여기서는 고양이)도 "
                          "정확도 0 으로 들어가야 합니다", "7장 6절")
        expected = _per_class(y_true, y_pred, "true")
        if np.allclose(result, expected):
            continue
        if np.allclose(result, _per_class(y_true, y_pred, "pred")):
            raise Mistake("클래스마다 정밀도(precision)를 구했습니다. 클래스별 정확도는 '실제로 그 "
                          "클래스인 사진 가운데 맞힌 비율'인 재현율(recall)입니다. 인자 순서가 "
                          "(y_true, y_pred) 인지도 보세요", "7장 6절")
        raise Mistake("길이는 10 이지만 값이 클래스별 정확도와 다릅니다. 클래스 c 의 값은 정답이 "
                      "c 인 사진 가운데 예측도 c 인 비율입니다", "7장 6절")
    return ("클래스별 정확도는 클래스마다의 재현율입니다. 한 번도 예측하지 않은 클래스(고양이)는 "
            "정확도 0 이고, 처음 보는 레이블 두 묶음에서 모두 맞았습니다.")


@task(
    hint="문제 3처럼 클래스별 정확도를 구해 argmin() 으로 가장 낮은 클래스의 번호를 찾고, "
         "helpers.class_names(\"cifar10\", korean=True) 의 한국어 이름으로 바꿉니다(7장 6절).",
    solution='''
def worst_class(y_true, y_pred):
    accuracy = recall_score(y_true, y_pred, average=None)
    return helpers.class_names("cifar10", korean=True)[int(accuracy.argmin())]
''',
)
def q4(worst_class):
    names_ko = class_names("cifar10", korean=True)
    names_en = class_names("cifar10")
    for seed, size, missing in ((4, 400, 6), (14, 250, 1)):
        y_true, y_pred = _labels(seed, size, missing)
        accuracy = _per_class(y_true, y_pred, "true")
        worst, best = int(accuracy.argmin()), int(accuracy.argmax())
        result = call(worst_class, y_true.copy(), y_pred.copy())
        if isinstance(result, int | np.integer):
            raise Mistake(f"클래스 번호({int(result)})를 돌려주었습니다. 번호가 아니라 "
                          "한국어 클래스 이름(예: '고양이')을 돌려주세요", "7장 6절")
        if result in names_en:
            raise Mistake(f"영어 이름 '{result}' 를 돌려주었습니다. helpers.class_names("
                          "\"cifar10\", korean=True) 의 한국어 이름을 쓰세요", "7장 1절")
        if result == names_ko[best]:
            raise Mistake(f"'{result}' 는 정확도가 가장 높은 클래스입니다. argmax 가 아니라 "
                          "argmin 으로 가장 낮은 클래스를 찾으세요", "7장 6절")
        if result != names_ko[worst]:
            raise Mistake(f"'{result}' 를 돌려주었지만 정확도가 가장 낮은 클래스는 다른 "
                          "클래스입니다. 클래스별 정확도(재현율)로 찾으세요", "7장 6절")
    return ("클래스별 정확도의 argmin 이 가장 어려운 클래스의 번호이고, class_names 로 그 한국어 "
            "이름을 얻습니다. 처음 보는 레이블에서도 맞았습니다.")
