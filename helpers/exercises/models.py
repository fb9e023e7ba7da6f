"""모델 문제의 확인: 학습자의 모델이 모범 모델과 같은 일을 하는지 봅니다(쓴 모양이 아니라).

층을 '단계'로 묶습니다. 가중치가 있거나 모양을 바꾸는 층(Dense, Conv2D, 풀링, Flatten, 배치
정규화)이 단계를 열고, 값만 바꾸는 층(Activation, ReLU, Softmax, Dropout ...)은 앞 단계에
붙습니다. 그래서 `Dense(64, activation="relu")`와 `Dense(64)` + `layers.ReLU()`는 같은 단계이고,
Sequential 이든 함수형(functional) API 든, 활성화 함수를 문자열로 주든 함수로 주든 같습니다.

확인 순서: 입력 모양 → 단계마다 출력 모양과 파라미터 수 → 같은 무작위 가중치를 넣은 두 모델이
고정된 입력에 같은 값을 내는지(단계마다). 다르면 처음 달라진 단계에서 무엇이 다른지 말합니다.
"""

import numpy as np

from helpers.exercises import Mistake, answered, require_model

ACTIVATION_LAYERS = ("Activation", "ReLU", "Softmax", "LeakyReLU", "ELU")
PASS_THROUGH = (*ACTIVATION_LAYERS, "Dropout", "SpatialDropout2D", "GaussianNoise",
                "GaussianDropout", "AlphaDropout", "Identity")

KOREAN_KIND = {"Dense": "밀집층", "Conv2D": "합성곱 층", "MaxPooling2D": "최대 풀링 층",
               "AveragePooling2D": "평균 풀링 층", "Flatten": "펼치기 층",
               "BatchNormalization": "배치 정규화 층", "GlobalMaxPooling2D": "전역 최대 풀링 층",
               "GlobalAveragePooling2D": "전역 평균 풀링 층", "Rescaling": "Rescaling 층"}


def _activations():
    import keras

    ops, act = keras.ops, keras.activations
    return {
        "없음(linear)": lambda z: z,
        "relu": act.relu,
        "sigmoid": act.sigmoid,
        "tanh": act.tanh,
        "softmax": lambda z: ops.softmax(z, axis=-1),
        "elu": act.elu,
        "selu": act.selu,
        "gelu": act.gelu,
        "swish(silu)": act.silu,
        "softplus": act.softplus,
        "leaky_relu": act.leaky_relu,
        "relu6": act.relu6,
    }


def flat_layers(model):
    """모델 안의 층을 차례대로(InputLayer 빼고, 안에 든 Sequential은 펼쳐서)."""
    import keras

    result = []
    for layer in model.layers:
        if isinstance(layer, keras.layers.InputLayer):
            continue
        if isinstance(layer, keras.Model):
            result.extend(flat_layers(layer))
        else:
            result.append(layer)
    return result


def stages(model):
    """층을 단계로 묶은 리스트: [[단계를 여는 층, 붙은 층 ...], ...]."""
    groups = []
    for layer in flat_layers(model):
        if type(layer).__name__ in PASS_THROUGH and groups:
            groups[-1].append(layer)
        else:
            groups.append([layer])
    return groups


def _kind(stage):
    return type(stage[0]).__name__


def describe(stage, shape):
    kind = _kind(stage)
    return f"{KOREAN_KIND.get(kind, kind)}({kind}, 출력 {shape})"


def _forward(groups, x):
    """단계마다의 출력(넘파이)과 각 단계의 입력."""
    import keras

    outputs, inputs = [], []
    for group in groups:
        inputs.append(x)
        for layer in group:
            x = layer(x, training=False)
        outputs.append(keras.ops.convert_to_numpy(x))
    return outputs, inputs


def _params(stage):
    return sum(int(np.prod(w.shape)) for layer in stage for w in layer.weights)


def _random_value(weight, rng):
    """가중치 자리 하나에 넣을 무작위 값(분산 자리는 양수)."""
    shape = tuple(weight.shape)
    if len(shape) > 1:
        value = rng.normal(0, 1 / np.sqrt(np.prod(shape[:-1])), shape)
    else:
        value = rng.normal(0.3, 0.5, shape)
    if "variance" in weight.path:
        value = np.abs(value) + 0.5
    return value.astype("float32")


