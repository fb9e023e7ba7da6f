"""연습 문제 1: 학습자가 쓸 만한 답 셀(code)과 확인의 판정. valid인 답은 "정답", 아닌 답은
"다시 해 보세요"와 hint가 든 메시지를 받아야 합니다(tests/test_answers.py)."""

CASES = [
    {
        'task': 'q1',
        'valid': True,
        'what': 'helpers.open_image + np.array',
        "code": """\
shapes = np.array(helpers.open_image(helpers.sample_image_path("shapes_rgb_96.png")))
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'PIL Image.open + np.asarray',
        "code": """\
from PIL import Image
shapes = np.asarray(Image.open(helpers.sample_image_path("shapes_rgb_96.png")))
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'with-block, np.array copy',
        "code": """\
from PIL import Image
with Image.open(helpers.sample_image_path("shapes_rgb_96.png")) as im:
    shapes = np.array(im)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': "convert('RGB') then np.array(dtype=uint8)",
        "code": """\
from PIL import Image
path = helpers.sample_image_path("shapes_rgb_96.png")
shapes = np.array(Image.open(path).convert("RGB"), dtype=np.uint8)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'PIL.Image module import, two steps',
        "code": """\
import PIL.Image
img = PIL.Image.open(helpers.sample_image_path("shapes_rgb_96.png"))
img.load()
shapes = np.array(img)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'helpers.load_image -> float32 0~1 instead of uint8',
        'hint': '자료형(dtype)이 float32입니다.',
        "code": """\
shapes = helpers.load_image(helpers.sample_image_path("shapes_rgb_96.png"), size=(96, 96), color_mode="rgb")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': "converted to grayscale ('L')",
        'hint': '모양이 (96, 96)로 채널 축이 없습니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("shapes_rgb_96.png")).convert("L"))
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'divided by 255 (float)',
        'hint': '자료형(dtype)이 float64입니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("shapes_rgb_96.png"))) / 255
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'left as PIL image, not a numpy array',
        'hint': 'shapes: 넘파이 배열(NumPy array)이 아니라 PngImageFile입니다.',
        "code": """\
from PIL import Image
shapes = Image.open(helpers.sample_image_path("shapes_rgb_96.png"))
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'converted to RGBA (4 channels)',
        'hint': '모양이 (96, 96, 4)로 채널이 4개(RGBA)입니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("shapes_rgb_96.png")).convert("RGBA"))
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'astype float32 (values kept, dtype wrong)',
        'hint': '자료형(dtype)이 float32입니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("shapes_rgb_96.png"))).astype("float32")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'resized to 48x48',
        'hint': '모양(shape)이 (48, 48, 3)입니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("shapes_rgb_96.png")).resize((48, 48)))
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'opened the wrong file (digit_gray_28.png)',
        'hint': '모양이 (28, 28)로 digit_gray_28.png의 크기입니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("digit_gray_28.png")))
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'channels-first transpose (3, 96, 96)',
        'hint': '모양이 (3, 96, 96)로 채널 축이 맨 앞에 있습니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("shapes_rgb_96.png"))).transpose(2, 0, 1)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'BGR channel order (like cv2)',
        'hint': '채널 순서가 거꾸로(BGR)입니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("shapes_rgb_96.png")))[:, :, ::-1]
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'matplotlib imread -> float32 0~1',
        'hint': '자료형(dtype)이 float32입니다.',
        "code": """\
import matplotlib.pyplot as plt
shapes = plt.imread(helpers.sample_image_path("shapes_rgb_96.png"))
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'tuple unpack of [..., i]',
        "code": """\
red, green, blue = shapes[..., 0], shapes[..., 1], shapes[..., 2]
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'np.moveaxis unpack',
        "code": """\
red, green, blue = np.moveaxis(shapes, -1, 0)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'np.split + squeeze',
        "code": """\
red, green, blue = [np.squeeze(part, axis=2) for part in np.split(shapes, 3, axis=2)]
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': '.copy() of each channel',
        "code": """\
red = shapes[:, :, 0].copy()
green = shapes[:, :, 1].copy()
blue = shapes[:, :, 2].copy()
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'transpose(2, 0, 1) unpack',
        "code": """\
red, green, blue = shapes.transpose(2, 0, 1)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'PIL Image.split() of the file',
        "code": """\
from PIL import Image
r, g, b = Image.open(helpers.sample_image_path("shapes_rgb_96.png")).split()
red, green, blue = np.array(r), np.array(g), np.array(b)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'wrong axis: rows shapes[0], shapes[1], shapes[2]',
        'hint': 'red의 모양이 (96, 3)입니다.',
        "code": """\
red = shapes[0]
green = shapes[1]
blue = shapes[2]
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'wrong axis: columns shapes[:, 0] ...',
        'hint': 'red의 모양이 (96, 3)입니다.',
        "code": """\
red = shapes[:, 0]
green = shapes[:, 1]
blue = shapes[:, 2]
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'red and blue swapped (BGR)',
        'hint': 'red에 넣은 것은 채널 2입니다.',
        "code": """\
red = shapes[:, :, 2]
green = shapes[:, :, 1]
blue = shapes[:, :, 0]
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'kept channel axis (96, 96, 1) via 0:1 slicing',
        'hint': 'red의 모양이 (96, 96, 1)로 길이 1인 채널 축이 남아 있습니다(shapes[:, :, 0:1]이나 np.split의 결과처럼).',
        "code": """\
red = shapes[:, :, 0:1]
green = shapes[:, :, 1:2]
blue = shapes[:, :, 2:3]
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'copy-paste: all three are channel 0',
        'hint': 'green에 넣은 것은 채널 0입니다.',
        "code": """\
red = shapes[:, :, 0]
green = shapes[:, :, 0]
blue = shapes[:, :, 0]
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'reshape(3, 96, 96) instead of transpose',
        'hint': 'red가 shapes.reshape(3, 높이, 너비)로 나눈 값입니다.',
        "code": """\
red, green, blue = shapes.reshape(3, 96, 96)
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'shapes.T unpack (each channel transposed)',
        'hint': 'red의 행과 열이 바뀌었습니다(전치).',
        "code": """\
red, green, blue = shapes.T
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'np.split without squeeze (3-D pieces)',
        'hint': 'red의 모양이 (96, 96, 1)로 길이 1인 채널 축이 남아 있습니다(shapes[:, :, 0:1]이나 np.split의 결과처럼).',
        "code": """\
red, green, blue = np.split(shapes, 3, axis=2)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'reshape(-1) and reshape(28, 28, 1)',
        "code": """\
from PIL import Image
digit = np.array(Image.open(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(-1)
cnn_input = digit.reshape(28, 28, 1)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'flatten() and [..., np.newaxis]',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.flatten()
cnn_input = digit[..., np.newaxis]
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'ravel() and np.expand_dims(axis=-1)',
        "code": """\
digit = np.asarray(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.ravel()
cnn_input = np.expand_dims(digit, axis=-1)
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'np.reshape with computed shapes',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
h, w = digit.shape
flat = np.reshape(digit, (h * w,))
cnn_input = np.reshape(digit, (h, w, 1))
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'digit.size and [:, :, None]',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(digit.size)
cnn_input = digit[:, :, None]
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'helpers.load_image (float 0~1) then reshape',
        "code": """\
digit = helpers.load_image(helpers.sample_image_path("digit_gray_28.png"))
flat = digit.reshape(-1)
cnn_input = digit
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'flat has batch axis (1, 784)',
        'hint': 'flat의 모양이 (1, 784)입니다.',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(1, 784)
cnn_input = digit.reshape(28, 28, 1)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'cnn_input channels-first (1, 28, 28)',
        'hint': 'cnn_input의 모양이 (1, 28, 28)입니다.',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(784)
cnn_input = digit.reshape(1, 28, 28)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'cnn_input with batch axis (1, 28, 28, 1)',
        'hint': 'cnn_input의 모양이 (1, 28, 28, 1)입니다.',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(784)
cnn_input = digit.reshape(1, 28, 28, 1)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'read as RGB (3 channels)',
        'hint': 'flat의 모양이 (2352,), cnn_input의 모양이 (28, 28, 3)로 채널이 3개입니다.',
        "code": """\
from PIL import Image
digit = np.array(Image.open(helpers.sample_image_path("digit_gray_28.png")).convert("RGB"))
flat = digit.reshape(-1)
cnn_input = digit
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'flat is a column vector (784, 1)',
        'hint': 'flat의 모양이 (784, 1)입니다.',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(784, 1)
cnn_input = digit.reshape(28, 28, 1)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'flat not flattened (still 28x28)',
        'hint': 'flat의 모양이 (28, 28)입니다.',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit
cnn_input = digit.reshape(28, 28, 1)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': "column-major flatten (order='F')",
        'hint': 'flat의 모양은 맞지만 행과 열이 바뀌었습니다(전치, .T).',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.flatten(order="F")
cnn_input = digit.reshape(28, 28, 1)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'cnn_input stacked to 3 channels',
        'hint': 'cnn_input의 모양이 (28, 28, 3)로 채널이 3개입니다.',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(-1)
cnn_input = np.stack([digit, digit, digit], axis=-1)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'cnn_input transposed (digit.T)',
        'hint': 'cnn_input의 모양은 맞지만 행과 열이 바뀌었습니다(전치, .T).',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(-1)
cnn_input = digit.T[..., None]
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': '(image / 255).astype(np.float32)',
        "code": """\
def to_unit_range(image):
    return (image / 255).astype(np.float32)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'helpers.scale_images',
        "code": """\
def to_unit_range(image):
    return helpers.scale_images(image)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'np.divide with dtype',
        "code": """\
def to_unit_range(image):
    return np.divide(image, 255, dtype=np.float32)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'np.asarray(dtype=float32) / 255.0',
        "code": """\
def to_unit_range(image):
    return np.asarray(image, dtype="float32") / 255.0
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'multi-line in-place on a float copy',
        "code": """\
def to_unit_range(image):
    out = image.astype("float32")
    out /= 255
    return out
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'multiply by 1/255 then astype',
        "code": """\
def to_unit_range(image):
    return (image * (1 / 255)).astype("float32")
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'image / 255 -> float64',
        'hint': '결과의 자료형이 float64입니다.',
        "code": """\
def to_unit_range(image):
    return image / 255
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'astype only, no scaling',
        'hint': '값을 255로 나누지 않았습니다(최댓값이 그대로입니다).',
        "code": """\
def to_unit_range(image):
    return image.astype("float32")
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'divides by 256',
        'hint': '256으로 나누었습니다.',
        "code": """\
def to_unit_range(image):
    return image.astype("float32") / 256
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'cast back to uint8 after dividing',
        'hint': '결과의 자료형이 uint8입니다.',
        "code": """\
def to_unit_range(image):
    return (image / 255).astype("uint8")
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'integer division //',
        'hint': '결과의 자료형이 uint8입니다.',
        "code": """\
def to_unit_range(image):
    return image // 255
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'min-max normalisation instead of /255',
        'hint': '가장 작은 값과 가장 큰 값으로 늘렸습니다(min-max).',
        "code": """\
def to_unit_range(image):
    image = image.astype("float32")
    return (image - image.min()) / (image.max() - image.min())
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'float16 dtype',
        'hint': '결과의 자료형이 float16입니다.',
        "code": """\
def to_unit_range(image):
    return image.astype("float16") / 255
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'flattens the image',
        'hint': '결과의 모양이 (35,)입니다.',
        "code": """\
def to_unit_range(image):
    return image.reshape(-1).astype("float32") / 255
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'divides by image.max()',
        'hint': '이미지의 최댓값으로 나누었습니다.',
        "code": """\
def to_unit_range(image):
    return image.astype("float32") / image.max()
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'inverted brightness 1 - x/255',
        'hint': '밝기를 뒤집었습니다(1 - 값).',
        "code": """\
def to_unit_range(image):
    return 1 - image.astype("float32") / 255
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'getdata() then reshape to (96, 96, 3)',
        "code": """\
from PIL import Image
img = Image.open(helpers.sample_image_path("shapes_rgb_96.png"))
shapes = np.array(img.getdata(), dtype=np.uint8).reshape(img.height, img.width, 3)
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'image rotated 90 degrees',
        'hint': '모양은 맞지만 픽셀 값이 파일과 다릅니다.',
        "code": """\
from PIL import Image
shapes = np.array(Image.open(helpers.sample_image_path("shapes_rgb_96.png")).rotate(90))
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'blue via negative index -1',
        "code": """\
red = shapes[:, :, 0]
green = shapes[:, :, 1]
blue = shapes[:, :, -1]
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'cnn_input made from flat',
        "code": """\
digit = np.array(helpers.open_image(helpers.sample_image_path("digit_gray_28.png")))
flat = digit.reshape(784)
cnn_input = flat.reshape(28, 28, 1)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'multiply by np.float32(1/255)',
        "code": """\
def to_unit_range(image):
    return image.astype(np.float32) * np.float32(1 / 255)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'np.clip to 0~1 instead of dividing',
        'hint': 'np.clip은 범위를 벗어난 값을 잘라 낼 뿐 크기를 줄이지 않습니다.',
        "code": """\
def to_unit_range(image):
    return np.clip(image, 0, 1).astype("float32")
""",
    },
]
