"""Korean particles after glued values: they must agree with the value the reader sees.

A glued number changes with the run, so a particle whose form depends on the last sound
(은/는, 이/가, 을/를, 과/와, 으로/로, 이었/였) must not follow it: the sentence is written so
that no such particle follows a number. A glued word (a class name) may take one, and then it
must agree with the stored value. No space or line break goes between a value and its particle.
"""

import ast
import io
import json
import re
import tokenize
from pathlib import Path

import pytest

from scripts.course import glued_values, toc_notebooks

ROOT = Path(__file__).resolve().parent.parent

GLUE = re.compile(
    r"\{glue:text\}`(?:(?P<doc>[^`:]+\.ipynb)::)?(?P<name>[^`:]+)(?::(?P<format>[^`]*))?`"
    r"(?P<after>\s*[^\s`{]*)"
)
# (form after a final consonant, form after a vowel); 로 also follows a final ㄹ.
PAIRS = [("이었", "였"), ("으로", "로"), ("은", "는"), ("을", "를"), ("과", "와"), ("이", "가")]
# Particles that never stand alone as a word: a space before them is a spacing error.
BOUND = {"은", "는", "이", "가", "을", "를", "과", "와", "으로", "로", "의", "에", "에서", "까지",
         "부터", "도", "만", "뿐", "뿐입니다", "입니다", "이고", "이며", "이지만", "였습니다",
         "이었습니다"}
DIGIT_SOUND = {"0": "consonant", "1": "rieul", "2": "vowel", "3": "consonant", "4": "vowel",
               "5": "vowel", "6": "consonant", "7": "rieul", "8": "rieul", "9": "vowel"}


def last_sound(text):
    """'vowel', 'rieul' (final ㄹ) or 'consonant': how the last syllable of `text` ends when read.

    Digits are read in Sino-Korean (…3 삼, …7 칠; a final 0 is 영/십/백/천/만, all closed); % is
    퍼센트. Hangul is read from its final consonant; Latin letters as English names (…e 이).
    """
    text = text.rstrip(" )]")
    if not text:
        return None
    last = text[-1]
    if last.isdigit():
        return DIGIT_SOUND[last]
    if last == "%":
        return "vowel"
    if "가" <= last <= "힣":
        final = (ord(last) - ord("가")) % 28
        return "vowel" if final == 0 else "rieul" if final == 8 else "consonant"
    if last.lower() in "lr":
        return "rieul"
    if last.lower() in "mn":
        return "consonant"
    return "vowel"


def particle_form(following):
    """`(pair, form)` of the sound-dependent particle that `following` starts with, or None."""
    for consonant_form, vowel_form in PAIRS:
        for form in (consonant_form, vowel_form):
            if following.startswith(form):
                # 이/가 only as the subject particle, not the copula (이고, 이며, 입니다…)
                rest = following[len(form):]
                if form in ("이", "가") and rest[:1] and "가" <= rest[0] <= "힣":
                    continue
                return (consonant_form, vowel_form), form
    return None


def particle_problem(value_text, following, value_changes):
    """Why `following` cannot follow the rendered value `value_text`, or None."""
    found = particle_form(following)
    if found is None:
        return None
    (consonant_form, vowel_form), form = found
    if value_changes:
        return f"{form!r} after a number that changes with the run: rewrite without it"
    sound = last_sound(value_text)
    if consonant_form == "으로":
        expected = "로" if sound in ("vowel", "rieul") else "으로"
    else:
        expected = vowel_form if sound == "vowel" else consonant_form
    if form != expected:
        return f"{value_text!r} takes {expected!r}, not {form!r}"
    return None


def render(value, fmt):
    return format(value, fmt or "")


def varies_with_run(value, fmt):
    """True when the rendered value of a number ends in a digit (its last sound can change)."""
    return isinstance(value, (int, float)) and render(value, fmt)[-1:].isdigit()


