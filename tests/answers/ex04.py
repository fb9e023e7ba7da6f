"""연습 문제 4: 학습자가 쓸 만한 답 셀(code)과 확인의 판정. valid인 답은 "정답", 아닌 답은
"다시 해 보세요"와 hint가 든 메시지를 받아야 합니다(tests/test_answers.py)."""

CASES = [
    {
        'task': 'q1',
        'valid': True,
        'what': 'double loop with kh, kw',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    oh, ow = image.shape[0] - kh + 1, image.shape[1] - kw + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'sliding_window_view + einsum',
        "code": """\
from numpy.lib.stride_tricks import sliding_window_view

def conv2d_valid(image, kernel):
    return np.einsum("ijkl,kl->ij", sliding_window_view(image, kernel.shape), kernel)
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'nested list comprehension',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    H, W = image.shape
    return np.array([[(image[i:i + kh, j:j + kw] * kernel).sum() for j in range(W - kw + 1)]
                     for i in range(H - kh + 1)])
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'scipy.signal.correlate2d valid',
        "code": """\
from scipy.signal import correlate2d

def conv2d_valid(image, kernel):
    return correlate2d(image, kernel, mode="valid")
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'sum of shifted slices weighted by kernel',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    oh, ow = image.shape[0] - kh + 1, image.shape[1] - kw + 1
    out = np.zeros((oh, ow), dtype=np.result_type(image, kernel, np.float32))
    for a in range(kh):
        for b in range(kw):
            out += kernel[a, b] * image[a:a + oh, b:b + ow]
    return out
""",
    },
    {
        'task': 'q1',
        'valid': True,
        'what': 'Keras Conv2D with set_weights',
        "code": """\
import keras

def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    layer = keras.layers.Conv2D(1, (kh, kw), padding="valid")
    layer.build((None, image.shape[0], image.shape[1], 1))
    layer.set_weights([kernel.reshape(kh, kw, 1, 1).astype("float32"), np.zeros(1, "float32")])
    out = layer(image[np.newaxis, :, :, np.newaxis].astype("float32"))
    return keras.ops.convert_to_numpy(out)[0, :, :, 0]
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'assumes square kernel (kernel.shape[0] for both)',
        'hint': '확인하려고 답을 실행하자 오류(error)가 났습니다: ValueError: operands could not be broadcast toget',
        "code": """\
def conv2d_valid(image, kernel):
    k = kernel.shape[0]
    oh, ow = image.shape[0] - k + 1, image.shape[1] - k + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(image[i:i + k, j:j + k] * kernel)
    return out
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'flips the kernel (true convolution)',
        'hint': '필터를 위아래·좌우로 뒤집어 계산했습니다(수학의 합성곱).',
        "code": """\
from scipy.signal import convolve2d

def conv2d_valid(image, kernel):
    return convolve2d(image, kernel, mode="valid")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'off-by-one: range(H - kh) drops last row/col',
        'hint': '이미지 (7, 9), 필터 (2, 3)의 출력 모양이 (5, 6)입니다.',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    oh, ow = image.shape[0] - kh, image.shape[1] - kw
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'same padding (zero-pad first)',
        'hint': '출력이 입력과 같은 (7, 9)입니다.',
        "code": """\
from scipy.signal import correlate2d

def conv2d_valid(image, kernel):
    return correlate2d(image, kernel, mode="same")
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'output height/width swapped for non-square',
        'hint': '확인하려고 답을 실행하자 오류(error)가 났습니다: ValueError: operands could not be broadcast toget',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    oh, ow = image.shape[1] - kh + 1, image.shape[0] - kw + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'mean instead of sum',
        'hint': '모양은 맞지만 값이 Keras Conv2D와 다릅니다.',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    oh, ow = image.shape[0] - kh + 1, image.shape[1] - kw + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.mean(image[i:i + kh, j:j + kw] * kernel)
    return out
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'integer output array truncates values',
        'hint': '출력의 자료형이 int64라 소수점 아래가 버려졌습니다.',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    oh, ow = image.shape[0] - kh + 1, image.shape[1] - kw + 1
    out = np.zeros((oh, ow), dtype=int)
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'stride 2 (range step kh)',
        'hint': '이미지 (7, 9), 필터 (2, 3)의 출력 모양이 (3, 4)로 필터를 2칸씩 옮겼습니다(스트라이드 2).',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    rows = range(0, image.shape[0] - kh + 1, 2)
    cols = range(0, image.shape[1] - kw + 1, 2)
    return np.array([[np.sum(image[i:i + kh, j:j + kw] * kernel) for j in cols] for i in rows])
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'returns transposed output',
        'hint': '출력의 모양이 (7, 6)로 높이와 너비가 바뀌었습니다.',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    oh, ow = image.shape[0] - kh + 1, image.shape[1] - kw + 1
    out = np.zeros((ow, oh))
    for i in range(oh):
        for j in range(ow):
            out[j, i] = np.sum(image[i:i + kh, j:j + kw] * kernel)
    return out
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'floor for valid, ceil via -(-n // s) for same',
        "code": """\
def output_size(n, k, padding, stride):
    if padding == "valid":
        return (n - k) // stride + 1
    return -(-n // stride)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'math.ceil both ways',
        "code": """\
import math

def output_size(n, k, padding, stride):
    if padding == "same":
        return math.ceil(n / stride)
    return math.ceil((n - k + 1) / stride)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': '(n + stride - 1) // stride for same',
        "code": """\
def output_size(n, k, padding, stride):
    return (n + stride - 1) // stride if padding == "same" else (n - k) // stride + 1
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'math.floor for valid',
        "code": """\
import math

def output_size(n, k, padding, stride):
    if padding == "valid":
        return math.floor((n - k) / stride) + 1
    elif padding == "same":
        return math.ceil(n / stride)
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'int(np.ceil(...))',
        "code": """\
def output_size(n, k, padding, stride):
    size = n if padding == "same" else n - k + 1
    return int(np.ceil(size / stride))
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'dict of lambdas',
        "code": """\
def output_size(n, k, padding, stride):
    rules = {"valid": lambda: (n - k) // stride + 1, "same": lambda: (n - 1) // stride + 1}
    return rules[padding]()
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'ignores padding: valid formula always',
        'hint': 'n=28, k=3, padding="same", stride=2에서 13를 돌려주었습니다.',
        "code": """\
def output_size(n, k, padding, stride):
    return (n - k) // stride + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'same returns n, ignores stride',
        'hint': 'n=28, k=3, padding="same", stride=2에서 28를 돌려주었습니다.',
        "code": """\
def output_size(n, k, padding, stride):
    if padding == "same":
        return n
    return (n - k) // stride + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'true division: float result',
        'hint': 'n=28, k=5, padding="valid", stride=1에서 24.0를 돌려주었습니다.',
        "code": """\
def output_size(n, k, padding, stride):
    if padding == "same":
        return n / stride
    return (n - k) / stride + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'valid off-by-one (n - k + 1) // s',
        'hint': 'n=10, k=2, padding="valid", stride=2에서 4를 돌려주었습니다.',
        "code": """\
import math

def output_size(n, k, padding, stride):
    if padding == "same":
        return math.ceil(n / stride)
    return (n - k + 1) // stride
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'same via p = (k - 1) // 2 formula (wrong for even k)',
        'hint': 'n=10, k=2, padding="same", stride=1에서 9를 돌려주었습니다.',
        "code": """\
def output_size(n, k, padding, stride):
    p = (k - 1) // 2 if padding == "same" else 0
    return (n + 2 * p - k) // stride + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'round instead of ceil for same',
        'hint': 'n=13, k=3, padding="same", stride=3에서 4를 돌려주었습니다.',
        "code": """\
def output_size(n, k, padding, stride):
    if padding == "same":
        return round(n / stride)
    return (n - k) // stride + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'ceil instead of floor for valid',
        'hint': 'n=11, k=3, padding="valid", stride=3에서 4를 돌려주었습니다.',
        "code": """\
import math

def output_size(n, k, padding, stride):
    if padding == "same":
        return math.ceil(n / stride)
    return math.ceil((n - k) / stride) + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'same floors n / stride',
        'hint': 'n=13, k=3, padding="same", stride=3에서 4를 돌려주었습니다.',
        "code": """\
def output_size(n, k, padding, stride):
    if padding == "same":
        return n // stride
    return (n - k) // stride + 1
""",
    },
    {
        'task': 'q2',
        'valid': False,
        'what': 'valid and same swapped',
        'hint': 'n=28, k=5, padding="valid", stride=1에서 28를 돌려주었습니다.',
        "code": """\
import math

def output_size(n, k, padding, stride):
    if padding == "valid":
        return math.ceil(n / stride)
    return (n - k) // stride + 1
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'crop + reshape + max(axis=(1, 3))',
        "code": """\
def max_pool(feature_map, size):
    h, w = feature_map.shape[0] // size, feature_map.shape[1] // size
    cropped = feature_map[:h * size, :w * size]
    return cropped.reshape(h, size, w, size).max(axis=(1, 3))
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'double loop',
        "code": """\
def max_pool(feature_map, size):
    h, w = feature_map.shape[0] // size, feature_map.shape[1] // size
    out = np.zeros((h, w), dtype=feature_map.dtype)
    for i in range(h):
        for j in range(w):
            out[i, j] = feature_map[i * size:(i + 1) * size, j * size:(j + 1) * size].max()
    return out
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'sliding_window_view strided',
        "code": """\
from numpy.lib.stride_tricks import sliding_window_view

def max_pool(feature_map, size):
    windows = sliding_window_view(feature_map, (size, size))[::size, ::size]
    return windows.max(axis=(2, 3))
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'list comprehension with np.max',
        "code": """\
def max_pool(feature_map, size):
    rows = range(0, feature_map.shape[0] - size + 1, size)
    cols = range(0, feature_map.shape[1] - size + 1, size)
    return np.array([[np.max(feature_map[r:r + size, c:c + size]) for c in cols] for r in rows])
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'Keras MaxPooling2D',
        "code": """\
import keras

def max_pool(feature_map, size):
    x = np.asarray(feature_map, dtype="float32")[np.newaxis, :, :, np.newaxis]
    y = keras.layers.MaxPooling2D(pool_size=size)(x)
    return keras.ops.convert_to_numpy(y)[0, :, :, 0]
""",
    },
    {
        'task': 'q3',
        'valid': True,
        'what': 'np.maximum.reduce over offsets',
        "code": """\
def max_pool(feature_map, size):
    h, w = feature_map.shape[0] // size, feature_map.shape[1] // size
    parts = [feature_map[a:h * size:size, b:w * size:size] for a in range(size) for b in range(size)]
    return np.maximum.reduce(parts)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'reshape without cropping (fails if not divisible)',
        'hint': '확인하려고 답을 실행하자 오류(error)가 났습니다: ValueError: cannot reshape array of size 63 into ',
        "code": """\
def max_pool(feature_map, size):
    h, w = feature_map.shape
    return feature_map.reshape(h // size, size, w // size, size).max(axis=(1, 3))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'average instead of max',
        'hint': '구역의 평균을 구했습니다(평균 풀링).',
        "code": """\
def max_pool(feature_map, size):
    h, w = feature_map.shape[0] // size, feature_map.shape[1] // size
    return feature_map[:h * size, :w * size].reshape(h, size, w, size).mean(axis=(1, 3))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'stride 1 (overlapping windows)',
        'hint': '(6, 8)에 2×2 풀링한 결과가 (5, 7)입니다.',
        "code": """\
from numpy.lib.stride_tricks import sliding_window_view

def max_pool(feature_map, size):
    return sliding_window_view(feature_map, (size, size)).max(axis=(2, 3))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'keeps partial edge blocks (ceil)',
        'hint': '(7, 9)에 3×3 풀링한 결과가 (3, 3)입니다.',
        "code": """\
import math

def max_pool(feature_map, size):
    h, w = math.ceil(feature_map.shape[0] / size), math.ceil(feature_map.shape[1] / size)
    out = np.zeros((h, w), dtype=feature_map.dtype)
    for i in range(h):
        for j in range(w):
            out[i, j] = feature_map[i * size:(i + 1) * size, j * size:(j + 1) * size].max()
    return out
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'wrong reshape axis order (h, w, size, size)',
        'hint': '모양은 맞지만 값이 Keras MaxPooling2D와 다릅니다.',
        "code": """\
def max_pool(feature_map, size):
    h, w = feature_map.shape[0] // size, feature_map.shape[1] // size
    return feature_map[:h * size, :w * size].reshape(h, w, size, size).max(axis=(2, 3))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'assumes square map (shape[0] for both)',
        'hint': '(6, 8)에 2×2 풀링한 결과가 (3, 3)입니다.',
        "code": """\
def max_pool(feature_map, size):
    n = feature_map.shape[0] // size
    out = np.zeros((n, n), dtype=feature_map.dtype)
    for i in range(n):
        for j in range(n):
            out[i, j] = feature_map[i * size:(i + 1) * size, j * size:(j + 1) * size].max()
    return out
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'min instead of max',
        'hint': '구역의 가장 작은 값을 남겼습니다(min).',
        "code": """\
def max_pool(feature_map, size):
    h, w = feature_map.shape[0] // size, feature_map.shape[1] // size
    return feature_map[:h * size, :w * size].reshape(h, size, w, size).min(axis=(1, 3))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'skimage-style block_reduce padding (keeps partial blocks, pads 0)',
        'hint': '(7, 9)에 3×3 풀링한 결과가 (3, 3)입니다.',
        "code": """\
def max_pool(feature_map, size):
    H, W = feature_map.shape
    ph, pw = (-H) % size, (-W) % size
    padded = np.pad(feature_map, ((0, ph), (0, pw)), constant_values=0)
    h, w = padded.shape[0] // size, padded.shape[1] // size
    return padded.reshape(h, size, w, size).max(axis=(1, 3))
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'pools only along rows',
        'hint': '(6, 8)에 2×2 풀링한 결과가 (3, 8)입니다.',
        "code": """\
def max_pool(feature_map, size):
    h = feature_map.shape[0] // size
    return feature_map[:h * size].reshape(h, size, -1).max(axis=1)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': '(k*k*c + 1) * f and (i + 1) * u',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return (kernel_size * kernel_size * in_channels + 1) * filters


def dense_params(inputs, units):
    return (inputs + 1) * units
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'weights + biases written separately',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    weights = kernel_size ** 2 * in_channels * filters
    biases = filters
    return weights + biases


def dense_params(inputs, units):
    return inputs * units + units
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'np.prod with int()',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return int(np.prod([kernel_size, kernel_size, in_channels, filters])) + filters


def dense_params(inputs, units):
    return int(np.prod([inputs, units]) + units)
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'count with Keras layers',
        "code": """\
import keras

def conv_params(kernel_size, in_channels, filters):
    layer = keras.layers.Conv2D(filters, kernel_size)
    layer.build((None, 32, 32, in_channels))
    return layer.count_params()


def dense_params(inputs, units):
    layer = keras.layers.Dense(units)
    layer.build((None, inputs))
    return layer.count_params()
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'filters * (c * k * k) + filters, units * (inputs + 1)',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return filters * (in_channels * kernel_size * kernel_size) + filters


def dense_params(inputs, units):
    return units * (inputs + 1)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'conv without bias',
        'hint': 'conv_params(3, 1, 32)가 288입니다.',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return kernel_size * kernel_size * in_channels * filters


def dense_params(inputs, units):
    return (inputs + 1) * units
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'conv bias per input channel',
        'hint': 'conv_params(5, 3, 16)가 1,248입니다.',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return (kernel_size * kernel_size + 1) * in_channels * filters


def dense_params(inputs, units):
    return (inputs + 1) * units
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'dense without bias',
        'hint': 'dense_params(784, 128)가 100,352입니다.',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return (kernel_size * kernel_size * in_channels + 1) * filters


def dense_params(inputs, units):
    return inputs * units
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'dense bias per input (i * (u + 1))',
        'hint': 'dense_params(784, 128)가 101,136입니다.',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return (kernel_size * kernel_size * in_channels + 1) * filters


def dense_params(inputs, units):
    return inputs * (units + 1)
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'conv ignores in_channels',
        'hint': 'conv_params(5, 3, 16)가 416입니다.',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return (kernel_size * kernel_size + 1) * filters


def dense_params(inputs, units):
    return (inputs + 1) * units
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'conv uses k instead of k*k',
        'hint': 'conv_params(3, 1, 32)가 128입니다.',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return (kernel_size * in_channels + 1) * filters


def dense_params(inputs, units):
    return (inputs + 1) * units
""",
    },
    {
        'task': 'q4',
        'valid': False,
        'what': 'conv bias counted per kernel cell',
        'hint': 'conv_params(3, 1, 32)가 576입니다.',
        "code": """\
def conv_params(kernel_size, in_channels, filters):
    return kernel_size * kernel_size * (in_channels + 1) * filters


def dense_params(inputs, units):
    return (inputs + 1) * units
""",
    },
    {
        'task': 'q1',
        'valid': False,
        'what': 'window slice uses kw for rows and kh for columns',
        'hint': '확인하려고 답을 실행하자 오류(error)가 났습니다: ValueError: operands could not be broadcast toget',
        "code": """\
def conv2d_valid(image, kernel):
    kh, kw = kernel.shape
    oh, ow = image.shape[0] - kh + 1, image.shape[1] - kw + 1
    out = np.zeros((oh, ow))
    for i in range(oh):
        for j in range(ow):
            out[i, j] = np.sum(image[i:i + kw, j:j + kh] * kernel.T)
    return out
""",
    },
    {
        'task': 'q2',
        'valid': True,
        'what': 'int() truncation for valid',
        "code": """\
import math

def output_size(n, k, padding, stride):
    if padding.lower() == "same":
        return math.ceil(n / stride)
    return int((n - k) / stride + 1)
""",
    },
    {
        'task': 'q3',
        'valid': False,
        'what': 'global max (one number)',
        'hint': '(6, 8)에 2×2 풀링한 결과가 ()입니다.',
        "code": """\
def max_pool(feature_map, size):
    return feature_map.max()
""",
    },
    {
        'task': 'q4',
        'valid': True,
        'what': 'lambdas assigned to the names',
        "code": """\
conv_params = lambda kernel_size, in_channels, filters: (kernel_size ** 2 * in_channels + 1) * filters
dense_params = lambda inputs, units: (inputs + 1) * units
""",
    },
]
