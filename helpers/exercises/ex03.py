"""3장 Fashion-MNIST와 모델의 깊이: 연습 문제."""

import tempfile
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

from helpers.data import class_names
from helpers.exercises import (
    Mistake,
    answered,
    call,
    require_array,
    solution_value,
    task,
)
from helpers.exercises.models import check_model
from helpers.images import load_image, sample_image_path

SAMPLE_PICTURE = "sneaker_rgb_112.png"
DEEP_PARAMETERS = 242_762  # 784·256+256 + 256·128+128 + 128·64+64 + 64·10+10


def _hidden_pictures(folder):
    """흰 바탕에 어두운 물건이 있는 그림 두 장(컬러, 흑백)을 folder에 저장합니다."""
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
    hint="helpers.load_image에 size=(28, 28), color_mode=\"grayscale\", invert=True를 주면 "
         "흰 바탕이 검은 바탕으로 바뀐 (28, 28, 1)의 0~1 배열이 나옵니다. 밀집층 모델에는 "
         "이것을 reshape(1, 784)로 펼쳐 이미지 한 장짜리 묶음으로 넣습니다(3장 9절).",
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
            result = require_array(result, "결과", "3장 9절")
            if result.size != 784:
                raise Mistake(f"결과의 값이 {result.size} 개입니다(모양 {result.shape}). "
                              "Fashion-MNIST처럼 28×28 흑백(grayscale)으로 줄여야 784 개가 "
                              "됩니다. size=(28, 28)과 color_mode=\"grayscale\"을 보세요",
                              "3장 9절")
            if result.shape == (784,):
                raise Mistake("모양이 (784,)로 배치 축(batch axis)이 없습니다. 모델은 이미지 "
                              "묶음을 받으므로 한 장도 (1, 784)로 넣습니다", "3장 9절")
            if result.shape != (1, 784):
                raise Mistake(f"모양이 {result.shape}입니다. 밀집층(Dense) 모델은 펼친 이미지 "
                              "묶음을 받으므로 reshape(1, 784)로 (1, 784)를 만드세요",
                              "3장 9절")
            if result.max() > 1:
                raise Mistake(f"값의 최댓값이 {float(result.max()):g}입니다. 훈련 이미지처럼 "
                              "0~1로 맞추세요(255로 나누기, 정규화)", "3장 2절")
            if result.dtype != np.float32:
                raise Mistake(f"자료형(dtype)이 {result.dtype}입니다. float32로 바꾸세요",
                              "3장 2절")
            background = result.reshape(28, 28)[0, 0]
            if background > 0.5 or np.allclose(result, 1 - expected, atol=0.05):
                twice = (" invert=True를 주었다면 1 - 값처럼 한 번 더 뒤집지 마세요"
                         if np.allclose(result, 1 - expected, atol=0.05) else "")
                raise Mistake(f"바탕(왼쪽 위 모서리)의 밝기가 {float(background):.2f}로 "
                              "밝습니다. Fashion-MNIST는 검은 바탕에 밝은 물건이므로 흰 바탕의 "
                              f"그림은 밝기를 한 번 뒤집어야(invert=True) 합니다.{twice}",
                              "3장 9절")
            if np.abs(result - expected).mean() > 0.03:
                raise Mistake("모양과 범위는 맞지만 값이 helpers.load_image(path, size=(28, 28), "
                              "color_mode=\"grayscale\", invert=True)로 읽은 그림과 다릅니다"
                              f"(픽셀마다 평균 {float(np.abs(result - expected).mean()):.3f} 차이)",
                              "3장 9절")
    return ("흰 바탕의 그림이 검은 바탕의 28×28 흑백 (1, 784) float32로 바뀌었습니다. "
            "처음 보는 그림에서도 맞았습니다.")


