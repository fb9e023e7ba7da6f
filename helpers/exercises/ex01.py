"""1장 이미지와 배열: 연습 문제."""

import numpy as np

from helpers.exercises import Mistake, answered, call, require_array, task
from helpers.images import open_image, sample_image_path

SHAPES_FILE = "shapes_rgb_96.png"
DIGIT_FILE = "digit_gray_28.png"


def _shapes():
    return np.array(open_image(sample_image_path(SHAPES_FILE)).convert("RGB"))


def _digit():
    return np.array(open_image(sample_image_path(DIGIT_FILE)).convert("L"))



@task(
    hint="helpers.sample_image_path로 파일 경로를 얻고, helpers.open_image로 연 PIL 이미지를 "
         "np.array로 바꿉니다. 픽셀 값은 0~255의 uint8 그대로 둡니다(1장 1절, 2절).",
    solution='''
shapes = np.array(helpers.open_image(helpers.sample_image_path("shapes_rgb_96.png")))
''',
)
def q1(shapes):
    answered(shapes)
    shapes = require_array(shapes, "shapes", "1장 2절")
    expected = _shapes()
    if shapes.shape[:2] == _digit().shape:
        raise Mistake(f"모양이 {shapes.shape}로 {DIGIT_FILE}의 크기입니다. 이 문제의 그림은 "
                      f"{SHAPES_FILE}입니다", "1장 2절")
    if shapes.shape[:2] == expected.shape[:2] and shapes.ndim == 2:
        raise Mistake(f"모양이 {shapes.shape}로 채널 축이 없습니다. 흑백(L)으로 바꾸지 말고 "
                      "컬러(RGB) 그대로 여세요", "1장 2절")
    if shapes.shape == (*expected.shape[:2], 4):
        raise Mistake(f"모양이 {shapes.shape}로 채널이 4개(RGBA)입니다. 이 그림은 빨강·초록·파랑 "
                      "세 채널(RGB)입니다. RGBA로 바꾸지 말고 그대로 여세요", "1장 2절")
    if shapes.shape == (expected.shape[2], *expected.shape[:2]):
        raise Mistake(f"모양이 {shapes.shape}로 채널 축이 맨 앞에 있습니다. 그림을 연 배열은 "
                      f"(높이, 너비, 채널) = {expected.shape}입니다. 축을 옮기지 마세요", "1장 2절")
    if shapes.shape != expected.shape:
        raise Mistake(f"모양(shape)이 {shapes.shape}입니다. 이 그림을 그대로 연 배열의 모양은 "
                      f"{expected.shape}입니다", "1장 2절")
    if shapes.dtype != np.uint8:
        raise Mistake(f"자료형(dtype)이 {shapes.dtype}입니다. 이 문제는 파일의 값 그대로인 "
                      "uint8을 원합니다(스케일링은 문제 4에서 합니다)", "1장 3절")
    if np.array_equal(shapes, expected[:, :, ::-1]):
        raise Mistake("채널 순서가 거꾸로(BGR)입니다. 파일을 연 PIL 이미지를 그대로 배열로 바꾸면 "
                      "빨강·초록·파랑(RGB) 순서입니다", "1장 2절")
    if not np.array_equal(shapes, expected):
        raise Mistake("모양은 맞지만 픽셀 값이 파일과 다릅니다. 값을 바꾸지 말고 그대로 배열로 "
                      "바꾸세요", "1장 2절")
    return (f"모양 {expected.shape}: 높이 {expected.shape[0]}, 너비 {expected.shape[1]}, "
            f"채널 {expected.shape[2]}(R, G, B)이고 값은 0~255의 uint8입니다.")


