"""이미지 파일을 모델 입력으로: 강의가 함께 배포하는 예제 이미지와 독자가 가져온 이미지."""

import warnings
from importlib import resources
from pathlib import Path

import numpy as np
from PIL import Image, ImageOps

from helpers.errors import ImageLoadError

try:  # 선택 기능: pillow-heif가 설치되어 있으면 아이폰의 HEIC 사진도 엽니다.
    from pillow_heif import register_heif_opener
except ImportError:
    HEIF_SUPPORT = False
else:
    register_heif_opener()
    HEIF_SUPPORT = True

# Larger than any phone photo (about 50 MP) and small enough to decode safely.
MAX_IMAGE_PIXELS = 64_000_000

COLOR_MODES = {"grayscale": "L", "rgb": "RGB"}

# Single-band modes with more than 8 bits per pixel: brought to 16 bits, then resized.
HIGH_BIT_MODES = ("I;16", "I;16B", "I;16L", "I;16N", "I", "F")

HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}

HOW_TO_CONVERT = "PNG나 JPEG로 바꾸어(변환, convert) 다시 읽으세요."


def _sample_folder():
    try:
        return resources.files("helpers.sample_data")  # installed with pip (Colab)
    except ModuleNotFoundError:
        return Path(__file__).resolve().parent.parent / "data"  # a clone of the repository


def sample_image_path(name):
    """강의가 `data/`에 넣어 배포하는 예제 이미지의 경로(로컬 저장소와 Colab 모두 동작)."""
    folder = _sample_folder()
    available = sorted(p.name for p in folder.iterdir() if p.name.endswith(".png"))
    if name not in available:
        raise FileNotFoundError(
            f"예제 이미지(sample image) {name!r}가 없습니다. 있는 이미지: {', '.join(available)}"
        )
    return Path(str(folder / name))


def _unreadable_format_message(path):
    """Pillow가 못 여는 흔한 형식(HEIC, AVIF, PDF, SVG)이면 그 안내문, 아니면 None.

    파일 첫 4 KB의 서명(magic bytes)만 봅니다.
    """
    with open(path, "rb") as file:
        head = file.read(4096)
    name = path.name
    if head[4:8] == b"ftyp":  # ISO 미디어 파일: 8~12 바이트가 주 브랜드, 16 바이트부터 호환 브랜드
        box_end = min(int.from_bytes(head[:4], "big"), len(head))
        brands = {head[8:12]} | {head[i:i + 4] for i in range(16, box_end - 3, 4)}
        if brands & {b"avif", b"avis"}:
            return (
                f"AVIF 이미지(AVIF image)는 이 Pillow로 읽을 수 없습니다: {name}. "
                + HOW_TO_CONVERT
            )
        if brands & HEIC_BRANDS:
            if HEIF_SUPPORT:
                return (
                    f"HEIC 이미지(HEIC image)를 pillow-heif 로도 읽지 못했습니다: {name}. "
                    + HOW_TO_CONVERT
                )
            return (
                f"HEIC 이미지(HEIC image)는 Pillow가 읽을 수 없습니다: {name}. {HOW_TO_CONVERT} "
                "아이폰은 설정 > 카메라 > 포맷 에서 '높은 호환성(Most Compatible)'을 고르면 "
                "처음부터 JPEG로 찍습니다. 또는 `pip install pillow-heif`로 pillow-heif를 "
                "설치하고 런타임을 다시 시작하면 helpers가 HEIC도 직접 읽습니다."
            )
    if head.startswith(b"%PDF"):
        return (
            f"PDF 문서(PDF document)는 이미지로 읽을 수 없습니다: {name}. "
            "필요한 페이지를 PNG나 JPEG로 내보내어(export) 읽으세요."
        )
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if text.startswith((b"<?xml", b"<svg", b"<!doctype svg")) and b"<svg" in text:
        return (
            f"SVG 벡터 그림(SVG vector image)은 픽셀 이미지가 아니라 읽을 수 없습니다: {name}. "
            "그림 프로그램이나 브라우저에서 PNG로 내보내어(export) 읽으세요."
        )
    return None


def _read(path):
    """이미지 파일을 열고 첫 프레임(frame)의 픽셀을 모두 읽습니다. 방향(EXIF)은 그대로."""
    path = Path(path)
    if not path.is_file():
        raise FileNotFoundError(f"이미지 파일(image file)이 없습니다: {path}")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", Image.DecompressionBombWarning)
            image = Image.open(path)  # reads the header only
        width, height = image.size  # the first frame's size: the only frame decoded
        if width * height > MAX_IMAGE_PIXELS:
            raise ImageLoadError(
                f"이미지가 너무 큽니다(image too large): {path.name}은 "
                f"{width}x{height} 픽셀입니다. {MAX_IMAGE_PIXELS:,} 픽셀 이하로 줄이세요."
            )
        image.load()
    except Image.DecompressionBombError as error:
        raise ImageLoadError(
            f"이미지가 너무 큽니다(image too large): {path.name} ({error})"
        ) from error
    except Image.UnidentifiedImageError as error:
        message = _unreadable_format_message(path) or (
            f"이미지 파일로 읽을 수 없습니다(not an image): {path.name}. "
            "PNG나 JPEG 같은 이미지 파일인지 확인하세요."
        )
        raise ImageLoadError(message) from error
    except OSError as error:
        raise ImageLoadError(
            f"이미지 파일이 손상되었거나 잘렸습니다(truncated/corrupt image): {path.name} ({error})"
        ) from error
    return image


def open_image(path):
    """이미지 파일을 열어 픽셀을 모두 읽은 PIL 이미지를 돌려줍니다(오류는 한국어로)."""
    return ImageOps.exif_transpose(_read(path))


