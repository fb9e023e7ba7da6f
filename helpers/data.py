"""데이터 불러오기와 전처리.

`load_dataset(name)` 은 `keras.datasets.<name>.load_data()` 와 똑같은 모양과 dtype 을
돌려주며, 다음 순서로 데이터를 찾습니다.

1. 환경 변수 `COURSE_DATA_DIR` 가 가리키는 폴더의 `<name>.npz` (sha256 을 확인합니다)
2. Fashion-MNIST 는 Debian 패키지 `dataset-fashion-mnist` 의 폴더
3. Keras 의 내려받기/캐시 (`~/.keras/datasets`)
"""

import gzip
import hashlib
import os
from pathlib import Path

import numpy as np

from helpers.errors import ChecksumError, DatasetNotFoundError

DATA_DIR_ENV = "COURSE_DATA_DIR"
DEBIAN_FASHION_MNIST_DIR = Path("/usr/share/datasets/fashion-mnist")

# sha256 of the `<name>.npz` files that COURSE_DATA_DIR may hold.
NPZ_SHA256 = {
    "mnist": "06af5dfe73b70e3bc1c36439982b18a8d76803db9b544f6fdf838a37fbb01b64",
    "cifar10": "48143165018d0e9871e007bbdbf9eebbaf052d917b6959b8147f904028cb8174",
}

# Shapes of what keras.datasets.<name>.load_data() returns: x_train, y_train, x_test, y_test.
DATASET_SHAPES = {
    "mnist": ((60000, 28, 28), (60000,), (10000, 28, 28), (10000,)),
    "fashion_mnist": ((60000, 28, 28), (60000,), (10000, 28, 28), (10000,)),
    "cifar10": ((50000, 32, 32, 3), (50000, 1), (10000, 32, 32, 3), (10000, 1)),
}

CLASS_NAMES = {
    "mnist": [str(digit) for digit in range(10)],
    "fashion_mnist": [
        "T-shirt/top", "Trouser", "Pullover", "Dress", "Coat",
        "Sandal", "Shirt", "Sneaker", "Bag", "Ankle boot",
    ],
    "cifar10": [
        "airplane", "automobile", "bird", "cat", "deer",
        "dog", "frog", "horse", "ship", "truck",
    ],
}

CLASS_NAMES_KO = {
    "mnist": CLASS_NAMES["mnist"],
    "fashion_mnist": [
        "티셔츠/탑", "바지", "풀오버", "드레스", "코트",
        "샌들", "셔츠", "스니커즈", "가방", "앵클 부츠",
    ],
    "cifar10": [
        "비행기", "자동차", "새", "고양이", "사슴",
        "개", "개구리", "말", "배", "트럭",
    ],
}

# What each source holds, for `dataset_source` (the published outputs say which data they used).
SOURCE_NOTES = {
    ("mnist", DATA_DIR_ENV): "원본 MNIST 와 비트 단위까지 같은 오프라인 사본(offline copy)",
    ("cifar10", DATA_DIR_ENV): (
        "오프라인 사본(offline copy): 실제 CIFAR-10 의 60,000장과 레이블이지만, JPEG(품질 75)로 "
        "저장됐던 이미지를 되살린 것이라 픽셀이 원본과 조금 다릅니다(PSNR 약 30 dB). "
        "테스트 세트는 앞 1,000장 뒤의 순서가 원본과 다릅니다"
    ),
    ("fashion_mnist", "Debian"): "공식 Fashion-MNIST 파일(원본과 같은 이미지와 레이블)",
}
_loaded_from = {}

FASHION_MNIST_FILES = {
    "x_train": "train-images-idx3-ubyte.gz",
    "y_train": "train-labels-idx1-ubyte.gz",
    "x_test": "t10k-images-idx3-ubyte.gz",
    "y_test": "t10k-labels-idx1-ubyte.gz",
}


def _check_name(name):
    if name not in DATASET_SHAPES:
        known = ", ".join(sorted(DATASET_SHAPES))
        raise ValueError(
            f"알 수 없는 데이터셋 이름(dataset name)입니다: {name!r}. 사용할 수 있는 이름: {known}"
        )


def class_names(name, korean=False):
    """데이터셋의 클래스 이름 목록(레이블 순서)을 돌려줍니다."""
    _check_name(name)
    return list((CLASS_NAMES_KO if korean else CLASS_NAMES)[name])


def sha256_of(path):
    """파일의 sha256 (16진수 문자열)."""
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _load_npz(path, name):
    expected = NPZ_SHA256.get(name)
    if expected is not None:
        actual = sha256_of(path)
        if actual != expected:
            raise ChecksumError(
                f"{path} 의 sha256 체크섬(checksum)이 기록된 값과 다릅니다. "
                f"기대한 값: {expected}, 실제 값: {actual}. "
                "파일이 손상되었거나 다른 파일입니다. 원본 파일로 바꾸거나 지우세요."
            )
    with np.load(path) as d:
        return (d["x_train"], d["y_train"]), (d["x_test"], d["y_test"])


