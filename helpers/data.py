"""데이터 불러오기와 전처리.

`load_dataset(name)`은 `keras.datasets.<name>.load_data()`와 똑같은 모양과 dtype을
돌려주며, 다음 순서로 데이터를 찾습니다.

1. 환경 변수 `COURSE_DATA_DIR`가 가리키는 폴더의 `<name>.npz` (sha256을 확인합니다)
2. Fashion-MNIST는 Debian 패키지 `dataset-fashion-mnist`의 폴더
3. Keras의 내려받기/캐시 (`~/.keras/datasets`)

어디서 읽었든 모양(shape)과 dtype을 확인하고, MNIST와 Fashion-MNIST는 네 배열의 내용까지
`ARRAY_SHA256`으로 확인합니다(아래 `load_dataset`의 설명을 보세요).
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

# sha256 of each decoded array: `array_sha256(a)`, the bytes of the uint8 array in C order
# (`np.ascontiguousarray(a).tobytes()`), without shape or dtype (`_check_shapes` checks those
# first). MNIST and Fashion-MNIST decode to the same arrays from every source: the MNIST values
# are those of the bit-exact offline copy (its rebuilt IDX files have the published md5 sums of
# the official files), the Fashion-MNIST values those of the Debian package's files (decompressed,
# they have the published md5 sums of the official files that Keras downloads). CIFAR-10 has none:
# see `load_dataset`.
ARRAY_SHA256 = {
    "mnist": {
        "x_train": "741c988805d008ac6e4c904b69001ba184c24b2c540a4ef403f4c71b676cf757",
        "y_train": "1feba77c54802fa5339a11837ea4b2866434b83314ec45192930f1df69120c13",
        "x_test": "6d87418db22cc8025d05968bec9bd5c3932904b23485740db143a061a2c9d161",
        "y_test": "ddeff807876a9661a1110d45c266c86239a3a1b7d37da0c3716a7a683c852ff5",
    },
    "fashion_mnist": {
        "x_train": "2e487a6c89124f78f2d7521542223cafe96f7123c3ca13d447772ac6ecbb3012",
        "y_train": "657fbd221bfc9f4198cc14b5619cc33ec57c58dd0e47af4d99d6650759e869a7",
        "x_test": "c867c93ff95360594e8ec3287995350b824dd110b11595c0e13d5423f621867a",
        "y_test": "3d0e6c6ea990b53b6f8f500a41cac93881d981b315f84578b7d915342ade01e9",
    },
}
ARRAY_NAMES = ("x_train", "y_train", "x_test", "y_test")

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
    ("mnist", DATA_DIR_ENV): "원본 MNIST와 비트 단위까지 같은 오프라인 사본(offline copy)",
    ("cifar10", DATA_DIR_ENV): (
        "오프라인 사본(offline copy): 실제 CIFAR-10의 60,000장과 레이블이지만, JPEG(품질 75)로 "
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
                f"{path}의 sha256 체크섬(checksum)이 기록된 값과 다릅니다. "
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


def _keras_cache(name):
    """Keras가 `name`을 내려받아 두는 곳과 그것을 지우라는 안내.

    Keras의 홈 폴더는 `$KERAS_HOME`, 없으면 `~/.keras`입니다.
    """
    home = os.environ.get("KERAS_HOME") or "~/.keras"
    if name == "fashion_mnist":
        folder = f"{home}/datasets/fashion-mnist/"
        return folder, f"Keras 캐시 폴더(cache folder) {folder}의 .gz 파일들을 지우고"
    path = f"{home}/datasets/{name}.npz"
    return path, f"Keras 캐시 파일(cache file) {path}를 지우고"


def _check_shapes(data, name, source):
    (x_train, y_train), (x_test, y_test) = data
    arrays = (x_train, y_train, x_test, y_test)
    shapes = tuple(a.shape for a in arrays)
    if shapes != DATASET_SHAPES[name] or any(a.dtype != np.uint8 for a in arrays):
        raise ValueError(
            f"{source}에서 읽은 {name} 데이터의 모양(shape)/dtype이 예상과 다릅니다: "
            f"{shapes} (기대: {DATASET_SHAPES[name]}, 모두 uint8)."
        )
    return data


def array_sha256(array):
    """배열 내용의 sha256 (16진수 문자열): C 순서(C order)로 늘어놓은 바이트의 해시(hash).

    `hashlib.sha256(np.ascontiguousarray(array).tobytes())`와 같은 값이지만 복사하지 않습니다.
    모양(shape)과 dtype은 해시에 들어가지 않습니다.
    """
    return hashlib.sha256(np.ascontiguousarray(array)).hexdigest()


def _check_array_hashes(data, name, source, fix):
    """`ARRAY_SHA256`에 기록된 데이터셋이면 네 배열의 sha256을 확인합니다.

    `source`는 데이터를 읽은 곳, `fix`는 고치는 방법(오류 메시지에 들어갑니다).
    """
    expected_hashes = ARRAY_SHA256.get(name)
    if expected_hashes is None:
        return data
    (x_train, y_train), (x_test, y_test) = data
    for key, array in zip(ARRAY_NAMES, (x_train, y_train, x_test, y_test), strict=True):
        expected, actual = expected_hashes[key], array_sha256(array)
        if actual != expected:
            raise ChecksumError(
                f"{source}에서 읽은 {name}의 {key} 배열(array) 내용이 기록된 sha256 체크섬"
                f"(checksum)과 다릅니다. 기대한 값: {expected}, 실제 값: {actual}. "
                f"데이터가 손상되었거나 다른 데이터입니다. 해결 방법: {fix}."
            )
    return data


def _check_data(data, name, source, fix):
    return _check_array_hashes(_check_shapes(data, name, source), name, source, fix)


def load_dataset(name):
    """`keras.datasets.<name>.load_data()`와 같은 `((x_train, y_train), (x_test, y_test))`.

    이름은 "mnist", "fashion_mnist", "cifar10" 중 하나입니다.

    어느 곳에서 읽었든 먼저 모양(shape)과 dtype을 확인합니다. MNIST와 Fashion-MNIST는
    어느 곳에서 읽어도 같은 배열이므로, 네 배열(x_train, y_train, x_test, y_test)의 sha256
    (`ARRAY_SHA256`)도 확인합니다(약 55 MB를 해시해 한 데이터셋에 약 0.03초). 다르면
    `ChecksumError`가 배열 이름, 읽은 곳, 두 해시(hash)와 고치는 방법을 알려 줍니다.

    CIFAR-10은 배열 해시를 기록하지 않습니다. 오프라인 사본(offline copy)은 JPEG에서 되살린
    픽셀이라 원본과 다르고(`SOURCE_NOTES`), 따라서 배열의 해시가 읽은 곳마다 다르기 때문입니다.
    대신 오프라인 `cifar10.npz`는 파일의 sha256 (`NPZ_SHA256`)으로, Keras가 내려받은 파일은
    Keras 자신의 파일 해시(file_hash) 확인으로 검사됩니다.
    """
    _check_name(name)
    tried = []

    data_dir = os.environ.get(DATA_DIR_ENV)
    if data_dir:
        path = Path(data_dir) / f"{name}.npz"
        if path.is_file():
            data = _check_data(
                _load_npz(path, name), name, f"{DATA_DIR_ENV}의 {path}",
                f"{path}를 지우고 원본 파일로 바꾸세요",
            )
            _loaded_from[name] = (DATA_DIR_ENV, f"{DATA_DIR_ENV}의 {path.name}")
            return data
        tried.append(f"{DATA_DIR_ENV}={data_dir}: {path.name} 파일이 없습니다")
    else:
        tried.append(f"{DATA_DIR_ENV}: 설정되지 않았습니다")

    if name == "fashion_mnist":
        folder = DEBIAN_FASHION_MNIST_DIR
        if all((folder / f).is_file() for f in FASHION_MNIST_FILES.values()):
            data = _check_data(
                _load_fashion_mnist_dir(folder), name,
                f"Debian 패키지 dataset-fashion-mnist의 폴더 {folder}",
                "'apt-get install --reinstall dataset-fashion-mnist'로 Debian 패키지를 다시 "
                "설치하세요",
            )
            _loaded_from[name] = ("Debian", "Debian 패키지 dataset-fashion-mnist")
            return data
        tried.append(f"Debian 패키지 dataset-fashion-mnist: {folder}에 파일이 없습니다")

    try:
        data = _load_with_keras(name)
    except Exception as error:  # any download failure ends in the one message below
        tried.append(f"Keras 내려받기(keras.datasets.{name}.load_data): {error}")
    else:
        cache, remove = _keras_cache(name)
        data = _check_data(
            data, name, f"Keras 캐시(Keras cache) {cache}",
            f"{remove} load_dataset({name!r})을 다시 불러 Keras가 새로 내려받게 하세요",
        )
        _loaded_from[name] = ("Keras", f"keras.datasets.{name}.load_data()")
        return data

    hint = (
        f"인터넷에 연결하거나, {DATA_DIR_ENV} 환경 변수를 {name}.npz가 있는 폴더로 지정하세요"
    )
    if name == "fashion_mnist":
        hint += " (또는 'apt-get install dataset-fashion-mnist'로 Debian 패키지를 설치하세요)"
    raise DatasetNotFoundError(
        f"{name} 데이터셋(dataset)을 찾지 못했습니다. 시도한 곳:\n  - "
        + "\n  - ".join(tried)
        + f"\n해결 방법: {hint}."
    )


def dataset_source(name):
    """마지막 `load_dataset(name)`이 데이터를 어디서 읽었는지 한 줄로 설명합니다."""
    _check_name(name)
    if name not in _loaded_from:
        raise ValueError(
            f"{name}은 아직 불러오지 않았습니다. 먼저 load_dataset({name!r})을 부르세요."
        )
    kind, where = _loaded_from[name]
    note = SOURCE_NOTES.get((name, kind), "원본 데이터셋(Keras가 내려받은 공식 파일)")
    return f"데이터 출처(source): {where} — {note}"


# --- preprocessing -------------------------------------------------------------------


def scale_images(images):
    """uint8 이미지(0~255)를 float32 [0, 1]로 정규화(scaling)합니다."""
    images = np.asarray(images)
    if images.dtype != np.uint8:
        raise TypeError(
            f"scale_images는 uint8 이미지(0~255)를 받습니다. 받은 dtype: {images.dtype}. "
            "이미 정규화(scaling)한 배열을 다시 255로 나누지 않도록 확인하세요."
        )
    return images.astype("float32") / 255.0


def add_channel_axis(images):
    """흑백 이미지 묶음 (N, H, W)에 채널 축(channel axis)을 붙여 (N, H, W, 1)로 만듭니다."""
    images = np.asarray(images)
    if images.ndim != 3:
        raise ValueError(
            f"add_channel_axis는 (N, H, W) 모양(shape)의 흑백 이미지 묶음을 받습니다. "
            f"받은 모양: {images.shape}"
        )
    return images[..., np.newaxis]


def flatten_images(images):
    """이미지 묶음 (N, H, W[, C])을 1차원 벡터 묶음 (N, H*W*C)로 펼칩니다(flatten)."""
    images = np.asarray(images)
    if images.ndim not in (3, 4):
        raise ValueError(
            "flatten_images는 (N, H, W) 또는 (N, H, W, C) 모양(shape)을 받습니다. "
            f"받은 모양: {images.shape}"
        )
    return images.reshape(len(images), -1)
