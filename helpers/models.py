"""여러 장이 함께 쓰는 모델: 다층 퍼셉트론(MLP)과 MNIST 합성곱 신경망(CNN), 모델 구조도."""

import importlib.util
import shutil
import tempfile
from pathlib import Path

from IPython.display import Image, Markdown

from helpers.setup import native_stderr_silenced

with native_stderr_silenced():
    import keras
    from keras import layers


def build_mlp(hidden_units, input_dim=784, num_classes=10, name="mlp"):
    """다층 퍼셉트론: `hidden_units` 의 크기마다 ReLU 밀집층(Dense), 마지막은 softmax 출력층.

    예: `build_mlp([512])` 는 784 → 512 → 10, `build_mlp([128, 64, 32])` 는 은닉층 세 개.
    """
    units = list(hidden_units) if isinstance(hidden_units, (list, tuple)) else []
    if not units or not all(type(u) is int and u > 0 for u in units):
        raise ValueError(
            "hidden_units 는 양의 정수(은닉층 뉴런 수)의 목록이어야 합니다. "
            f"받은 값: {hidden_units!r}"
        )
    return keras.Sequential(
        [keras.Input(shape=(input_dim,))]
        + [layers.Dense(u, activation="relu") for u in units]
        + [layers.Dense(num_classes, activation="softmax")],
        name=name,
    )


def build_mnist_cnn(num_classes=10):
    """5×5 필터 32개의 합성곱 층 → 2×2 최대 풀링 → Dense 128 → softmax (입력 28×28×1).

    파라미터 수: 합성곱 832, Dense 128 은 589,952, 출력층 1,290.
    """
    return keras.Sequential(
        [
            keras.Input(shape=(28, 28, 1)),
            layers.Conv2D(32, kernel_size=5, activation="relu", name="conv"),
            layers.MaxPooling2D(pool_size=2, name="pool"),
            layers.Flatten(name="flatten"),
            layers.Dense(128, activation="relu", name="dense"),
            layers.Dense(num_classes, activation="softmax", name="output"),
        ],
        name="mnist_cnn",
    )


def model_diagram(model):
    """`keras.utils.plot_model` 로 그린 모델 구조도(Image).

    pydot 이나 Graphviz 가 없어 그릴 수 없으면 실패하지 않고, 이유와 설치 방법을 적은
    Markdown 을 돌려줍니다.
    """
    missing = []
    if importlib.util.find_spec("pydot") is None:
        missing.append("파이썬 패키지 pydot (`pip install pydot`)")
    if shutil.which("dot") is None:
        missing.append("Graphviz 프로그램 (`apt-get install graphviz`)")
    if not missing:
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "model.png"
            keras.utils.plot_model(model, to_file=str(path), show_shapes=True, dpi=72)
            if path.exists():
                return Image(data=path.read_bytes())
        missing.append("plot_model 이 그림 파일을 만들지 못했습니다")
    return Markdown(
        "> 모델 구조도(model diagram)를 그리지 못했습니다. 필요한 것: "
        + "; ".join(missing) + ". 대신 위의 `model.summary()` 표를 보세요."
    )
