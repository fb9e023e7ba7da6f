import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageOps

import helpers
from helpers import images
from helpers.images import COLOR_MODES


def _png_with_size(path, width, height, mode="L"):
    """A valid small PNG whose header claims `width` x `height` pixels."""
    Image.new(mode, (8, 8)).save(path)
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


# over our limit; over PIL's bomb limit; 10**10 pixels (40 GB as 16-bit RGBA) from a tiny IDAT
@pytest.mark.parametrize("side", [9000, 20000, 100_000])
@pytest.mark.parametrize("mode", ["L", "I;16", "RGBA"])
def test_enormous_image_is_refused_before_decoding(tmp_path, side, mode):
    path = _png_with_size(tmp_path / "huge.png", side, side, mode)
    assert path.stat().st_size < 200
    start = time.perf_counter()
    with pytest.raises(helpers.ImageLoadError, match="too large"):
        helpers.load_image(path)
    assert time.perf_counter() - start < 2.0  # nothing was allocated for the claimed size


def test_bad_color_mode(tmp_path):
    with pytest.raises(ValueError, match="color_mode"):
        helpers.load_image(tmp_path / "x.png", color_mode="cmyk")


def test_sample_images_are_found_and_unknown_names_listed():
    names = sorted(p.name for p in images._sample_folder().iterdir() if p.name.endswith(".png"))
    assert names, "data/ ships no sample image"
    assert helpers.sample_image_path(names[0]).is_file()
    with pytest.raises(FileNotFoundError, match=names[0]):
        helpers.sample_image_path("no-such-image.png")


# --- Every mode against the 8-bit version of the same picture -----------------------------------

SIZE = (28, 22)  # (height, width): smaller than the picture, and not square
# Worst |difference| from the 8-bit picture allowed, in units of 1/255 (measured value in brackets):
# 0 where Pillow's conversion is lossless [0]; 16-bit and wider data are resized at 16 bits while
# the 8-bit path rounds between its two resampling passes [0.94 here, at most 1.14 over many
# sizes and random pictures]; YCbCr keeps 8 bits per channel after a matrix, so 3 levels are lost
# before resizing [4]; JPEG at quality 95 with a phone's 4:2:0 colour subsampling [2 and 10].
TOLERANCE = {"exact": 0.0, "16-bit": 1.2, "YCbCr": 5.0, "JPEG gray": 4.0, "JPEG rgb": 12.0}


