"""3장 Fashion-MNIST와 모델의 깊이: 연습 문제."""

import tempfile
from pathlib import Path

import keras
import numpy as np
from PIL import Image, ImageDraw

from helpers.data import class_names
from helpers.exercises import (
    Mistake,
    answered,
    call,
    require_array,
    require_model,
    task,
)
from helpers.images import load_image, sample_image_path

SAMPLE_PICTURE = "sneaker_rgb_112.png"
DEEP_UNITS = [256, 128, 64, 10]
DEEP_PARAMETERS = 242_762  # 784·256+256 + 256·128+128 + 128·64+64 + 64·10+10
REVERSED_PARAMETERS = 94_154  # 784 -> 64 -> 128 -> 256 -> 10


def _hidden_pictures(folder):
    """흰 바탕에 어두운 물건이 있는 그림 두 장(컬러, 흑백)을 folder 에 저장합니다."""
    shirt = Image.new("RGB", (84, 84), "white")
    draw = ImageDraw.Draw(shirt)
    draw.polygon([(20, 14), (64, 14), (76, 34), (62, 38), (62, 74), (22, 74), (22, 38),
                  (8, 34)], fill=(40, 60, 110))
    bag = Image.new("L", (56, 56), 250)
    draw = ImageDraw.Draw(bag)
    draw.rectangle((10, 22, 46, 50), fill=30)
    draw.arc((18, 6, 38, 32), 180, 360, fill=30, width=4)
    paths = [Path(folder) / "shirt.png", Path(folder) / "bag.png"]
    for picture, path in zip((shirt, bag), paths, strict=True):
        picture.save(path)
    return paths


@task(
    hint="helpers.load_image 에 size=(28, 28), color_mode=\"grayscale\", invert=True 를 주면 "
         "흰 바탕이 검은 바탕으로 바뀐 (28, 28, 1) 의 0~1 배열이 나옵니다. 밀집층 모델에는 "
         "이것을 reshape(1, 784) 로 펼쳐 이미지 한 장짜리 묶음으로 넣습니다(3장 9절).",
    solution='''
def prepare_picture(path):
    image = helpers.load_image(path, size=(28, 28), color_mode="grayscale", invert=True)
    return image.reshape(1, 784)
''',
)
def q1(prepare_picture):
    answered(prepare_picture)
    with tempfile.TemporaryDirectory() as folder:
        paths = [*_hidden_pictures(folder), sample_image_path(SAMPLE_PICTURE)]
        for path in paths:
            expected = load_image(path, size=(28, 28), color_mode="grayscale",
                                  invert=True).reshape(1, 784)
            result = call(prepare_picture, path)
            require_array(result, "결과", "3장 9절")
            if result.size != 784:
                raise Mistake(f"결과의 값이 {result.size} 개입니다(모양 {result.shape}). "
                              "Fashion-MNIST 처럼 28×28 흑백(grayscale)으로 줄여야 784 개가 "
                              "됩니다. size=(28, 28) 과 color_mode=\"grayscale\" 을 보세요",
                              "3장 9절")
            if result.shape == (784,):
                raise Mistake("모양이 (784,) 로 배치 축(batch axis)이 없습니다. 모델은 이미지 "
                              "묶음을 받으므로 한 장도 (1, 784) 로 넣습니다", "3장 9절")
            if result.shape != (1, 784):
                raise Mistake(f"모양이 {result.shape} 입니다. 밀집층(Dense) 모델은 펼친 이미지 "
                              "묶음을 받으므로 reshape(1, 784) 로 (1, 784) 를 만드세요",
                              "3장 9절")
            if result.max() > 1:
                raise Mistake(f"값의 최댓값이 {float(result.max()):g} 입니다. 훈련 이미지처럼 "
                              "0~1 로 맞추세요(255 로 나누기, 정규화)", "3장 2절")
            if result.dtype != np.float32:
                raise Mistake(f"자료형(dtype)이 {result.dtype} 입니다. float32 로 바꾸세요",
                              "3장 2절")
            background = result.reshape(28, 28)[0, 0]
            if background > 0.5 or np.allclose(result, 1 - expected, atol=0.05):
                raise Mistake(f"바탕(왼쪽 위 모서리)의 밝기가 {float(background):.2f} 로 "
                              "밝습니다. Fashion-MNIST 는 검은 바탕에 밝은 물건이므로 흰 바탕의 "
                              "그림은 밝기를 뒤집어야(invert=True) 합니다", "3장 9절")
            if np.abs(result - expected).mean() > 0.03:
                raise Mistake("모양과 범위는 맞지만 값이 그림과 다릅니다. 다른 파일을 읽었거나 "
                              "픽셀 순서를 바꾸지 않았는지 보세요", "3장 9절")
    return ("흰 바탕의 그림이 검은 바탕의 28×28 흑백 (1, 784) float32 로 바뀌었습니다. "
            "처음 보는 그림에서도 맞았습니다.")