def _on_white(image):
    """투명한 부분이 있으면 흰 바탕 위에 올립니다."""
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, "white")
        return Image.alpha_composite(background, rgba)
    return image


def _is_unsigned_32bit_tiff(image):
    """부호 없는 32비트 정수 TIFF 인가요? Pillow는 이 픽셀을 부호 있는 정수(mode I)로 읽습니다."""
    tags = getattr(image, "tag_v2", None)
    if image.mode != "I" or tags is None:
        return False
    sample_format = tags.get(339, 1)  # SampleFormat: 1 unsigned (the default), 2 signed, 3 float
    return np.ravel(sample_format)[0] == 1


def _levels_16bit(image, unsigned=False):
    """높은 비트 깊이 흑백 이미지의 밝기를 0~65535 uint16으로 (규칙은 load_image 설명)."""
    pixels = np.asarray(image)
    if image.mode.startswith("I;16"):
        return pixels.astype(np.uint16)  # native byte order
    if unsigned:
        pixels = pixels.view(np.uint32)
    if image.mode == "F":
        if not np.isfinite(pixels).all():
            raise ImageLoadError(
                "부동소수점 이미지(float image)에 NaN이나 무한대(inf) 값이 있어 밝기로 바꿀 수 "
                f"없습니다. {HOW_TO_CONVERT}"
            )
        ranges = (1, 255, 65535)
    else:
        ranges = (255, 65535, 2**32 - 1 if unsigned else 2**31 - 1)
    low, high = pixels.min(), pixels.max()
    top = next((top for top in ranges if high <= top), None)
    if low < 0 or top is None:
        raise ImageLoadError(
            f"{image.mode} 이미지의 값 범위(value range) {low}~{high}가 밝기의 범위"
            f"(0~{', 0~'.join(str(top) for top in ranges)} 중 하나)가 아니라 읽을 수 없습니다. "
            "값을 0~1로 맞추어 저장하거나 8비트/16비트 PNG로 바꾸세요."
        )
    levels = pixels.astype(np.float32)
    levels *= np.float32(65535 / top)
    return np.rint(levels, out=levels).astype(np.uint16)


def _center_crop(image, aspect):
    """가운데를 너비/높이 비율 `aspect`로 잘라 낸 이미지(남는 쪽의 양 끝을 똑같이 버립니다)."""
    width, height = image.size
    if width > round(height * aspect):
        new_width = max(1, round(height * aspect))
        left = (width - new_width) // 2
        return image.crop((left, 0, left + new_width, height))
    new_height = max(1, round(width / aspect))
    top = (height - new_height) // 2
    return image.crop((0, top, width, top + new_height))


def load_image(path, size=(28, 28), color_mode="grayscale", invert=False, crop=False):
    """독자의 이미지 파일을 모델 입력 형식 (H, W, C) float32 [0, 1]로 바꿉니다.

    size는 (높이, 너비), color_mode는 "grayscale" (C=1) 또는 "rgb" (C=3)입니다.
    invert=True는 밝기를 뒤집습니다(흰 바탕의 사진을 MNIST처럼 검은 바탕으로).
    crop=True는 크기를 바꾸기 전에 가운데를 size와 같은 가로세로 비율로 잘라 냅니다.
    crop=False(기본값)는 비율이 달라도 그대로 늘이거나 줄이므로, 4:3 사진을 28×28로 바꾸면
    물건이 납작해집니다.

    8비트 이미지(1, L, LA, P, RGB, RGBA, CMYK, YCbCr ...)는 0~255를 0~1로 바꿉니다.
    투명한 부분은 흰 바탕이 되고, 사진의 EXIF 방향(orientation)대로 세웁니다.
    16비트 이상의 흑백 이미지는 16비트 정밀도로 크기를 바꾸며, 0~1로 바꾸는 규칙은
    - 16비트(I;16, I;16B, I;16L, I;16N): 0~65535를 0~1로.
    - 32비트 정수(I): 값이 모두 들어가는 가장 작은 범위 0~255, 0~65535, 0~2**31-1
      (부호 없는 32비트 TIFF는 0~2**32-1). 옛 Pillow는 16비트 PNG를 I로 엽니다.
    - 32비트 실수(F): 같은 방식으로 0~1, 0~255, 0~65535 중 하나.
    음수나 이 범위를 넘는 값, NaN은 잘라 내지 않고 ImageLoadError로 알립니다.
    """
    if color_mode not in COLOR_MODES:
        raise ValueError(
            f"color_mode는 {', '.join(COLOR_MODES)} 중 하나입니다. 받은 값: {color_mode!r}"
        )
    height, width = size
    raw = _read(path)
    image = ImageOps.exif_transpose(raw)
    if crop:
        image = _center_crop(image, width / height)
    if image.mode in HIGH_BIT_MODES:
        # Pillow resizes 16-bit images like 8-bit ones (same passes, same clipping), finer steps.
        levels = Image.fromarray(_levels_16bit(image, _is_unsigned_32bit_tiff(raw)))
        levels = levels.resize((width, height), Image.Resampling.LANCZOS)
        array = np.asarray(levels, dtype="float32").reshape(height, width, 1) / 65535.0
        if invert:
            array = 1.0 - array
        return np.repeat(array, 3 if color_mode == "rgb" else 1, axis=2)
    try:
        image = _on_white(image).convert(COLOR_MODES[color_mode])
    except ValueError as error:
        raise ImageLoadError(
            f"이 색 방식(color mode) {image.mode}은 바꿀 수 없습니다: {Path(path).name}. "
            f"{HOW_TO_CONVERT}"
        ) from error
    image = image.resize((width, height), Image.Resampling.LANCZOS)
    if invert:
        image = ImageOps.invert(image)
    array = np.asarray(image, dtype="float32") / 255.0
    return array.reshape(height, width, -1)
