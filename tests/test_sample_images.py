"""The sample images in data/ are exactly what scripts/make_sample_images.py draws."""

import numpy as np
import pytest
from PIL import Image

from scripts.make_sample_images import IMAGES, ROOT, main

EXPECTED = {
    "digit_gray_28.png": ((28, 28), "L"),
    "scene_rgb_32.png": ((32, 32), "RGB"),
    "shapes_rgb_96.png": ((96, 96), "RGB"),
    "tshirt_rgb_112.png": ((112, 112), "RGB"),
    "trousers_rgb_112.png": ((112, 112), "RGB"),
    "sneaker_rgb_112.png": ((112, 112), "RGB"),
    "ankle_boot_rgb_112.png": ((112, 112), "RGB"),
    "bag_rgb_112.png": ((112, 112), "RGB"),
}


@pytest.fixture(scope="module")
def regenerated(tmp_path_factory):
    folder = tmp_path_factory.mktemp("sample_images")
    main(folder)
    return folder


def test_every_sample_image_is_drawn_by_the_script():
    assert set(IMAGES) == set(EXPECTED)
    assert set(EXPECTED) == {p.name for p in (ROOT / "data").glob("*.png")}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_committed_image_matches_the_script(name, regenerated):
    size, mode = EXPECTED[name]
    with Image.open(ROOT / "data" / name) as committed, Image.open(regenerated / name) as fresh:
        assert (committed.size, committed.mode) == (size, mode)
        assert (fresh.size, fresh.mode) == (size, mode)
        assert np.array_equal(np.asarray(committed), np.asarray(fresh)), (
            f"data/{name} differs from what the script draws: "
            "run `python scripts/make_sample_images.py` and commit the result"
        )


def test_shapes_are_pure_colours_on_white():
    pixels = np.asarray(IMAGES["shapes_rgb_96.png"]())
    colours = {tuple(int(v) for v in c) for c in pixels.reshape(-1, 3)}
    assert colours == {(255, 255, 255), (255, 0, 0), (0, 255, 0), (0, 0, 255)}