HIDDEN_HISTORIES = [
    {  # 검증 손실의 최저점은 4번째 에포크, 검증 정확도의 최고점은 6번째 에포크
        "loss": [0.80, 0.52, 0.44, 0.39, 0.35, 0.32, 0.29, 0.27],
        "val_loss": [0.70, 0.50, 0.42, 0.38, 0.39, 0.41, 0.44, 0.47],
        "accuracy": [0.70, 0.80, 0.84, 0.86, 0.87, 0.88, 0.89, 0.90],
        "val_accuracy": [0.72, 0.80, 0.83, 0.850, 0.852, 0.856, 0.851, 0.849],
    },
    {  # 한 번 흔들린 뒤 7번째 에포크에서 가장 낮음. 검증 정확도의 최고점은 9번째 에포크
        "loss": [0.95, 0.66, 0.55, 0.49, 0.45, 0.41, 0.38, 0.35, 0.33, 0.31, 0.29, 0.27],
        "val_loss": [0.90, 0.70, 0.60, 0.62, 0.55, 0.50, 0.47, 0.49, 0.53, 0.58, 0.64, 0.71],
        "accuracy": [0.66, 0.76, 0.80, 0.82, 0.84, 0.85, 0.86, 0.87, 0.88, 0.89, 0.90, 0.91],
        "val_accuracy": [0.68, 0.75, 0.79, 0.78, 0.81, 0.83, 0.840, 0.842, 0.845, 0.841, 0.838,
                         0.835],
    },
    {  # 훈련 손실도 끝에서 조금 오르는 기록: 최저점 5번째, 훈련 손실의 최저점 7번째
        "loss": [0.90, 0.60, 0.45, 0.38, 0.33, 0.30, 0.28, 0.29, 0.31],
        "val_loss": [0.80, 0.55, 0.45, 0.41, 0.40, 0.43, 0.47, 0.52, 0.60],
        "accuracy": [0.68, 0.78, 0.83, 0.86, 0.88, 0.89, 0.90, 0.90, 0.89],
        "val_accuracy": [0.70, 0.79, 0.83, 0.845, 0.85, 0.853, 0.851, 0.848, 0.84],
    },
    {  # 첫 에포크의 검증 손실이 가장 낮은 기록(바로 과대적합)
        "loss": [0.50, 0.40, 0.30, 0.22, 0.15],
        "val_loss": [0.40, 0.42, 0.45, 0.50, 0.56],
        "accuracy": [0.82, 0.86, 0.89, 0.92, 0.95],
        "val_accuracy": [0.85, 0.855, 0.85, 0.845, 0.84],
    },
]


def _first_rise(values):
    rises = [i for i in range(len(values) - 1) if values[i + 1] > values[i]]
    return rises[0] + 1 if rises else len(values)


EPOCH_MISTAKES = {  # 흔한 틀린 규칙(기록 h를 받아 돌려주는 값)과 무엇이 틀렸는지
    "0부터": (lambda h: int(np.argmin(h["val_loss"])),
             "돌려준 값이 검증 손실이 가장 낮은 에포크보다 늘 1 작습니다. 에포크 번호는 "
             "history_dict[\"val_loss\"] 전체에서의 위치(0부터)에 1을 더한 값입니다"),
    "훈련 손실": (lambda h: int(np.argmin(h["loss"])) + 1,
              "훈련 손실(\"loss\")이 가장 낮은 에포크를 골랐습니다. 훈련 손실은 계속 내려가므로 "
              "과대적합(overfitting)은 검증 손실(\"val_loss\")에서 찾습니다"),
    "검증 정확도": (lambda h: int(np.argmax(h["val_accuracy"])) + 1,
               "검증 정확도가 가장 높은 에포크를 골랐습니다. 이 문제는 검증 손실(\"val_loss\")이 "
               "가장 낮은 에포크입니다. 두 에포크는 다를 수 있습니다"),
    "가장 높은 검증 손실": (lambda h: int(np.argmax(h["val_loss"])) + 1,
                    "검증 손실이 가장 높은 에포크를 골랐습니다. np.argmax가 아니라 "
                    "np.argmin입니다"),
    "처음 오른 곳": (lambda h: _first_rise(h["val_loss"]),
                "검증 손실이 처음 오르기 직전의 에포크를 골랐습니다. 그 뒤에 검증 손실이 다시 "
                "내려가 더 낮아질 수 있으므로, 전체에서 가장 낮은 에포크를 찾으세요"),
    "가장 큰 차이": (lambda h: int(np.argmax(np.subtract(h["val_loss"], h["loss"]))) + 1,
                "검증 손실과 훈련 손실의 차이가 가장 큰 에포크를 골랐습니다. 이 문제는 검증 손실이 "
                "가장 낮은 에포크입니다"),
}


