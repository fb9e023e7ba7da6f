"""The Korean search language of the book (`_ext/korean_search.py`)."""

import json
import shutil
import subprocess
import sys

import pytest
from sphinx.application import Sphinx
from sphinx.search import IndexBuilder

from scripts.course import ROOT

# The book loads its local extensions from _ext; the test Sphinx project below does the same.
EXT_DIR = ROOT / "_ext"
sys.path.insert(0, str(EXT_DIR))
import korean_search  # noqa: E402

SearchKorean = korean_search.SearchKorean


@pytest.mark.parametrize(
    "word, expected",
    [
        ("합성곱을", ["합성곱을", "합성", "합성곱"]),
        ("채널의", ["채널의", "채널"]),
        ("층", ["층"]),
        ("Dense", ["Dense"]),
        ("CNN으로", ["CNN으로", "CNN", "으로"]),
        ("Conv2D와", ["Conv2D와", "Conv2D"]),
    ],
)
def test_hangul_terms(word, expected):
    assert korean_search.hangul_terms(word) == expected


def test_split_indexes_stems_of_korean_words():
    words = SearchKorean({}).split("합성곱을 계산합니다. 채널의 수(channels)")
    assert {"합성곱", "합성곱을", "계산", "채널", "채널의", "수", "channels"} <= set(words)


def test_stem_keeps_korean_and_stems_english():
    lang = SearchKorean({})
    assert lang.stem("합성곱을") == "합성곱을"
    assert lang.stem("CNN으로") == "cnn으로"
    assert lang.stem("Running") == "run"


def test_sphinx_uses_it_for_ko(tmp_path):
    """A tiny Sphinx project in Korean: the index holds stems, and `ko` picks SearchKorean."""
    (tmp_path / "conf.py").write_text(
        f"import sys\nsys.path.insert(0, {str(EXT_DIR)!r})\n"
        "extensions = ['korean_search']\nlanguage = 'ko'\n",
        encoding="utf-8",
    )
    (tmp_path / "index.rst").write_text(
        "합성곱 신경망\n============\n\n합성곱을 계산하고 채널의 수를 셉니다. Dense layers.\n",
        encoding="utf-8",
    )
    out = tmp_path / "_build"
    app = Sphinx(tmp_path, tmp_path, out, out / ".doctrees", "html", status=None,
                 warning=None, freshenv=True)
    app.build()
    assert isinstance(IndexBuilder(app.env, "ko", {}, "").lang, SearchKorean)

    text = (out / "searchindex.js").read_text(encoding="utf-8")
    index = json.loads(text[text.index("(") + 1 : text.rindex(")")])
    for term in ("합성곱", "합성곱을", "채널", "채널의", "dens", "layer"):
        assert term in index["terms"] or term in index["titleterms"], term
    language_data = (out / "_static" / "language_data.js").read_text(encoding="utf-8")
    assert "EnglishStemmer" in language_data


@pytest.mark.skipif(shutil.which("node") is None, reason="Node.js is not installed")
def test_js_stemmer_matches_python():
    """The query stemmer of the search page gives the index terms of the Python side."""
    words = ["합성곱", "채널의", "cnn으로", "dense", "running", "layers", "conv2d와"]
    script = korean_search.JS_STEMMER + (
        f"\nconst s = new Stemmer();\nconsole.log(JSON.stringify({json.dumps(words)}"
        ".map((w) => s.stemWord(w))));\n"
    )
    result = subprocess.run(["node", "-e", script], capture_output=True, text=True, check=True)
    lang = SearchKorean({})
    assert json.loads(result.stdout) == [lang.stem(w) for w in words]
