"""손으로 그린 숫자를 MNIST처럼 만들고, 5장의 CNN을 책 페이지와 Colab의 그림판에 싣습니다.

MNIST는 숫자를 20×20 상자에 맞춰 줄인 뒤(가로세로 비율은 그대로), 무게중심(center of mass)이
28×28의 가운데에 오도록 놓아 만들었습니다. `to_mnist`가 그림판의 획에 같은 일을 하고, 책 페이지의
`digit_demo.js`가 브라우저에서 같은 계산을 합니다.
"""

import hashlib
import json
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw

MNIST_SIZE = 28
DIGIT_BOX = 20
CANVAS_SIZE = 280  # 그림판의 픽셀 수(가로, 세로)
# 붓 굵기: 숫자 높이가 그림판의 3분의 2쯤이면, 20픽셀 상자로 줄였을 때 MNIST처럼 2~3픽셀입니다.
STROKE_WIDTH = 22
# 5장 CNN의 가중치 모양, 내보내는 파일에 쓰는 순서(층 순서, 층마다 커널 다음 편향)입니다.
WEIGHT_SHAPES = ((5, 5, 1, 32), (32,), (4608, 128), (128,), (128, 10), (10,))
WEB_DIR = Path(__file__).with_name("web")
# 내장 획: 그림판 좌표(0~280)의 꺾은선들. 노트북과 브라우저 테스트가 같은 획을 씁니다.
EXAMPLE_STROKES = json.loads((WEB_DIR / "example_strokes.json").read_text(encoding="utf-8"))


def draw_strokes(strokes):
    """꺾은선 목록을 그림판처럼 검은 바탕에 흰 둥근 붓으로 그려 (280, 280) uint8로 돌려줍니다."""
    canvas = Image.new("L", (CANVAS_SIZE, CANVAS_SIZE), 0)
    draw = ImageDraw.Draw(canvas)
    radius = STROKE_WIDTH / 2
    for stroke in strokes:
        points = [tuple(map(float, point)) for point in stroke]
        if len(points) > 1:
            draw.line(points, fill=255, width=STROKE_WIDTH, joint="curve")
        for x, y in points:  # 둥근 끝과 꺾이는 곳(lineCap, lineJoin = "round")
            draw.ellipse((x - radius, y - radius, x + radius, y + radius), fill=255)
    return np.asarray(canvas)


def to_mnist(canvas):
    """그림판 이미지(검은 바탕의 밝은 획, 2차원)를 MNIST처럼 (28, 28) float32, 0~1로 바꿉니다.

    획을 둘러싼 상자를 잘라 긴 변이 20픽셀이 되게 넓이 평균으로 줄이고(Pillow의 BOX 필터),
    무게중심이 28×28의 가운데(행, 열 좌표 14)에 오도록 놓습니다. MNIST 숫자는 그대로 나옵니다.
    """
    ink = np.asarray(canvas, dtype=np.float32)
    if ink.ndim != 2:
        raise ValueError(
            f"그림판 이미지는 2차원(높이, 너비) 배열이어야 합니다. 받은 모양(shape): {ink.shape}"
        )
    if ink.max() > 1:
        ink = ink / 255
    rows = np.flatnonzero(ink.max(axis=1) > 0)
    cols = np.flatnonzero(ink.max(axis=0) > 0)
    if rows.size == 0:
        raise ValueError("그림판이 비어 있습니다(empty canvas). 숫자를 먼저 그려 주세요.")
    box = ink[rows[0] : rows[-1] + 1, cols[0] : cols[-1] + 1]
    scale = DIGIT_BOX / max(box.shape)
    height, width = (max(1, int(np.floor(side * scale + 0.5))) for side in box.shape)
    small = np.asarray(
        Image.fromarray(box).resize((width, height), Image.Resampling.BOX),  # float32: mode "F"
        dtype=np.float32,
    ).clip(0, 1)
    mass_rows, mass_cols = np.indices(small.shape)
    total = small.sum(dtype=np.float64)
    top = _place(MNIST_SIZE / 2 - (mass_rows * small).sum() / total, height)
    left = _place(MNIST_SIZE / 2 - (mass_cols * small).sum() / total, width)
    digit = np.zeros((MNIST_SIZE, MNIST_SIZE), dtype=np.float32)
    digit[top : top + height, left : left + width] = small
    return digit


def _place(offset, length):
    """무게중심을 가운데로 옮기는 시작 위치(반올림), 숫자가 28×28 밖으로 나가지 않게 자릅니다.

    좌우 대칭인 획은 무게중심이 정확히 x.5에 놓이므로, 먼저 소수 여섯째 자리로 반올림해
    브라우저(digit_demo.js)와 계산 순서가 달라도 같은 쪽으로 반올림되게 합니다.
    """
    return int(min(max(np.floor(round(float(offset), 6) + 0.5), 0), MNIST_SIZE - length))


def export_weights(model, path):
    """5장 CNN의 가중치를 float16으로 한 파일에 이어 쓰고, 파일의 sha256을 돌려줍니다.

    책 페이지의 그림판(`digit_demo.js`)이 이 파일을 읽어 브라우저에서 예측합니다.
    """
    arrays = model.get_weights()  # 층 순서, 층마다 커널 다음 편향
    shapes = tuple(array.shape for array in arrays)
    if shapes != WEIGHT_SHAPES:
        raise ValueError(
            f"5장 CNN과 가중치 모양(weight shapes)이 다릅니다: {shapes}. "
            f"그림판은 {WEIGHT_SHAPES}만 읽습니다."
        )
    data = b"".join(np.asarray(array, dtype="<f2").tobytes() for array in arrays)
    path = Path(path)
    path.write_bytes(data)
    return hashlib.sha256(data).hexdigest()


def read_weights(path):
    """`export_weights`가 쓴 파일을 float32 배열 목록으로 읽습니다(`model.set_weights` 용)."""
    values = np.frombuffer(Path(path).read_bytes(), dtype="<f2")
    sizes = [int(np.prod(shape)) for shape in WEIGHT_SHAPES]
    if values.size != sum(sizes):
        raise ValueError(
            f"{path}는 5장 CNN의 가중치 파일이 아닙니다: "
            f"값이 {values.size}개, 필요한 수는 {sum(sizes)}개."
        )
    pieces = np.split(values.astype(np.float32), np.cumsum(sizes)[:-1])
    return [piece.reshape(shape) for piece, shape in zip(pieces, WEIGHT_SHAPES, strict=True)]


def show_colab_canvas(model):
    """Colab에서 그림판을 보여 주고, 그린 숫자를 이 런타임의 `model`로 예측합니다."""
    from google.colab import output  # Colab 에만 있는 모듈입니다
    from IPython.display import HTML, JSON, display

    def predict(pixels):
        image = np.asarray(pixels, dtype=np.float32).reshape(1, MNIST_SIZE, MNIST_SIZE, 1)
        return JSON({"probabilities": model.predict(image, verbose=0)[0].tolist()})

    output.register_callback("digit_demo.predict", predict)
    script = (WEB_DIR / "digit_demo.js").read_text(encoding="utf-8")
    style = (WEB_DIR / "digit_demo.css").read_text(encoding="utf-8")
    canvas = '<div class="digit-demo" data-mode="colab"></div>'
    display(HTML(f"<style>{style}</style>{canvas}<script>{script}</script>"))
