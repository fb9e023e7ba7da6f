"""노트북 첫 셀에서 부르는 환경 설정: 시드 고정, 한글 글꼴, 한 줄 환경 보고."""

import contextlib
import os
import platform
import sys

from helpers.plotting import use_korean_font


@contextlib.contextmanager
def native_stderr_silenced():
    """C/C++ 라이브러리가 표준 오류(fd 2)에 직접 쓰는 시작 로그를 잠시 버립니다.

    TensorFlow는 불러올 때와 장치를 찾을 때 로그를 fd 2에 직접 쓰고, Jupyter는 그것을
    노트북 출력으로 옮깁니다. 파이썬 예외는 그대로 전달됩니다.
    """
    sys.stderr.flush()
    saved = os.dup(2)
    try:
        with open(os.devnull, "w") as devnull:
            os.dup2(devnull.fileno(), 2)
            yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)


with native_stderr_silenced():
    import keras


def _device():
    backend = keras.backend.backend()
    if backend == "tensorflow":
        import tensorflow as tf

        with native_stderr_silenced():
            gpus = tf.config.list_physical_devices("GPU")
        return f"GPU {len(gpus)}개" if gpus else "CPU"
    if backend == "jax":
        import jax

        return jax.default_backend().upper()
    if backend == "torch":
        import torch

        return f"GPU ({torch.cuda.get_device_name(0)})" if torch.cuda.is_available() else "CPU"
    return "알 수 없음"


def _backend_version():
    backend = keras.backend.backend()
    module = {"tensorflow": "tensorflow", "jax": "jax", "torch": "torch"}.get(backend)
    if module is None:
        return backend
    return f"{backend} {__import__(module).__version__}"


def environment_report():
    """파이썬, Keras, 백엔드, 장치를 한 줄로 요약한 문자열."""
    return (
        f"Python {platform.python_version()} | Keras {keras.__version__} | "
        f"백엔드(backend): {_backend_version()} | 장치(device): {_device()}"
    )


def setup_notebook(seed=42):
    """난수 시드를 고정하고 한글 글꼴을 설정한 뒤 환경을 한 줄로 출력합니다."""
    if not isinstance(seed, int) or isinstance(seed, bool) or seed < 0:
        raise ValueError(f"seed는 0 이상의 정수여야 합니다. 받은 값: {seed!r}")
    with native_stderr_silenced():  # also seeds TensorFlow, importing it if installed
        keras.utils.set_random_seed(seed)
    use_korean_font()
    print(f"{environment_report()} | 시드(seed): {seed}")
