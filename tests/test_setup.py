import keras
import numpy as np
import pytest

import helpers


def test_setup_notebook_reports_environment_and_fixes_seeds(capsys):
    helpers.setup_notebook(7)
    first = np.random.random(3)
    report = capsys.readouterr().out
    assert f"Keras {keras.__version__}" in report and "백엔드(backend)" in report
    assert "장치(device)" in report and "시드(seed): 7" in report
    helpers.setup_notebook(7)
    np.testing.assert_array_equal(np.random.random(3), first)


@pytest.mark.parametrize("seed", [-1, 1.5, "42", True])
def test_setup_notebook_rejects_bad_seed(seed):
    with pytest.raises(ValueError, match="seed"):
        helpers.setup_notebook(seed)
