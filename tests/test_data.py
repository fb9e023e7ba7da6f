import gzip
import hashlib
import os
import shutil
import time

import numpy as np
import pytest

import helpers
from helpers import data

REAL_MNIST = (
    os.path.join(os.environ["COURSE_DATA_DIR"], "mnist.npz")
    if os.environ.get("COURSE_DATA_DIR") else None
)
needs_real_mnist = pytest.mark.skipif(
    not (REAL_MNIST and os.path.isfile(REAL_MNIST)),
    reason="COURSE_DATA_DIR (the offline copies) not set or has no mnist.npz",
)
REAL_DEBIAN_DIR = data.DEBIAN_FASHION_MNIST_DIR  # the fixtures below point the loader elsewhere
needs_debian_fashion_mnist = pytest.mark.skipif(
    not REAL_DEBIAN_DIR.is_dir(), reason="dataset-fashion-mnist not installed"
)


def _hashes(arrays):
    return {key: data.array_sha256(arrays[key]) for key in data.ARRAY_NAMES}


def _as_data(arrays):
    return (arrays["x_train"], arrays["y_train"]), (arrays["x_test"], arrays["y_test"])


def _with_one_byte_changed(arrays, key):
    changed = dict(arrays)
    changed[key] = arrays[key].copy()
    changed[key].reshape(-1)[len(changed[key].reshape(-1)) // 2] ^= 1
    return changed


def _real_mnist_arrays():
    with np.load(REAL_MNIST) as d:
        return {key: d[key] for key in data.ARRAY_NAMES}


def _real_fashion_mnist_arrays():
    (x_train, y_train), (x_test, y_test) = data._load_fashion_mnist_dir(REAL_DEBIAN_DIR)
    return {"x_train": x_train, "y_train": y_train, "x_test": x_test, "y_test": y_test}


@pytest.fixture
def no_sources(monkeypatch, tmp_path):
    """No COURSE_DATA_DIR file, no Debian package, no network."""
    monkeypatch.setenv(data.DATA_DIR_ENV, str(tmp_path))
    monkeypatch.setattr(data, "DEBIAN_FASHION_MNIST_DIR", tmp_path / "no-debian-package")

    def offline(name):
        raise OSError("URL fetch failure: network is unreachable")

    monkeypatch.setattr(data, "_load_with_keras", offline)
    return tmp_path


@pytest.fixture
def tiny_mnist(monkeypatch, tmp_path):
    """A small dataset named 'mnist' in COURSE_DATA_DIR with its recorded sha256."""
    rng = np.random.default_rng(0)
    arrays = {
        "x_train": rng.integers(0, 256, (20, 28, 28), dtype=np.uint8),
        "y_train": rng.integers(0, 10, 20).astype(np.uint8),
        "x_test": rng.integers(0, 256, (5, 28, 28), dtype=np.uint8),
        "y_test": rng.integers(0, 10, 5).astype(np.uint8),
    }
    path = tmp_path / "mnist.npz"
    np.savez(path, **arrays)
    monkeypatch.setenv(data.DATA_DIR_ENV, str(tmp_path))
    monkeypatch.setitem(data.NPZ_SHA256, "mnist", data.sha256_of(path))
    monkeypatch.setitem(data.DATASET_SHAPES, "mnist", ((20, 28, 28), (20,), (5, 28, 28), (5,)))
    monkeypatch.setitem(data.ARRAY_SHA256, "mnist", _hashes(arrays))
    return path, arrays


def test_loads_course_data_dir_npz(tiny_mnist):
    path, arrays = tiny_mnist
    (x_train, y_train), (x_test, y_test) = helpers.load_dataset("mnist")
    np.testing.assert_array_equal(x_train, arrays["x_train"])
    np.testing.assert_array_equal(y_test, arrays["y_test"])
    assert x_train.dtype == y_train.dtype == x_test.dtype == np.uint8
    source = helpers.dataset_source("mnist")
    assert "COURSE_DATA_DIR의 mnist.npz" in source and "비트 단위" in source


def test_dataset_source_before_loading_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(data, "_loaded_from", {})
    with pytest.raises(ValueError, match="load_dataset"):
        helpers.dataset_source("cifar10")


def test_checksum_mismatch_names_file_and_both_hashes(tiny_mnist, monkeypatch):
    path, _ = tiny_mnist
    actual = data.sha256_of(path)
    monkeypatch.setitem(data.NPZ_SHA256, "mnist", "0" * 64)
    with pytest.raises(helpers.ChecksumError) as error:
        helpers.load_dataset("mnist")
    message = str(error.value)
    assert str(path) in message and "0" * 64 in message and actual in message
    assert "체크섬" in message


def test_wrong_shapes_in_file_are_refused(tiny_mnist, monkeypatch):
    monkeypatch.setitem(data.DATASET_SHAPES, "mnist", data.DATASET_SHAPES["fashion_mnist"])
    with pytest.raises(ValueError, match="모양"):
        helpers.load_dataset("mnist")


def test_unknown_dataset_name_lists_known_names():
    with pytest.raises(ValueError, match="dataset name") as error:
        helpers.load_dataset("mnistt")
    assert "fashion_mnist" in str(error.value) and "cifar10" in str(error.value)


@pytest.mark.parametrize("name", ["mnist", "fashion_mnist", "cifar10"])
def test_no_data_and_no_network_gives_one_clear_message(no_sources, name):
    with pytest.raises(helpers.DatasetNotFoundError) as error:
        helpers.load_dataset(name)
    message = str(error.value)
    assert "COURSE_DATA_DIR" in message and "network is unreachable" in message
    assert "찾지 못했습니다" in message
    if name == "fashion_mnist":
        assert "dataset-fashion-mnist" in message


def test_unset_course_data_dir_is_reported(no_sources, monkeypatch):
    monkeypatch.delenv(data.DATA_DIR_ENV)
    with pytest.raises(helpers.DatasetNotFoundError, match="설정되지 않았습니다"):
        helpers.load_dataset("mnist")


def _write_idx(path, array, magic):
    header = magic.to_bytes(4, "big") + b"".join(d.to_bytes(4, "big") for d in array.shape)
    with gzip.open(path, "wb") as f:
        f.write(header + array.tobytes())


def test_reads_debian_fashion_mnist_idx_files(no_sources, monkeypatch):
    folder = no_sources / "fashion-mnist"
    folder.mkdir()
    rng = np.random.default_rng(1)
    x = rng.integers(0, 256, (6, 28, 28), dtype=np.uint8)
    y = np.arange(6, dtype=np.uint8)
    for key, array, magic in (("x_train", x, 2051), ("y_train", y, 2049),
                              ("x_test", x[:2], 2051), ("y_test", y[:2], 2049)):
        _write_idx(folder / data.FASHION_MNIST_FILES[key], array, magic)
    monkeypatch.setattr(data, "DEBIAN_FASHION_MNIST_DIR", folder)
    monkeypatch.setitem(
        data.DATASET_SHAPES, "fashion_mnist", ((6, 28, 28), (6,), (2, 28, 28), (2,))
    )
    monkeypatch.setitem(
        data.ARRAY_SHA256, "fashion_mnist",
        _hashes({"x_train": x, "y_train": y, "x_test": x[:2], "y_test": y[:2]}),
    )
    (x_train, y_train), (x_test, y_test) = helpers.load_dataset("fashion_mnist")
    np.testing.assert_array_equal(x_train, x)
    np.testing.assert_array_equal(y_test, y[:2])


# --- content check: sha256 of each decoded array ---------------------------------------


def test_array_sha256_is_the_hash_of_the_c_order_bytes():
    a = np.arange(24, dtype=np.uint8).reshape(2, 3, 4)
    assert data.array_sha256(a) == hashlib.sha256(a.tobytes()).hexdigest()
    # A non-contiguous view hashes like its C-order copy.
    assert data.array_sha256(a[:, ::2]) == hashlib.sha256(a[:, ::2].tobytes()).hexdigest()
    assert set(data.ARRAY_SHA256) == {"mnist", "fashion_mnist"}  # CIFAR-10: by file hash only
    for hashes in data.ARRAY_SHA256.values():
        assert tuple(hashes) == data.ARRAY_NAMES and all(len(h) == 64 for h in hashes.values())


def test_npz_with_a_good_file_hash_but_wrong_arrays_is_refused(tiny_mnist, monkeypatch):
    """The array check fires on its own: the file hash here is that of the changed file."""
    path, arrays = tiny_mnist
    changed = _with_one_byte_changed(arrays, "y_test")
    np.savez(path, **changed)
    monkeypatch.setitem(data.NPZ_SHA256, "mnist", data.sha256_of(path))
    with pytest.raises(helpers.ChecksumError) as error:
        helpers.load_dataset("mnist")
    message = str(error.value)
    assert "y_test" in message and str(path) in message and "COURSE_DATA_DIR" in message
    assert data.ARRAY_SHA256["mnist"]["y_test"] in message
    assert data.array_sha256(changed["y_test"]) in message
    assert "지우고" in message


def _tiny_arrays(seed):
    """Four small uint8 arrays shaped like a 28x28 dataset with 4 training and 2 test images."""
    rng = np.random.default_rng(seed)
    return {
        "x_train": rng.integers(0, 256, (4, 28, 28), dtype=np.uint8),
        "y_train": np.arange(4, dtype=np.uint8),
        "x_test": rng.integers(0, 256, (2, 28, 28), dtype=np.uint8),
        "y_test": np.arange(2, dtype=np.uint8),
    }


def test_npz_without_a_recorded_file_hash_is_checked_by_content(no_sources, monkeypatch):
    """A fashion_mnist.npz in COURSE_DATA_DIR has no file hash; its arrays are checked."""
    arrays = _tiny_arrays(seed=2)
    assert "fashion_mnist" not in data.NPZ_SHA256
    monkeypatch.setitem(
        data.DATASET_SHAPES, "fashion_mnist", ((4, 28, 28), (4,), (2, 28, 28), (2,))
    )
    monkeypatch.setitem(data.ARRAY_SHA256, "fashion_mnist", _hashes(arrays))
    np.savez(no_sources / "fashion_mnist.npz", **arrays)
    (x_train, _), _ = helpers.load_dataset("fashion_mnist")
    np.testing.assert_array_equal(x_train, arrays["x_train"])
    np.savez(no_sources / "fashion_mnist.npz", **_with_one_byte_changed(arrays, "x_train"))
    with pytest.raises(helpers.ChecksumError, match="x_train"):
        helpers.load_dataset("fashion_mnist")


@pytest.mark.parametrize("name", ["mnist", "fashion_mnist"])
def test_keras_cache_with_wrong_arrays_is_refused(no_sources, monkeypatch, name):
    arrays = _tiny_arrays(seed=3)
    monkeypatch.setitem(data.DATASET_SHAPES, name, ((4, 28, 28), (4,), (2, 28, 28), (2,)))
    monkeypatch.setitem(data.ARRAY_SHA256, name, _hashes(arrays))
    monkeypatch.delenv("KERAS_HOME", raising=False)

    monkeypatch.setattr(data, "_load_with_keras", lambda _: _as_data(arrays))
    (x_train, _), _ = helpers.load_dataset(name)
    np.testing.assert_array_equal(x_train, arrays["x_train"])
    assert "keras.datasets" in helpers.dataset_source(name)

    changed = _with_one_byte_changed(arrays, "x_test")
    monkeypatch.setattr(data, "_load_with_keras", lambda _: _as_data(changed))
    with pytest.raises(helpers.ChecksumError) as error:
        helpers.load_dataset(name)
    message = str(error.value)
    assert "x_test" in message and "Keras" in message
    cache = "~/.keras/datasets/" + ("fashion-mnist/" if name == "fashion_mnist" else "mnist.npz")
    assert cache in message and "지우고" in message
    assert data.ARRAY_SHA256[name]["x_test"] in message
    assert data.array_sha256(changed["x_test"]) in message


def test_keras_data_of_the_wrong_shape_is_a_clear_error(no_sources, monkeypatch):
    arrays = {
        "x_train": np.zeros((3, 28, 28), np.uint8), "y_train": np.zeros(3, np.uint8),
        "x_test": np.zeros((1, 28, 28), np.uint8), "y_test": np.zeros(1, np.uint8),
    }
    monkeypatch.setattr(data, "_load_with_keras", lambda _: _as_data(arrays))
    with pytest.raises(ValueError, match="모양") as error:
        helpers.load_dataset("mnist")
    assert not isinstance(error.value, helpers.DatasetNotFoundError)


def test_cifar10_is_not_checked_by_array_hash(no_sources, monkeypatch):
    shapes = ((2, 32, 32, 3), (2, 1), (1, 32, 32, 3), (1, 1))
    monkeypatch.setitem(data.DATASET_SHAPES, "cifar10", shapes)
    arrays = dict(zip(data.ARRAY_NAMES, (np.ones(s, np.uint8) for s in shapes), strict=True))
    monkeypatch.setattr(data, "_load_with_keras", lambda _: _as_data(arrays))
    (x_train, _), _ = helpers.load_dataset("cifar10")
    assert x_train.shape == (2, 32, 32, 3)


@needs_real_mnist
def test_real_mnist_arrays_match_the_recorded_hashes_and_a_changed_byte_is_refused():
    arrays = _real_mnist_arrays()
    assert _hashes(arrays) == data.ARRAY_SHA256["mnist"]
    data._check_array_hashes(_as_data(arrays), "mnist", "test", "none")
    changed = _with_one_byte_changed(arrays, "x_train")
    with pytest.raises(helpers.ChecksumError) as error:
        data._check_array_hashes(_as_data(changed), "mnist", "somewhere", "do this")
    message = str(error.value)
    assert "x_train" in message and "somewhere" in message and "do this" in message
    assert data.ARRAY_SHA256["mnist"]["x_train"] in message
    assert data.array_sha256(changed["x_train"]) in message


@pytest.mark.parametrize(
    ("name", "arrays"),
    [
        pytest.param("mnist", _real_mnist_arrays, marks=needs_real_mnist),
        pytest.param("fashion_mnist", _real_fashion_mnist_arrays, marks=needs_debian_fashion_mnist),
    ],
)
def test_array_check_of_a_full_dataset_takes_well_under_a_second(name, arrays):
    real = _as_data(arrays())
    start = time.perf_counter()
    data._check_array_hashes(real, name, "test", "none")
    elapsed = time.perf_counter() - start
    assert elapsed < 1.0, f"{name}: the array check took {elapsed:.2f} s"


@needs_debian_fashion_mnist
def test_corrupted_debian_fashion_mnist_is_refused(no_sources, monkeypatch):
    """The Debian files with one byte of one test image changed (gzip stays valid)."""
    folder = no_sources / "fashion-mnist"
    folder.mkdir()
    for file in data.FASHION_MNIST_FILES.values():
        if file != data.FASHION_MNIST_FILES["x_test"]:
            shutil.copy(REAL_DEBIAN_DIR / file, folder / file)
    with gzip.open(REAL_DEBIAN_DIR / data.FASHION_MNIST_FILES["x_test"]) as f:
        raw = bytearray(f.read())
    raw[16 + 7 * 784 + 400] ^= 0x80  # image 7, one pixel
    with gzip.open(folder / data.FASHION_MNIST_FILES["x_test"], "wb", compresslevel=1) as f:
        f.write(bytes(raw))
    monkeypatch.setattr(data, "DEBIAN_FASHION_MNIST_DIR", folder)
    with pytest.raises(helpers.ChecksumError) as error:
        helpers.load_dataset("fashion_mnist")
    message = str(error.value)
    expected = data.ARRAY_SHA256["fashion_mnist"]["x_test"]
    actual = data.array_sha256(np.frombuffer(bytes(raw), np.uint8, offset=16))
    assert "x_test" in message and str(folder) in message and "Debian" in message
    assert expected in message and actual in message and expected != actual
    assert "--reinstall dataset-fashion-mnist" in message


@pytest.mark.skipif(
    not os.environ.get("COURSE_DATA_DIR"), reason="COURSE_DATA_DIR (the offline copies) not set"
)
@pytest.mark.parametrize("name", ["mnist", "cifar10"])
def test_real_offline_copies_match_keras_format(name):
    (x_train, y_train), (x_test, y_test) = helpers.load_dataset(name)
    shapes = tuple(a.shape for a in (x_train, y_train, x_test, y_test))
    assert shapes == data.DATASET_SHAPES[name]
    assert {a.dtype for a in (x_train, y_train, x_test, y_test)} == {np.dtype("uint8")}
    assert sorted(np.unique(y_train)) == list(range(10))


@needs_debian_fashion_mnist
def test_real_debian_fashion_mnist(monkeypatch):
    monkeypatch.delenv(data.DATA_DIR_ENV, raising=False)
    (x_train, y_train), (x_test, y_test) = helpers.load_dataset("fashion_mnist")
    assert x_train.shape == (60000, 28, 28) and y_test.shape == (10000,)
    assert np.bincount(y_test).tolist() == [1000] * 10
    assert _hashes(_real_fashion_mnist_arrays()) == data.ARRAY_SHA256["fashion_mnist"]


def test_class_names():
    assert helpers.class_names("fashion_mnist")[9] == "Ankle boot"
    assert helpers.class_names("fashion_mnist", korean=True)[0] == "티셔츠/탑"
    assert len(helpers.class_names("cifar10", korean=True)) == 10
    with pytest.raises(ValueError):
        helpers.class_names("imagenet")


# --- preprocessing ------------------------------------------------------------------


def test_scale_images():
    scaled = helpers.scale_images(np.array([[0, 51, 255]], dtype=np.uint8))
    assert scaled.dtype == np.float32
    np.testing.assert_allclose(scaled, [[0.0, 0.2, 1.0]])


def test_scale_images_refuses_already_scaled_floats():
    with pytest.raises(TypeError, match="uint8"):
        helpers.scale_images(np.zeros((2, 28, 28), dtype=np.float32))


def test_add_channel_axis_and_flatten():
    images = np.zeros((3, 28, 28), dtype=np.uint8)
    assert helpers.add_channel_axis(images).shape == (3, 28, 28, 1)
    assert helpers.flatten_images(images).shape == (3, 784)
    assert helpers.flatten_images(np.zeros((2, 32, 32, 3))).shape == (2, 3072)
    with pytest.raises(ValueError, match="shape"):
        helpers.add_channel_axis(np.zeros((28, 28)))
    with pytest.raises(ValueError, match="shape"):
        helpers.flatten_images(np.zeros(784))