def markdown_of(source):
    if source.suffix == ".ipynb":
        import nbformat

        cells = nbformat.read(source, as_version=4).cells
        return "\n".join(c.source for c in cells if c.cell_type == "markdown")
    return source.read_text(encoding="utf-8")


def problems_in(text, values, other_values=None):
    """Particle problems in `text`; `other_values(doc)` gives another notebook's glued values
    (for `{glue:text}` references of the form `doc.ipynb::name`)."""
    problems = []
    for match in GLUE.finditer(text):
        name, fmt, after = match["name"], match["format"], match["after"]
        if match["doc"] is None:
            source = values
        elif other_values is None:
            continue
        else:
            source = other_values(match["doc"])
            if name not in source:
                problems.append(f"{match['doc']}::{name} is not glued there")
                continue
        if name not in source:
            continue
        value_text = render(source[name], fmt)
        following = after.lstrip()
        if value_text.endswith((".", "!", "?")):  # a glued sentence: a new one follows
            continue
        if after != following and following.rstrip(".,)") in BOUND:
            problems.append(f"{name}: space or line break before {following!r}")
            continue
        if after != following:
            continue
        problem = particle_problem(value_text, following, varies_with_run(source[name], fmt))
        if problem:
            problems.append(f"{name} ({value_text}{following}): {problem}")
    return problems


@pytest.mark.parametrize("notebook", toc_notebooks(), ids=lambda path: path.stem)
def test_particles_agree_with_glued_values(notebook):
    def other_values(doc):
        return glued_values(notebook.parent / doc)

    assert problems_in(markdown_of(notebook), glued_values(notebook), other_values) == []


@pytest.mark.parametrize(
    ("value_text", "following", "changes", "expected"),
    [
        ("0.4493", "로", True, "changes with the run"),
        ("0.4493", "으로", False, None),
        ("0.4493", "로", False, "takes '으로'"),
        ("0.684", "로", False, None),
        ("0.8617", "로", False, None),
        ("3", "은", False, None),
        ("3", "는", False, "takes '은'"),
        ("12%", "를", False, None),
        ("12%", "을", False, "takes '를'"),
        ("고양이", "가", False, None),
        ("개구리", "이", False, "takes '가'"),
        ("트럭", "이", False, None),
        ("0.0452", "였습니다", False, None),
        ("0.0453", "였습니다", False, "takes '이었'"),
        ("0.8617", "입니다", True, None),
        ("0.8617", "이고", True, None),
        ("0.8617", "에서", True, None),
    ],
)
def test_particle_rules(value_text, following, changes, expected):
    problem = particle_problem(value_text, following, changes)
    if expected is None:
        assert problem is None
    else:
        assert problem is not None and expected in problem


def test_spacing_before_a_particle_is_found():
    values = {"accuracy": 0.8617, "count": 3}
    text = "정확도는 {glue:text}`accuracy:.4f` 입니다. 개수는\n{glue:text}`count`\n로 봅니다."
    assert len(problems_in(text, values)) == 2
    assert problems_in("{glue:text}`accuracy:.4f`입니다. {glue:text}`count` 개", values) == []



def test_references_to_another_notebook_are_checked_there():
    values = {"accuracy": 0.8617}
    other = {"07.ipynb": {"worst_class": "고양이", "accuracy": 0.6846}}
    text = ("{glue:text}`07.ipynb::worst_class:s`였고 {glue:text}`07.ipynb::accuracy:.4f`입니다. "
            "{glue:text}`07.ipynb::worst_class:s`이었고")
    problems = problems_in(text, values, other.get)
    assert len(problems) == 1 and "takes '였'" in problems[0]
    missing = problems_in("{glue:text}`07.ipynb::missing:.4f`", values, other.get)
    assert "not glued there" in missing[0]