def _read_idx_gz(path, header_bytes):
    with gzip.open(path, "rb") as f:
        return np.frombuffer(f.read(), dtype=np.uint8, offset=header_bytes)


def _load_fashion_mnist_dir(folder):
    x_train = _read_idx_gz(folder / FASHION_MNIST_FILES["x_train"], 16).reshape(-1, 28, 28)
    y_train = _read_idx_gz(folder / FASHION_MNIST_FILES["y_train"], 8)
    x_test = _read_idx_gz(folder / FASHION_MNIST_FILES["x_test"], 16).reshape(-1, 28, 28)
    y_test = _read_idx_gz(folder / FASHION_MNIST_FILES["y_test"], 8)
    return (x_train, y_train), (x_test, y_test)


def _load_with_keras(name):
    import keras

    return getattr(keras.datasets, name).load_data()


def _check_shapes(data, name, source):
    (x_train, y_train), (x_test, y_test) = data
    arrays = (x_train, y_train, x_test, y_test)
    shapes = tuple(a.shape for a in arrays)
    if shapes != DATASET_SHAPES[name] or any(a.dtype != np.uint8 for a in arrays):
        raise ValueError(
            f"{source} 에서 읽은 {name} 데이터의 모양(shape)/dtype 이 예상과 다릅니다: "
            f"{shapes} (기대: {DATASET_SHAPES[name]}, 모두 uint8)."
        )
    return data


def load_dataset(name):
    """`keras.datasets.<name>.load_data()` 와 같은 `((x_train, y_train), (x_test, y_test))`.

    이름은 "mnist", "fashion_mnist", "cifar10" 중 하나입니다.
    """
    _check_name(name)
    tried = []

    data_dir = os.environ.get(DATA_DIR_ENV)
    if data_dir:
        path = Path(data_dir) / f"{name}.npz"
        if path.is_file():
            data = _check_shapes(_load_npz(path, name), name, path)
            _loaded_from[name] = (DATA_DIR_ENV, f"{DATA_DIR_ENV} 의 {path.name}")
            return data
        tried.append(f"{DATA_DIR_ENV}={data_dir}: {path.name} 파일이 없습니다")
    else:
        tried.append(f"{DATA_DIR_ENV}: 설정되지 않았습니다")

    if name == "fashion_mnist":
        folder = DEBIAN_FASHION_MNIST_DIR
        if all((folder / f).is_file() for f in FASHION_MNIST_FILES.values()):
            data = _check_shapes(_load_fashion_mnist_dir(folder), name, folder)
            _loaded_from[name] = ("Debian", "Debian 패키지 dataset-fashion-mnist")
            return data
        tried.append(f"Debian 패키지 dataset-fashion-mnist: {folder} 에 파일이 없습니다")

    try:
        data = _check_shapes(_load_with_keras(name), name, "Keras")
    except Exception as error:  # any download failure ends in the one message below
        tried.append(f"Keras 내려받기(keras.datasets.{name}.load_data): {error}")
    else:
        _loaded_from[name] = ("Keras", f"keras.datasets.{name}.load_data()")
        return data

    hint = (
        f"인터넷에 연결하거나, {DATA_DIR_ENV} 환경 변수를 {name}.npz 가 있는 폴더로 지정하세요"
    )
    if name == "fashion_mnist":
        hint += " (또는 'apt-get install dataset-fashion-mnist' 로 Debian 패키지를 설치하세요)"
    raise DatasetNotFoundError(
        f"{name} 데이터셋(dataset)을 찾지 못했습니다. 시도한 곳:\n  - "
        + "\n  - ".join(tried)
        + f"\n해결 방법: {hint}."
    )


def dataset_source(name):
    """마지막 `load_dataset(name)` 이 데이터를 어디서 읽었는지 한 줄로 설명합니다."""
    _check_name(name)
    if name not in _loaded_from:
        raise ValueError(
            f"{name} 은 아직 불러오지 않았습니다. 먼저 load_dataset({name!r}) 을 부르세요."
        )
    kind, where = _loaded_from[name]
    note = SOURCE_NOTES.get((name, kind), "원본 데이터셋(Keras 가 내려받은 공식 파일)")
    return f"데이터 출처(source): {where} — {note}"


# --- preprocessing -------------------------------------------------------------------


def scale_images(images):
    """uint8 이미지(0~255)를 float32 [0, 1] 로 정규화(scaling)합니다."""
    images = np.asarray(images)
    if images.dtype != np.uint8:
        raise TypeError(
            f"scale_images 는 uint8 이미지(0~255)를 받습니다. 받은 dtype: {images.dtype}. "
            "이미 정규화(scaling)한 배열을 다시 255로 나누지 않도록 확인하세요."
        )
    return images.astype("float32") / 255.0


