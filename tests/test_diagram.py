import keras
import pytest
from IPython.display import Image, Markdown

import helpers


@pytest.fixture
def tiny_model():
    return keras.Sequential([keras.Input(shape=(4,)), keras.layers.Dense(2)], name="tiny")


def test_model_diagram_is_an_image_where_graphviz_is_installed(tiny_model):
    diagram = helpers.model_diagram(tiny_model)
    assert isinstance(diagram, Image) and diagram.data[:4] == b"\x89PNG"


def test_model_diagram_explains_why_when_it_cannot_draw(monkeypatch, tiny_model):
    monkeypatch.setattr("shutil.which", lambda name: None)
    diagram = helpers.model_diagram(tiny_model)
    assert isinstance(diagram, Markdown) and "Graphviz" in diagram.data
