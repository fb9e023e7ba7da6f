import pytest
from IPython.display import Image, Markdown

import helpers


def _parameter_counts(model):
    return [layer.count_params() for layer in model.layers if layer.count_params()]


def test_mlp_layers_and_parameters():
    model = helpers.build_mlp([512])
    assert model.output_shape == (None, 10)
    assert _parameter_counts(model) == [784 * 512 + 512, 512 * 10 + 10]
    deep = helpers.build_mlp([128, 64, 32], name="deep")
    assert [layer.units for layer in deep.layers] == [128, 64, 32, 10]


def test_mnist_cnn_parameter_counts_match_the_hand_calculation():
    model = helpers.build_mnist_cnn()
    assert _parameter_counts(model) == [832, 589_952, 1_290]
    assert model.get_layer("conv").output.shape == (None, 24, 24, 32)


@pytest.mark.parametrize("units", [[], [0], [64, "32"], 128, [True]])
def test_mlp_rejects_bad_hidden_units(units):
    with pytest.raises((ValueError, TypeError), match="hidden_units"):
        helpers.build_mlp(units)


def test_model_diagram_is_an_image_where_graphviz_is_installed():
    diagram = helpers.model_diagram(helpers.build_mlp([8]))
    assert isinstance(diagram, Image) and diagram.data[:4] == b"\x89PNG"


def test_model_diagram_explains_why_when_it_cannot_draw(monkeypatch):
    monkeypatch.setattr("shutil.which", lambda name: None)
    diagram = helpers.model_diagram(helpers.build_mlp([8]))
    assert isinstance(diagram, Markdown) and "Graphviz" in diagram.data
