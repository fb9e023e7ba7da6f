"""훈련 문제의 확인: history를 믿지 않고 훈련한 모델을 직접 잽니다.

- 검증 기록이 주어진 검증 세트의 것인지: 지금 모델을 그 검증 세트로 `evaluate` 한 값이 history의
  마지막 검증 값과 같아야 합니다(`validation_split`이면 다릅니다).
- 어느 이미지로 훈련했는지: 모델은 훈련한 이미지에서 손실이 낮습니다. 검증 이미지와 학습자가 본 적
  없는 이미지(hidden)의 평균 손실 차이를 표준 오차로 나눈 z가 크면 검증 이미지로 훈련한 것이고,
  훈련 이미지와 hidden의 z가 작으면 훈련 이미지로 훈련하지 않은 것입니다.
  두 z의 기준(z_limits)은 장마다 모범 답안의 설정을 모두 재어 정했습니다(각 장의 모듈에 적음).
- 성능: hidden 이미지에서의 정확도가 기준(floor) 이상인지. 기준은 지시문이 허락하는 설정(시드 ×
  배치 크기 × 에포크)을 모두 재어 가장 낮은 값보다 여유 있게 낮게 정했습니다(각 장의 모듈에 적음).
"""

import math
from dataclasses import dataclass
from functools import cache

import numpy as np

from helpers.exercises import (
    Mistake,
    answered,
    plain_text,
    require_history,
    require_model,
    to_numpy,
)


@dataclass
class Data:
    """훈련 문제 하나의 데이터: 모델에 넣을 모양으로 준비한 배열과 정수 레이블."""

    x_train: np.ndarray
    y_train: np.ndarray
    x_val: np.ndarray
    y_val: np.ndarray
    x_hidden: np.ndarray
    y_hidden: np.ndarray


@cache
def split_indices(dataset, train_size, val_size, hidden_size, seed=42):
    """연습 문제 노트북의 준비 셀과 같은 (훈련, 검증) 번호와, 둘 다 아닌 hidden 번호."""
    from sklearn.model_selection import train_test_split

    from helpers.data import load_dataset

    (_, labels), _ = load_dataset(dataset)
    everything = np.arange(len(labels))
    train, val = train_test_split(everything, train_size=train_size, test_size=val_size,
                                  stratify=labels, random_state=seed)
    rest = np.setdiff1d(everything, np.concatenate([train, val]))
    hidden = np.random.default_rng(seed).choice(rest, hidden_size, replace=False)
    return train, val, np.sort(hidden)


def per_example_loss(model, x, y):
    """이미지마다의 교차 엔트로피 손실과 맞혔는지(예측은 확률 출력)."""
    probabilities = np.asarray(to_numpy(model.predict(x, verbose=0, batch_size=500)),
                               dtype=np.float64)
    picked = np.clip(probabilities[np.arange(len(y)), y], 1e-7, 1.0)
    return -np.log(picked), probabilities.argmax(axis=1) == y


def _z(seen, unseen):
    """unseen의 평균 손실이 seen보다 얼마나 높은지를 표준 오차 단위로."""
    error = math.sqrt(seen.var() / len(seen) + unseen.var() / len(unseen))
    return float((unseen.mean() - seen.mean()) / error) if error > 0 else 0.0


def loss_name(model):
    """compile에 준 손실 함수의 이름(소문자), 없으면 ""."""
    loss = getattr(model, "loss", None)
    if loss is None:
        return ""
    if isinstance(loss, str):
        return loss.lower()
    name = getattr(loss, "name", None) or getattr(loss, "__name__", None) or type(loss).__name__
    return str(name).lower()


def _optimizer_text(model):
    optimizer = getattr(model, "optimizer", None)
    if optimizer is None:
        return "없음"
    try:
        rate = float(to_numpy(optimizer.learning_rate))
    except (TypeError, ValueError, AttributeError):
        return type(optimizer).__name__
    return f"{type(optimizer).__name__}(학습률 {rate:g})"


def _evaluate(model, x, y, names, section):
    try:
        return model.evaluate(x, y, verbose=0, return_dict=True, batch_size=500)
    except Exception as error:  # e.g. a loss that does not fit the labels' format
        raise Mistake(f"{names}로 model.evaluate를 하자 오류가 났습니다({type(error).__name__}: "
                      f"{plain_text(error, 160)}). compile의 손실 함수가 레이블의 형식(원-핫 또는 "
                      "정수)과 맞는지 보세요", section) from None


def _same_as_logged(measured, record, prefix):
    """evaluate의 값이 history의 마지막 값(prefix="val_"이면 검증)과 같은지: 다른 첫 키."""
    for key, value in measured.items():
        logged = record.get(f"{prefix}{key}")
        if not logged:
            continue
        tolerance = 1e-3 * max(1.0, abs(float(value))) if "loss" in key else 2e-3
        if abs(float(logged[-1]) - float(value)) > tolerance:
            return key, float(logged[-1]), float(value)
    return None