@task(
    hint="채널은 마지막 축입니다. 모든 행과 열에서 채널 0, 1, 2를 꺼내려면 shapes[:, :, 0]"
         "처럼 씁니다. 순서는 빨강(R), 초록(G), 파랑(B)입니다(1장 6절).",
    solution='''
red = shapes[:, :, 0]
green = shapes[:, :, 1]
blue = shapes[:, :, 2]
''',
)
def q2(red, green, blue):
    answered(red, green, blue)
    expected = _shapes()
    for name, channel in (("red", red), ("green", green), ("blue", blue)):
        channel = require_array(channel, name, "1장 2절")
        if channel.shape == (*expected.shape[:2], 1):
            raise Mistake(f"{name}의 모양이 {channel.shape}로 길이 1인 채널 축이 남아 있습니다"
                          "(shapes[:, :, 0:1]이나 np.split의 결과처럼). shapes[:, :, 0]처럼 번호 "
                          "하나로 꺼내면 2차원이 됩니다", "1장 6절")
        if channel.shape != expected.shape[:2]:
            raise Mistake(
                f"{name}의 모양이 {channel.shape}입니다. 채널 하나는 (높이, 너비) = "
                f"{expected.shape[:2]}인 2차원 배열이어야 합니다. 채널은 첫 축이 아니라 "
                "마지막 축(:, :, 0)에서 꺼냅니다", "1장 6절")
    channels = [expected[:, :, i] for i in range(3)]
    answers = [red, green, blue]
    for i, (name, channel) in enumerate(zip(("red", "green", "blue"), answers, strict=True)):
        if not np.array_equal(channel, channels[i]):
            if np.array_equal(channel, channels[i].T):
                raise Mistake(f"{name}의 행과 열이 바뀌었습니다(전치). shapes.T로 나누면 채널마다 "
                              "전치됩니다. shapes[:, :, 0]처럼 마지막 축에서 꺼내세요", "1장 6절")
            same_as = [j for j in range(3) if np.array_equal(channel, channels[j])]
            if same_as:
                raise Mistake(f"{name}에 넣은 것은 채널 {same_as[0]}입니다. RGB 순서는 빨강 0, "
                              "초록 1, 파랑 2입니다", "1장 6절")
            if np.array_equal(channel, expected.reshape(3, *expected.shape[:2])[i]):
                raise Mistake(f"{name}가 shapes.reshape(3, 높이, 너비)로 나눈 값입니다. reshape는 "
                              "축을 옮기지 않고 값을 다시 줄 세우므로 채널이 섞입니다. "
                              "shapes[:, :, 0]처럼 마지막 축에서 꺼내세요", "1장 6절")
            raise Mistake(f"{name}의 값이 그림의 채널과 다릅니다", "1장 6절")
    return "채널 축은 마지막 축이고, 세 채널 모두 (96, 96)의 2차원 배열입니다."


@task(
    hint="reshape는 값의 순서를 그대로 두고 모양만 바꿉니다. MLP 용은 길이 784의 1차원 "
         "(784,), CNN 용은 채널 축을 붙인 (28, 28, 1)입니다(1장 4절).",
    solution='''
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(-1)
cnn_input = digit.reshape(28, 28, 1)
''',
)
def q3(flat, cnn_input):
    answered(flat, cnn_input)
    digit = _digit()
    flat = require_array(flat, "flat", "1장 2절")
    cnn_input = require_array(cnn_input, "cnn_input", "1장 2절")
    if flat.shape == (digit.size * 3,):
        raise Mistake(f"flat의 모양이 {flat.shape}, cnn_input의 모양이 {cnn_input.shape}로 "
                      "채널이 3개입니다. 숫자 그림을 컬러(RGB)로 읽었습니다. 흑백 그대로 여세요",
                      "1장 4절")
    if flat.shape != (digit.size,):
        batch = flat.shape == (1, digit.size)
        hint = " 앞의 1은 배치 축입니다: 한 장만 쓸 때는 빼세요" if batch else ""
        raise Mistake(f"flat의 모양이 {flat.shape}입니다. ({digit.size},)인 1차원이어야 "
                      f"합니다.{hint}", "1장 4절")
    if cnn_input.shape == (*digit.shape, 3):
        raise Mistake(f"cnn_input의 모양이 {cnn_input.shape}로 채널이 3개입니다. 흑백 그림은 "
                      "채널이 1개입니다: reshape(28, 28, 1)", "1장 4절")
    if cnn_input.shape != (*digit.shape, 1):
        raise Mistake(f"cnn_input의 모양이 {cnn_input.shape}입니다. 채널 축이 마지막에 오는 "
                      f"{(*digit.shape, 1)}이어야 합니다", "1장 4절")
    for name, value in (("flat", flat), ("cnn_input", cnn_input)):
        image = value.reshape(digit.shape).astype("float64")
        scale = 255.0 if image.max() <= 1.0 else 1.0  # 0~1로 읽었어도(load_image) 됩니다
        if np.allclose(image * scale, digit, atol=1e-3):
            continue
        if np.allclose(image.T * scale, digit, atol=1e-3):
            raise Mistake(f"{name}의 모양은 맞지만 행과 열이 바뀌었습니다(전치, .T). reshape만 "
                          "쓰면 픽셀 순서가 그대로입니다", "1장 4절")
        raise Mistake(f"{name}의 모양은 맞지만 값이 {DIGIT_FILE}의 픽셀과 다릅니다. 그 파일을 "
                      "흑백 그대로 읽어 reshape만 하세요", "1장 4절")
    return "reshape는 값의 순서를 바꾸지 않고 모양만 바꿉니다: 28×28 = 784."