def add_channel_axis(images):
    """흑백 이미지 묶음 (N, H, W) 에 채널 축(channel axis)을 붙여 (N, H, W, 1) 로 만듭니다."""
    images = np.asarray(images)
    if images.ndim != 3:
        raise ValueError(
            f"add_channel_axis 는 (N, H, W) 모양(shape)의 흑백 이미지 묶음을 받습니다. "
            f"받은 모양: {images.shape}"
        )
    return images[..., np.newaxis]


def flatten_images(images):
    """이미지 묶음 (N, H, W[, C]) 을 1차원 벡터 묶음 (N, H*W*C) 로 펼칩니다(flatten)."""
    images = np.asarray(images)
    if images.ndim not in (3, 4):
        raise ValueError(
            "flatten_images 는 (N, H, W) 또는 (N, H, W, C) 모양(shape)을 받습니다. "
            f"받은 모양: {images.shape}"
        )
    return images.reshape(len(images), -1)


def _integer_labels(labels):
    labels = np.asarray(labels)
    if labels.ndim == 2 and labels.shape[1] == 1:
        labels = labels[:, 0]
    if labels.ndim != 1 or not np.issubdtype(labels.dtype, np.integer):
        raise ValueError(
            "레이블(label)은 정수 배열 (N,) 또는 (N, 1) 이어야 합니다. "
            f"받은 모양(shape): {labels.shape}, dtype: {labels.dtype}"
        )
    return labels


def one_hot(labels, num_classes):
    """정수 레이블을 원-핫 인코딩(one-hot encoding)한 float32 배열 (N, num_classes)."""
    labels = _integer_labels(labels)
    if labels.size and (labels.min() < 0 or labels.max() >= num_classes):
        raise ValueError(
            f"레이블(label)은 0 이상 {num_classes} 미만이어야 합니다. "
            f"받은 범위: {labels.min()} ~ {labels.max()}"
        )
    return np.eye(num_classes, dtype="float32")[labels]


def _stratified_indices(labels, count, seed):
    """각 클래스 비율을 지키며 `count` 개의 인덱스를 고릅니다(결과는 섞인 순서)."""
    rng = np.random.default_rng(seed)
    classes, class_counts = np.unique(labels, return_counts=True)
    quotas = np.floor(class_counts * count / len(labels)).astype(int)
    # Hand out what rounding left over to the classes with the largest remainders.
    remainders = class_counts * count / len(labels) - quotas
    for i in np.argsort(-remainders, kind="stable")[: count - quotas.sum()]:
        quotas[i] += 1
    chosen = [
        rng.permutation(np.flatnonzero(labels == cls))[:quota]
        for cls, quota in zip(classes, quotas, strict=True)
    ]
    return rng.permutation(np.concatenate(chosen))


def _labels_for_strata(y):
    y = np.asarray(y)
    if y.ndim == 2 and y.shape[1] > 1:  # one-hot
        return y.argmax(axis=1)
    return _integer_labels(y)


def _check_pair(x, y):
    x, y = np.asarray(x), np.asarray(y)
    if len(x) != len(y):
        raise ValueError(f"이미지와 레이블의 개수가 다릅니다: x {len(x)}개, y {len(y)}개")
    return x, y


def train_val_split(x, y, val_fraction=0.2, seed=42):
    """클래스 비율을 유지하며(stratified) 훈련/검증 세트로 나눕니다.

    `((x_train, y_train), (x_val, y_val))` 를 돌려줍니다. y 는 정수 레이블이나 원-핫 모두 됩니다.
    """
    x, y = _check_pair(x, y)
    if not 0 < val_fraction < 1:
        raise ValueError(f"val_fraction 은 0과 1 사이여야 합니다. 받은 값: {val_fraction}")
    n_val = int(round(len(x) * val_fraction))
    val_idx = _stratified_indices(_labels_for_strata(y), n_val, seed)
    is_val = np.zeros(len(x), dtype=bool)
    is_val[val_idx] = True
    train_idx = np.random.default_rng(seed + 1).permutation(np.flatnonzero(~is_val))
    return (x[train_idx], y[train_idx]), (x[val_idx], y[val_idx])


def take_subset(x, y, size, seed=42):
    """클래스 비율을 유지하며 `size` 개를 고른 재현 가능한 부분 집합 `(x, y)` (스모크 실행용).

    `size` 가 None 이거나 전체 개수 이상이면 그대로 돌려줍니다.
    """
    x, y = _check_pair(x, y)
    if size is None or size >= len(x):
        return x, y
    if size <= 0:
        raise ValueError(f"size 는 양수여야 합니다. 받은 값: {size}")
    idx = _stratified_indices(_labels_for_strata(y), size, seed)
    return x[idx], y[idx]
