"""2장 다층 퍼셉트론으로 손글씨 숫자 분류: 연습 문제."""

import numpy as np

from helpers.exercises import (
    Mistake,
    answered,
    call,
    require_array,
    require_history,
    require_model,
    task,
)

HIDDEN_UNITS = 64
PARAMETERS = 784 * HIDDEN_UNITS + HIDDEN_UNITS + HIDDEN_UNITS * 10 + 10  # 50,890
# 3 에포크 뒤 검증 정확도의 기준: Adam 은 시드 42, 1, 2, 3 에서 0.902~0.912,
# 같은 모델의 SGD(학습률 0.01) 는 0.789~0.809 였습니다.
ACCURACY_FLOOR = 0.85



@task(
    hint="이미지 묶음 (n, 28, 28) 을 reshape(len(images), 784) 로 펼치고, float32 로 바꾼 뒤 "
         "255 로 나눕니다. 첫 축(이미지 수)은 그대로 둡니다(2장 2.1절).",
    solution='''
def prepare(images):
    return images.reshape(len(images), 784).astype("float32") / 255
''',
)
def q1(prepare):
    rng = np.random.default_rng(2)
    for count in (5, 1):
        images = rng.integers(0, 256, size=(count, 28, 28), dtype=np.uint8)
        images[0, 0, 0] = 255
        result = call(prepare, images.copy())
        require_array(result, "결과", "2장 2.1절")
        if result.shape == (count * 784,) or result.shape == (784,):
            raise Mistake(f"결과의 모양이 {result.shape} 입니다. 이미지마다 한 줄이 되도록 첫 축"
                          f"(이미지 수)을 남겨 ({count}, 784) 로 펼치세요", "2장 2.1절")
        if result.shape != (count, 784):
            raise Mistake(f"결과의 모양이 {result.shape} 입니다. 밀집층(Dense)은 이미지 한 장을 "
                          f"길이 784 의 벡터로 받으므로 ({count}, 784) 여야 합니다", "2장 2.1절")
        if result.max() > 1:
            raise Mistake(f"값의 최댓값이 {float(result.max()):g} 입니다. 255 로 나누어 0~1 로 "
                          "맞추세요(정규화, scaling)", "2장 2.1절")
        if result.dtype != np.float32:
            raise Mistake(f"자료형(dtype)이 {result.dtype} 입니다. float32 로 바꾸세요",
                          "2장 2.1절")
        if not np.allclose(result, images.reshape(count, 784) / 255, atol=1e-6):
            raise Mistake("모양과 범위는 맞지만 값이 입력 이미지와 다릅니다. 픽셀 순서를 바꾸지 "
                          "말고 reshape 와 나누기만 하세요", "2장 2.1절")
    return ("이미지 n 장이 (n, 784) 의 float32 0~1 로 바뀌었습니다. "
            "처음 보는 이미지에서도 맞았습니다.")


def _check_onehot(name, onehot, labels):
    require_array(onehot, name, "2장 2.1절")
    if onehot.shape == labels.shape:
        raise Mistake(f"{name} 의 모양이 {onehot.shape} 로 정수 레이블 그대로입니다. "
                      "keras.utils.to_categorical 로 원-핫 인코딩(one-hot encoding)하세요",
                      "2장 2.2절")
    if onehot.shape != (len(labels), 10):
        raise Mistake(f"{name} 의 모양이 {onehot.shape} 입니다. 숫자는 10 가지이므로 "
                      f"({len(labels)}, 10) 이어야 합니다(num_classes=10)", "2장 2.2절")
    if not (np.isin(onehot, (0, 1)).all() and np.allclose(onehot.sum(axis=1), 1)):
        raise Mistake(f"{name} 의 각 행은 정답 자리 하나만 1 이고 나머지는 0 이어야 합니다",
                      "2장 2.2절")
    if not np.array_equal(onehot.argmax(axis=1), labels):
        raise Mistake(f"{name} 의 1 이 있는 자리가 정수 레이블과 다릅니다. 같은 순서의 "
                      "레이블을 인코딩했는지 보세요", "2장 2.2절")


@task(
    hint="keras.utils.to_categorical(labels, num_classes=10) 은 정수 레이블을 길이 10 의 "
         "원-핫 벡터로 바꿉니다. 훈련용과 검증용 레이블을 모두 바꿉니다(2장 2.2절).",
    solution='''
y_small_onehot = keras.utils.to_categorical(y_small, num_classes=10)
y_val_onehot = keras.utils.to_categorical(y_val, num_classes=10)
''',
)
def q2(y_small_onehot, y_val_onehot, y_small, y_val):
    answered(y_small_onehot, y_val_onehot)
    _check_onehot("y_small_onehot", y_small_onehot, np.asarray(y_small))
    _check_onehot("y_val_onehot", y_val_onehot, np.asarray(y_val))
    return ("정수 레이블 3 은 [0, 0, 0, 1, 0, 0, 0, 0, 0, 0] 이 됩니다. "
            "출력층의 확률 10 개와 짝이 맞습니다.")