def _share_random_weights(mine, theirs, rng):
    """두 모델의 단계마다 같은 무작위 가중치를 넣습니다."""
    for stage, ref in zip(mine, theirs, strict=True):
        values = []
        for layer in stage:
            if layer.weights:
                layer.set_weights([_random_value(w, rng) for w in layer.weights])
                values.extend(layer.get_weights())
        for layer in ref:
            if layer.weights:
                count = len(layer.weights)
                layer.set_weights(values[:count])
                values = values[count:]


def _input_shape(model):
    inputs = getattr(model, "inputs", None)
    if not getattr(model, "built", False) or not inputs:
        return None
    return tuple(inputs[0].shape[1:])


def _structure_mistake(mine, theirs, section, force=False):
    """단계의 (층, 모양, 파라미터) 목록이 다를 때: 처음 다른 단계에서 무엇이 다른지."""
    same_count = len(mine) == len(theirs)
    for i, ((stage, shape, params), (ref, ref_shape, ref_params)) in enumerate(
            zip(mine, theirs, strict=False)):
        if not same_count:
            break
        if shape == ref_shape and params == ref_params and not force:
            continue
        where = f"{i + 1}번째 단계 {describe(stage, shape)}"
        layer, ref_layer = stage[0], ref[0]
        if shape == ref_shape and hasattr(ref_layer, "use_bias"):
            bias = int(ref_shape[-1])
            if params == ref_params + bias and getattr(layer, "use_bias", False):
                raise Mistake(f"{where}의 파라미터가 {params:,}개로 {bias}개 많습니다. 이 층은 편향"
                              "(bias)을 쓰지 않습니다(use_bias=False)", section)
            if params == ref_params - bias and not getattr(layer, "use_bias", True):
                raise Mistake(f"{where}의 파라미터가 {params:,}개로 {bias}개 모자랍니다. 편향(bias)"
                              "을 빼지 마세요(use_bias=False를 지우세요)", section)
        if _kind(stage) == _kind(ref) == "Dense" and shape != ref_shape:
            raise Mistake(f"{where}의 뉴런이 {shape[-1]}개입니다. 이 자리는 {ref_shape[-1]}개여야 "
                          "합니다", section)
        if _kind(stage) == _kind(ref) == "Conv2D":
            if shape[-1] != ref_shape[-1]:
                raise Mistake(f"{where}의 필터가 {shape[-1]}개입니다. 이 자리는 {ref_shape[-1]}개"
                              "여야 합니다", section)
            if tuple(layer.kernel_size) != tuple(ref_layer.kernel_size):
                raise Mistake(f"{where}의 필터 크기가 {tuple(layer.kernel_size)}입니다. "
                              f"{tuple(ref_layer.kernel_size)}여야 합니다", section)
            if layer.padding != ref_layer.padding:
                raise Mistake(f"{where}: padding=\"{layer.padding}\"입니다. 이 문제의 합성곱은 "
                              f"padding=\"{ref_layer.padding}\"입니다(출력 {ref_shape})", section)
        if shape == ref_shape and _kind(stage) == _kind(ref):
            raise Mistake(f"{where}의 파라미터가 {params:,}개입니다. 이 자리는 "
                          f"{ref_params:,}개여야 합니다", section)
        break
    listed = " → ".join(f"{_kind(stage)}{shape}" for stage, shape, _ in mine)
    expected = " → ".join(f"{_kind(stage)}{shape}" for stage, shape, _ in theirs)
    raise Mistake(f"층의 구성이 다릅니다. 여러분의 모델: {listed}. 지시문의 모델: {expected}. "
                  "층의 순서와 개수, 층마다의 출력 모양을 model.summary()로 견주어 보세요",
                  section)


def _has_activation(stage):
    """단계에 활성화 함수가 있는지(층의 activation 인자나 따로 둔 활성화 층)."""
    import keras

    own = getattr(stage[0], "activation", None)
    return (own is not None and own is not keras.activations.linear) or any(
        type(layer).__name__ in ACTIVATION_LAYERS for layer in stage[1:])