HIDDEN_HISTORIES = [
    {  # 최저점 4번째 에포크, 처음이 가장 높음
        "loss": [0.80, 0.52, 0.44, 0.39, 0.35, 0.32, 0.29, 0.27],
        "val_loss": [0.70, 0.50, 0.42, 0.38, 0.39, 0.41, 0.44, 0.47],
    },
    {  # 중간에 한 번 흔들린 뒤 7번째 에포크에서 가장 낮음
        "loss": [0.95, 0.66, 0.55, 0.49, 0.45, 0.41, 0.38, 0.35, 0.33, 0.31, 0.29, 0.27],
        "val_loss": [0.90, 0.70, 0.60, 0.62, 0.55, 0.50, 0.47, 0.49, 0.53, 0.58, 0.64, 0.71],
    },
]


@task(
    hint="history_dict[\"val_loss\"] 의 가장 낮은 값의 위치를 np.argmin 으로 찾습니다. 위치는 "
         "0부터 세지만 에포크는 1부터 세므로 1 을 더합니다(3장 5절).",
    solution='''
def overfitting_epoch(history_dict):
    return int(np.argmin(history_dict["val_loss"])) + 1
''',
)
def q2(overfitting_epoch):
    answered(overfitting_epoch)
    for hidden in HIDDEN_HISTORIES:
        history = {key: list(values) for key, values in hidden.items()}
        history["accuracy"] = [1 - value / 2 for value in hidden["loss"]]
        history["val_accuracy"] = [1 - value / 2 for value in hidden["val_loss"]]
        result = call(overfitting_epoch, history)
        val_loss, loss = np.array(hidden["val_loss"]), np.array(hidden["loss"])
        best = int(val_loss.argmin())
        if isinstance(result, bool) or not isinstance(result, int | np.integer):
            raise Mistake(f"결과가 정수가 아니라 {type(result).__name__} ({result!r}) 입니다. "
                          "에포크 번호 하나를 정수로 돌려주세요", "3장 5절")
        if result == best + 1:
            continue
        if result == best:
            raise Mistake(f"{result} 를 돌려주었습니다. np.argmin 의 위치는 0부터 세지만 "
                          "에포크는 1부터 셉니다. 1 을 더하세요", "3장 5절")
        if result in (int(loss.argmin()), int(loss.argmin()) + 1):
            raise Mistake("훈련 손실(\"loss\")이 가장 낮은 에포크를 골랐습니다. 훈련 손실은 "
                          "계속 내려가므로 과대적합(overfitting)은 검증 손실(\"val_loss\")에서 "
                          "찾습니다", "3장 5절")
        if result in (int(val_loss.argmax()), int(val_loss.argmax()) + 1):
            raise Mistake("검증 손실이 가장 높은 에포크를 골랐습니다. 과대적합은 검증 손실이 가장 "
                          "낮은 곳(np.argmin) 다음부터 시작됩니다", "3장 5절")
        raise Mistake(f"{result} 번째 에포크는 검증 손실이 가장 낮은 에포크가 아닙니다. 처음 "
                      "오른 곳이 아니라 전체에서 가장 낮은 곳을 찾으세요", "3장 5절")
    return ("검증 손실의 최저점 뒤로는 훈련 손실만 내려가고 검증 손실은 오릅니다. 그곳부터 "
            "과대적합이 드러납니다.")


def _activation_name(function):
    name = keras.activations.serialize(function)
    return name if isinstance(name, str) else getattr(function, "__name__", str(name))


def _activation(model, layer):
    """밀집층의 활성화 함수 이름. 바로 뒤에 따로 둔 ReLU/Softmax/Activation 층이 있으면 그것."""
    name = _activation_name(layer.activation)
    index = model.layers.index(layer)
    if name == "linear" and index + 1 < len(model.layers):
        after = model.layers[index + 1]
        if isinstance(after, keras.layers.ReLU):
            return "relu"
        if isinstance(after, keras.layers.Softmax):
            return "softmax"
        if isinstance(after, keras.layers.Activation):
            return _activation_name(after.activation)
    return name


