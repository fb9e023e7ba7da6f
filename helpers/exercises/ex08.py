"""8장 CIFAR-10 성능 끌어올리기: 연습 문제."""

import math
import numbers

import keras
import numpy as np

from helpers.exercises import (
    Mistake,
    answered,
    call,
    plain_text,
    require_model,
    solution_value,
    task,
    to_numpy,
)
from helpers.exercises.models import check_model, flat_layers


def _require_model(value, name, section):
    if not isinstance(value, keras.layers.Layer):
        raise Mistake(f"{name}이 케라스 층이나 모델이 아니라 {type(value).__name__}입니다",
                      section)


@task(
    hint="keras.Sequential에 증강 층 두 개만 넣습니다: 좌우로만 뒤집는 RandomFlip과 "
         "높이·너비를 10 %까지 옮기는 RandomTranslation. 위아래 뒤집기와 Rescaling은 넣지 "
         "않습니다(8장 4절).",
    solution='''
augmentation_layers = [
    layers.RandomFlip("horizontal"),
    layers.RandomTranslation(0.1, 0.1, fill_mode="constant"),
]
augmentation = keras.Sequential(augmentation_layers, name="augmentation")
''',
)
def q1(augmentation):
    answered(augmentation)
    _require_model(augmentation, "augmentation", "8장 4절")
    inner = getattr(augmentation, "layers", [augmentation])
    kinds = [type(layer).__name__ for layer in inner]
    for kind in ("Rescaling", "Resizing", "CenterCrop", "RandomCrop", "RandomZoom"):
        if kind in kinds:
            raise Mistake(f"증강에 {kind} 층이 들어 있습니다. 이 문제의 증강은 좌우 뒤집기와 "
                          "이동 두 층뿐이고, 값의 범위와 사진의 크기는 바꾸지 않습니다", "8장 4절")
    flips = [layer for layer in inner if isinstance(layer, keras.layers.RandomFlip)]
    moves = [layer for layer in inner if isinstance(layer, keras.layers.RandomTranslation)]
    others = [kind for kind, layer in zip(kinds, inner, strict=True)
              if layer not in flips + moves and kind not in ("InputLayer", "Identity")]
    if others:
        raise Mistake(f"증강에 {', '.join(others)} 층이 더 들어 있습니다. 이 문제의 증강은 좌우 "
                      "뒤집기(RandomFlip)와 이동(RandomTranslation) 두 층뿐입니다", "8장 4절")
    if not flips or not moves:
        raise Mistake(f"증강의 층이 {kinds}입니다. RandomFlip과 RandomTranslation이 하나씩 "
                      "있어야 합니다", "8장 4절")
    for flip in flips:
        if flip.mode != "horizontal":
            raise Mistake(f"RandomFlip의 mode가 \"{flip.mode}\"입니다. 사진을 위아래로 "
                          "뒤집으면 더는 자연스러운 사진이 아니므로 \"horizontal\"(좌우)만 씁니다",
                          "8장 4절")
    for move in moves:
        for axis, low, high in (("위아래", move.height_lower, move.height_upper),
                                ("좌우", move.width_lower, move.width_upper)):
            largest = max(abs(low), abs(high))
            if largest > 0.1 + 1e-9:
                raise Mistake(f"RandomTranslation이 {axis}로 사진 크기의 {largest * 100:g}%"
                              "까지 옮깁니다. 이 문제는 위아래와 좌우 모두 10%(0.1)까지입니다",
                              "8장 4절")
            if largest < 0.1 - 1e-9:
                raise Mistake(f"RandomTranslation이 {axis}로 사진 크기의 {largest * 100:g}% "
                              "까지만 옮깁니다. 위아래와 좌우 모두 10%(0.1)까지 옮기세요",
                              "8장 4절")
    rng = np.random.default_rng(8)
    images = rng.random((4, 32, 32, 3), dtype=np.float32)
    kept = to_numpy(augmentation(images, training=False))
    if kept.shape != images.shape or not np.allclose(kept, images, atol=1e-6):
        raise Mistake("training=False일 때 사진이 바뀌었습니다. 증강 층은 훈련할 때만 사진을 "
                      "바꾸고 예측할 때는 그대로 통과시켜야 합니다", "8장 4절")
    changed = to_numpy(augmentation(images, training=True))
    if changed.shape != images.shape:
        raise Mistake(f"training=True일 때 모양이 {changed.shape}로 바뀌었습니다. 증강은 사진의 "
                      f"모양 {images.shape}를 바꾸지 않습니다", "8장 4절")
    for flip in flips:
        for _ in range(6):
            out = to_numpy(flip(images, training=True))
            for original, result in zip(images, out, strict=True):
                if not (np.allclose(result, original) or np.allclose(result, original[:, ::-1])):
                    raise Mistake("RandomFlip이 사진을 좌우로만 뒤집지 않습니다. "
                                  "RandomFlip(\"horizontal\")을 쓰세요", "8장 4절")
    square = np.zeros((1, 32, 32, 1), dtype=np.float32)
    square[0, 14:18, 14:18] = 1.0  # 가운데의 밝은 네모
    grid = np.arange(32) + 0.5
    for move in moves:
        for _ in range(10):
            out = to_numpy(move(square, training=True))[0, :, :, 0]
            row = np.average(grid, weights=out.sum(axis=1))  # 네모의 무게중심
            col = np.average(grid, weights=out.sum(axis=0))
            if max(abs(row - 16), abs(col - 16)) > 0.1 * 32 + 0.5:
                raise Mistake("RandomTranslation이 사진을 크기의 10%보다 멀리 옮겼습니다",
                              "8장 4절")
    return ("예측할 때(training=False)는 사진을 그대로 두고, 훈련할 때만 좌우로 뒤집고 10% "
            "(3.2픽셀)까지 옮깁니다. 모양과 값의 범위는 그대로입니다.")


