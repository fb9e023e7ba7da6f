"""책(Jupyter Book) 본문과 테스트가 읽을 값을 노트북에 기록합니다."""

import numbers


def glue(name, value):
    """`myst_nb.glue`로 값을 기록합니다(화면에는 표시하지 않음).

    본문은 {glue:text}`name:.4f`로 인용하고, 테스트는 같은 이름으로 기준값과 비교합니다.
    numpy 수는 파이썬 수로 바꿔 기록합니다. myst-nb가 없는 곳(Colab)에서는 아무 일도 하지 않습니다.
    """
    try:
        from myst_nb import glue as myst_glue
    except ImportError:
        return
    if isinstance(value, numbers.Integral):
        value = int(value)
    elif isinstance(value, numbers.Real):
        value = float(value)
    myst_glue(name, value, display=False)