@task(
    hint="keras.Input 다음에 은닉층 세 개를 넓은 것부터 좁은 것 순서(256 → 128 → 64)로, 모두 "
         "ReLU 로 쌓고 softmax 출력층으로 끝냅니다. 순서를 바꾸면 파라미터 수가 달라집니다(3장 "
         "3절).",
    solution='''
deep_model = keras.Sequential([
    keras.Input(shape=(784,)),
    layers.Dense(256, activation="relu"),
    layers.Dense(128, activation="relu"),
    layers.Dense(64, activation="relu"),
    layers.Dense(10, activation="softmax"),
], name="deep_256_128_64")
''',
)
def q3(deep_model):
    answered(deep_model)
    require_model(deep_model, "deep_model", "3장 3절")
    if not deep_model.built:
        raise Mistake("모델의 입력 모양이 정해지지 않았습니다. 층 목록의 맨 앞에 "
                      "keras.Input(shape=(784,)) 를 넣으세요", "2장 3절")
    input_shape = tuple(deep_model.inputs[0].shape)
    if input_shape != (None, 784):
        raise Mistake(f"입력 모양이 {input_shape} 입니다. 이미지를 길이 784 로 펼쳐 넣으므로 "
                      "keras.Input(shape=(784,)) 이어야 합니다", "2장 3절")
    dense = [layer for layer in deep_model.layers if isinstance(layer, keras.layers.Dense)]
    units = [layer.units for layer in dense]
    if units == [64, 128, 256, 10]:
        raise Mistake(f"층의 순서가 거꾸로입니다(파라미터 {deep_model.count_params():,d} 개, "
                      f"정답은 {DEEP_PARAMETERS:,d} 개). 입력 가까이에 뉴런 256 개를 두고 "
                      "출력 쪽으로 갈수록 줄입니다", "3장 3절")
    if units != DEEP_UNITS:
        raise Mistake(f"밀집층(Dense)의 뉴런 수가 {units} 입니다. {DEEP_UNITS} 이어야 합니다",
                      "3장 3절")
    for layer in dense[:-1]:
        activation = _activation(deep_model, layer)
        if activation != "relu":
            raise Mistake(f"뉴런 {layer.units} 개의 은닉층(hidden layer)의 활성화 함수가 "
                          f"{activation} 입니다. activation=\"relu\" 가 없으면 층을 쌓아도 "
                          "선형 모델 하나와 같습니다", "2장 3.1절")
    activation = _activation(deep_model, dense[-1])
    if activation != "softmax":
        raise Mistake(f"출력층의 활성화 함수가 {activation} 입니다. 10 개 클래스의 확률을 내도록 "
                      "activation=\"softmax\" 를 쓰세요", "2장 3절")
    if deep_model.count_params() != DEEP_PARAMETERS:
        raise Mistake(f"파라미터가 {deep_model.count_params():,d} 개입니다. "
                      f"{DEEP_PARAMETERS:,d} 개여야 합니다. 편향(use_bias)을 끄거나 다른 층을 "
                      "더하지 않았는지 보세요", "3장 3절")
    return (f"784 → 256 → 128 → 64 → 10, 파라미터 {DEEP_PARAMETERS:,d} 개입니다. 장의 깊은 "
            "모델(128-64-32)보다 넓고, 파라미터의 대부분은 첫 밀집층(784 × 256 + 256)에 있습니다.")


@task(
    hint="np.argmax(probabilities, axis=1) 로 행(이미지)마다 확률이 가장 큰 클래스 번호를 "
         "찾고, 그 번호로 korean_names 에서 이름을 꺼내 리스트로 모읍니다(3장 1절, 9절).",
    solution='''
def top_class_names(probabilities):
    return [korean_names[label] for label in np.argmax(probabilities, axis=1)]
''',
)
def q4(top_class_names):
    answered(top_class_names)
    korean, english = class_names("fashion_mnist", korean=True), class_names("fashion_mnist")
    rng = np.random.default_rng(3)
    for count in (6, 1):
        probabilities = rng.dirichlet(np.full(10, 0.5), size=count).astype("float32")
        labels = probabilities.argmax(axis=1)
        result = call(top_class_names, probabilities.copy())
        if isinstance(result, str) or not isinstance(result, list | tuple | np.ndarray):
            raise Mistake(f"결과가 리스트(list)가 아니라 {type(result).__name__} 입니다. "
                          "이미지마다 이름 하나씩 담은 리스트를 돌려주세요", "3장 9절")
        result = list(np.ravel(result)) if isinstance(result, np.ndarray) else list(result)
        if len(result) != count:
            raise Mistake(f"확률 배열 {probabilities.shape} 에서 이름 {len(result)} 개를 "
                          f"돌려주었습니다. 행(이미지)마다 하나씩 {count} 개여야 합니다. "
                          "np.argmax 에 axis=1 을 주었는지 보세요", "3장 9절")
        if all(isinstance(value, int | np.integer) for value in result):
            raise Mistake("클래스 번호(정수)를 돌려주었습니다. 번호로 korean_names 에서 한국어 "
                          "이름을 꺼내세요", "3장 1절")
        if [str(value) for value in result] == [english[label] for label in labels]:
            raise Mistake("영어 이름을 돌려주었습니다. helpers.class_names(\"fashion_mnist\", "
                          "korean=True) 의 한국어 이름(korean_names)을 쓰세요", "3장 1절")
        if [str(value) for value in result] != [korean[label] for label in labels]:
            raise Mistake("확률이 가장 큰 클래스의 이름이 아닌 것이 있습니다. 행마다 "
                          "np.argmax(..., axis=1) 로 가장 큰 확률의 번호를 찾으세요", "3장 9절")
    return ("행마다 확률이 가장 큰 번호를 찾아 이름으로 바꾸었습니다. 처음 보는 확률 배열에서도 "
            "맞았습니다.")