def _shirt_rgb():
    """A dark shirt on white with gradients (60x48), the 8-bit picture every test starts from."""
    picture = np.full((60, 48, 3), 255, np.uint8)
    picture[:6] = np.linspace(0, 255, 48).astype(np.uint8)[None, :, None]  # a full-range ramp
    shade = np.linspace(20, 120, 24).astype(np.uint8)
    picture[14:56, 12:36] = np.stack([shade // 2, shade, shade + 60], axis=-1)  # the body
    picture[14:26, 4:12] = picture[14:26, 36:44] = (30, 40, 90)  # the sleeves
    return picture


RGB = _shirt_rgb()
GRAY = np.asarray(Image.fromarray(RGB).convert("L"))
BACKGROUND = (RGB == 255).all(axis=-1)


def _expected(tmp_path, picture, color_mode, invert):
    """What load_image gives for the 8-bit PNG of `picture` (L or RGB)."""
    path = tmp_path / f"reference_{picture.ndim}.png"
    Image.fromarray(picture).save(path)
    return helpers.load_image(path, size=SIZE, color_mode=color_mode, invert=invert)


def _assert_like_8bit(tmp_path, path, picture, tolerance, mode=None):
    if mode is not None:
        with Image.open(path) as image:
            assert image.mode == mode  # the file really exercises that mode
    for color_mode in COLOR_MODES:
        for invert in (False, True):
            x = helpers.load_image(path, size=SIZE, color_mode=color_mode, invert=invert)
            expected = _expected(tmp_path, picture, color_mode, invert)
            assert x.shape == expected.shape and x.dtype == np.float32
            assert 0.0 <= x.min() and x.max() <= 1.0
            difference = np.abs(x - expected).max() * 255
            assert difference <= tolerance, (color_mode, invert, difference)


def _palette_image(picture):
    """An exact P-mode copy of an RGB picture with at most 256 colours."""
    colours, index = np.unique(picture.reshape(-1, 3), axis=0, return_inverse=True)
    image = Image.frombytes("P", picture.shape[1::-1], index.astype(np.uint8).tobytes())
    image.putpalette(colours.astype(np.uint8).tobytes())
    return image, colours


def _with_sample_format_unsigned(path):
    """Marks a Pillow-written 32-bit TIFF as unsigned (SampleFormat 1), as other programs write."""
    raw = path.read_bytes()
    signed = struct.pack("<HHII", 339, 3, 1, 2)  # tag, SHORT, count 1, value 2 (signed)
    assert raw.count(signed) == 1
    path.write_bytes(raw.replace(signed, struct.pack("<HHII", 339, 3, 1, 1)))
    return path


GRAY_FILES = {  # name: (suffix, mode Pillow opens it as, the image to save)
    "I;16 PNG": (".png", "I;16", lambda g: Image.fromarray(g.astype(np.uint16) * 257)),
    "I;16 TIFF": (".tif", "I;16", lambda g: Image.fromarray(g.astype(np.uint16) * 257)),
    "I;16B TIFF": (
        ".tif", "I;16B", lambda g: Image.fromarray((g.astype(np.uint16) * 257).astype(">u2"))
    ),
    "I 0-255 TIFF": (".tif", "I", lambda g: Image.fromarray(g.astype(np.int32))),
    "I 0-65535 TIFF": (".tif", "I", lambda g: Image.fromarray(g.astype(np.int32) * 257)),
    "I 0-2**31-1 TIFF": (
        ".tif", "I", lambda g: Image.fromarray(np.round(g * ((2**31 - 1) / 255)).astype(np.int32))
    ),
    "F 0-1 TIFF": (".tif", "F", lambda g: Image.fromarray((g / 255).astype(np.float32))),
    "F 0-255 TIFF": (".tif", "F", lambda g: Image.fromarray(g.astype(np.float32))),
    "F 0-65535 TIFF": (".tif", "F", lambda g: Image.fromarray(g.astype(np.float32) * 257)),
    "L PNG": (".png", "L", Image.fromarray),
}


@pytest.mark.parametrize("name", sorted(GRAY_FILES))
def test_grayscale_modes_match_the_8bit_picture(tmp_path, name):
    suffix, mode, make = GRAY_FILES[name]
    path = tmp_path / f"shirt{suffix}"
    make(GRAY).save(path)
    tolerance = TOLERANCE["exact" if mode == "L" else "16-bit"]
    _assert_like_8bit(tmp_path, path, GRAY, tolerance, mode)


def test_16bit_png_of_a_dark_shirt_is_not_all_white(tmp_path):
    path = tmp_path / "shirt16.png"
    Image.fromarray(GRAY.astype(np.uint16) * 257).save(path)
    x = helpers.load_image(path, size=(60, 48))
    assert x.min() == 0.0 and x[40, 20, 0] < 0.3 and x[-1, -1, 0] == 1.0


def test_unsigned_32bit_tiff_uses_the_full_range(tmp_path):
    path = tmp_path / "shirt_u32.tif"
    full_range = GRAY.astype(np.uint32) * 0x01010101  # 255 becomes 2**32 - 1
    Image.fromarray(full_range.view(np.int32)).save(path)  # Pillow writes it as signed ...
    _with_sample_format_unsigned(path)  # ... so mark it unsigned, like other programs do
    _assert_like_8bit(tmp_path, path, GRAY, TOLERANCE["16-bit"], "I")


@pytest.mark.parametrize("mode", ["I;16L", "I;16N"])
def test_little_endian_and_native_16bit_modes(tmp_path, monkeypatch, mode):
    # Only Pillow's own IM format (deprecated) opens as I;16L; nothing opens as I;16N.
    image = Image.frombytes(mode, GRAY.shape[::-1], (GRAY.astype("<u2") * 257).tobytes())
    assert image.mode == mode
    monkeypatch.setattr(images, "_read", lambda path: image)
    _assert_like_8bit(tmp_path, tmp_path / "unused.png", GRAY, TOLERANCE["16-bit"])


def test_16bit_png_with_an_exif_orientation(tmp_path):
    path = tmp_path / "turned16.png"
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation 6: turn 90 degrees clockwise to view
    turned = Image.fromarray(GRAY.astype(np.uint16) * 257).transpose(Image.Transpose.ROTATE_90)
    turned.save(path, exif=exif)
    _assert_like_8bit(tmp_path, path, GRAY, TOLERANCE["16-bit"], "I;16")


@pytest.mark.parametrize(
    ("values", "problem"),
    [
        (np.full((4, 4), -1.0, np.float32), "value range"),
        (np.full((4, 4), 70000.0, np.float32), "value range"),
        (np.full((4, 4), np.nan, np.float32), "NaN"),
        (np.full((4, 4), -5, np.int32), "value range"),
    ],
)
def test_values_outside_every_known_range_are_refused(tmp_path, values, problem):
    path = tmp_path / "odd.tif"
    Image.fromarray(values).save(path)
    with pytest.raises(helpers.ImageLoadError, match=problem):
        helpers.load_image(path)


def test_bilevel_image(tmp_path):
    path = tmp_path / "shirt_1bit.png"
    bilevel = np.where(GRAY < 128, 0, 255).astype(np.uint8)
    Image.fromarray(bilevel).convert("1").save(path)
    _assert_like_8bit(tmp_path, path, bilevel, TOLERANCE["exact"], "1")


def test_gray_with_alpha(tmp_path):
    path = tmp_path / "shirt_la.png"
    la = np.stack([GRAY, np.full_like(GRAY, 255)], axis=-1)
    la[BACKGROUND] = (7, 0)  # transparent, with a dark value underneath: it must become white
    Image.fromarray(la, "LA").save(path)
    _assert_like_8bit(tmp_path, path, GRAY, TOLERANCE["exact"], "LA")


def test_palette_with_and_without_transparency(tmp_path):
    image, colours = _palette_image(RGB)
    image.save(tmp_path / "shirt_p.png")
    _assert_like_8bit(tmp_path, tmp_path / "shirt_p.png", RGB, TOLERANCE["exact"], "P")

    index = np.asarray(image).copy()
    index[BACKGROUND] = len(colours)  # a new, green palette entry that is fully transparent
    clear = Image.frombytes("P", image.size, index.tobytes())
    clear.putpalette(colours.astype(np.uint8).tobytes() + bytes((0, 200, 0)))
    clear.save(tmp_path / "shirt_trns.png", transparency=len(colours))
    with Image.open(tmp_path / "shirt_trns.png") as opened:
        assert "transparency" in opened.info
    _assert_like_8bit(tmp_path, tmp_path / "shirt_trns.png", RGB, TOLERANCE["exact"], "P")


def _clear_background(rgb):
    """RGBA: the white background replaced by fully transparent green, which must become white."""
    rgba = np.dstack([rgb, np.full(GRAY.shape, 255, np.uint8)])
    rgba[BACKGROUND] = (0, 200, 0, 0)
    return Image.fromarray(rgba)


COLOUR_FILES = {  # name: (suffix, mode Pillow opens it as, tolerance, the image to save)
    "RGB PNG": (".png", "RGB", "exact", Image.fromarray),
    "RGBA PNG": (".png", "RGBA", "exact", _clear_background),
    "CMYK TIFF": (".tif", "CMYK", "exact", lambda rgb: Image.fromarray(rgb).convert("CMYK")),
    "YCbCr TIFF": (".tif", "YCbCr", "YCbCr", lambda rgb: Image.fromarray(rgb).convert("YCbCr")),
}


@pytest.mark.parametrize("name", sorted(COLOUR_FILES))
def test_colour_modes_match_the_8bit_picture(tmp_path, name):
    suffix, mode, tolerance, make = COLOUR_FILES[name]
    path = tmp_path / f"shirt{suffix}"
    make(RGB).save(path)
    _assert_like_8bit(tmp_path, path, RGB, TOLERANCE[tolerance], mode)


def test_phone_jpeg_is_turned_upright_by_its_exif_orientation(tmp_path):
    path = tmp_path / "phone.jpg"
    exif = Image.Exif()
    exif[0x0112] = 6  # Orientation 6: the camera was held upright, the sensor sideways
    sideways = Image.fromarray(RGB).transpose(Image.Transpose.ROTATE_90)
    sideways.save(path, quality=95, exif=exif)  # 4:2:0 colour subsampling, like a phone
    for color_mode, tolerance in (("grayscale", "JPEG gray"), ("rgb", "JPEG rgb")):
        x = helpers.load_image(path, size=SIZE, color_mode=color_mode)
        expected = _expected(tmp_path, RGB, color_mode, invert=False)
        assert np.abs(x - expected).max() * 255 <= TOLERANCE[tolerance]
    # the stored pixels without the tag would not match at all
    with Image.open(path) as stored:
        raw = np.asarray(stored.resize(SIZE[::-1]), dtype=np.float32) / 255
    assert np.abs(raw - _expected(tmp_path, RGB, "rgb", invert=False)).max() > 0.5


def test_first_frame_of_an_animation(tmp_path):
    path = tmp_path / "frames.gif"
    first, second = Image.fromarray(GRAY), Image.fromarray(255 - GRAY)
    first.save(path, save_all=True, append_images=[second])
    _assert_like_8bit(tmp_path, path, GRAY, TOLERANCE["exact"])


def test_colour_mode_pillow_cannot_convert(tmp_path, monkeypatch):
    lab = Image.fromarray(RGB).convert("LAB")
    monkeypatch.setattr(images, "_read", lambda path: lab)
    with pytest.raises(helpers.ImageLoadError, match="color mode"):
        helpers.load_image(tmp_path / "lab.tif")


# --- Bit-identical to the earlier code for 8-bit images -----------------------------------------


def _load_image_before_issue_12(path, size, color_mode, invert):
    """load_image as it was before 16-bit support: the stored chapter outputs depend on it."""
    image = ImageOps.exif_transpose(Image.open(path))
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        image = Image.alpha_composite(Image.new("RGBA", rgba.size, "white"), rgba)
    image = image.convert(COLOR_MODES[color_mode]).resize(size[::-1], Image.Resampling.LANCZOS)
    if invert:
        image = ImageOps.invert(image)
    return (np.asarray(image, dtype="float32") / 255.0).reshape(size[0], size[1], -1)


def _eight_bit_files(folder):
    paths = sorted(images._sample_folder().iterdir())
    paths = [Path(str(p)) for p in paths if p.name.endswith(".png")]
    rgba = np.dstack([RGB, np.where(BACKGROUND, 0, 255)]).astype(np.uint8)
    for name, image in [
        ("l.png", Image.fromarray(GRAY)),
        ("rgb.png", Image.fromarray(RGB)),
        ("rgba.png", Image.fromarray(rgba)),
        ("p.png", _palette_image(RGB)[0]),
    ]:
        image.save(folder / name)
        paths.append(folder / name)
    _palette_image(RGB)[0].save(folder / "p_trns.png", transparency=0)
    return [*paths, folder / "p_trns.png"]


def test_8bit_images_give_the_same_arrays_as_before(tmp_path):
    paths = _eight_bit_files(tmp_path)
    assert len(paths) >= 9
    for path in paths:
        for size in [(28, 28), SIZE, (32, 32), (112, 112)]:
            for color_mode in COLOR_MODES:
                for invert in (False, True):
                    new = helpers.load_image(path, size, color_mode, invert)
                    old = _load_image_before_issue_12(path, size, color_mode, invert)
                    assert new.dtype == old.dtype and np.array_equal(new, old), path.name


# --- Files Pillow cannot open --------------------------------------------------------------------

UNREADABLE = {  # file name: (first bytes, words the message must contain)
    "photo.heic": (b"\0\0\0\x18ftypheic\0\0\0\0mif1heic" + bytes(64), ["HEIC", "PNG", "JPEG"]),
    "burst.heic": (b"\0\0\0\x18ftypmif1\0\0\0\0mif1heic" + bytes(64), ["HEIC", "PNG", "JPEG"]),
    "scan.pdf": (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", ["PDF", "PNG", "JPEG"]),
    "logo.svg": (
        b'<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', ["SVG", "PNG"]
    ),
    "icon.svg": (b'\xef\xbb\xbf  <svg width="10" height="10"></svg>', ["SVG", "PNG"]),
}


@pytest.mark.parametrize("name", sorted(UNREADABLE))
def test_formats_pillow_cannot_open_are_named(tmp_path, monkeypatch, name):
    monkeypatch.setattr(images, "HEIF_SUPPORT", False)
    head, words = UNREADABLE[name]
    path = tmp_path / name
    path.write_bytes(head)
    with pytest.raises(helpers.ImageLoadError) as raised:
        helpers.load_image(path)
    for word in words:
        assert word in str(raised.value)
    if "HEIC" in words:
        assert "pillow-heif" in str(raised.value) and "높은 호환성" in str(raised.value)


def test_avif_and_plain_xml_are_recognised(tmp_path):
    avif = tmp_path / "photo.avif"
    avif.write_bytes(b"\0\0\0\x1cftypavif\0\0\0\0avifmif1miaf" + bytes(64))
    assert "AVIF" in images._unreadable_format_message(avif)
    xml = tmp_path / "notes.xml"
    xml.write_bytes(b'<?xml version="1.0"?>\n<notes/>')
    assert images._unreadable_format_message(xml) is None


def _dark_square_on_white(path, width, height, side, mode="L"):
    """A white `width` x `height` picture with a dark `side` x `side` square in its centre."""
    picture = np.full((height, width), 255, dtype=np.uint8)
    top, left = (height - side) // 2, (width - side) // 2
    picture[top:top + side, left:left + side] = 0
    Image.fromarray(picture).convert(mode).save(path)
    return path


def _dark_extent(x):
    """(rows, columns) that hold a mostly dark pixel of a (H, W, 1) array in [0, 1]."""
    dark = x[..., 0] < 0.5
    return int(dark.any(axis=1).sum()), int(dark.any(axis=0).sum())


@pytest.mark.parametrize(("width", "height"), [(80, 60), (60, 80)])
def test_crop_keeps_a_phone_photo_from_being_squashed(tmp_path, width, height):
    path = _dark_square_on_white(tmp_path / "photo.png", width, height, side=40)
    rows, columns = _dark_extent(helpers.load_image(path, size=(28, 28)))
    assert rows != columns  # stretched: the square comes out as a rectangle
    rows, columns = _dark_extent(helpers.load_image(path, size=(28, 28), crop=True))
    assert rows == columns  # cut to the middle 60 x 60: still a square,
    assert abs(rows - 28 * 40 / 60) <= 1  # as large as it is in that middle square


def test_crop_of_a_picture_with_the_target_shape_changes_nothing(tmp_path):
    path = _dark_square_on_white(tmp_path / "square.png", 56, 56, side=20)
    np.testing.assert_array_equal(
        helpers.load_image(path, crop=True, invert=True), helpers.load_image(path, invert=True)
    )
    wide = _dark_square_on_white(tmp_path / "wide.png", 112, 56, side=20)
    np.testing.assert_array_equal(
        helpers.load_image(wide, size=(28, 56), crop=True), helpers.load_image(wide, size=(28, 56))
    )


def test_crop_with_a_16bit_image_and_rgb_output(tmp_path):
    path = tmp_path / "photo16.png"
    picture = np.full((60, 80), 65535, dtype=np.uint16)
    picture[10:50, 20:60] = 0
    Image.fromarray(picture).save(path)
    x = helpers.load_image(path, size=(28, 28), color_mode="rgb", crop=True)
    assert x.shape == (28, 28, 3)
    rows, columns = _dark_extent(x[..., :1])
    assert rows == columns and abs(rows - 28 * 40 / 60) <= 1
