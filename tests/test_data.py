import gzip
import os

import numpy as np
import pytest

import helpers
from helpers import data


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
    return path, arrays


def test_loads_course_data_dir_npz(tiny_mnist):
    path, arrays = tiny_mnist
    (x_train, y_train), (x_test, y_test) = helpers.load_dataset("mnist")
    np.testing.assert_array_equal(x_train, arrays["x_train"])
    np.testing.assert_array_equal(y_test, arrays["y_test"])
    assert x_train.dtype == y_train.dtype == x_test.dtype == np.uint8
    source = helpers.dataset_source("mnist")
    assert "COURSE_DATA_DIR 의 mnist.npz" in source and "비트 단위" in source


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
    (x_train, y_train), (x_test, y_test) = helpers.load_dataset("fashion_mnist")
    np.testing.assert_array_equal(x_train, x)
    np.testing.assert_array_equal(y_test, y[:2])


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


@pytest.mark.skipif(
    not data.DEBIAN_FASHION_MNIST_DIR.is_dir(), reason="dataset-fashion-mnist not installed"
)
def test_real_debian_fashion_mnist(monkeypatch):
    monkeypatch.delenv(data.DATA_DIR_ENV, raising=False)
    (x_train, y_train), (x_test, y_test) = helpers.load_dataset("fashion_mnist")
    assert x_train.shape == (60000, 28, 28) and y_test.shape == (10000,)
    assert np.bincount(y_test).tolist() == [1000] * 10


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


def test_one_hot():
    encoded = helpers.one_hot(np.array([[2], [0]], dtype=np.uint8), 3)
    np.testing.assert_array_equal(encoded, [[0, 0, 1], [1, 0, 0]])
    assert encoded.dtype == np.float32
    with pytest.raises(ValueError, match="0 이상 3 미만"):
        helpers.one_hot([0, 3], 3)
    with pytest.raises(ValueError, match="정수"):
        helpers.one_hot([0.5, 1.0], 3)


def test_train_val_split_is_stratified_disjoint_and_reproducible():
    labels = np.repeat(np.arange(10), [100 + 10 * i for i in range(10)])
    x = np.arange(len(labels))
    (x_train, y_train), (x_val, y_val) = helpers.train_val_split(x, labels, 0.2, seed=3)
    assert len(x_val) == round(len(x) * 0.2) and len(x_train) + len(x_val) == len(x)
    assert not set(x_train) & set(x_val)
    np.testing.assert_array_equal(y_val, labels[x_val])
    val_share = np.bincount(y_val) / np.bincount(labels)
    assert np.all(np.abs(val_share - 0.2) < 0.01)
    (again, _), _ = helpers.train_val_split(x, labels, 0.2, seed=3)
    np.testing.assert_array_equal(x_train, again)
    (other, _), _ = helpers.train_val_split(x, labels, 0.2, seed=4)
    assert not np.array_equal(x_train, other)


def test_train_val_split_accepts_one_hot_labels():
    labels = np.repeat(np.arange(4), 25)
    _, (_, y_val) = helpers.train_val_split(np.zeros((100, 2)), helpers.one_hot(labels, 4), 0.2)
    assert y_val.shape == (20, 4)
    np.testing.assert_array_equal(y_val.sum(axis=0), [5, 5, 5, 5])


def test_split_and_subset_reject_bad_input():
    with pytest.raises(ValueError, match="개수"):
        helpers.train_val_split(np.zeros(10), np.zeros(9, dtype=int))
    with pytest.raises(ValueError, match="val_fraction"):
        helpers.train_val_split(np.zeros(10), np.zeros(10, dtype=int), val_fraction=1.5)
    with pytest.raises(ValueError, match="size"):
        helpers.take_subset(np.zeros(10), np.zeros(10, dtype=int), 0)


def test_take_subset():
    labels = np.repeat(np.arange(10), 50)
    x = np.arange(500)
    x_small, y_small = helpers.take_subset(x, labels, 100, seed=1)
    assert len(x_small) == 100 and np.bincount(y_small).tolist() == [10] * 10
    np.testing.assert_array_equal(y_small, labels[x_small])
    np.testing.assert_array_equal(helpers.take_subset(x, labels, 100, seed=1)[0], x_small)
    assert helpers.take_subset(x, labels, None)[0] is not None
    assert len(helpers.take_subset(x, labels, 10_000)[0]) == 500