@task(
    hint="keras.Input 으로 펼친 이미지의 길이를 알려 주고, 은닉층과 출력층 두 개의 "
         "layers.Dense 를 쌓습니다. 출력층은 숫자 10 가지의 확률을 내야 합니다. 층마다 "
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
    answered(model)
    require_model(model, "model", "2장 3절")
    if tuple(model.input_shape) != (None, 784):
        raise Mistake(f"입력 모양이 {model.input_shape[1:]} 입니다. 펼친 이미지를 받도록 "
                      "keras.Input(shape=(784,)) 로 시작하세요", "2장 3절")
    dense = [layer for layer in model.layers if layer.__class__.__name__ == "Dense"]
    if len(dense) != 2:
        raise Mistake(f"밀집층(Dense)이 {len(dense)} 개입니다. 은닉층 하나와 출력층 하나, "
                      "두 개여야 합니다", "2장 3절")
    hidden, output = dense
    if hidden.units != HIDDEN_UNITS:
        raise Mistake(f"은닉층의 뉴런이 {hidden.units} 개입니다. {HIDDEN_UNITS} 개로 하세요",
                      "2장 3절")
    if output.units != 10:
        raise Mistake(f"출력층의 뉴런이 {output.units} 개입니다. 숫자 10 가지의 확률을 내도록 "
                      "10 개로 하세요", "2장 3절")
    if not (hidden.use_bias and output.use_bias):
        raise Mistake(f"파라미터가 {model.count_params():,} 개로 {PARAMETERS:,} 개보다 적습니다. "
                      "편향(bias)을 빼지 마세요(use_bias=False 를 지우세요)", "2장 3절")
    if hidden.activation.__name__ != "relu":
        raise Mistake(f"은닉층의 활성화 함수가 {hidden.activation.__name__} 입니다. "
                      "relu 를 쓰세요. 활성화 함수가 없으면 층을 쌓아도 직선 하나와 같습니다",
                      "2장 3.1절")
    if output.activation.__name__ != "softmax":
        raise Mistake(f"출력층의 활성화 함수가 {output.activation.__name__} 입니다. 확률을 "
                      "내도록 softmax 를 쓰세요", "2장 3.2절")
    if model.count_params() != PARAMETERS:
        raise Mistake(f"파라미터가 {model.count_params():,} 개입니다. {PARAMETERS:,} 개여야 "
                      "합니다", "2장 3절")
    return (f"파라미터 {PARAMETERS:,} 개 = 784×64 + 64(편향) + 64×10 + 10(편향). "
            "출력은 softmax 로 합이 1 인 확률 10 개입니다.")


@task(
    hint="compile 에는 옵티마이저, 손실 함수, 기록할 지표를 줍니다. 레이블이 원-핫이면 손실은 "
         "categorical_crossentropy 입니다. fit 에는 문제 1의 prepare 로 바꾼 이미지, 에포크 "
         "수, validation_data 를 주고, 돌려받은 값을 history 에 담습니다(2장 4절, 5절).",
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
def q4(model, history, x_val, y_val):
    import keras

    answered(model, history)
    require_model(model, "model", "2장 3절")
    require_history(history, "2장 4절")
    if "val_accuracy" not in history.history:
        raise Mistake("history 에 검증 정확도(val_accuracy)가 없습니다. fit 에 "
                      "validation_data=(x_val_ready, y_val_onehot) 를 주고, compile 에 "
                      "metrics=[\"accuracy\"] 를 주세요", "2장 2.3절")
    images = np.asarray(x_val).reshape(len(x_val), 784).astype("float32") / 255
    probabilities = keras.ops.convert_to_numpy(model.predict(images, verbose=0))
    accuracy = float((probabilities.argmax(axis=1) == np.asarray(y_val)).mean())
    if accuracy < ACCURACY_FLOOR:
        raise Mistake(f"검증 정확도가 {accuracy:.3f} 로 기준 {ACCURACY_FLOOR} 보다 낮습니다. "
                      "옵티마이저는 adam, 에포크는 3 으로 학습했는지, 입력을 0~1 로 맞췄는지 "
                      "보세요", "2장 5절")
    return (f"검증 정확도 {accuracy:.3f}: 3,000 장으로 3 에포크만 학습해도 기준 "
            f"{ACCURACY_FLOOR} 를 넘었습니다. 장 본문은 48,000 장으로 더 높이 올라갑니다.")
