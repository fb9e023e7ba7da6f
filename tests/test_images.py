import zlib

import numpy as np
import pytest
from PIL import Image

import helpers
from helpers import images


def _png_with_size(path, width, height):
    """A valid small PNG whose header claims `width` x `height` pixels."""
    Image.new("L", (8, 8)).save(path)
    raw = bytearray(path.read_bytes())
    ihdr = 8 + 8  # signature, then the IHDR chunk's length and type
    raw[ihdr:ihdr + 8] = width.to_bytes(4, "big") + height.to_bytes(4, "big")
    crc = zlib.crc32(bytes(raw[ihdr - 4:ihdr + 13]))
    raw[ihdr + 13:ihdr + 17] = crc.to_bytes(4, "big")
    path.write_bytes(bytes(raw))
    return path


def test_load_image_grayscale_resize_invert(tmp_path):
    path = tmp_path / "shirt.png"
    picture = np.full((60, 40), 255, dtype=np.uint8)
    picture[10:50, 10:30] = 0  # a dark item on white paper
    Image.fromarray(picture).save(path)
    x = helpers.load_image(path, size=(28, 28), invert=True)
    assert x.shape == (28, 28, 1) and x.dtype == np.float32
    assert 0.0 <= x.min() and x.max() <= 1.0
    assert x[14, 14, 0] > 0.9 and x[0, 0, 0] < 0.1  # now white on black, like MNIST


def test_load_image_rgb_and_transparency(tmp_path):
    path = tmp_path / "logo.png"
    rgba = np.zeros((10, 10, 4), dtype=np.uint8)  # fully transparent: becomes white
    rgba[:5, :, :] = (255, 0, 0, 255)
    Image.fromarray(rgba, "RGBA").save(path)
    x = helpers.load_image(path, size=(10, 10), color_mode="rgb")
    assert x.shape == (10, 10, 3)
    np.testing.assert_allclose(x[0, 0], [1, 0, 0])
    np.testing.assert_allclose(x[9, 9], [1, 1, 1])


def test_missing_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="image file"):
        helpers.load_image(tmp_path / "nothing.png")


def test_not_an_image(tmp_path):
    path = tmp_path / "notes.png"
    path.write_text("이것은 이미지가 아닙니다")
    with pytest.raises(helpers.ImageLoadError, match="not an image"):
        helpers.load_image(path)


def test_truncated_image(tmp_path):
    path = tmp_path / "cut.png"
    Image.fromarray(np.random.default_rng(0).integers(0, 256, (64, 64), np.uint8)).save(path)
    path.write_bytes(path.read_bytes()[:300])
    with pytest.raises(helpers.ImageLoadError, match="truncated"):
        helpers.load_image(path)


@pytest.mark.parametrize("side", [9000, 20000])  # over our limit; over PIL's bomb limit
def test_enormous_image_is_refused_before_decoding(tmp_path, side):
    path = _png_with_size(tmp_path / "huge.png", side, side)
    with pytest.raises(helpers.ImageLoadError, match="too large"):
        helpers.load_image(path)


def test_bad_color_mode(tmp_path):
    with pytest.raises(ValueError, match="color_mode"):
        helpers.load_image(tmp_path / "x.png", color_mode="cmyk")


def test_sample_images_are_found_and_unknown_names_listed():
    names = sorted(p.name for p in images._sample_folder().iterdir() if p.name.endswith(".png"))
    assert names, "data/ ships no sample image"
    assert helpers.sample_image_path(names[0]).is_file()
    with pytest.raises(FileNotFoundError, match=names[0]):
        helpers.sample_image_path("no-such-image.png")