def _activation_mistake(stage, ref, shape, x, mine, expected, section, index, following=None):
    """처음 값이 달라진 단계: 활성화 함수가 다른지, 층의 계산이 다른지."""
    import keras

    layer = stage[0]
    saved = getattr(layer, "activation", None)
    try:
        if saved is not None:
            layer.activation = keras.activations.linear
        z = keras.ops.convert_to_numpy(layer(x, training=False))
    finally:
        if saved is not None:
            layer.activation = saved
    where = f"{index + 1}번째 단계 {describe(stage, shape)}"

    def name_of(values):
        for name, function in _activations().items():
            candidate = keras.ops.convert_to_numpy(function(keras.ops.convert_to_tensor(z)))
            if candidate.shape == values.shape and np.allclose(candidate, values, rtol=1e-4,
                                                               atol=1e-5):
                return name
        return None

    found, wanted = name_of(mine), name_of(expected)
    for my_next, ref_next, next_shape in (following or []) if wanted == "없음(linear)" else []:
        if _has_activation(ref_next) and not _has_activation(my_next):
            raise Mistake(f"{where} 뒤에 활성화 함수({found or '있음'})가 있습니다. 지시문의 "
                          f"모델은 이 자리가 아니라 {describe(ref_next, next_shape)} 뒤에 활성화 "
                          "함수를 둡니다. 자리를 옮기세요", section)
        if _has_activation(ref_next) or _has_activation(my_next):
            break
    if found and wanted:
        raise Mistake(f"{where} 뒤의 활성화 함수: 지시문은 {wanted}, 여러분의 모델은 {found}입니다"
                      ". activation= 인자로 주든 Activation 층을 따로 두든 됩니다", section)
    if _kind(stage) != _kind(ref):
        theirs = KOREAN_KIND.get(_kind(ref), _kind(ref))
        raise Mistake(f"{where}: 이 자리는 {theirs}({_kind(ref)})입니다", section)
    raise Mistake(f"{where}의 출력 모양과 파라미터 수는 맞지만, 같은 가중치를 넣었을 때 계산한 "
                  "값이 지시문의 모델과 다릅니다. 이 층의 종류와 설정, 활성화 함수를 "
                  "확인하세요", section)


def check_model(model, reference, section, name="model"):
    """학습자의 `model`이 모범 모델 `reference`와 같은 일을 하는지 봅니다. 틀리면 Mistake."""
    import keras

    answered(model)
    require_model(model, name, section)
    expected_input = _input_shape(reference)
    shape = _input_shape(model)
    if shape is None:
        raise Mistake(f"{name}의 입력 모양이 정해지지 않았습니다. 층 목록의 맨 앞에 "
                      f"keras.Input(shape={expected_input})를 넣으세요", section)
    if shape != expected_input:
        raise Mistake(f"{name}의 입력 모양이 {shape}입니다. keras.Input(shape={expected_input})"
                      "이어야 합니다", section)
    rng = np.random.default_rng(0)
    x = rng.random((3, *expected_input)).astype("float32")
    mine, theirs = stages(model), stages(reference)
    my_out, _ = _forward(mine, x)
    ref_out, ref_in = _forward(theirs, x)
    listed = [(s, o.shape[1:], _params(s)) for s, o in zip(mine, my_out, strict=True)]
    wanted = [(s, o.shape[1:], _params(s)) for s, o in zip(theirs, ref_out, strict=True)]
    if [(o, p) for _, o, p in listed] != [(o, p) for _, o, p in wanted]:
        _structure_mistake(listed, wanted, section)
    saved = model.get_weights()
    try:
        try:
            _share_random_weights(mine, theirs, rng)
        except ValueError:
            _structure_mistake(listed, wanted, section, force=True)
        my_out, _ = _forward(mine, x)
        ref_out, ref_in = _forward(theirs, x)
        for i, (a, b) in enumerate(zip(my_out, ref_out, strict=True)):
            if not np.allclose(a, b, rtol=1e-4, atol=1e-5):
                following = [(mine[j], theirs[j], ref_out[j].shape[1:])
                             for j in range(i + 1, len(mine))]
                _activation_mistake(mine[i], theirs[i], a.shape[1:], ref_in[i], a, b, section, i,
                                    following)
        whole = keras.ops.convert_to_numpy(model(x, training=False))
        if not np.allclose(whole, ref_out[-1], rtol=1e-4, atol=1e-5):
            raise Mistake("층을 차례로 지난 값과 모델 전체의 출력이 다릅니다. 층을 한 줄로 "
                          "차례대로 쌓으세요(가지나 건너뛰는 연결 없이)", section)
    finally:
        model.set_weights(saved)