PEAK, WARMUP, DECAY = 0.01, 100, 900


def _cosine_with_warmup(step, peak=PEAK, warmup=WARMUP, decay=DECAY):
    if warmup and step < warmup:
        return peak * step / warmup
    done = min(step - warmup, decay) / decay
    return peak * 0.5 * (1 + math.cos(math.pi * done))


@task(
    hint="keras.optimizers.schedules.CosineDecay의 warmup_steps, warmup_target 인자가 "
         "워밍업을 맡습니다. 워밍업은 initial_learning_rate에서 시작합니다. decay_steps는 "
         "워밍업이 끝난 뒤 줄어드는 스텝 수라 워밍업 스텝을 넣지 않습니다(8장 5절).",
    solution='''
# CosineDecay(initial_learning_rate, decay_steps, ...): 워밍업이 끝난 뒤 900 스텝 동안 줄입니다.
schedule = keras.optimizers.schedules.CosineDecay(0.0, 900, warmup_target=0.01, warmup_steps=100)
''',
)
def q2(schedule):
    answered(schedule)
    if isinstance(schedule, numbers.Number):
        raise Mistake(f"schedule이 숫자 하나({schedule})입니다. 스텝 번호를 받아 학습률을 "
                      "돌려주는 keras.optimizers.schedules.CosineDecay를 만드세요", "8장 5절")
    if not callable(schedule):
        raise Mistake(f"schedule이 학습률 스케줄이 아니라 {type(schedule).__name__}입니다",
                      "8장 5절")
    if isinstance(schedule, keras.optimizers.schedules.LearningRateSchedule) and \
            type(schedule) is not keras.optimizers.schedules.CosineDecay:
        raise Mistake(f"schedule이 {type(schedule).__name__}입니다. 이 문제는 워밍업을 함께 "
                      "하는 keras.optimizers.schedules.CosineDecay로 만듭니다", "8장 5절")
    for name in ("initial_learning_rate", "warmup_target", "alpha"):
        value = getattr(schedule, name, None)
        if isinstance(value, int) and not isinstance(value, bool):
            raise Mistake(f"{name}이 정수 {value}입니다. 학습률은 0.01처럼 실수(float)로 주세요"
                          f"({name}={float(value)})", "8장 5절")
    steps = [0, 30, 100, 340, 550, 820, 1000, 1300]
    try:
        rates = [float(to_numpy(schedule(step))) for step in steps]
    except Exception as error:  # e.g. a schedule that Keras cannot compute
        raise Mistake(f"스케줄에 스텝 번호를 넣자 오류가 났습니다({type(error).__name__}: "
                      f"{plain_text(error, 160)}). 인자의 이름과 값을 확인하세요",
                      "8장 5절") from None
    expected = [_cosine_with_warmup(step) for step in steps]
    if np.allclose(rates, expected, rtol=1e-4, atol=1e-7):
        return ("0~100 스텝에는 학습률이 0에서 0.01까지 직선으로 오르고(50 스텝에 0.005), 그 뒤 "
                "900 스텝 동안 코사인 모양으로 줄어 1,000 스텝에 0이 됩니다.")
    if rates[0] > PEAK / 2:
        raise Mistake(f"첫 스텝의 학습률이 {rates[0]:.4g}입니다. 워밍업(warm-up)이 없으면 "
                      "처음부터 큰 학습률로 시작합니다. initial_learning_rate=0.0에서 "
                      "warmup_target까지 "
                      "warmup_steps=100 동안 올리세요", "8장 5절")
    if not math.isclose(rates[0], 0.0, abs_tol=1e-9):
        raise Mistake(f"첫 스텝의 학습률이 {rates[0]:.4g}입니다. 워밍업은 0에서 시작합니다"
                      "(initial_learning_rate=0.0)", "8장 5절")
    if not math.isclose(rates[2], PEAK, rel_tol=1e-3):
        raise Mistake(f"워밍업이 끝나는 100 스텝의 학습률이 {rates[2]:.4g}입니다. 가장 큰 "
                      "학습률(warmup_target)은 0.01이고, 워밍업은 100 스텝입니다", "8장 5절")
    if rates[6] > 1e-6 and getattr(schedule, "alpha", 0.0):
        raise Mistake(f"1,000 스텝의 학습률이 {rates[6]:.4g}로 0까지 줄지 않습니다. "
                      f"alpha={schedule.alpha:g}는 마지막 학습률을 가장 큰 값의 그 비율로 "
                      "남깁니다. alpha는 주지 마세요(기본값 0)", "8장 5절")
    counted = [_cosine_with_warmup(step, decay=WARMUP + DECAY) for step in steps]
    if np.allclose(rates, counted, rtol=1e-4, atol=1e-7):
        raise Mistake(f"1,000 스텝의 학습률이 {rates[6]:.4g}로 아직 0이 아닙니다. decay_steps는 "
                      "워밍업이 끝난 뒤의 스텝 수이므로 1,000이 아니라 900입니다", "8장 5절")
    first = next(i for i, (r, e) in enumerate(zip(rates, expected, strict=True))
                 if not math.isclose(r, e, rel_tol=1e-4, abs_tol=1e-7))
    raise Mistake("스텝마다의 학습률이 '100 스텝 워밍업 뒤 900 스텝 코사인 감쇠'와 다릅니다 "
                  f"({steps[first]} 스텝에서 {rates[first]:.4g}, 기대값 {expected[first]:.4g})",
                  "8장 5절")