# A Latin word, a number, inline code, a closing bracket or quote, then a space, then a particle
# that ends there: "Keras 에서", "`x` 를", "(1, 28) 입니다" are spacing errors ("Keras에서").
SPACED_PARTICLE = re.compile(
    r"[A-Za-z0-9_%)\]`'\"}] (?:은|는|이|가|을|를|과|와|으로|로|의|에|에서|에게|까지|부터|도|만|"
    r"보다|처럼|이나|나|이라|라|이다|입니다|이고|이며|인|이면|라고|이라고|씩|마다|이어야|여야|"
    r"이지만|였습니다|이었습니다|이므로|이라서|라서|일)(?=[\s.,!?)'\"`:;]|$)"
)
GLUE_REFERENCE = re.compile(r"\{glue:text\}`[^`]*`")  # checked by the test above


def comments_and_strings(code):
    """The comments and string literals of Python `code` (IPython magics skipped). Literals that
    Python joins ("a " "b", f-strings) are read joined; a formatted value reads as "}"."""
    code = "\n".join("" if line.lstrip().startswith(("%", "!")) else line
                     for line in code.splitlines())
    try:
        tree = ast.parse(code)
        comments = [token.string for token in tokenize.generate_tokens(io.StringIO(code).readline)
                    if token.type == tokenize.COMMENT]
    except (SyntaxError, tokenize.TokenError):  # a cell with blanks (____) to fill in
        return [code]
    strings = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            strings.append("".join(part.value if isinstance(part, ast.Constant) else "}"
                                   for part in node.values))
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            strings.append(node.value)
    return comments + strings


def reader_texts():
    """(where, text) for every text a reader sees: the chapters' and exercises' prose, their
    code comments and strings, index.md, the glossary, helpers' messages and the quizzes."""
    notebooks = sorted((ROOT / "chapters").glob("*.ipynb")) + sorted(
        (ROOT / "exercises").glob("*.ipynb"))
    for path in notebooks:
        for index, cell in enumerate(json.loads(path.read_text(encoding="utf-8"))["cells"]):
            source = "".join(cell["source"])
            texts = comments_and_strings(source) if cell["cell_type"] == "code" else [source]
            for text in texts:
                yield f"{path.parent.name}/{path.name} cell {index}", text
    for name in ("index.md", "glossary.md"):
        yield name, (ROOT / name).read_text(encoding="utf-8")
    for path in sorted((ROOT / "helpers").rglob("*.py")):
        for text in comments_and_strings(path.read_text(encoding="utf-8")):
            yield str(path.relative_to(ROOT)), text
    for path in sorted((ROOT / "helpers" / "quizzes").glob("*.json")):
        yield str(path.relative_to(ROOT)), path.read_text(encoding="utf-8")


def spaced_particles(text, code=False):
    if code:
        return [snippet for part in comments_and_strings(text)
                for snippet in spaced_particles(part)]
    text = GLUE_REFERENCE.sub("값", text)
    return [text[max(0, m.start() - 20):m.end()] for m in SPACED_PARTICLE.finditer(text)]


def test_no_space_before_a_particle_anywhere_a_reader_looks():
    found = [f"{where}: ...{snippet!r}" for where, text in reader_texts()
             for snippet in spaced_particles(text)]
    assert found == [], "\n".join(found)


@pytest.mark.parametrize(
    ("text", "spaced"),
    [
        ("Adam(learning_rate=0.001) 과 같습니다", True),
        ("TensorFlow 의 시작 로그", True),
        ("빈칸 `____` 을 채우세요", True),
        ("softmax 로 합이 1 인 확률", True),
        ("print(f\"{name} 에 보냈습니다\")", True),
        ("raise Mistake(f\"결과가 {result} \"\n              \"입니다\")", True),
        ("TensorFlow의 로그, `x`를 0~1로, (1, 28)입니다", False),
        ("정확도는 {glue:text}`acc:.4f` 입니다", False),  # glued values: the test above
        ("Dense 층 두 개", False),
    ],
)
def test_spaced_particles_are_found(text, spaced):
    found = spaced_particles(text, code=text.startswith(("print", "raise")))
    assert bool(found) is spaced
