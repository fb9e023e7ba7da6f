"""이미지 파일을 모델 입력으로: 강의가 함께 배포하는 예제 이미지와 독자가 가져온 이미지."""

import warnings
from importlib import resources
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from helpers.errors import ImageLoadError

# Larger than any phone photo (about 50 MP) and small enough to decode safely.
MAX_IMAGE_PIXELS = 64_000_000

COLOR_MODES = {"grayscale": "L", "rgb": "RGB"}


def _sample_folder():
    try:
        return resources.files("helpers.sample_data")  # installed with pip (Colab)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "data"  # a clone of the repository


def sample_image_path(name):
    """강의가 `data/` 에 넣어 배포하는 예제 이미지의 경로(로컬 저장소와 Colab 모두 동작)."""
    folder = _sample_folder()
    available = sorted(p.name for p in folder.iterdir() if p.name.endswith(".png"))
    if name not in available:
        raise FileNotFoundError(
            f"예제 이미지(sample image) {name!r} 가 없습니다. 있는 이미지: {', '.join(available)}"
        )
    return Path(str(folder / name))


def open_image(path):
    """이미지 파일을 열어 픽셀을 모두 읽은 PIL 이미지를 돌려줍니다(오류는 한국어로)."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"이미지 파일(image file)이 없습니다: {path}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)
        width, height = image.size
        if width * height > MAX_IMAGE_PIXELS:
            raise ImageLoadError(
                f"이미지가 너무 큽니다(image too large): {path.name} 은 "
                f"{width}x{height} 픽셀입니다. {MAX_IMAGE_PIXELS:,} 픽셀 이하로 줄이세요."
            )
        image.load()
    except Image.DecompressionBombError as error:
        raise ImageLoadError(
            f"이미지가 너무 큽니다(image too large): {path.name} ({error})"
        ) from error
    except Image.UnidentifiedImageError as error:
        raise ImageLoadError(
            f"이미지 파일로 읽을 수 없습니다(not an image): {path.name}. "
            "PNG 나 JPEG 같은 이미지 파일인지 확인하세요."
        ) from error
    except OSError as error:
        raise ImageLoadError(
            f"이미지 파일이 손상되었거나 잘렸습니다(truncated/corrupt image): {path.name} ({error})"
        ) from error
    return ImageOps.exif_transpose(image)


def _on_white(image):
    """투명한 부분이 있으면 흰 바탕 위에 올립니다."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, "white")
        return Image.alpha_composite(background, rgba)
    return image


def load_image(path, size=(28, 28), color_mode="grayscale", invert=False):
    """독자의 이미지 파일을 모델 입력 형식 (H, W, C) float32 [0, 1] 로 바꿉니다.

    size 는 (높이, 너비), color_mode 는 "grayscale" (C=1) 또는 "rgb" (C=3) 입니다.
    invert=True 는 밝기를 뒤집습니다(흰 바탕의 사진을 MNIST 처럼 검은 바탕으로).
    """
    if color_mode not in COLOR_MODES:
        raise ValueError(
            f"color_mode 는 {', '.join(COLOR_MODES)} 중 하나입니다. 받은 값: {color_mode!r}"
        )
    height, width = size
    image = _on_white(open_image(path)).convert(COLOR_MODES[color_mode])
    image = image.resize((width, height), Image.Resampling.LANCZOS)
    if invert:
        image = ImageOps.invert(image)
    array = np.asarray(image, dtype="float32") / 255.0
    return array.reshape(height, width, -1)