TRAINABLE, NON_TRAINABLE = 20_138, 192


@task(
    hint="8장 3절의 make_convnet을 다시 읽어 보세요. 블록 안의 층 순서(합성곱, 풀링, 배치 "
         "정규화, 활성화), 편향을 빼는 까닭, 마지막의 전역 풀링이 무엇이었는지가 답입니다(8장 "
         "3절).",
    solution='''
vgg_layers = [keras.Input(shape=(32, 32, 3))]
for filters in (32, 64):  # 블록: 합성곱(편향 없음) -> 풀링 -> 배치 정규화 -> ReLU
    vgg_layers += [
        layers.Conv2D(filters, kernel_size=3, padding="same", use_bias=False),
        layers.MaxPooling2D(pool_size=2),
        layers.BatchNormalization(),
        layers.Activation("relu"),
    ]
vgg_layers += [layers.GlobalMaxPooling2D(), layers.Dense(10, activation="softmax")]
model = keras.Sequential(vgg_layers, name="vgg_style_cnn")
''',
)
def q3(model):
    answered(model)
    require_model(model, "model", "8장 3절")
    reference = solution_value(q3, "model")
    first = flat_layers(model)[:1]
    if first and isinstance(first[0], keras.layers.Rescaling):  # 넣어도 되는 Rescaling은 그대로
        reference = keras.Sequential([keras.Input((32, 32, 3)), first[0].__class__.from_config(
            first[0].get_config()), *flat_layers(reference)])
    check_model(model, reference, "8장 3절")
    return ("파라미터 20,330개: 합성곱 864 + 18,432(편향 없음), 배치 정규화 γ·β 64 + 128은 "
            "훈련하고 이동 평균·분산 64 + 128 = 192는 훈련하지 않으며, 출력층 64×10 + 10 = 650"
            "입니다.")