def check_validation_record(model, history, data, y_val_fit, names, section):
    """history의 마지막 검증 값이 지금 모델을 주어진 검증 세트로 잰 값과 같은지."""
    record = history.history
    if not record.get("val_loss"):
        raise Mistake(f"history에 검증 기록(val_loss)이 없습니다(기록: {sorted(record)}). fit에 "
                      f"validation_data=({names})를 주세요", section)
    different = _same_as_logged(_evaluate(model, data.x_val, y_val_fit, names, section),
                                record, "val_")
    if different is None:
        return
    key, logged, value = different
    seen = (f"history의 마지막 val_{key}는 {logged:.4f}인데, 지금 모델을 검증 세트({names})로 "
            f"재면 {value:.4f}입니다")
    raw = _evaluate(model, data.x_val * 255, y_val_fit, names, section)
    if _same_as_logged(raw, record, "val_") is None:
        raise Mistake(f"{seen}. validation_data에 0~1로 바꾸지 않은 검증 이미지를 주었습니다",
                      section)
    raise Mistake(f"{seen}. 검증 기록이 다른 데이터에서 나왔습니다. validation_data=({names})로 "
                  "주어진 검증 세트를 그대로 주세요(validation_split은 훈련 이미지의 일부를 떼어 "
                  "검증에 씁니다). fit 뒤에 모델을 더 훈련했다면 모델 셀부터 다시 실행하세요",
                  section)


def check_training_input(model, history, data, y_train_fit, names, section):
    """훈련 기록의 손실이 지금 모델을 주어진 훈련 이미지로 잰 손실과 어울리는지."""
    logged = float(history.history["loss"][-1])
    measured = float(_evaluate(model, data.x_train, y_train_fit, names, section)["loss"])
    raw = float(_evaluate(model, data.x_train * 255, y_train_fit, names, section)["loss"])
    # 훈련 기록의 손실은 fit에 준 이미지에서 잰 것입니다. 0~255 그대로인 이미지의 손실이 그것에
    # 더 가까우면(로그 눈금으로) 그 이미지로 훈련한 것입니다.
    logged, raw, measured = (max(value, 1e-12) for value in (logged, raw, measured))
    if abs(math.log(logged / raw)) < abs(math.log(logged / measured)):
        raise Mistake(f"훈련 기록의 마지막 손실은 {logged:.3f}이고, 지금 모델을 {names}로 재면 "
                      f"{measured:.3f}, 같은 이미지를 0~255 그대로 넣으면 {raw:.3f}입니다. 0~1로 "
                      "바꾸지 않은 이미지로 훈련했습니다", section)
    # 마지막 에포크의 기록은 에포크 동안의 평균이라 보통 끝난 뒤에 잰 값보다 큽니다.
    if measured > 1.5 * logged + 0.1:
        raise Mistake(f"훈련 기록의 마지막 손실은 {logged:.3f}인데, 지금 모델을 {names}로 재면 "
                      f"{measured:.3f}입니다. fit에 준 훈련 이미지가 {names}와 다릅니다"
                      "(0~1로 바꾸었는지 보세요)", section)


def check_trained_on(model, data, train_name, z_limits, section):
    """검증 이미지로 훈련했으면 Mistake. (처음 보는 이미지에서의 정확도, 훈련 이미지로 훈련한
    흔적이 있는지)를 돌려줍니다. z_limits = (검증 이미지로 훈련했다고 볼 z의 하한, 훈련 이미지로
    훈련했다고 볼 z의 하한)."""
    on_validation, on_training = z_limits
    train_loss, _ = per_example_loss(model, data.x_train, data.y_train)
    val_loss, _ = per_example_loss(model, data.x_val, data.y_val)
    hidden_loss, hidden_right = per_example_loss(model, data.x_hidden, data.y_hidden)
    if _z(val_loss, hidden_loss) > on_validation:
        raise Mistake(f"모델의 손실이 처음 보는 이미지({hidden_loss.mean():.3f})보다 검증 이미지"
                      f"({val_loss.mean():.3f})에서 뚜렷하게 낮습니다. 검증 이미지로 훈련했습니다. "
                      f"검증 세트는 validation_data 로만 주고, fit의 첫 두 인자는 "
                      f"{train_name}입니다",
                      section)
    return float(hidden_right.mean()), _z(train_loss, hidden_loss) >= on_training


def not_trained_on(train_name, section):
    """훈련 이미지의 손실이 처음 보는 이미지와 비슷할 때의 Mistake."""
    return Mistake(f"모델의 손실이 훈련 이미지와 처음 보는 이미지에서 비슷합니다. 주어진 훈련 "
                   f"이미지로 훈련하지 않았습니다. fit의 첫 두 인자는 {train_name}입니다", section)


def training_facts(model, history):
    """훈련에서 본 것: 에포크, 에포크마다의 스텝, 옵티마이저."""
    epochs = len(history.history.get("loss", []))
    steps = history.params.get("steps") if isinstance(history.params, dict) else None
    return epochs, steps, _optimizer_text(model)


