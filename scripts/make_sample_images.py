"""Draw the course's sample images into `data/` (deterministic, PIL ImageDraw only).

    python scripts/make_sample_images.py [OUTPUT_FOLDER]   # default: data/

- digit_gray_28.png: a handwritten-looking "2", white on black, 28x28, mode L (like MNIST);
- scene_rgb_32.png: sky, sun, grass and a house, 32x32, mode RGB (the size of CIFAR-10);
- shapes_rgb_96.png: a pure red circle, green square and blue triangle on white, 96x96, RGB.

The digit and the scene are drawn 4 times larger and shrunk with `Image.reduce` (a plain
average of 4x4 blocks), which softens their edges the way a scanned stroke looks.
"""

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
SCALE = 4


def draw_digit():
    """A "2": an arc on top, a diagonal stroke and a flat base, white on black."""
    image = Image.new("L", (28 * SCALE, 28 * SCALE), 0)
    draw = ImageDraw.Draw(image)
    draw.arc((30, 14, 80, 62), start=190, end=390, fill=255, width=15)
    draw.line([(76, 50), (58, 72), (34, 94)], fill=255, width=15, joint="curve")
    draw.line([(32, 92), (86, 90)], fill=255, width=14)
    for x, y in ((31, 34), (34, 94), (86, 90)):  # round stroke ends
        draw.ellipse((x - 7, y - 7, x + 7, y + 7), fill=255)
    return image.reduce(SCALE)


def draw_scene():
    """Sky, sun, grass and a small house, drawn at 128x128 and reduced to 32x32."""
    size = 32 * SCALE
    image = Image.new("RGB", (size, size))
    draw = ImageDraw.Draw(image)
    for y in range(size):  # sky: lighter towards the horizon
        shade = y * 90 // size
        draw.line([(0, y), (size, y)], fill=(70 + shade, 140 + shade // 2, 230))
    draw.ellipse((88, 10, 116, 38), fill=(255, 215, 40))
    draw.rectangle((0, 92, size, size), fill=(60, 170, 70))
    draw.rectangle((24, 64, 72, 100), fill=(235, 225, 200))
    draw.polygon([(18, 66), (48, 40), (78, 66)], fill=(190, 50, 40))
    draw.rectangle((42, 80, 54, 100), fill=(120, 75, 40))
    draw.rectangle((28, 72, 38, 82), fill=(120, 190, 240))
    return image.reduce(SCALE)


def draw_shapes():
    """Pure red, green and blue shapes on white: each is bright in one channel only."""
    image = Image.new("RGB", (96, 96), (255, 255, 255))
    draw = ImageDraw.Draw(image)
    draw.ellipse((6, 6, 44, 44), fill=(255, 0, 0))
    draw.rectangle((54, 8, 88, 42), fill=(0, 255, 0))
    draw.polygon([(48, 52), (86, 90), (10, 90)], fill=(0, 0, 255))
    return image


IMAGES = {
    "digit_gray_28.png": draw_digit,
    "scene_rgb_32.png": draw_scene,
    "shapes_rgb_96.png": draw_shapes,
}


def main(output_dir=ROOT / "data"):
    """Draw every sample image into `output_dir` and return the written paths."""
    output_dir = Path(output_dir)
    output_dir.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, draw in IMAGES.items():
        path = output_dir / name
        draw().save(path, optimize=True)
        paths.append(path)
    return paths


if __name__ == "__main__":
    for written in main(*sys.argv[1:2]):
        print(written.name)
