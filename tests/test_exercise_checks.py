"""The exercise checks' own machinery: the reference solutions against Keras over random shapes
(hypothesis), the model comparison (helpers.exercises.models) on ways of writing a model that the
answer corpus (tests/answers/) does not list, and the checker's handling of bad answers."""

import keras
import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from keras import layers

from helpers.exercises import Mistake, call, ex02, ex04, plain_text, solution_value, task
from helpers.exercises.models import check_model

SLOW = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SLOW
@given(n=st.integers(1, 64), k=st.integers(1, 9), stride=st.integers(1, 6),
       padding=st.sampled_from(["valid", "same"]))
def test_output_size_solution_is_keras(n, k, stride, padding):
    if k > n:
        return
    layer = keras.layers.Conv2D(1, k, strides=stride, padding=padding)
    expected = layer.compute_output_shape((None, n, n, 1))[1]
    assert solution_value(ex04.q2, "output_size")(n, k, padding, stride) == expected


@SLOW
@given(height=st.integers(1, 9), width=st.integers(1, 9), kh=st.integers(1, 4),
       kw=st.integers(1, 4), seed=st.integers(0, 2**16))
def test_convolution_solution_is_keras(height, width, kh, kw, seed):
    if kh > height or kw > width:
        return
    rng = np.random.default_rng(seed)
    image = rng.normal(size=(height, width)).astype("float32")
    kernel = rng.normal(size=(kh, kw)).astype("float32")
    result = solution_value(ex04.q1, "conv2d_valid")(image, kernel)
    np.testing.assert_allclose(result, ex04._keras_conv(image, kernel), atol=1e-4)


@SLOW
@given(height=st.integers(1, 12), width=st.integers(1, 12), size=st.integers(1, 4),
       seed=st.integers(0, 2**16))
def test_max_pool_solution_is_keras(height, width, size, seed):
    if size > height or size > width:
        return
    feature_map = np.random.default_rng(seed).normal(size=(height, width)).astype("float32")
    result = solution_value(ex04.q3, "max_pool")(feature_map, size)
    np.testing.assert_allclose(result, ex04._keras_max_pool(feature_map, size))


def mlp_reference():
    return solution_value(ex02.q3, "model")


def nested_mlp():
    hidden = keras.Sequential([layers.Dense(64), layers.Activation(keras.activations.relu)])
    return keras.Sequential([keras.Input((784,)), hidden, layers.Dense(10),
                             layers.Activation("softmax")])


def functional_mlp():
    inputs = keras.Input((784,))
    hidden = layers.ReLU()(layers.Dense(64)(inputs))
    return keras.Model(inputs, layers.Softmax()(layers.Dense(10)(hidden)))


@pytest.mark.parametrize("build", [nested_mlp, functional_mlp])
def test_check_model_accepts_any_way_of_writing_the_model(build):
    check_model(build(), mlp_reference(), "2장 3절")


def test_check_model_keeps_the_learners_weights():
    model = functional_mlp()
    before = [w.copy() for w in model.get_weights()]
    check_model(model, mlp_reference(), "2장 3절")
    assert all(np.array_equal(a, b) for a, b in zip(before, model.get_weights(), strict=True))


@pytest.mark.parametrize("activation, named", [("tanh", "tanh"), (None, "없음(linear)"),
                                               ("softmax", "softmax")])
def test_check_model_names_the_hidden_activation_it_found(activation, named):
    model = keras.Sequential([keras.Input((784,)), layers.Dense(64, activation=activation),
                              layers.Dense(10, activation="softmax")])
    pattern = named.replace("(", ".").replace(")", ".")
    with pytest.raises(Mistake, match=f"여러분의 모델은 {pattern}"):
        check_model(model, mlp_reference(), "2장 3절")


def test_check_model_without_input_asks_for_keras_input():
    model = keras.Sequential([layers.Dense(64, activation="relu"),
                              layers.Dense(10, activation="softmax")])
    with pytest.raises(Mistake, match=r"keras\.Input\(shape=\(784,\)\)"):
        check_model(model, mlp_reference(), "2장 3절")


def test_a_function_that_changes_its_input_is_told_so():
    def flip_in_place(images):
        images[:] = images[:, ::-1]
        return images

    with pytest.raises(Mistake, match="in-place"):
        call(flip_in_place, np.arange(6.0).reshape(2, 3))


def test_library_errors_reach_the_learner_without_terminal_colours():
    assert plain_text(ValueError("\x1b[1mBad\x1b[0m  shape\n(3,)")) == "Bad shape (3,)"

    @task(hint="힌트(1장 1절).", solution="x = 1\n")
    def q1(value):
        raise ValueError("\x1b[31mred\x1b[0m")

    result = q1.evaluate(1)
    assert result.status == "wrong" and "\x1b" not in result.message
    assert "ValueError: red" in result.message
