"""모델 구조도: `keras.utils.plot_model`이 쓸 수 없을 때도 실패하지 않습니다.

모델은 helpers에 없습니다. 각 장이 자기 셀에서 만듭니다(모델이 곧 수업 내용입니다).
"""

import importlib.util
import shutil
import tempfile
from pathlib import Path

from IPython.display import Image, Markdown

from helpers.setup import native_stderr_silenced

with native_stderr_silenced():
    import keras


def model_diagram(model):
    """`keras.utils.plot_model`로 그린 모델 구조도(Image).

    pydot이나 Graphviz가 없어 그릴 수 없으면 실패하지 않고, 이유와 설치 방법을 적은
    Markdown을 돌려줍니다.
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
        missing.append("plot_model이 그림 파일을 만들지 못했습니다")
    return Markdown(
        "> 모델 구조도(model diagram)를 그리지 못했습니다. 필요한 것: "
        + "; ".join(missing) + ". 대신 위의 `model.summary()` 표를 보세요."
    )