@task(
    hint="uint8 배열을 먼저 float32로 바꾼 뒤 255로 나눕니다. 이미지의 최댓값으로 나누면 "
         "이미지마다 기준이 달라집니다(1장 7절).",
    solution='''
def to_unit_range(image):
    return image.astype("float32") / 255
''',
)
def q4(to_unit_range):
    rng = np.random.default_rng(4)
    dark = rng.integers(0, 120, size=(5, 7), dtype=np.uint8)  # 최댓값이 255가 아닌 이미지
    color = rng.integers(0, 256, size=(4, 6, 3), dtype=np.uint8)
    color[0, 0] = (0, 128, 255)
    for image in (dark, color):
        result = call(to_unit_range, image.copy())
        result = require_array(result, "결과", "1장 2절")
        if result.shape != image.shape:
            raise Mistake(f"결과의 모양이 {result.shape}입니다. 입력과 같은 {image.shape}이어야 "
                          "합니다", "1장 7절")
        if result.dtype != np.float32:
            raise Mistake(f"결과의 자료형이 {result.dtype}입니다. float32로 바꾸세요"
                          + (" (// 는 정수 나눗셈입니다)" if result.dtype.kind in "ui" else ""),
                          "1장 7절")
        expected = image.astype(np.float32) / 255
        if np.allclose(result, image / image.max()) and not np.allclose(result, expected):
            raise Mistake("이미지의 최댓값으로 나누었습니다. 어떤 이미지든 같은 기준이 되도록 "
                          "255로 나누세요", "1장 7절")
        if np.allclose(result, expected, atol=1e-6):
            continue
        low, high = float(image.min()), float(image.max())
        if np.allclose(result, (image - low) / (high - low), atol=1e-6):
            raise Mistake("가장 작은 값과 가장 큰 값으로 늘렸습니다(min-max). 어떤 이미지든 같은 "
                          "기준이 되도록 255로 나누기만 하세요", "1장 7절")
        if np.allclose(result, 1 - expected, atol=1e-6):
            raise Mistake("밝기를 뒤집었습니다(1 - 값). 0은 0, 255는 1이 되도록 255로 나누기만 "
                          "하세요", "1장 7절")
        if np.allclose(result, image):
            raise Mistake("값을 255로 나누지 않았습니다(최댓값이 그대로입니다). 0~1이 되도록 "
                          "255로 나누세요", "1장 7절")
        if np.allclose(result, image / 256, atol=1e-6):
            raise Mistake("256으로 나누었습니다. 가장 밝은 값 255가 1이 되도록 255로 나누세요",
                          "1장 7절")
        if np.allclose(result, np.clip(image, 0, 1)):
            raise Mistake("np.clip은 범위를 벗어난 값을 잘라 낼 뿐 크기를 줄이지 않습니다. "
                          "255로 나누세요", "1장 7절")
        if not np.allclose(result, expected, atol=1e-6):
            raise Mistake(f"값이 image / 255와 다릅니다(최솟값 {float(result.min()):.3g}, 최댓값 "
                          f"{float(result.max()):.3g}). 0은 0, 255는 1이 되어야 합니다", "1장 7절")
    return ("float32로 바꾼 뒤 255로 나누면 0은 0.0, 255는 1.0이 됩니다. "
            "처음 보는 배열에서도 맞았습니다.")