def _small_model():
    """좌우 대칭이 아닌 고정 가중치를 가진 작은 모델(입력 6×8×3, 클래스 10개)."""
    model = keras.Sequential([
        keras.Input(shape=(6, 8, 3)),
        keras.layers.Flatten(),
        keras.layers.Dropout(0.5),  # 예측할 때(training=False)만 결과가 늘 같습니다
        keras.layers.Dense(10, activation="softmax", kernel_initializer="zeros"),
    ])
    rng = np.random.default_rng(88)
    model.set_weights([rng.normal(0, 0.5, (6 * 8 * 3, 10)).astype("float32"),
                       rng.normal(0, 0.1, 10).astype("float32")])
    return model


@task(
    hint="좌우로 뒤집은 사진은 너비 축(axis=2)을 거꾸로 한 images[:, :, ::-1]입니다. 원본의 "
         "확률과 뒤집은 사진의 확률을 더해 2로 나눕니다(8장 8절).",
    solution='''
def predict_with_flip(model, images):
    original = model.predict(images, verbose=0)
    flipped = model.predict(images[:, :, ::-1], verbose=0)
    return (original + flipped) / 2
''',
)
def q4(predict_with_flip):
    model = _small_model()
    images = np.random.default_rng(8).random((5, 6, 8, 3), dtype=np.float32)

    def probabilities(x):
        return to_numpy(model(x))

    result = to_numpy(call(predict_with_flip, model, images.copy()))
    again = to_numpy(call(predict_with_flip, model, images.copy()))
    if result.shape == again.shape and not np.allclose(result, again, atol=1e-6):
        raise Mistake("같은 모델과 사진으로 두 번 불렀더니 결과가 달랐습니다. 모델을 "
                      "training=True로 불렀거나 사진을 무작위로 바꾸었습니다. 예측은 "
                      "model.predict(...)나 model(..., training=False)로 합니다", "8장 8절")
    if result.shape != (5, 10):
        raise Mistake(f"결과의 모양이 {result.shape}입니다. 사진 5장마다 클래스 10개의 확률, "
                      "(5, 10)이어야 합니다", "8장 8절")
    plain, mirrored = probabilities(images), probabilities(images[:, :, ::-1])
    expected = (plain + mirrored) / 2
    if np.allclose(result, expected, atol=1e-5):
        return ("원본과 좌우로 뒤집은 사진(images[:, :, ::-1])의 확률을 평균했습니다. 확률의 합은 "
                "여전히 1이고, 처음 보는 모델과 사진에서도 맞았습니다.")
    wrong = {
        "np.flip에 축을 주지 않아 사진의 순서와 높이, 너비, 채널이 모두 뒤집혔습니다. 좌우 "
        "뒤집기는 너비 축 하나만: np.flip(images, axis=2) 또는 images[:, :, ::-1]입니다":
            (plain + probabilities(images[::-1, ::-1, ::-1, ::-1])) / 2,
        "위아래로 뒤집었습니다(높이 축, images[:, ::-1]). 좌우 뒤집기는 너비 축 "
        "images[:, :, ::-1]입니다": (plain + probabilities(images[:, ::-1])) / 2,
        "채널 축을 뒤집었습니다(images[..., ::-1]). 좌우 뒤집기는 너비 축 "
        "images[:, :, ::-1]입니다": (plain + probabilities(images[..., ::-1])) / 2,
        "두 확률의 평균이 아니라 더 큰 값(np.maximum)을 골랐습니다. 두 확률을 더해 2로 "
        "나누세요": np.maximum(plain, mirrored),
        "두 확률을 더하기만 하고 2로 나누지 않았습니다. 평균이어야 확률의 합이 1입니다":
            plain + mirrored,
        "뒤집은 사진의 확률만 돌려주었습니다. 원본의 확률과 평균하세요": mirrored,
        "원본 사진의 확률만 돌려주었습니다. 좌우로 뒤집은 사진의 확률과 평균하세요": plain,
    }
    for message, value in wrong.items():
        if np.allclose(result, value, atol=1e-5):
            raise Mistake(message, "8장 8절")
    raise Mistake("결과가 원본과 좌우로 뒤집은 사진의 확률의 평균과 다릅니다", "8장 8절")