@task(
    hint="history_dict[\"val_loss\"]의 가장 낮은 값의 위치를 np.argmin으로 찾습니다. 위치는 "
         "0부터 세지만 에포크는 1부터 세므로 1을 더합니다(3장 5절).",
    solution='''
def overfitting_epoch(history_dict):
    return int(np.argmin(history_dict["val_loss"])) + 1
''',
)
def q2(overfitting_epoch):
    answered(overfitting_epoch)
    results = []
    for hidden in HIDDEN_HISTORIES:
        history = {key: list(values) for key, values in hidden.items()}
        result = call(overfitting_epoch, history)
        val_loss = np.array(hidden["val_loss"])
        if isinstance(result, float | np.floating) and np.isclose(result, val_loss.min()):
            raise Mistake(f"검증 손실의 가장 낮은 값({float(result):g})을 돌려주었습니다. 그 값이 "
                          "있는 에포크의 번호를 돌려주세요(np.argmin)", "3장 5절")
        if isinstance(result, bool) or not isinstance(result, int | np.integer):
            raise Mistake(f"결과가 정수가 아니라 {type(result).__name__}({result!r})입니다. "
                          "에포크 번호 하나를 정수로 돌려주세요", "3장 5절")
        results.append(int(result))
    expected = [int(np.argmin(h["val_loss"])) + 1 for h in HIDDEN_HISTORIES]
    if results != expected:
        for rule, message in EPOCH_MISTAKES.values():
            if results == [rule(h) for h in HIDDEN_HISTORIES]:
                raise Mistake(message, "3장 5절")
        hidden, result = next((h, r) for h, r, e in zip(HIDDEN_HISTORIES, results, expected,
                                                         strict=True) if r != e)
        val_loss = hidden["val_loss"]
        shown = f"{val_loss[result - 1]:.2f}" if 1 <= result <= len(val_loss) else "없음"
        raise Mistake(f"검증 손실이 {', '.join(f'{v:.2f}' for v in val_loss)}인 기록에서 "
                      f"{result}번째 에포크를 돌려주었습니다(그 에포크의 검증 손실: {shown}). "
                      f"가장 낮은 값은 {min(val_loss):.2f}입니다", "3장 5절")
    return ("검증 손실의 최저점 뒤로는 훈련 손실만 내려가고 검증 손실은 오릅니다. 그곳부터 "
            "과대적합이 드러납니다.")


@task(
    hint="keras.Input 다음에 은닉층 세 개를 넓은 것부터 좁은 것 순서(256 → 128 → 64)로, 모두 "
         "ReLU로 쌓고 softmax 출력층으로 끝냅니다. 순서를 바꾸면 파라미터 수가 달라집니다(3장 "
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
    check_model(deep_model, solution_value(q3, "deep_model"), "3장 3절", name="deep_model")
    return (f"784 → 256 → 128 → 64 → 10, 파라미터 {DEEP_PARAMETERS:,d}개입니다. 장의 깊은 "
            "모델(128-64-32)보다 넓고, 파라미터의 대부분은 첫 밀집층(784 × 256 + 256)에 있습니다.")


@task(
    hint="np.argmax(probabilities, axis=1)로 행(이미지)마다 확률이 가장 큰 클래스 번호를 "
         "찾고, 그 번호로 korean_names에서 이름을 꺼내 리스트로 모읍니다(3장 1절, 9절).",
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
        if not isinstance(result, list):
            fix = " list(...)나 .tolist()로 바꾸세요." if isinstance(result, tuple | np.ndarray) \
                else ""
            raise Mistake(f"결과가 리스트(list)가 아니라 {type(result).__name__}입니다. 이미지마다 "
                          f"이름 하나씩 담은 리스트를 돌려주세요.{fix}", "3장 9절")
        if len(result) != count:
            raise Mistake(f"확률 배열 {probabilities.shape}에서 이름 {len(result)} 개를 "
                          f"돌려주었습니다. 행(이미지)마다 하나씩 {count} 개여야 합니다. "
                          "np.argmax에 axis=1을 주었는지 보세요", "3장 9절")
        if all(isinstance(value, int | np.integer) for value in result):
            raise Mistake("클래스 번호(정수)를 돌려주었습니다. 번호로 korean_names에서 한국어 "
                          "이름을 꺼내세요", "3장 1절")
        if [str(value) for value in result] == [english[label] for label in labels]:
            raise Mistake("영어 이름을 돌려주었습니다. helpers.class_names(\"fashion_mnist\", "
                          "korean=True)의 한국어 이름(korean_names)을 쓰세요", "3장 1절")
        names = [str(value) for value in result]
        strangers = [name for name in names if name not in korean]
        if strangers:
            raise Mistake(f"{strangers[:3]}는 korean_names에 없는 이름입니다. Fashion-MNIST의 "
                          "한국어 이름 korean_names에서 꺼내세요", "3장 1절")
        if names == [korean[(label + 1) % 10] for label in labels] or \
                names == [korean[(label - 1) % 10] for label in labels]:
            raise Mistake("이름이 한 칸씩 밀렸습니다. np.argmax가 돌려준 번호를 더하거나 "
                          "빼지 말고 그대로 korean_names[번호]로 쓰세요", "3장 9절")
        if names != [korean[label] for label in labels]:
            raise Mistake(f"확률이 가장 큰 클래스의 이름이 아닌 것이 있습니다(결과 {names}, 행마다 "
                          f"가장 큰 확률의 클래스 {[korean[label] for label in labels]})",
                          "3장 9절")
    return ("행마다 확률이 가장 큰 번호를 찾아 이름으로 바꾸었습니다. 처음 보는 확률 배열에서도 "
            "맞았습니다.")
