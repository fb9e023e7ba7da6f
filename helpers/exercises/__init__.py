"""연습 문제(exercise): 학습자가 빈칸 `____`을 채운 코드를 노트북 안에서 확인합니다.

연습 문제 노트북(`exercises/<장 파일 이름>.ipynb`)의 문제마다 지시문, 빈칸이 있는 코드 셀(태그
`answer-q1`), 확인 셀 `q1.check(...)`이 있습니다. 확인은 코드의 글자가 아니라 학습자가 만든
객체(배열, 모델, 함수)를 살펴보고 셋 중 하나를 알립니다.

- 정답: "정답입니다"와 한 줄 설명.
- 틀림: 무엇이 틀렸는지와 다시 읽을 장의 절(`Mistake`).
- 빈칸: "아직 답하지 않았습니다". 빈칸이 남아 있어도 예외를 내지 않습니다.

막히면 `q1.hint()`가 힌트를, `q1.solution()`이 모범 답안 코드를 보여 줍니다. 문제와 모범
답안은 장마다 모듈 하나(`helpers/exercises/ex01.py` ...)에 있고, 노트북에는 답이 없습니다.
"""

import html
import importlib
import re
from dataclasses import dataclass

import numpy as np


class Blank:
    """빈칸 `____`: 학습자가 아직 채우지 않은 자리."""

    def __repr__(self):
        return "____"


____ = Blank()


class NotAnswered(Exception):  # noqa: N818 (not an error: the learner has not answered yet)
    """답에 빈칸이 남아 있습니다."""


class Mistake(Exception):  # noqa: N818 (a learner's mistake, reported as a hint)
    """틀린 답: 무엇이 틀렸는지(message)와 다시 읽을 절(section, 예: "2장 2.1절")."""

    def __init__(self, message, section):
        super().__init__(message)
        self.message, self.section = message, section


def to_numpy(value):
    """Keras 백엔드의 텐서(또는 배열)를 넘파이 배열로."""
    import keras

    return np.asarray(keras.ops.convert_to_numpy(value))


def plain_text(error, limit=300):
    """예외의 메시지에서 터미널 색 코드(ANSI)를 빼고, 길면 줄입니다."""
    text = re.sub(r"\x1b\[[0-9;]*[A-Za-z]", "", str(error)).strip()
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def answered(*values):
    """값에 빈칸이 남아 있으면 NotAnswered를 냅니다(리스트, 튜플, 사전 안까지)."""
    for value in values:
        if isinstance(value, Blank):
            raise NotAnswered
        if isinstance(value, list | tuple):
            answered(*value)
        elif isinstance(value, dict):
            answered(*value.values())


def call(function, *args, **kwargs):
    """학습자의 함수를 부릅니다. 함수가 빈칸을 돌려주면 NotAnswered, 받은 배열을 바꾸면
    (in-place) Mistake를 냅니다."""
    answered(function)
    if not callable(function):
        raise Mistake(f"함수(function)가 아니라 {type(function).__name__}입니다", "문제의 지시문")
    originals = [(arg, arg.copy()) for arg in args if isinstance(arg, np.ndarray)]
    result = function(*args, **kwargs)
    answered(result)
    for arg, original in originals:
        if arg.shape != original.shape or not np.array_equal(arg, original, equal_nan=True):
            raise Mistake("함수가 받은 배열(입력)의 값을 바꾸었습니다(in-place). 부른 쪽의 배열은 "
                          "그대로 두고, 새 배열을 만들어 돌려주세요", "문제의 지시문")
    return result


def require_array(value, name, section):
    """value를 넘파이 배열로 돌려줍니다(Keras 백엔드의 텐서도 받습니다). 배열이 아니면 Mistake."""
    if isinstance(value, np.ndarray):
        return value
    if hasattr(value, "__array__") and not isinstance(value, list | tuple | dict | str):
        import keras

        return np.asarray(keras.ops.convert_to_numpy(value))
    raise Mistake(f"{name}: 넘파이 배열(NumPy array)이 아니라 {type(value).__name__}입니다. "
                  "np.array(...)로 바꾸세요", section)


def require_model(value, name, section):
    """value가 Keras 모델이 아니면 Mistake."""
    import keras

    if not isinstance(value, keras.Model):
        raise Mistake(f"{name}이 Keras 모델(keras.Model)이 아니라 {type(value).__name__}입니다. "
                      "keras.Sequential([...])로 만드세요", section)


def require_history(value, section):
    """value가 model.fit이 돌려준 History가 아니면 Mistake."""
    import keras

    if not isinstance(value, keras.callbacks.History):
        raise Mistake(f"history가 model.fit의 결과(History)가 아니라 {type(value).__name__}"
                      "입니다. history = model.fit(...)으로 담으세요", section)


