"""helpers.digits: drawn digits made like MNIST's, and the weights file of chapter 05's pad."""

import hashlib
import json

import numpy as np
import pytest

import helpers
from helpers.digits import DIGIT_BOX, EXAMPLE_STROKES, MNIST_SIZE, WEB_DIR, WEIGHT_SHAPES
from scripts.course import ROOT, glued_values

WEIGHTS_FILE = ROOT / "_static" / "mnist_cnn.f16"
CHAPTER = ROOT / "chapters" / "05_cnn_mnist.ipynb"


def test_strokes_are_drawn_white_on_black_with_the_pads_brush():
    canvas = helpers.draw_strokes(EXAMPLE_STROKES["1"])  # a vertical line at x = 150
    assert canvas.shape == (280, 280) and canvas.dtype == np.uint8
    assert canvas[0, 0] == 0 and canvas[140, 150] == 255
    lit = np.flatnonzero(canvas[140] > 127)
    assert 20 <= len(lit) <= 24, f"brush width {len(lit)} px"


@pytest.mark.parametrize("label", sorted(EXAMPLE_STROKES))
def test_drawn_digit_fits_the_20_pixel_box_with_its_mass_at_the_centre(label):
    digit = helpers.to_mnist(helpers.draw_strokes(EXAMPLE_STROKES[label]))
    assert digit.shape == (MNIST_SIZE, MNIST_SIZE) and digit.dtype == np.float32
    assert 0 <= digit.min() and digit.max() <= 1
    rows, cols = np.flatnonzero(digit.max(axis=1)), np.flatnonzero(digit.max(axis=0))
    assert max(rows[-1] - rows[0], cols[-1] - cols[0]) + 1 == DIGIT_BOX
    grid_rows, grid_cols = np.indices(digit.shape)
    centre = [(grid * digit).sum() / digit.sum() for grid in (grid_rows, grid_cols)]
    assert np.allclose(centre, 14, atol=0.5), centre


def test_mnist_digits_pass_through_unchanged():
    """MNIST was made by the same two steps, so its own digits are fixed points."""
    (_, _), (x_test, _) = helpers.load_dataset("mnist")
    digits = helpers.scale_images(x_test[:300])
    changed = [i for i, digit in enumerate(digits)
               if not np.array_equal(helpers.to_mnist(digit), digit)]
    assert changed == []


def test_size_and_place_on_the_pad_matter_little():
    canvas = helpers.draw_strokes(EXAMPLE_STROKES["7"])
    small = np.zeros_like(canvas)
    small[10:150, 120:260] = canvas[::2, ::2]  # half as large, in the top right corner
    difference = np.abs(helpers.to_mnist(small) - helpers.to_mnist(canvas))
    assert difference.mean() < 0.05


@pytest.mark.parametrize(
    "canvas", [np.zeros((280, 280)), np.zeros((280, 280, 3)), np.zeros(280)], ids=str
)
def test_bad_canvas_raises_a_clear_error(canvas):
    with pytest.raises(ValueError, match="그림판"):
        helpers.to_mnist(canvas)


def test_weights_round_trip_through_float16(tmp_path, chapter_cnn):
    model = chapter_cnn()
    path = tmp_path / "mnist_cnn.f16"
    digest = helpers.export_weights(model, path)
    assert digest == hashlib.sha256(path.read_bytes()).hexdigest()
    assert path.stat().st_size == 2 * sum(int(np.prod(shape)) for shape in WEIGHT_SHAPES)
    for read, original in zip(helpers.read_weights(path), model.get_weights(), strict=True):
        assert read.dtype == np.float32
        np.testing.assert_array_equal(read, original.astype(np.float16).astype(np.float32))


def test_a_model_or_file_of_another_shape_is_refused(tmp_path):
    import keras

    other = keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)])
    with pytest.raises(ValueError, match="가중치 모양"):
        helpers.export_weights(other, tmp_path / "other.f16")
    (tmp_path / "short.f16").write_bytes(b"\0" * 100)
    with pytest.raises(ValueError, match="가중치 파일이 아닙니다"):
        helpers.read_weights(tmp_path / "short.f16")


def test_books_weights_file_belongs_to_the_stored_run():
    """_static/mnist_cnn.f16 is what chapter 05's stored full run exported (its glued sha256)."""
    stored = glued_values(CHAPTER)["demo_weights_sha256"]
    assert hashlib.sha256(WEIGHTS_FILE.read_bytes()).hexdigest() == stored, (
        "책의 가중치 파일이 5장의 저장된 실행과 다릅니다(weights file is not the stored run's): "
        "`make execute`로 5장을 다시 실행하세요."
    )


def test_pad_files_ship_with_the_package():
    for name in ("digit_demo.js", "digit_demo.css", "example_strokes.json"):
        assert (WEB_DIR / name).is_file()


def test_vendored_tensorflow_js_is_the_recorded_release():
    """vendor/tfjs holds TensorFlow.js files exactly as VERSIONS.txt names them."""
    vendor = ROOT / "vendor" / "tfjs"
    recorded = dict(
        reversed(line.split()) for line in (vendor / "VERSIONS.txt").read_text().splitlines()
        if len(line.split()) == 2 and len(line.split()[0]) == 64
    )
    assert sorted(recorded) == ["tf-backend-cpu.es2017.min.js", "tf-core.es2017.min.js"]
    for name, digest in recorded.items():
        assert hashlib.sha256((vendor / name).read_bytes()).hexdigest() == digest, name
    script = (WEB_DIR / "digit_demo.js").read_text(encoding="utf-8")
    assert all(f'"{name}"' in script for name in recorded), "digit_demo.js의 파일 이름"


def test_page_script_uses_the_same_sizes_as_helpers():
    """digit_demo.js repeats helpers.digits' sizes in JavaScript: they must not drift apart."""
    import re

    from helpers.digits import CANVAS_SIZE, STROKE_WIDTH

    script = (WEB_DIR / "digit_demo.js").read_text(encoding="utf-8")
    constants = dict(re.findall(r"const (CANVAS|STROKE|SIZE|BOX) = (\d+);", script))
    assert constants == {"CANVAS": str(CANVAS_SIZE), "STROKE": str(STROKE_WIDTH),
                         "SIZE": str(MNIST_SIZE), "BOX": str(DIGIT_BOX)}
    shapes = re.search(r"const SHAPES = (\[.*\]);", script).group(1)
    assert json.loads(shapes) == [list(shape) for shape in WEIGHT_SHAPES]
