"""Draw the course's sample images into `data/` (deterministic, PIL ImageDraw only).

    python scripts/make_sample_images.py [OUTPUT_FOLDER]   # default: data/

- digit_gray_28.png: a handwritten-looking "2", white on black, 28x28, mode L (like MNIST);
- scene_rgb_32.png: sky, sun, grass and a house, 32x32, mode RGB (the size of CIFAR-10);
- shapes_rgb_96.png: a pure red circle, green square and blue triangle on white, 96x96, RGB;
- tshirt_rgb_112.png, trousers_rgb_112.png, sneaker_rgb_112.png, ankle_boot_rgb_112.png,
  bag_rgb_112.png: a coloured piece of clothing on a light, slightly shaded background, like a
  product photo, 112x112, RGB (the pictures chapter 3 shows to its Fashion-MNIST models).

The digit, the scene and the clothing are drawn 4 times larger and shrunk with `Image.reduce`
(a plain average of 4x4 blocks), which softens their edges the way a scanned stroke looks.
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

CLOTHING_SIZE = 112 * SCALE


def photo_background():
    """A light backdrop that darkens a little towards the bottom, like a studio photo."""
    image = Image.new("RGB", (CLOTHING_SIZE, CLOTHING_SIZE))
    draw = ImageDraw.Draw(image)
    for y in range(CLOTHING_SIZE):
        shade = y * 26 // CLOTHING_SIZE
        draw.line([(0, y), (CLOTHING_SIZE, y)], fill=(244 - shade, 240 - shade, 232 - shade))
    return image, draw


def draw_tshirt():
    """A navy T-shirt with short sleeves and a round neck, seen from the front."""
    image, draw = photo_background()
    draw.ellipse((90, 400, 358, 440), fill=(206, 201, 193))  # shadow
    body = [
        (170, 46), (108, 66), (26, 156), (88, 222), (126, 192), (126, 420),
        (322, 420), (322, 192), (360, 222), (422, 156), (340, 66), (278, 46),
        (262, 74), (224, 86), (186, 74),
    ]
    draw.polygon(body, fill=(42, 62, 122))
    draw.line([(170, 46), (186, 74), (224, 86), (262, 74), (278, 46)], fill=(70, 92, 150), width=8)
    return image.reduce(SCALE)


def draw_trousers():
    """Blue jeans: a waistband and two long legs with a gap between them."""
    image, draw = photo_background()
    draw.rectangle((148, 24, 300, 62), fill=(40, 66, 120))
    legs = [(148, 58), (300, 58), (314, 432), (240, 432), (224, 168), (208, 432), (134, 432)]
    draw.polygon(legs, fill=(58, 90, 152))
    draw.line([(224, 62), (224, 150)], fill=(40, 66, 120), width=5)  # fly
    return image.reduce(SCALE)


def draw_sneaker():
    """A low red running shoe with a grey sole, toe to the left (as in Fashion-MNIST)."""
    image, draw = photo_background()
    draw.ellipse((20, 296, 430, 330), fill=(206, 201, 193))  # shadow
    upper = [(60, 232), (150, 208), (250, 182), (322, 166), (394, 170), (418, 210),
             (420, 272), (40, 272)]
    draw.polygon(upper, fill=(178, 38, 44))
    draw.ellipse((22, 222, 122, 280), fill=(178, 38, 44))  # rounded toe
    draw.rounded_rectangle((20, 264, 428, 300), radius=14, fill=(128, 128, 132))
    draw.line([(120, 252), (250, 222), (380, 248)], fill=(236, 236, 236), width=12)
    draw.line([(200, 200), (300, 178)], fill=(90, 24, 28), width=10)  # laces
    return image.reduce(SCALE)


def draw_ankle_boot():
    """A brown ankle boot: the shaft on the right, the toe to the left."""
    image, draw = photo_background()
    draw.ellipse((30, 390, 420, 432), fill=(206, 201, 193))  # shadow
    boot = [(226, 40), (384, 40), (388, 300), (404, 392), (44, 392), (40, 332), (84, 292),
            (200, 252), (226, 236)]
    draw.polygon(boot, fill=(96, 60, 34))
    draw.ellipse((30, 300, 130, 396), fill=(96, 60, 34))  # rounded toe
    draw.rectangle((26, 384, 410, 412), fill=(48, 36, 30))  # sole
    draw.rectangle((318, 384, 404, 428), fill=(48, 36, 30))  # heel
    draw.line([(236, 60), (236, 240)], fill=(130, 92, 60), width=8)  # zip
    return image.reduce(SCALE)


def draw_bag():
    """A dark green handbag with a round handle and a gold clasp."""
    image, draw = photo_background()
    draw.ellipse((40, 404, 408, 440), fill=(206, 201, 193))  # shadow
    draw.arc((132, 40, 316, 300), start=180, end=360, fill=(30, 70, 56), width=26)
    draw.polygon([(72, 170), (376, 170), (410, 420), (38, 420)], fill=(36, 98, 76))
    draw.line([(72, 232), (376, 232)], fill=(30, 80, 62), width=6)
    draw.rectangle((206, 214, 242, 250), fill=(212, 172, 60))
    return image.reduce(SCALE)


IMAGES = {
    "digit_gray_28.png": draw_digit,
    "scene_rgb_32.png": draw_scene,
    "shapes_rgb_96.png": draw_shapes,
    "tshirt_rgb_112.png": draw_tshirt,
    "trousers_rgb_112.png": draw_trousers,
    "sneaker_rgb_112.png": draw_sneaker,
    "ankle_boot_rgb_112.png": draw_ankle_boot,
    "bag_rgb_112.png": draw_bag,
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