def check_training(model, history, data, *, fit_labels, epochs, train_size, batch_sizes,
                   floor, z_limits, names, section):
    """훈련 문제의 확인 전체. 맞으면 처음 보는 이미지에서의 정확도를 돌려줍니다.

    fit_labels(y)는 정수 레이블을 학습자가 fit에 준 형식(원-핫이나 정수)으로 바꿉니다.
    names는 지시문의 이름들 (훈련 이미지, 훈련 레이블, 검증 이미지, 검증 레이블)."""
    answered(model, history)
    require_model(model, "model", section)
    require_history(history, section)
    trained = getattr(history, "_model", None)
    if trained is not None and trained is not model:
        raise Mistake("history가 model이 아닌 다른 모델을 훈련한 기록입니다. 새 모델을 만들지 "
                      "말고 앞 문제의 model을 compile 하고 model.fit(...)으로 훈련하세요", section)
    if getattr(model, "optimizer", None) is None or not getattr(model, "compiled", True):
        raise Mistake("모델이 컴파일(compile)되지 않았습니다. fit 전에 model.compile(...)을 "
                      "부르세요", section)
    x_name, y_name, x_val_name, y_val_name = names
    done, _, _ = training_facts(model, history)
    if done not in epochs:
        allowed = "나 ".join(str(e) for e in epochs)
        raise Mistake(f"history에 에포크가 {done}번 기록되어 있습니다. 지시문은 {allowed} "
                      "에포크입니다(epochs=...)", section)
    check_single_fit(model, history, section)
    check_validation_record(model, history, data, fit_labels(data.y_val),
                            f"{x_val_name}, {y_val_name}", section)
    check_training_input(model, history, data, fit_labels(data.y_train), f"{x_name}, {y_name}",
                         section)
    accuracy, on_training = check_trained_on(model, data, f"{x_name}, {y_name}", z_limits,
                                             section)
    check_steps_and_floor(model, history, accuracy, train_size=train_size,
                          batch_sizes=batch_sizes, floor=floor, hidden_count=len(data.y_hidden),
                          section=section)
    if not on_training:
        raise not_trained_on(f"{x_name}, {y_name}", section)
    return accuracy


def _optimizer_mistake(model):
    """지시문(Adam, 기본 학습률 0.001)과 다른 옵티마이저나 학습률이면 그 설명, 아니면 None."""
    optimizer = getattr(model, "optimizer", None)
    name = type(optimizer).__name__
    if name not in ("Adam", "AdamW"):
        return f"옵티마이저가 {name}입니다. 지시문은 Adam입니다"
    rate = float(to_numpy(optimizer.learning_rate))
    if rate > 0.005:
        return f"학습률이 {rate:g}로 너무 큽니다. Adam의 기본값(0.001)을 쓰세요"
    if rate < 0.0002:
        return f"학습률이 {rate:g}로 너무 작습니다. Adam의 기본값(0.001)을 쓰세요"
    return None


def check_single_fit(model, history, section):
    """옵티마이저가 밟은 스텝 수가 history의 에포크 × 스텝과 같은지(fit을 한 번만 했는지)."""
    done, steps, _ = training_facts(model, history)
    iterations = getattr(getattr(model, "optimizer", None), "iterations", None)
    if iterations is None or not steps:
        return
    taken = int(to_numpy(iterations))
    if taken > done * steps:
        raise Mistake(f"옵티마이저가 {taken} 스텝을 밟았는데 history 에는 {done} 에포크 × {steps} "
                      f"스텝 = {done * steps} 스텝만 있습니다. fit을 두 번 이상 실행해 모델이 "
                      "지시문보다 더 훈련되었습니다. 모델 셀부터 다시 실행한 뒤 fit을 한 번만 "
                      "하세요", section)


def check_steps_and_floor(model, history, accuracy, *, train_size, batch_sizes, floor,
                          hidden_count, section):
    """배치 크기가 지시문의 범위인지(에포크마다의 스텝 수로), 처음 보는 이미지에서의 정확도가
    기준 이상인지."""
    done, steps, optimizer = training_facts(model, history)
    low, high = min(batch_sizes), max(batch_sizes)
    if steps and not math.ceil(train_size / high) <= steps <= math.ceil(train_size / low):
        size = math.ceil(train_size / steps)
        raise Mistake(f"에포크마다 {steps} 스텝을 훈련했습니다. 훈련 이미지 {train_size:,}장이면 "
                      f"배치 크기가 약 {size}입니다. 지시문은 배치 크기 {low}~{high}(기본값 32)"
                      "입니다", section)
    if accuracy < floor:
        seen = (f"처음 보는 이미지 {hidden_count:,}장에서 정확도가 {accuracy:.3f}로 기준 "
                f"{floor}보다 낮습니다")
        cause = _optimizer_mistake(model)
        if cause:
            raise Mistake(f"{seen}. {cause}", section)
        raise Mistake(f"{seen}. 이번 훈련: {done} 에포크, 에포크마다 {steps} 스텝, 옵티마이저 "
                      f"{optimizer}. 모델과 입력의 준비, compile의 손실 함수를 확인하세요",
                      section)