def labels_from_matrix(matrix):
    """오차 행렬(행: 실제, 열: 예측)과 개수가 똑같은 (y_true, y_pred)를 섞어서 만듭니다."""
    pairs = np.array([(t, p) for t in range(len(matrix)) for p in range(len(matrix))
                      for _ in range(int(matrix[t, p]))])
    order = np.random.default_rng(len(pairs)).permutation(len(pairs))
    return pairs[order, 0], pairs[order, 1]


def solution_value(task, name):
    """모범 답안 코드를 실행해 얻은 값 `name` (예: 모범 모델). 확인 함수가 견줄 기준으로 씁니다."""
    import keras
    from keras import layers

    namespace = {"keras": keras, "layers": layers, "np": np}
    exec(task.solution_code, namespace)  # noqa: S102 (the course's own reference solution)
    return namespace[name]


@dataclass(frozen=True)
class Result:
    """확인 결과: status는 "correct", "wrong", "blank" 중 하나입니다."""

    task: str
    status: str
    message: str

    HEADINGS = {
        "correct": "✅ 정답입니다",
        "wrong": "❌ 다시 해 보세요",
        "blank": "⏳ 아직 답하지 않았습니다",
    }
    COLORS = {"correct": "#00843d", "wrong": "#c62828", "blank": "#6b7280"}

    def __str__(self):
        return f"{self.HEADINGS[self.status]} ({self.task}): {self.message}"

    def _repr_html_(self):
        return (
            f'<div style="border-left: 4px solid {self.COLORS[self.status]}; padding: 0.3em 0.8em">'
            f"<strong>{html.escape(self.HEADINGS[self.status])} ({self.task})</strong><br>"
            f"{html.escape(self.message)}</div>"
        )

    def __repr__(self):
        return str(self)


class Task:
    """연습 문제 하나: 확인 함수, 힌트, 모범 답안 코드."""

    def __init__(self, checker, hint, solution):
        self.name = checker.__name__
        self._checker = checker
        self.hint_text = hint
        self.solution_code = solution.strip("\n")

    def evaluate(self, *answers):
        """학습자의 답을 확인해 Result를 돌려줍니다(화면에는 아무것도 쓰지 않습니다)."""
        try:
            explanation = self._checker(*answers)
        except NotAnswered:
            return Result(self.name, "blank",
                          "빈칸 ____을 채운 뒤 답 셀과 이 확인 셀을 다시 실행하세요.")
        except Mistake as mistake:
            return Result(self.name, "wrong", f"{mistake.message.rstrip('.')}. "
                          f"{mistake.section}을 다시 읽어 "
                          f"보세요. 막히면 {self.name}.hint()를 실행하세요.")
        except Exception as error:  # the learner's own code failed inside the check
            return Result(self.name, "wrong", "확인하려고 답을 실행하자 오류(error)가 났습니다: "
                          f"{type(error).__name__}: {plain_text(error)}. 힌트: {self.hint_text}")
        return Result(self.name, "correct", explanation)

    def check(self, *answers):
        """답을 확인하고 결과를 보여 줍니다."""
        from IPython.display import display

        display(self.evaluate(*answers))

    def hint(self):
        """힌트를 보여 줍니다."""
        print(f"💡 힌트({self.name}): {self.hint_text}")

    def solution(self):
        """모범 답안 코드를 보여 줍니다. 먼저 스스로 풀어 보세요."""
        print(f"📝 모범 답안({self.name}):\n\n{self.solution_code}")

    def __repr__(self):
        return f"<연습 문제 {self.name}: {self.name}.check(...), .hint(), .solution()>"


def task(hint, solution):
    """확인 함수를 Task로 만드는 데코레이터. 함수 이름(q1, q2 ...)이 문제 이름입니다."""
    return lambda checker: Task(checker, hint, solution)


def chapter_tasks(chapter):
    """장 파일 이름(예: "01_image_basics")의 연습 문제들: {"q1": Task, ...}."""
    module = importlib.import_module(f"helpers.exercises.ex{chapter[:2]}")
    return {name: value for name, value in vars(module).items() if isinstance(value, Task)}


ANSWER_TAG = "answer-"


def fill_solutions(nb, chapter):
    """연습 문제 노트북(nbformat)의 답 셀(태그 answer-q1 ...)을 모범 답안으로 바꿉니다."""
    tasks = chapter_tasks(chapter)
    filled = set()
    for cell in nb.cells:
        for tag in cell.metadata.get("tags", []):
            if tag.startswith(ANSWER_TAG):
                name = tag.removeprefix(ANSWER_TAG)
                cell.source = tasks[name].solution_code
                filled.add(name)
    if filled != set(tasks):
        raise ValueError(f"{chapter}: 답 셀이 없는 문제(missing answer cells): "
                         f"{sorted(set(tasks) - filled)}")
    return nb
